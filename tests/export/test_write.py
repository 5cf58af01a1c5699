"""Output files: refused before the work when they exist, written with the
user's usual permissions (or the replaced file's)."""

from __future__ import annotations

import os
import stat

import pytest

from reportcheck.errors import ReportcheckError
from reportcheck.export.write import check_output, write_atomic


def test_existing_output_is_refused_without_force(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("keep me", encoding="utf-8")
    with pytest.raises(ReportcheckError) as raised:
        check_output(target)
    assert raised.value.code == "output-exists"
    check_output(target, force=True)
    assert target.read_text(encoding="utf-8") == "keep me"


def test_a_directory_is_no_output(tmp_path):
    with pytest.raises(ReportcheckError) as raised:
        check_output(tmp_path)
    assert raised.value.code == "output-failed"


def test_new_file_gets_the_umask_permissions(tmp_path):
    umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.csv", "a,b\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o644


def test_replaced_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "shared.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o664)
    write_atomic(target, "new", force=True)
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
