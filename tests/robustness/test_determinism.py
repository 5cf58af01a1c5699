"""The new input paths (a web page, a report long enough to be chunked) give byte-identical JSON
across runs and hash seeds, written to -o as to standard output."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from reportcheck.extract import CHUNK_CHARS

from ..conftest import SAMPLES
from .inputs import BASE, HTML_PAGE


@pytest.mark.slow
def test_html_and_chunked_reports_give_the_same_bytes_whatever_the_hash_seed(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    long_report = tmp_path / "long.txt"
    story = (SAMPLES / "report_b.txt").read_text(encoding="utf-8") + "\n\n" + BASE + "\n\n"
    long_report.write_text(story * (CHUNK_CHARS // len(story) + 1), encoding="utf-8")  # two chunks
    outputs = set()
    for seed in ("0", "4242"):
        output = tmp_path / f"findings-{seed}.json"
        command = [sys.executable, "-m", "reportcheck", "compare", str(page), str(long_report)]
        done = subprocess.run(
            [*command, "-o", str(output), "--quiet"],  # --quiet: no "wrote" line, so stderr must be empty
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=False,
        )
        assert done.returncode in (0, 1), done.stderr
        assert done.stderr == b""
        outputs.add(output.read_bytes())
    assert len(outputs) == 1
    assert b'"findings"' in outputs.pop()
