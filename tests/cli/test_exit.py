"""The command's exit skips the interpreter's teardown (reportcheck.cli._leave) and loses nothing;
its garbage collector runs less often (reportcheck.cli.fewer_collections).

What a normal exit does and a skipped teardown must still do: the exit
status, every byte written to stdout and to a file, the ``atexit``
functions (multiprocessing's clean-up is one), a ``SystemExit("message")``
printed; and with a thread still running, the normal exit, which joins it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from ..conftest import SAMPLES

REPORT_A, REPORT_B = str(SAMPLES / "report_a.txt"), str(SAMPLES / "report_b.txt")
#: buffered stdout, as a user's: with PYTHONUNBUFFERED nothing would wait for a flush
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}


def run_script(body: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(body)], capture_output=True, text=True, timeout=300, env=ENV
    )


def test_a_compare_piped_keeps_its_status_and_every_byte(tmp_path):
    piped = subprocess.run(
        [sys.executable, "-m", "reportcheck", "compare", REPORT_A, REPORT_B, "--format", "json"],
        capture_output=True,
        text=True,
        timeout=300,
        env=ENV,
    )
    assert piped.returncode == 1, piped.stderr  # the sample pair conflicts
    assert json.loads(piped.stdout)["summary"]["conflict"] == 2
    written = tmp_path / "out.json"
    to_file = subprocess.run(
        [
            sys.executable,
            "-m",
            "reportcheck",
            "compare",
            REPORT_A,
            REPORT_B,
            "--format",
            "json",
            "-o",
            str(written),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env=ENV,
    )
    assert to_file.returncode == 1, to_file.stderr
    assert written.read_text(encoding="utf-8") == piped.stdout


def test_atexit_functions_still_run_and_stdout_is_flushed(tmp_path):
    marker = tmp_path / "ran"
    done = run_script(
        f"""
        import atexit, sys
        from reportcheck.cli import main
        atexit.register(lambda: open({str(marker)!r}, "w").write("yes"))
        atexit.register(lambda: sys.stdout.write("tail"))  # buffered: written only if flushed after
        sys.stdout.write("x" * 100_000)
        sys.argv = ["reportcheck", "version"]
        main()
        print("never: main does not return")
        """
    )
    assert done.returncode == 0, done.stderr
    assert marker.read_text() == "yes"
    assert done.stdout.startswith("x" * 100_000) and "never" not in done.stdout
    assert "reportcheck" in done.stdout[100_000:]
    assert done.stdout.endswith("tail")


def test_a_usage_error_keeps_its_status():
    done = run_script(
        """
        import sys
        from reportcheck.cli import main
        sys.argv = ["reportcheck", "compare", "--no-such-option"]
        main()
        """
    )
    assert done.returncode == 2
    assert "No such option" in done.stderr


def test_a_message_exit_is_printed_with_status_1():
    done = run_script(
        """
        from reportcheck.cli import _leave
        _leave("stopped: a message")
        """
    )
    assert (done.returncode, done.stderr) == (1, "stopped: a message\n")


def test_a_running_thread_gets_the_normal_exit_which_waits_for_it(tmp_path):
    marker = tmp_path / "finished"
    done = run_script(
        f"""
        import sys, threading, time
        from reportcheck.cli import main

        def slow():
            time.sleep(0.5)
            open({str(marker)!r}, "w").write("yes")

        threading.Thread(target=slow).start()
        sys.argv = ["reportcheck", "version"]
        main()
        """
    )
    assert done.returncode == 0, done.stderr
    assert marker.read_text() == "yes"


def test_a_command_runs_with_fewer_collections_of_its_long_lived_heap():
    done = run_script(
        """
        import atexit, gc, sys
        from reportcheck.cli import main
        atexit.register(lambda: print(gc.get_threshold()[:2]))
        sys.argv = ["reportcheck", "version"]
        main()
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("(20000, 20)")


def test_a_debugging_run_gets_pythons_own_exit():
    """REPORTCHECK_DEBUG=1: main raises SystemExit as Python's exit needs, so a profiler
    running the command (pyinstrument -m, cProfile) can still report when it ends."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\nfrom reportcheck.cli import main\nsys.argv = ['reportcheck', 'version']\n"
            "try:\n    main()\nexcept SystemExit as leaving:\n    print('raised', leaving.code)\n",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**ENV, "REPORTCHECK_DEBUG": "1"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().endswith("raised 0")
