"""Ctrl-C and failed writes: exit 130, one line, and never a partial or lost output file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from reportcheck.errors import ReportcheckError
from reportcheck.export import write as write_module
from reportcheck.export.write import write_atomic

from .inputs import BASE

#: CPU seconds the child must have used before it is interrupted: past the imports, into the work
BUSY_CPU_SECONDS = 4.0
#: a guard against a hang, not a timing assertion
HANG_GUARD_SECONDS = 300


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Interrupted:
    returncode: int
    stdout: str
    stderr: str
    left: list[str]  #: the files in the folder afterwards


@pytest.fixture(scope="module")
def interrupted_compare(tmp_path_factory) -> Interrupted:
    """``compare A B -o out.json`` sent SIGINT once it is busy parsing, run once for the tests below."""
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to see that the child is busy")
    folder = tmp_path_factory.mktemp("interrupt")
    long_report = folder / "long.txt"
    long_report.write_text((BASE + "\n") * 150, encoding="utf-8")  # about a minute of work
    other = folder / "other.txt"
    other.write_text(BASE, encoding="utf-8")
    output = folder / "out.json"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("REPORTCHECK_DEBUG", None)
    child = subprocess.Popen(
        [sys.executable, "-m", "reportcheck", "compare", str(long_report), str(other), "-o", str(output)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + HANG_GUARD_SECONDS
        while _cpu_seconds(child.pid) < BUSY_CPU_SECONDS and child.poll() is None:
            assert time.monotonic() < deadline, "the child never got busy"
            time.sleep(0.2)
        assert child.poll() is None, "the compare finished before it could be interrupted"
        child.send_signal(signal.SIGINT)
        stdout, stderr = child.communicate(timeout=HANG_GUARD_SECONDS)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    return Interrupted(child.returncode, stdout, stderr, sorted(p.name for p in folder.iterdir()))


def test_ctrl_c_exits_130_without_traceback_or_output_file(interrupted_compare):
    assert interrupted_compare.returncode == 130, interrupted_compare.stderr
    assert "Traceback" not in interrupted_compare.stdout + interrupted_compare.stderr
    assert interrupted_compare.left == ["long.txt", "other.txt"]  # no out.json, no temporary file


def test_ctrl_c_says_so_in_one_line(interrupted_compare):
    assert interrupted_compare.stderr.strip().splitlines() == ["reportcheck: interrupted"]


def test_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "findings.json"
    target.write_text("the user's earlier findings\n", encoding="utf-8")

    real_fdopen = os.fdopen

    class FailingHandle:
        """A file that takes half the data, then the disk is full."""

        def __init__(self, fd, mode):
            self.stream = real_fdopen(fd, mode)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def write(self, data):
            self.stream.write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(write_module.os, "fdopen", FailingHandle)
    with pytest.raises(ReportcheckError) as raised:
        write_atomic(target, "{" + '"x": 1, ' * 1000 + "}", force=True)
    assert raised.value.code == "output-failed"
    assert "No space left on device" in raised.value.one_line()
    assert target.read_text(encoding="utf-8") == "the user's earlier findings\n"
    assert [p.name for p in tmp_path.iterdir()] == ["findings.json"]


def test_interrupted_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "findings.json"
    target.write_text("the user's earlier findings\n", encoding="utf-8")

    def interrupted_fsync(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(write_module.os, "fsync", interrupted_fsync)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new findings", force=True)
    assert target.read_text(encoding="utf-8") == "the user's earlier findings\n"
    assert [p.name for p in tmp_path.iterdir()] == ["findings.json"]
