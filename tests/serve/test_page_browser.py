"""The newsroom page in a real browser: Debian's headless Chromium through Playwright, on a live server.

A person pastes the sample pair, compares, sees both conflicts in the CLI's
HTML report, clicks one and sees both sentences lit, and downloads the CSV;
reports of different incidents are said to be so and not set against each
other until the box asks for it; an uploaded article's markup shows as text;
the fact-sheet tab lists each
fact's verdict; a server with a token asks for it once.  The page must make
no request but to its own server and log no console error (a policy
violation logs one).  Skipped without Playwright or Chromium, failed under CI.
"""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the serve extra is not installed (pip install '.[test]')")

from reportcheck.api import compare_reports  # noqa: E402
from reportcheck.export.html import claim_key  # noqa: E402
from reportcheck.models import Status  # noqa: E402

from ..conftest import SAMPLES  # noqa: E402
from ..export.test_html_browser import (  # noqa: E402
    HOSTILE_A,
    HOSTILE_B,
    _border_conflict,
    _classes,
    _rows,
    _sentences,
    browser,  # noqa: F401 - the module's Chromium, skipped or failed as there
)
from .conftest import OTHER_INCIDENTS, live  # noqa: E402

pytestmark = pytest.mark.browser

#: what the page calls pasted reports, in order
PASTED = ("report 1.txt", "report 2.txt")


@pytest.fixture(scope="module")
def site():
    with live() as url:
        yield url


class Watched:
    """A page, and what it did that it should not: console errors, dialogs, requests elsewhere."""

    def __init__(self, chromium, url: str, **context):
        self.context = chromium.new_context(viewport={"width": 1400, "height": 1000}, **context)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.elsewhere: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on(
            "request",
            lambda r: (
                None if r.url.startswith((url, "blob:", "about:", "data:")) else self.elsewhere.append(r.url)
            ),
        )
        self.page.goto(url, wait_until="load")

    def clean(self) -> bool:
        return self.errors == [] and self.dialogs == [] and self.elsewhere == []


def _compare_pasted(watched: Watched, texts: list[str]) -> None:
    page = watched.page
    for index, text in enumerate(texts):
        page.fill(f"#reports fieldset:nth-child({index + 1}) textarea", text)
    page.click("#compare-go")
    page.wait_for_selector("#compare-result:not([hidden])", timeout=120_000)


def test_paste_compare_click_and_download(browser, site, tmp_path):  # noqa: F811
    from playwright.sync_api import expect

    texts = [(SAMPLES / name).read_text(encoding="utf-8") for name in ("report_a.txt", "report_b.txt")]
    watched = Watched(browser, site)
    _compare_pasted(watched, texts)
    page = watched.page
    assert "conflict" in page.inner_text("#compare-status")
    frame = page.frame_locator("#report")
    expect(frame.locator("tr.finding.st-conflict")).to_have_count(2)  # the sample pair's two conflicts

    expected = compare_reports(
        [(name, text.encode("utf-8")) for name, text in zip(PASTED, texts, strict=True)]
    )
    number = _border_conflict(expected)
    finding = _rows(expected)[number]
    frame.locator(f"#f{number} button").click()
    inside = page.frames[1]
    for key in _sentences(finding):
        assert "hl" in _classes(inside, key), key
    assert {c.report for c in finding.claims} == {0, 1}  # one sentence in each report
    for claim in finding.claims:
        assert "hl" in _classes(inside, claim_key(claim.report, claim.evidence.start, claim.evidence.end))

    with page.expect_download() as waiting:
        page.click("#compare-result button[data-format=csv]")
    download = waiting.value
    assert download.suggested_filename == "reportcheck.csv"
    csv = download.path().read_text(encoding="utf-8")
    assert csv.startswith("\ufefffinding,") and csv.count(",conflict,") == 2
    assert watched.clean(), (watched.errors, watched.dialogs, watched.elsewhere)
    watched.context.close()


