"""The installed environment has what every path of the CLI needs.

A fresh ``pip install .`` once lacked ``lxml_html_clean`` (jusText, under
trafilatura, imports ``lxml.html.clean``, and the pip a venv bundles did not
resolve lxml's extra that brings it): every saved web page then failed with an
internal error.  These tests run in the environment the test command made, so
a dependency that a fresh install misses fails here, not in a newsroom.
"""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
import tomllib
from importlib import metadata

import pytest
from packaging.requirements import Requirement

import reportcheck

from .conftest import ROOT, SAMPLES
from .robustness.inputs import HTML_PAGE

#: modules the CLI imports only on some paths, and the path that needs each
pytestmark = pytest.mark.slow  # a Python process per check

OPTIONAL_PATHS = {
    "trafilatura": "a saved web page (HTML input)",
    "justext": "a saved web page: trafilatura's boilerplate removal",
    "lxml.html.clean": "a saved web page: jusText's cleaner",
    "openpyxl": "--format xlsx",
    "dask.distributed": "batch --engine dask (the test extras install it)",
}


@pytest.mark.parametrize("module", list(OPTIONAL_PATHS), ids=list(OPTIONAL_PATHS))
def test_every_optional_path_imports(module):
    """Imported in a fresh interpreter, as the CLI would: no earlier import hides a missing one."""
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, f"{OPTIONAL_PATHS[module]}: {done.stderr.strip().splitlines()[-1:]}"


def test_every_reportcheck_module_imports():
    names = [info.name for info in pkgutil.walk_packages(reportcheck.__path__, "reportcheck.")]
    assert len(names) > 50
    for name in names:
        if name.endswith("__main__"):
            continue
        importlib.import_module(name)


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [Requirement(text) for text in project["dependencies"]]


@pytest.mark.parametrize("requirement", _declared(), ids=str)
def test_every_declared_dependency_is_installed_in_range(requirement):
    """pyproject.toml and the environment agree: a stale install shows up here."""
    found = metadata.version(requirement.name)
    assert requirement.specifier.contains(found, prereleases=True), f"{requirement.name} {found}"


def test_a_saved_web_page_compares_after_install(tmp_path):
    """The whole HTML path in a child process, as a user runs it."""
    page = tmp_path / "page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "reportcheck", "compare", str(page), str(SAMPLES / "report_a.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    assert "internal error" not in done.stderr
    assert "Novoshakhtinsk" in done.stdout
