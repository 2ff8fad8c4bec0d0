"""A small web server for the tests, on 127.0.0.1 and a free port, in the test process.

Each route is registered by the test: a page (bytes, a content type,
validators, a delay before answering or an event the test sets
to let the answer go, a trickle of bytes), a redirect, a
status, or a stream of a given length. The server records every request
(path, headers, when it arrived and when its answer began) and the most
requests that were waiting for their answer at once.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parent / "webpages"


@dataclass
class Route:
    """What the server answers on one path."""

    body: bytes = b""
    content_type: str | None = "text/html; charset=utf-8"
    status: int = 200
    location: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds before the answer starts
    hold: threading.Event | None = None  # when set by the test, the answer starts (waits at most 30 s)
    trickle: float = 0.0  # seconds between bytes of the body (then the body is sent a byte at a time)
    stream: int = 0  # bytes of a body of unannounced length, sent until the client stops reading
    length: int | None = None  # a Content-Length to announce instead of the body's


@dataclass
class Request:
    """One request the server answered."""

    path: str
    headers: dict[str, str]
    started: float  # when it arrived
    answered: float = 0.0  # when the answer began to be sent (after the route's delay)


@dataclass
class Site:
    """The routes, the requests seen, and the server itself once started."""

    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    active: int = 0
    most_at_once: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    server: ThreadingHTTPServer | None = None
    tls: bool = False

    @property
    def port(self) -> int:
        assert self.server is not None
        return self.server.server_address[1]

    def url(self, path: str) -> str:
        """The address of ``path`` on this server."""
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}{path}"

    def page(self, path: str, body: bytes | str, **settings: object) -> str:
        """Serve ``body`` on ``path``; returns its address."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **settings)  # type: ignore[arg-type]
        return self.url(path)

    def saved(self, path: str, name: str, **settings: object) -> str:
        """Serve the saved page ``tests/webpages/NAME`` on ``path``, with this server's port filled in."""
        text = (PAGES / name).read_text(encoding="utf-8").replace("{BASE}", self.url(""))
        return self.page(path, text, **settings)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        """Redirect ``path`` to ``to``."""
        self.routes[path] = Route(status=status, location=to, content_type=None)
        return self.url(path)

    def requested(self, path: str) -> list[Request]:
        """The requests made for ``path``."""
        return [r for r in self.requests if r.path == path]

    def stop(self) -> None:
        """Stop answering (the port is closed)."""
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            request = Request(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic())
            route = site.routes.get(self.path) or Route(status=404, body=b"<html><body>Not found</body></html>")
            # (requests are counted as running from their arrival until their answer begins: a client
            # sends its next request only once it has an answer, so no two of its requests ever overlap here)
            with site.lock:
                site.requests.append(request)
                site.active += 1
                site.most_at_once = max(site.most_at_once, site.active)
            time.sleep(route.delay)
            if route.hold is not None:
                route.hold.wait(30)
            with site.lock:
                site.active -= 1
                request.answered = time.monotonic()
            try:
                self._answer(route)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def _answer(self, route: Route) -> None:
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                self._head(304, route, None)
                return
            if route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified:
                self._head(304, route, None)
                return
            if route.stream:
                self._head(route.status, route, None, close=True)
                chunk = b"<p>" + b"x" * 65_530 + b"</p>\n"
                sent = 0
                while sent < route.stream:
                    self.wfile.write(chunk)
                    sent += len(chunk)
                return
            self._head(route.status, route, route.length if route.length is not None else len(route.body))
            if route.trickle:
                for byte in route.body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(route.trickle)
            else:
                self.wfile.write(route.body)

        def _head(self, status: int, route: Route, length: int | None, close: bool = False) -> None:
            self.send_response(status)
            if route.content_type and status != 304:
                self.send_header("Content-Type", route.content_type)
            if route.location:
                self.send_header("Location", route.location)
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            if length is not None and status != 304:
                self.send_header("Content-Length", str(length))
            elif status == 304 or route.location:
                self.send_header("Content-Length", "0")
            if close:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()

    return Handler


class _QuietServer(ThreadingHTTPServer):
    """A server that keeps a client hanging up early (a timed-out fetch) off standard error, where the tests
    read briefing's own lines."""

    def handle_error(self, request: object, client_address: object) -> None:
        return


def start_site(certificate: tuple[Path, Path] | None = None) -> Site:
    """A site answering on 127.0.0.1 and a free port, in a daemon thread of this process (over TLS with
    ``certificate``: its certificate and key files)."""
    site = Site()
    server = _QuietServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    if certificate is not None:
        import ssl

        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*certificate)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    site.server = server
    site.tls = certificate is not None
    threading.Thread(target=server.serve_forever, name="test-web-server", daemon=True).start()
    return site
