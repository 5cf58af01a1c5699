"""The bad inputs, built once per session (the 50 MB one too) in a temporary folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from .inputs import BAD_INPUTS, GOOD_TEXTS


@pytest.fixture(scope="session")
def inputs(tmp_path_factory) -> dict[str, Path]:
    """Case name -> the path to give the command; ``good:KEY`` -> each good text as UTF-8."""
    root = tmp_path_factory.mktemp("robustness")
    good = root / "good"
    good.mkdir()
    paths = {}
    for key, text in GOOD_TEXTS.items():
        paths[f"good:{key}"] = good / f"{key}.txt"
        paths[f"good:{key}"].write_text(text, encoding="utf-8")
    for case in BAD_INPUTS:
        folder = root / case.name
        folder.mkdir()
        paths[case.name] = case.build(folder)
    yield paths
    for path in root.rglob("*"):  # let pytest clean up the unreadable file
        if not path.is_symlink() and path.is_file() and not os.access(path, os.R_OK):
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def snapshot(*folders: Path) -> dict[str, tuple]:
    """What is in the folders, to show afterwards that nothing of the user's changed."""
    state = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            info = path.lstat()
            content = None
            if stat.S_ISREG(info.st_mode) and os.access(path, os.R_OK) and info.st_size < 10_000_000:
                content = path.read_bytes()
            state[str(path)] = (info.st_mode, info.st_size, info.st_mtime_ns, content)
    return state
