"""Ctrl-C and failed writes: exit 130, one line, and never a partial or lost output file."""

from __future__ import annotations

import functools
import os
import resource
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
BUSY_CPU_SECONDS = 3.0
#: moments (CPU seconds of the child past the interpreter's own start-up) a user may press
#: Ctrl-C at: while typer and rich are imported, while the commands and pydantic models are,
#: while spaCy is imported and the model loaded, and while both reports are parsed
MOMENTS = {"importing typer": 0.05, "importing commands": 0.15, "loading spaCy": 0.8, "busy": 2.0}
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

    def story(self) -> str:
        """What the child said, for a failure message."""
        return f"exit {self.returncode}; stderr:\n{self.stderr}\nstdout:\n{self.stdout[-2000:]}"


@functools.cache
def interpreter_start_cpu_seconds() -> float:
    """CPU seconds this environment's Python takes to start (``site`` and every ``.pth``).

    A SIGINT before ``site`` is imported kills Python itself with "Fatal Python error:
    init_import_site", before any line of reportcheck runs; no program can answer it. It
    takes 0.01 s in one virtualenv and several times that in a fresh CI one with editable
    installs, on a loaded machine: the moments above are counted from its end.
    """
    slowest = 0.0
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        slowest = max(slowest, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return slowest


def _sigint_as_in_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def interrupt_compare(folder: Path, cpu_seconds: float) -> Interrupted:
    """``compare A B -o out.json`` sent SIGINT once it has used ``cpu_seconds`` of CPU."""
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs /proc to see how far the child got")
    long_report = folder / "long.txt"
    long_report.write_text((BASE + "\n") * 500, encoding="utf-8")  # about 10 CPU seconds of work
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
        # a terminal's Ctrl-C reaches a process whose SIGINT is not ignored; a
        # test runner started in the background (`pytest &` in a script)
        # hands its children SIGINT ignored, which no user's shell does
        preexec_fn=_sigint_as_in_a_terminal,
    )
    poll = 0.005 if cpu_seconds < 1 else 0.1
    try:
        deadline = time.monotonic() + HANG_GUARD_SECONDS
        while _cpu_seconds(child.pid) < cpu_seconds and child.poll() is None:
            assert time.monotonic() < deadline, "the child never got busy"
            time.sleep(poll)
        assert child.poll() is None, "the compare finished before it could be interrupted"
        child.send_signal(signal.SIGINT)
        stdout, stderr = child.communicate(timeout=HANG_GUARD_SECONDS)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()
    return Interrupted(child.returncode, stdout, stderr, sorted(p.name for p in folder.iterdir()))


@pytest.fixture(scope="module")
def interrupted_compare(tmp_path_factory) -> Interrupted:
    """Interrupted once it is busy parsing, run once for the tests below."""
    return interrupt_compare(tmp_path_factory.mktemp("interrupt"), BUSY_CPU_SECONDS)


@pytest.mark.slow
def test_ctrl_c_exits_130_without_traceback_or_output_file(interrupted_compare):
    assert interrupted_compare.returncode == 130, interrupted_compare.story()
    assert "Traceback" not in interrupted_compare.stdout + interrupted_compare.stderr
    assert interrupted_compare.left == ["long.txt", "other.txt"]  # no out.json, no temporary file


@pytest.mark.slow
def test_ctrl_c_says_so_in_one_line(interrupted_compare):
    assert interrupted_compare.stderr.strip().splitlines() == ["reportcheck: interrupted"], (
        interrupted_compare.story()
    )


@pytest.mark.slow
@pytest.mark.parametrize("cpu_seconds", list(MOMENTS.values()), ids=list(MOMENTS))
def test_ctrl_c_at_any_moment_is_130_and_one_line(tmp_path, cpu_seconds):
    """From the first import on, not only once the work has begun."""
    interrupted = interrupt_compare(tmp_path, interpreter_start_cpu_seconds() + cpu_seconds)
    assert interrupted.returncode == 130, interrupted.story()
    assert interrupted.stderr.strip().splitlines() == ["reportcheck: interrupted"], interrupted.story()
    assert interrupted.left == ["long.txt", "other.txt"], interrupted.story()


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
