"""The entry point: the reader's analysis forked first, stopped when the command line does not open the reader."""

from __future__ import annotations

import os
import time

import pytest

from tui import background, cli, launch
from tui.arguments import build_parser

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def _article(folder):
    path = folder / "a.txt"
    path.write_text('Title\n\n"We will look at it," said Ann Smith, the mayor.\n', encoding="utf-8")
    return path


def _reaped(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def test_the_subcommands_known_before_the_command_line_is_parsed_are_the_parsers():
    parser = build_parser()
    choices = next(a.choices for a in parser._subparsers._group_actions)  # type: ignore[union-attr]
    assert set(launch.SUBCOMMANDS) == set(choices)


@pytest.mark.parametrize(
    ("argv", "reader"),
    [([], True), (["seeds/"], True), (["--theme", "x"], True), (["analyze"], False), (["--help"], False)],
)
def test_which_command_lines_open_the_reader(argv, reader):
    assert launch.opens_reader(argv) is reader


@needs_fork
def test_the_child_never_writes_to_the_terminal(capfd):
    def noisy() -> int:
        print("from the child")
        os.write(2, b"on its standard error\n")
        return 5

    child = background.start(noisy)
    assert child is not None
    assert background.receive(child, timeout=30) == 5
    os.close(child.pipe)
    out, err = capfd.readouterr()
    assert "child" not in out and "standard error" not in err


@needs_fork
def test_a_bad_command_line_stops_the_forked_analysis(capsys):
    child = background.start(lambda: time.sleep(30))
    assert child is not None
    with pytest.raises(SystemExit):
        cli.main(["--no-such-option"], child)
    assert _reaped(child.pid)
    assert "--no-such-option" in capsys.readouterr().err


@needs_fork
def test_a_subcommand_stops_the_forked_analysis(tmp_path, capsys):
    child = background.start(lambda: time.sleep(30))
    assert child is not None
    cli.main(["quotes", str(_article(tmp_path))], child)
    assert _reaped(child.pid)


@needs_fork
def test_without_a_terminal_the_reader_stops_the_forked_analysis(capsys):
    child = background.start(lambda: time.sleep(30))
    assert child is not None
    assert cli.main([], child) == cli.EXIT_USAGE  # (pytest's streams are not a terminal)
    assert _reaped(child.pid)


def test_the_child_reads_paths_and_size_from_the_command_line_and_leaves_pages_to_the_reader():
    assert cli.reader_inputs(["a.txt", "b/", "--max-size", "2"]) == (["a.txt", "b/"], 2 * 1024 * 1024)
    assert cli.reader_inputs(["https://example.org/page"]) is None


def test_no_fork_for_a_subcommand_or_without_a_terminal(tmp_path, monkeypatch, capsys):
    started = []
    monkeypatch.setattr(launch, "start_analysis", lambda argv: started.append(argv))
    monkeypatch.setattr(launch.sys, "argv", ["briefing", "quotes", str(_article(tmp_path))])
    assert launch.main() == 0
    monkeypatch.setattr(launch.sys, "argv", ["briefing", str(tmp_path)])
    assert launch.main() == cli.EXIT_USAGE  # (pytest's streams are not a terminal)
    assert started == []
    assert "needs a terminal" in capsys.readouterr().err