def test_the_minimum_confidence_box_moves_a_conflict_to_possible_and_back(browser, site):  # noqa: F811
    """The sample pair's border distance conflict (20km against around five miles) scores 0.12:
    a conflict at the server's 0.1, a possible conflict once the box asks for 0.2."""
    import json

    from playwright.sync_api import expect

    texts = [(SAMPLES / name).read_text(encoding="utf-8") for name in ("report_a.txt", "report_b.txt")]
    pasted = [(name, text.encode("utf-8")) for name, text in zip(PASTED, texts, strict=True)]
    watched = Watched(browser, site)
    page = watched.page
    assert page.input_value("#compare-min-confidence") == "0.1"  # the server's own default
    _compare_pasted(watched, texts)
    frame = page.frame_locator("#report")
    number = _border_conflict(compare_reports(pasted))
    expect(frame.locator(f"#f{number}.st-conflict")).to_have_count(1)

    page.fill("#compare-min-confidence", "0.2")
    page.click("#compare-go")
    stricter = compare_reports(pasted, min_confidence=0.2)
    moved = next(
        n
        for n, f in _rows(stricter).items()
        if f.status is Status.possible_conflict and f.kind.value == "distance"
    )
    expect(frame.locator(f"#f{moved}.st-possible_conflict")).to_have_count(1, timeout=120_000)
    expect(frame.locator("tr.finding.st-conflict")).to_have_count(1)
    with page.expect_download() as waiting:  # a download is of what was compared, threshold and all
        page.click("#compare-result button[data-format=json]")
    data = json.loads(waiting.value.path().read_text(encoding="utf-8"))
    assert data["summary"]["conflict"] == 1 and data["summary"]["possible_conflict"] >= 1

    page.fill("#compare-min-confidence", "0.1")
    page.click("#compare-go")
    expect(frame.locator("tr.finding.st-conflict")).to_have_count(2, timeout=120_000)
    assert watched.clean(), (watched.errors, watched.dialogs, watched.elsewhere)
    watched.context.close()


def test_other_incidents_are_compared_only_when_the_box_is_ticked(browser, site):  # noqa: F811
    import json

    from playwright.sync_api import expect

    watched = Watched(browser, site)
    page = watched.page
    _compare_pasted(watched, [text for _, text in OTHER_INCIDENTS])
    frame = page.frame_locator("#report")
    expect(frame.locator(".top .warning")).to_contain_text("look like different incidents")
    expect(frame.locator(".top .warning")).to_contain_text("Only each report's contradictions")
    expect(frame.locator("tr.finding.st-conflict")).to_have_count(0)
    expect(frame.locator("tr.finding.st-possible_conflict")).to_have_count(0)
    assert page.inner_text("#compare-status").startswith("These reports look like different incidents")
    assert page.inner_text("#compare-status").endswith("No conflict found.")

    page.check("#compare-same")
    page.click("#compare-go")
    expect(frame.locator(".top .warning")).to_contain_text("compared as one", timeout=120_000)
    expect(frame.locator("tr.finding.st-conflict")).not_to_have_count(0)  # 4 killed against 2...
    status = page.inner_text("#compare-status")
    assert "compared as one, as asked" in status and status.endswith(
        "The reports conflict: see the findings below."
    )
    with page.expect_download() as waiting:  # a download is of what was compared, box and all
        page.click("#compare-result button[data-format=json]")
    data = json.loads(waiting.value.path().read_text(encoding="utf-8"))
    assert data["incident_match"]["forced"] and data["summary"]["conflict"] >= 2
    assert watched.clean(), (watched.errors, watched.dialogs, watched.elsewhere)
    watched.context.close()


