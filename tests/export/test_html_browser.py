"""The HTML report in a real browser: Debian's headless Chromium, driven by Playwright.

The page must load with no console error, show every finding the JSON has
(a row each, or a name in an incident's "also named in both" line), number
the rows as shown, light up the sentences of a clicked finding in both
articles, and show an article's ``<script>`` or ``onerror=`` markup as text.  Without Playwright
or a Chromium the tests skip, saying why, except under CI (``CI`` set),
where they fail: .ci/run installs both.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from reportcheck.api import compare_reports
from reportcheck.export.html import claim_key, render_html, sentence_key
from reportcheck.export.jsonout import render_json
from reportcheck.export.rows import sections
from reportcheck.models import Comparison, Finding, Status

from ..conftest import SAMPLES

pytestmark = pytest.mark.browser  # Chromium through Playwright

CHROMIUM = Path(os.environ.get("REPORTCHECK_CHROMIUM", "/usr/bin/chromium"))
#: no sandbox (root in a container), and nothing that would reach the network
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
HOSTILE_A = """Gunman kills 3 in Springfield <script>alert(1)</script>

SPRINGFIELD, March 3, 2024 - Police said 3 people were killed and 12 injured when a gunman opened fire \
at a market in Springfield on Sunday. <img src=x onerror=alert(1)> The suspect, 34, was arrested.
"""
HOSTILE_B = """Market shooting in Springfield

Officials said 4 people were killed <script>alert(1)</script> and 12 people were injured in the \
shooting at a market in Springfield on Sunday. The gunman, aged 34, was detained.
"""


def _missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed (pip install '.[test]')"
    if not CHROMIUM.is_file():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    return None


@pytest.fixture(scope="module")
def browser():
    missing = _missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the browser tests: {missing}")
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Opened:
    """A page and what it did that it should not: console errors, dialogs, requests."""

    page: object
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


def _open(browser, path: Path) -> Opened:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    opened = Opened(page)
    page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: opened.errors.append(str(error)))
    page.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda r: None if r.url.startswith("file:") else opened.requests.append(r.url))
    page.goto(path.as_uri(), wait_until="load")
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")  # let scripts settle
    return opened


def _write_page(tmp_path: Path, comparison: Comparison, name: str, *, show_all: bool = False) -> Path:
    path = tmp_path / name
    path.write_text(render_html(comparison, show_all=show_all), encoding="utf-8")
    return path


def _rows(comparison: Comparison) -> dict[int, Finding]:
    """The page's rows by the number shown on them."""
    found = sections(comparison, show_all=False, keep_only_in_one=True)
    return {number: finding for section in found for number, finding in section.findings}


def _folded(comparison: Comparison) -> list[Finding]:
    return [f for section in sections(comparison, show_all=False) for f in section.folded]


@pytest.fixture(scope="module")
def sample():
    return compare_reports([SAMPLES / "report_a.txt", SAMPLES / "report_b.txt"])


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "a.txt").write_text(HOSTILE_A, encoding="utf-8")
    (folder / "b.txt").write_text(HOSTILE_B, encoding="utf-8")
    return compare_reports([folder / "a.txt", folder / "b.txt"])


def _classes(page, element_id: str) -> list[str]:
    return (page.get_attribute(f"#{element_id}", "class") or "").split()


def _border_conflict(comparison: Comparison) -> int:
    """The row number of the 20km vs five miles finding."""
    return next(
        n for n, f in _rows(comparison).items() if f.status is Status.conflict and f.kind.value == "distance"
    )


def _sentences(finding: Finding) -> list[str]:
    """The ids of the sentences a finding's claims stand in."""
    return [
        sentence_key(claim.report, claim.evidence.sentence_start, claim.evidence.sentence_end)
        for claim in finding.claims
    ]


def test_sample_page_loads_clean_and_shows_every_finding(browser, sample, tmp_path):
    opened = _open(browser, _write_page(tmp_path, sample, "sample.html"))
    findings = json.loads(render_json(sample))["findings"]
    folded = _folded(sample)
    assert len(folded) == 4
    assert opened.page.locator("tr.finding:visible").count() == len(findings) - len(folded)
    named = opened.page.inner_text("tr.named")
    assert all(f.claims[0].evidence.text in named for f in folded)
    assert opened.page.get_attribute("#total", "data-count") == str(len(findings))
    assert opened.page.locator("article.report").count() == 2
    assert opened.errors == [] and opened.dialogs == [] and opened.requests == []
    everything = _open(browser, _write_page(tmp_path, sample, "all.html", show_all=True))
    assert everything.page.locator("tr.finding:visible").count() == len(findings)
    assert everything.page.locator("tr.named").count() == 0


