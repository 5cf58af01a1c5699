"""Markdown reports: markup dropped, words and offsets kept."""

from __future__ import annotations

import pytest

from reportcheck.load import load_report

CASES = [
    ("## Gunman opens fire in Novoshakhtinsk\n", "Gunman opens fire in Novoshakhtinsk"),
    ("The attack was **20km** from the border.", "The attack was 20km from the border."),
    ("Police said *at least* 10 people died.", "Police said at least 10 people died."),
    ("[Reuters](https://example.org/a) reported 12 injured.", "Reuters reported 12 injured."),
    ("![a photo](img.png)\nThree people died.", "Three people died."),
    (
        '> "One of the policemen sustained a gunshot wound."',
        '"One of the policemen sustained a gunshot wound."',
    ),
    ("- 14 people killed\n- 21 others wounded", "14 people killed\n21 others wounded"),
    ("The suspect_name field and 2*3 stay as written.", "The suspect_name field and 2*3 stay as written."),
]


@pytest.mark.parametrize("markdown, expected", CASES, ids=[c[1][:30] for c in CASES])
def test_markdown_markup_is_dropped(tmp_path, markdown, expected):
    path = tmp_path / "report.md"
    path.write_text(markdown, encoding="utf-8")
    report = load_report(path)
    assert report.text.strip() == expected
    for word in ("20km", "12", "Three", "14", "One"):
        at = report.text.find(word)
        if at >= 0:
            start, end = report.original_span(at, at + len(word))
            assert report.original[start:end] == word


def test_txt_keeps_asterisks(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("The attack was **20km** from the border.", encoding="utf-8")
    assert "**20km**" in load_report(path).text