def test_uploaded_markup_shows_as_text(browser, site, tmp_path):  # noqa: F811
    a, b = tmp_path / "hostile_a.txt", tmp_path / "hostile_b.txt"
    a.write_text(HOSTILE_A, encoding="utf-8")
    b.write_text(HOSTILE_B, encoding="utf-8")
    watched = Watched(browser, site)
    page = watched.page
    page.set_input_files("#reports fieldset:nth-child(1) input[type=file]", str(a))
    page.set_input_files("#reports fieldset:nth-child(2) input[type=file]", str(b))
    page.click("#compare-go")
    page.wait_for_selector("#compare-result:not([hidden])", timeout=120_000)
    inside = page.frames[1]
    inside.wait_for_selector("article.report")
    assert inside.evaluate("document.scripts.length") == 1  # the report's own, none from the articles
    assert inside.evaluate("document.images.length") == 0
    assert inside.evaluate("document.querySelectorAll('[onerror]').length") == 0
    first = inside.inner_text("#report-1 .text")
    assert "<script>alert(1)</script>" in first and "<img src=x onerror=alert(1)>" in first
    assert "hostile_a.txt" in inside.inner_text("header.top")
    assert page.evaluate("document.scripts.length") == 1  # and the page has only its own
    assert watched.clean(), (watched.errors, watched.dialogs, watched.elsewhere)
    watched.context.close()


def test_an_error_is_one_line_on_the_page(browser, site):  # noqa: F811
    watched = Watched(browser, site)
    page = watched.page
    page.fill("#reports fieldset:nth-child(1) textarea", "Police said <b>3</b> were killed.")
    page.set_input_files(
        "#reports fieldset:nth-child(2) input[type=file]",
        files=[{"name": "scan.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.7"}],
    )
    page.click("#compare-go")
    page.wait_for_selector("#compare-status.error")
    assert page.inner_text("#compare-status").endswith("[unsupported-type]")
    assert page.inner_text("#compare-status").startswith("scan.pdf: ")
    watched.context.close()


def test_the_fact_sheet_tab_lists_each_verdict(browser, site):  # noqa: F811
    import json
    import urllib.request

    article = (SAMPLES / "report_a.txt").read_text(encoding="utf-8")
    sheet = (SAMPLES / "factsheet.yaml").read_text(encoding="utf-8") + "\n# <script>x</script>\n"
    watched = Watched(browser, site)
    page = watched.page
    page.click("#tab-check")
    page.fill("#check-article", article)
    page.fill("#check-facts", sheet)
    page.click("#check-go")
    page.wait_for_selector("#check-result:not([hidden])", timeout=120_000)
    body = {
        "reports": [{"name": "article.txt", "text": article}],
        "facts": {"name": "facts.yaml", "text": sheet},
    }
    request = urllib.request.Request(
        site + "v1/check", data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request) as answer:
        expected = json.load(answer)
    shown = page.locator("#facts tbody tr td:nth-child(2)").all_inner_texts()
    assert shown == [fact["status"].replace("-", " ") for fact in expected["facts"]]
    summary = expected["summary"]
    assert page.inner_text("#check-status") == (
        f"{summary['conflict']} conflict, {summary['agree']} agree, {summary['compatible']} compatible, "
        f"{summary['missing-from-article']} not in the article"
    )
    assert watched.clean(), (watched.errors, watched.dialogs, watched.elsewhere)
    watched.context.close()


def test_a_token_is_asked_once(browser):  # noqa: F811
    with live(token="s3cret") as url:
        watched = Watched(browser, url)
        page = watched.page
        page.wait_for_selector("#login:not([hidden])")
        page.fill("#token", "s3cret")
        page.click("#login button")
        page.wait_for_selector("#login", state="hidden")
        cookie = next(c for c in watched.context.cookies() if c["name"] == "reportcheck_session")
        assert cookie["httpOnly"] and cookie["sameSite"] == "Strict" and cookie["value"] != "s3cret"
        assert page.evaluate("document.cookie") == ""  # scripts cannot read it
        texts = [(SAMPLES / n).read_text(encoding="utf-8") for n in ("report_a.txt", "report_b.txt")]
        _compare_pasted(watched, texts)
        assert "conflict" in page.inner_text("#compare-status")
        watched.page.reload()
        page.wait_for_load_state("load")
        page.wait_for_timeout(300)
        assert page.is_hidden("#login")  # asked once: the cookie stays
        watched.context.close()
