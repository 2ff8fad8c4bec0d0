"""The command line with odd arguments, odd names and odd places to write to."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

GOOD = "Port strike ends\n\nDockers went back to work on Wednesday after the union accepted the offer.\n"


def run_cli(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args], capture_output=True, text=True, encoding="utf-8", timeout=120, **kwargs
    )


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e30", "-1", "0", "1e-9", "twenty", ""])
def test_a_max_size_that_is_not_a_size_is_one_usage_error(tmp_path, value):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = run_cli("analyze", f"--max-size={value}", str(tmp_path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    error = result.stderr.strip().splitlines()[-1]
    assert error.startswith("briefing analyze: error: argument --max-size: ")
    assert "number of megabytes" in error


def test_a_max_size_in_range_is_accepted(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert run_cli("analyze", "--max-size", "0.5", str(tmp_path)).returncode == 0


@pytest.mark.skipif(sys.platform != "linux", reason="names are bytes on Linux")
def test_a_name_that_is_not_utf8_is_shown_escaped_and_still_loads(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as handle:  # a latin-1 name
        handle.write(GOOD.encode())
    result = run_cli("analyze", "--json", str(tmp_path))
    assert result.returncode == 0, result.stderr
    (doc,) = json.loads(result.stdout)["documents"]
    assert doc["path"] == f"{tmp_path}/caf\\xe9.txt" and "Dockers went back" in doc["text"]
    text = run_cli("analyze", str(tmp_path))
    assert text.returncode == 0 and f"{tmp_path}/caf\\xe9.txt" in text.stdout
    quotes = run_cli("quotes", str(tmp_path))
    assert quotes.returncode == 0


@pytest.mark.parametrize("command", ["analyze", "export"])
def test_a_closed_standard_output_is_one_clear_line(tmp_path, command):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    result = subprocess.run(
        ["sh", "-c", f'exec "{sys.executable}" -m tui {command} "{tmp_path}" >&-'],
        capture_output=False,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "briefing: standard output is closed"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("command", [["analyze", "--json"], ["export"]])
def test_a_full_disk_is_one_clear_line(tmp_path, command):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "tui", *command, str(tmp_path)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert result.returncode == 1
    assert result.stderr.strip() == "briefing: cannot write to standard output (No space left on device)"


def test_a_closed_pipe_ends_quietly(tmp_path):
    for i in range(30):
        (tmp_path / f"{i:02d}.txt").write_text(GOOD.replace("Port", f"Port {i}"), encoding="utf-8")
    result = subprocess.run(
        ["sh", "-c", f'"{sys.executable}" -m tui analyze --json "{tmp_path}" | head -c 10 > /dev/null'],
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
    )
    assert result.stderr == ""
