"""ARCHITECTURE.md matches the tree: what it names exists, and every package is named.

A newcomer finds their room by that page; a folder moved or added without
it is a wrong map.
"""

from __future__ import annotations

import re

import pytest

from .conftest import ROOT

PAGE = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
PACKAGE = ROOT / "src" / "reportcheck"
#: a backticked repository path: it has a slash, or a file name with an extension
PATH = re.compile(r"`((?:src|tests|benchmarks|scripts|docs)/[\w./-]*|[\w-]+\.(?:md|py|json|yaml))`")
#: a placeholder in a path, e.g. extract/KIND/
PLACEHOLDER = re.compile(r"/[A-Z]+(?:/|$)")


def _named_paths() -> list[str]:
    return sorted({m.group(1) for m in PATH.finditer(PAGE) if "/" in m.group(1)})


@pytest.mark.parametrize("path", _named_paths())
def test_every_path_named_exists(path):
    if PLACEHOLDER.search(path):
        pytest.skip("a placeholder, not a path")
    assert (ROOT / path).exists(), f"ARCHITECTURE.md names {path}, which is not in the tree"


def _packages() -> list[str]:
    """Every subpackage of reportcheck and of its extract and knowledge layers."""
    found = []
    for parent in (PACKAGE, PACKAGE / "extract", PACKAGE / "knowledge"):
        found += [
            str(folder.relative_to(ROOT)) + "/"
            for folder in sorted(parent.iterdir())
            if (folder / "__init__.py").is_file() and folder.name not in {"rules", "schemas"}
        ]
    return found


@pytest.mark.parametrize("folder", _packages())
def test_every_package_is_on_the_page(folder):
    short = folder.removeprefix("src/reportcheck/extract/")
    assert f"`{folder}`" in PAGE or f"`{short}`" in PAGE, f"ARCHITECTURE.md does not say what {folder} holds"
