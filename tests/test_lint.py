"""ruff keeps the code to one style; the suite fails when it does not."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from .conftest import ROOT

LINTED = ["src", "tests", "scripts", "benchmarks"]
NO_RUFF = importlib.util.find_spec("ruff") is None


@pytest.mark.skipif(NO_RUFF, reason="ruff is not installed (pip install '.[test]')")
@pytest.mark.parametrize("args", [["check", *LINTED], ["format", "--check", *LINTED]])
def test_ruff(args):
    result = subprocess.run([sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
