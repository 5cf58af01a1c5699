"""The load stage on what journalists really save: web pages, mojibake, huge and locked files."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from reportcheck.errors import ReportcheckError
from reportcheck.load import load_bytes, load_report
from reportcheck.load.decode import may_hold_mojibake
from reportcheck.load.html import looks_like_html

from ..conftest import ROOT
from .inputs import BASE, HTML_PAGE, QUOTED, RUSSIAN, SPANISH, mojibake


def refused(data: bytes, path: str = "report.txt", **kwargs) -> ReportcheckError:
    with pytest.raises(ReportcheckError) as raised:
        load_bytes(data, path=path, **kwargs)
    assert "\n" not in raised.value.one_line()
    return raised.value


# ------------------------------------------------------------------ HTML


@pytest.fixture(scope="module")
def page():
    return load_bytes(HTML_PAGE.encode("utf-8"), path="saved/page.html")


def test_html_page_keeps_the_article(page):
    for sentence in BASE.splitlines():
        assert " ".join(sentence.split()) in " ".join(page.text.split())


@pytest.mark.parametrize(
    "furniture", ["cookies", "Home", "Weather", "Most read", "motorway", "newsletter", "dataLayer"]
)
def test_html_page_drops_menus_scripts_and_footers(page, furniture):
    assert furniture not in page.original


def test_html_page_headline_and_offsets_point_into_the_article_text(page):
    assert page.headline == "Gunman wounds policeman in Novoshakhtinsk"
    assert "<" not in page.original
    start = page.text.index("20 km")
    begin, end = page.original_span(start, start + len("20 km"))
    assert page.original[begin:end] == "20 km"


def test_html_is_recognised_without_its_extension():
    report = load_bytes(HTML_PAGE.encode("utf-8"), path="page_saved.txt")
    assert "<html" not in report.original and "10:30 a.m." in report.original


def test_page_date_is_the_report_date_when_the_text_has_none():
    html = HTML_PAGE.replace(
        "<title>", '<meta property="article:published_time" content="2024-03-10T09:00:00Z">\n<title>'
    )
    report = load_bytes(html.encode("utf-8"), path="page.html")
    assert report.date == dt.date(2024, 3, 10)
    assert load_bytes(html.encode("utf-8"), path="page.html", date=dt.date(2024, 1, 1)).date == dt.date(
        2024, 1, 1
    )


def test_html_declared_charset_is_used_for_a_non_utf8_page():
    head = '<html><head><meta charset="windows-1251"></head>'
    html = f"{head}<body><article><p>{RUSSIAN}</p></article></body></html>"
    report = load_bytes(html.encode("cp1251"), path="novosti.htm")
    assert report.encoding == "cp1251"
    assert "Новошахтинске" in report.original


@pytest.mark.parametrize(
    "html",
    [
        "<!DOCTYPE html><html><head><title></title></head><body></body></html>",
        "<html><body><script>var a = 1;</script><style>p {}</style></body></html>",
    ],
)
def test_html_page_without_text_is_refused_in_one_line(html):
    error = refused(html.encode("utf-8"), path="blank.html")
    assert error.code == "file-empty"
    assert error.one_line() == "blank.html: is an HTML page with no readable text in it [file-empty]"


def test_broken_html_still_gives_its_words():
    html = (
        "<html><body><p>A gunman opened fire on Sunday, police said.<div><<<>>></p></b></i><p>Two were hurt."
    )
    report = load_bytes(html.encode("utf-8"), path="broken.html")
    assert "A gunman opened fire on Sunday, police said." in report.original


def test_text_mentioning_html_is_not_taken_for_a_page():
    assert not looks_like_html("notes.txt", "The site's <html> tag was edited, police said.\n")
    assert looks_like_html("notes.txt", "\ufeff\n  <!DOCTYPE html>\n<html>")


# ------------------------------------------------------------------ mojibake


def test_mojibake_is_repaired_and_says_so():
    garbled = mojibake(QUOTED).encode("utf-8")
    assert "â€œIt was terrible" in garbled.decode("utf-8")
    report = load_bytes(garbled, path="garbled.txt")
    assert "\u201cIt was terrible,\u201d" in report.original
    assert "the caf\u00e9\u2019s owner" in report.original
    assert report.encoding == "utf-8, mojibake repaired"


@pytest.mark.parametrize(
    "text", [QUOTED, RUSSIAN, SPANISH, "Zürich, Ångström, naïve café — 12°C, São Paulo.\n"]
)
def test_correct_text_of_any_language_is_left_alone(text):
    report = load_bytes(text.encode("utf-8"), path="fine.txt")
    assert report.original == text
    assert report.encoding == "utf-8"


@pytest.mark.parametrize("code_page", ["cp1252", "latin-1", "cp1251", "mac-roman", "cp437"])
def test_every_misreading_of_typographic_text_may_be_mojibake(code_page):
    """ftfy is skipped for text whose only non-ASCII characters are punctuation:
    sound only if no code page's misreading of UTF-8 stays inside that set."""
    typographic = "\u201cQuoted\u201d \u2018it\u2019s\u2019 \u2013 \u2014 \u2026 \u2022 \u00a0 \u2122"
    for character in sorted({c for c in typographic if not c.isascii()}):
        garbled = character.encode("utf-8").decode(code_page, errors="replace")
        assert may_hold_mojibake(garbled), (code_page, character, garbled)
    assert not may_hold_mojibake("\u201cQuoted,\u201d he said \u2013 at 12\u00a0noon\u2026")
    assert may_hold_mojibake("caf\u00e9") and may_hold_mojibake("\u041f\u0440\u0438")