def test_rows_are_numbered_as_shown(browser, sample, tmp_path):
    for show_all in (False, True):
        opened = _open(browser, _write_page(tmp_path, sample, f"numbers-{show_all}.html", show_all=show_all))
        shown = opened.page.locator("tr.finding button.go").all_inner_texts()
        assert shown == [str(n) for n in range(1, len(shown) + 1)]
        ids = opened.page.eval_on_selector_all("tr.finding", "rows => rows.map(r => r.id)")
        assert ids == [f"f{n}" for n in range(1, len(shown) + 1)]


def test_clicking_a_finding_lights_both_sentences(browser, sample, tmp_path):
    from playwright.sync_api import expect

    opened = _open(browser, _write_page(tmp_path, sample, "sample.html"))
    page = opened.page
    number = _border_conflict(sample)
    rows = _rows(sample)
    claims = rows[number].claims
    sentences = _sentences(rows[number])
    marks = [claim_key(c.report, c.evidence.start, c.evidence.end) for c in claims]
    assert {c.report for c in claims} == {0, 1}
    assert not any("hl" in _classes(page, key) for key in sentences)
    page.click(f"#f{number} button")
    for key in sentences + marks + [f"f{number}"]:
        assert "hl" in _classes(page, key), key
    for key in sentences:  # each article scrolled to its sentence
        expect(page.locator(f"#{key}")).to_be_in_viewport()
    other = next(n for n, f in rows.items() if not set(_sentences(f)) & set(sentences))
    page.click(f"#f{other} button")
    assert not any("hl" in _classes(page, key) for key in sentences + marks)  # the old selection is cleared
    assert all("hl" in _classes(page, key) for key in _sentences(rows[other]))
    assert opened.errors == []


def test_clicking_a_claim_selects_its_finding(browser, sample, tmp_path):
    opened = _open(browser, _write_page(tmp_path, sample, "sample.html"))
    number = _border_conflict(sample)
    claim = _rows(sample)[number].claims[0]
    opened.page.click(f"#{claim_key(claim.report, claim.evidence.start, claim.evidence.end)}")
    assert "hl" in _classes(opened.page, f"f{number}")
    assert opened.errors == []


def test_a_folded_name_is_highlighted_but_selects_no_row(browser, sample, tmp_path):
    opened = _open(browser, _write_page(tmp_path, sample, "sample.html"))
    page = opened.page
    cited = {(c.report, c.evidence.start, c.evidence.end) for f in _rows(sample).values() for c in f.claims}
    claim = next(
        c
        for f in _folded(sample)
        for c in f.claims
        if (c.report, c.evidence.start, c.evidence.end) not in cited
    )
    key = claim_key(claim.report, claim.evidence.start, claim.evidence.end)
    assert page.get_attribute(f"#{key}", "data-f") is None
    assert "st-agree" in _classes(page, key)
    page.click(f"#{key}")
    assert page.locator("tr.finding.hl").count() == 0
    assert opened.errors == []


def test_status_boxes_filter_the_findings(browser, sample, tmp_path):
    opened = _open(browser, _write_page(tmp_path, sample, "sample.html"))
    page = opened.page
    total = len(_rows(sample))
    only = sum(1 for f in sample.findings if f.status is Status.only_in_one)
    page.uncheck('input[data-status="only_in_one"]')
    assert page.locator("tr.finding:visible").count() == total - only
    page.check('input[data-status="only_in_one"]')
    assert page.locator("tr.finding:visible").count() == total
    page.uncheck('input[data-status="agree"]')
    assert page.locator("tr.named:visible").count() == 0  # the folded agreements hide with the rest


def test_article_markup_shows_as_text(browser, hostile, tmp_path):
    opened = _open(browser, _write_page(tmp_path, hostile, "hostile.html"))
    page = opened.page
    assert hostile.findings, "the hostile reports should still give findings"
    findings = json.loads(render_json(hostile))["findings"]
    assert page.locator("tr.finding").count() == len(findings) - len(_folded(hostile))
    assert page.evaluate("document.scripts.length") == 1  # the page's own, none from the articles
    assert page.evaluate("document.images.length") == 0
    assert page.evaluate("document.querySelectorAll('[onerror]').length") == 0
    first, second = (page.inner_text(f"#report-{i} .text") for i in (1, 2))
    assert "<script>alert(1)</script>" in first and "<img src=x onerror=alert(1)>" in first
    assert "<script>alert(1)</script>" in second
    page.click("#f1 button")
    assert page.locator(".sent.hl").count() >= 1
    assert opened.dialogs == [] and opened.errors == [] and opened.requests == []
