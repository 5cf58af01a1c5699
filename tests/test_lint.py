"""ruff keeps the code to one style and mypy its types; the suite fails when they do not."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from .conftest import ROOT

LINTED = ["src", "tests", "scripts", "benchmarks"]
NO_RUFF = importlib.util.find_spec("ruff") is None
NO_MYPY = importlib.util.find_spec("mypy") is None


@pytest.mark.skipif(NO_RUFF, reason="ruff is not installed (pip install '.[test]')")
@pytest.mark.parametrize("args", [["check", *LINTED], ["format", "--check", *LINTED]])
def test_ruff(args):
    result = subprocess.run([sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.skipif(NO_MYPY, reason="mypy is not installed (pip install '.[test]')")
def test_mypy():
    """mypy as [tool.mypy] in pyproject.toml configures it (files, plugin, strictness);
    about 7 s from cold on a 2-core machine, under a second with its .mypy_cache."""
    command = [sys.executable, "-m", "mypy", "--config-file", "pyproject.toml"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