# ------------------------------------------------------------------ size


def test_fifty_megabytes_are_refused_by_size_before_reading(inputs):
    error = load_error(inputs["huge-50mb"])
    assert error.code == "file-too-large"
    assert "52,4" in error.message and "bytes" in error.message  # the file's size, from stat
    assert "--max-chars" in error.message


def test_too_many_characters_names_the_limit_and_how_to_raise_it(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(BASE * 10, encoding="utf-8")
    error = load_error(path, max_chars=len(BASE) * 5)
    assert error.code == "file-too-large"
    assert f"the limit is {len(BASE) * 5:,}" in error.message and "--max-chars" in error.message
    assert load_report(path, max_chars=len(BASE) * 10).original == BASE * 10


def test_a_megabyte_of_prose_on_one_line_loads_whole(tmp_path):
    path = tmp_path / "no_newlines.txt"
    path.write_text(BASE.replace("\n", " ") * (1024 * 1024 // len(BASE)), encoding="utf-8")
    report = load_report(path)
    assert "\n" not in report.text and len(report.text) > 1_000_000
    start = report.text.rindex("20 km")
    begin, end = report.original_span(start, start + 5)
    assert report.original[begin:end] == "20 km"


def load_error(path, **kwargs) -> ReportcheckError:
    with pytest.raises(ReportcheckError) as raised:
        load_report(path, **kwargs)
    return raised.value


# ------------------------------------------------------------------ permissions


def _as_nobody():
    os.setgid(65534)
    os.setuid(65534)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions only")
def test_unreadable_file_is_refused_in_one_line_for_a_real_user():
    """chmod 000 as an ordinary user; as root, the check runs the CLI as 'nobody'."""
    folder = Path(tempfile.mkdtemp(prefix="reportcheck-perm-"))
    try:
        folder.chmod(0o755)
        locked, other = folder / "locked.txt", folder / "other.txt"
        locked.write_text(BASE, encoding="utf-8")
        other.write_text(BASE, encoding="utf-8")
        locked.chmod(0)
        other.chmod(0o644)
        as_root = os.geteuid() == 0
        env = {**os.environ, "HOME": str(folder), "PYTHONPATH": str(ROOT / "src")}
        try:
            result = subprocess.run(
                [sys.executable, "-m", "reportcheck", "compare", str(locked), str(other)],
                capture_output=True,
                text=True,
                env=env,
                cwd=folder,
                preexec_fn=_as_nobody if as_root else None,
            )
        except PermissionError as error:
            pytest.skip(
                f"running as root, and 'nobody' cannot run {error.filename} (the matrix simulates it)"
            )
        assert result.returncode == 2, result.stderr
        assert result.stderr.strip() == (
            f"reportcheck: {locked}: cannot be read: permission denied [file-unreadable]"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
