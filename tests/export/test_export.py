"""The export formats: CSV, Markdown, HTML and xlsx beside the table and JSON.

The sample pair is compared once for the module; the CLI tests hand that
result to ``compare`` (``reportcheck.api.compare_reports`` is patched) so
they exercise -o, --format and --force without re-running spaCy each time.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import os
import re
import subprocess
import sys
import zipfile
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import reportcheck.api
from reportcheck.cli import app
from reportcheck.export import RENDERERS
from reportcheck.export.csv import defuse, render_csv
from reportcheck.export.html import render_html, sentence_key
from reportcheck.export.jsonout import render_json
from reportcheck.export.markdown import render_markdown
from reportcheck.export.rows import flat_header, is_named_alike, one_line, sections
from reportcheck.export.spans import Span, render_spans
from reportcheck.export.table import PIPE_WIDTH, quote, render_table_text
from reportcheck.export.xlsx import render_xlsx
from reportcheck.formats import OutputFormat
from reportcheck.models import Comparison, ReportInfo, Status

from ..conftest import ROOT, SAMPLES

runner = CliRunner()
REPORT_A = str(SAMPLES / "report_a.txt")
REPORT_B = str(SAMPLES / "report_b.txt")
HOSTILE = '=cmd|"/c calc"!A1 <script>alert(1)</script> | <img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    return reportcheck.api.compare_reports([REPORT_A, REPORT_B])


@pytest.fixture
def compare_is_done(monkeypatch, comparison):
    """``reportcheck compare`` answers with the module's comparison, at once."""
    monkeypatch.setattr(reportcheck.api, "compare_reports", lambda *args, **kwargs: comparison)


def _border_finding(comparison: Comparison) -> int:
    """Index of the 20km vs five miles conflict."""
    return next(
        i
        for i, f in enumerate(comparison.findings)
        if f.status is Status.conflict and f.kind.value == "distance"
    )


def _named_alike(comparison: Comparison) -> list:
    """The sample's agreements on a name both reports write alike (folded unless --all)."""
    return [f for f in comparison.findings if is_named_alike(f, {0, 1})]


def _hostile(comparison: Comparison) -> Comparison:
    """The comparison with article text that is a formula, a pipe and markup."""
    hostile = comparison.model_copy(deep=True)
    finding = hostile.findings[_border_finding(hostile)]
    claim = finding.claims[0]
    claim.evidence.text = HOSTILE
    claim.evidence.sentence = f"Before {HOSTILE} after."
    claim.source = "@SUM(A1:A9)"
    return hostile


# -- the CLI: -o, --format, --force ---------------------------------------------------------------

SIGNATURES = {
    "json": lambda data: json.loads(data.decode("utf-8"))["findings"],
    "txt": lambda data: "┏" in data.decode("utf-8"),
    "csv": lambda data: data.startswith("\ufefffinding,status,kind".encode()),
    "md": lambda data: data.startswith(b"# reportcheck findings\n"),
    "markdown": lambda data: data.startswith(b"# reportcheck findings\n"),
    "html": lambda data: data.startswith(b"<!DOCTYPE html>"),
    "htm": lambda data: data.startswith(b"<!DOCTYPE html>"),
    "xlsx": lambda data: zipfile.is_zipfile(io.BytesIO(data)),
}


@pytest.mark.parametrize("extension", sorted(SIGNATURES))
def test_the_extension_picks_the_format(tmp_path, compare_is_done, extension):
    target = tmp_path / f"findings.{extension}"
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "-o", str(target)])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    assert SIGNATURES[extension](target.read_bytes())


def test_format_option_beats_the_extension(tmp_path, compare_is_done):
    target = tmp_path / "findings.txt"
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "-o", str(target), "--format", "csv"])
    assert result.exit_code == 1, result.output
    assert SIGNATURES["csv"](target.read_bytes())


def test_an_unknown_extension_is_one_line(tmp_path, compare_is_done):
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "-o", str(tmp_path / "findings.pdf")])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "[bad-option]" in result.stderr
    assert "Traceback" not in result.output


def test_an_existing_file_is_kept_without_force(tmp_path, compare_is_done):
    target = tmp_path / "findings.html"
    target.write_text("the editor's notes", encoding="utf-8")
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "-o", str(target)])
    assert result.exit_code == 2
    assert "[output-exists]" in result.stderr and result.stderr.count("\n") == 1
    assert target.read_text(encoding="utf-8") == "the editor's notes"
    assert [p.name for p in tmp_path.iterdir()] == ["findings.html"]  # no temporary left behind


def test_force_replaces_an_existing_file(tmp_path, compare_is_done):
    target = tmp_path / "findings.md"
    target.write_text("old", encoding="utf-8")
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "-o", str(target), "--force"])
    assert result.exit_code == 1, result.output
    assert target.read_text(encoding="utf-8").startswith("# reportcheck findings")


def test_xlsx_is_not_written_to_the_terminal(compare_is_done):
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "--format", "xlsx"])
    assert result.exit_code == 2
    assert "[bad-option]" in result.stderr and result.stderr.count("\n") == 1
    assert result.stdout == ""


@pytest.mark.parametrize("fmt", ["csv", "markdown", "html"])
def test_text_formats_print_to_stdout(compare_is_done, comparison, fmt):
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "--format", fmt])
    assert result.exit_code == 1
    printed = result.stdout_bytes.decode("utf-8")  # .stdout would turn CSV's CRLF into LF
    assert printed == RENDERERS[OutputFormat(fmt)](comparison, False)
    assert not printed.startswith("\ufeff")  # the byte-order mark is for files only


def _widest(text: str) -> int:
    return max(len(line) for line in text.splitlines())


@pytest.mark.parametrize(
    "columns, width", [("100", 100), ("180", 180), (None, PIPE_WIDTH), ("x", PIPE_WIDTH)]
)
def test_a_piped_table_is_as_wide_as_columns_says(compare_is_done, columns, width):
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B], env={"COLUMNS": columns})
    assert result.exit_code == 1
    assert _widest(result.stdout) == width


def test_a_table_file_keeps_its_width_whatever_columns_says(tmp_path, compare_is_done):
    target = tmp_path / "findings.txt"
    result = runner.invoke(app, ["compare", REPORT_A, REPORT_B, "-o", str(target)], env={"COLUMNS": "90"})
    assert result.exit_code == 1
    assert _widest(target.read_text(encoding="utf-8")) == PIPE_WIDTH


def test_every_format_has_an_extension():
    from reportcheck.formats import EXTENSIONS

    assert set(EXTENSIONS.values()) == set(OutputFormat) == set(RENDERERS)


# -- CSV ----------------------------------------------------------------------------------------


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_has_one_row_per_finding_with_both_quotes(comparison):
    rows = _csv_rows(render_csv(comparison))
    assert len(rows) == len(comparison.findings)
    assert list(rows[0]) == flat_header(2)
    border = rows[_border_finding(comparison)]
    assert border["status"] == "conflict" and border["kind"] == "distance"
    assert border["report 1 claim"] == "20km" and "just 20km from Russia" in border["report 1 sentence"]
    assert border["report 2 claim"] == "five miles" and border["report 2 hedges"] == "around"
    assert border["report 2 source"] == "The department"
    assert border["explanation"].startswith("20 km")
    assert [r["finding"] for r in rows] == [str(i) for i in range(1, len(rows) + 1)]


def test_csv_internal_finding_pairs_its_two_claims(comparison):
    rows = _csv_rows(render_csv(comparison))
    internal = next(r for r in rows if r["internal"] == "yes")
    assert internal["report 1 claim"] == ""
    assert internal["report 2 claim"] == "12am\nnoon"
    assert internal["report 2 hedges"] == "around\n(none)"


def test_csv_cells_never_start_a_formula(comparison):
    row = _csv_rows(render_csv(_hostile(comparison)))[_border_finding(comparison)]
    assert row["report 1 claim"] == "'" + HOSTILE
    assert row["report 1 source"] == "'@SUM(A1:A9)"
    assert [defuse(x) for x in ("=1", "+1", "-1", "@A", "\t=1", "ok", "")] == [
        "'=1",
        "'+1",
        "'-1",
        "'@A",
        "'\t=1",
        "ok",
        "",
    ]


# -- Markdown -----------------------------------------------------------------------------------

UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


def _tables(markdown: str) -> list[list[str]]:
    """The pipe tables in a Markdown text, as lists of lines."""
    tables: list[list[str]] = []
    previous = ""
    for line in markdown.splitlines():
        if line.startswith("|"):
            if not previous.startswith("|"):
                tables.append([])
            tables[-1].append(line)
        previous = line
    return tables


def _assert_valid_pipe_tables(markdown: str) -> int:
    """Every table: a header, a delimiter row, rows with the header's cell count. Returns the rows."""
    rows = 0
    for table in _tables(markdown):
        cells = len(UNESCAPED_PIPE.findall(table[0]))
        assert re.fullmatch(r"\|( --- \|)+", table[1])
        for line in table:
            assert line.endswith(" |") and len(UNESCAPED_PIPE.findall(line)) == cells, line
        rows += len(table) - 2
    return rows


def test_markdown_is_valid_pipe_tables_one_row_per_finding(comparison):
    folded = _named_alike(comparison)
    shown = [f for f in comparison.findings if f.status is not Status.only_in_one and f not in folded]
    assert _assert_valid_pipe_tables(render_markdown(comparison)) == len(shown)
    assert _assert_valid_pipe_tables(render_markdown(comparison, show_all=True)) == len(comparison.findings)


def test_markdown_rows_are_numbered_as_shown(comparison):
    for show_all in (False, True):
        numbers = [
            int(n) for n in re.findall(r"^\| (\d+) \|", render_markdown(comparison, show_all=show_all), re.M)
        ]
        assert numbers == list(range(1, len(numbers) + 1)), numbers


def test_markdown_names_both_reports_give_alike_once(comparison):
    text = render_markdown(comparison)
    line = "also named in both: Russia, Novoshakhtinsk, Ukraine, Vladimir Putin"
    assert text.index("## main incident") < text.index(line) < text.index("| # |")
    assert "Russia vs Russia" not in text and "Vladimir Putin vs Vladimir Putin" not in text
    assert "Rostov vs Rostov region" in text  # written differently: a row of its own
    assert "automatic weapon vs automatic weapon" in text  # a weapon is a fact, not a mention
    everything = render_markdown(comparison, show_all=True)
    assert "also named" not in everything and "Russia vs Russia" in everything


def test_markdown_escapes_pipes_and_markup(comparison):
    text = render_markdown(_hostile(comparison), show_all=True)
    _assert_valid_pipe_tables(text)
    assert "\\<script\\>alert(1)\\</script\\> \\| \\<img src=x onerror=alert(1)\\>" in text
    assert not re.search(r"(?<!\\)<(script|/script|img)", text)


def test_markdown_groups_by_incident(comparison):
    text = render_markdown(comparison)
    headings = re.findall(r"^## (.*)$", text, re.M)
    assert headings[0].startswith("main incident: Novoshakhtinsk")
    assert "September, Irkutskaya oblast' (r0-bg2)" in headings
    assert "**20km**" in text and "**five miles**" in text


def test_readme_export_excerpts_are_current(comparison):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for fence, rendered in (
        ("csv", render_csv(comparison)),
        ("markdown", render_markdown(comparison)),
    ):
        block = re.search(rf"^```{fence}\n(.*?)^```$", readme, re.M | re.S)
        assert block, f"the README's {fence} excerpt is missing"
        lines = rendered.splitlines()
        assert all(line in lines for line in block.group(1).splitlines()), fence


# -- xlsx ---------------------------------------------------------------------------------------


def test_xlsx_has_the_rows_as_text(comparison):
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(render_xlsx(_hostile(comparison))))
    sheet = book["findings"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == flat_header(2)
    assert len(rows) == len(comparison.findings) + 1
    border = dict(zip(rows[0], rows[_border_finding(comparison) + 1], strict=True))
    assert border["report 1 claim"] == HOSTILE  # kept as written ...
    cell = sheet.cell(row=_border_finding(comparison) + 2, column=rows[0].index("report 1 claim") + 1)
    assert cell.data_type == "s"  # ... and stored as text, not a formula
    assert border["report 2 claim"] == "five miles"
    reports = list(book["reports"].iter_rows(values_only=True))
    assert [r[1] for r in reports[1:]] == [r.path for r in comparison.reports]
    assert book.properties.modified.year == 1980
    assert [r[0] for r in rows[1:]] == list(range(1, len(comparison.findings) + 1))


def test_xlsx_is_byte_identical(comparison):
    assert render_xlsx(comparison) == render_xlsx(comparison)


# -- the table ----------------------------------------------------------------------------------


def test_the_sample_folds_four_names(comparison):
    """Russia, Novoshakhtinsk, Ukraine and Vladimir Putin: the same words in both reports."""
    folded = _named_alike(comparison)
    assert sorted(one_line(f.claims[0].evidence.text) for f in folded) == [
        "Novoshakhtinsk",
        "Russia",
        "Ukraine",
        "Vladimir Putin",
    ]
    kept = [f for f in comparison.findings if f.status is Status.agree and f not in folded]
    assert {f.kind.value for f in kept} >= {"weapon", "injured", "location"}


def test_sections_number_rows_as_shown(comparison):
    for show_all in (False, True):
        found = sections(comparison, show_all=show_all)
        numbers = [number for section in found for number, _ in section.findings]
        assert numbers == list(range(1, len(numbers) + 1))
        listed = [f for section in found for _, f in section.findings] + [f for s in found for f in s.folded]
        expected = [f for f in comparison.findings if show_all or f.status is not Status.only_in_one]
        assert len(listed) == len(expected) and all(any(f is g for g in listed) for f in expected)


def test_sections_keep_kinds_together_most_serious_first(comparison):
    found = sections(comparison)
    assert found[0].incident == "main"
    assert sum(len(s.findings) for s in found) == len(comparison.findings)
    for section in found:
        kinds = [f.kind for _, f in section.findings]
        assert all(kinds.index(k) == i or kinds[i - 1] == k for i, k in enumerate(kinds)), kinds
        assert {f.incident for _, f in section.findings} == {section.incident}
    assert found[0].findings[0][1].status is Status.conflict


def test_table_has_a_heading_row_per_incident(comparison):
    text = render_table_text(comparison)
    headings = [line.split("│")[2].strip() for line in text.splitlines() if "▸ incident" in line]
    assert headings[0].startswith("main incident: Novoshakhtinsk")
    assert "September, Irkutskaya oblast' (r0-bg2)" in headings
    main = text.index("main incident")
    background = text.index("September, Irkutskaya oblast' (r0-bg2)")
    assert main < text.index("20km") < background
    assert "┃ report 1 " in text and "┃ report 2 " in text and "┃ reports " not in text


def test_table_names_both_reports_give_alike_under_the_heading(comparison):
    text = render_table_text(comparison)
    assert "also named in both: Russia," in text
    assert text.index("main incident") < text.index("also named in both") < text.index("20km")
    assert "Russia vs Russia" not in text and "Russia:" not in text
    assert "Rostov vs Rostov region" in text
    everything = render_table_text(comparison, show_all=True)
    assert "also named" not in everything and "Russia vs Russia" in everything


def test_table_quotes_never_cut_a_word(comparison):
    """Each end of a quote is the sentence's end, or a cut ("…") between two words."""
    for finding in comparison.findings:
        for claim in finding.claims:
            shown = quote(claim).plain.split("\n")[0]
            body = shown.removeprefix("…").removesuffix("…")
            sentence = one_line(claim.evidence.sentence)
            at = sentence.find(body)
            assert at >= 0, shown
            if shown.startswith("…"):
                assert at > 0 and sentence[at - 1] == " ", shown
            else:
                assert at == 0, shown
            end = at + len(body)
            if shown.endswith("…"):
                assert end < len(sentence) and sentence[end] == " ", shown
            else:
                assert end == len(sentence), shown
    text = render_table_text(comparison)
    assert "…ttack" not in text and "…xits" not in text


def _three_reports(comparison: Comparison) -> Comparison:
    """The pair plus a third report that repeats report 2's border distance."""
    three = comparison.model_copy(deep=True)
    second = three.reports[1]
    three.reports.append(ReportInfo(path="report_c.txt", sha256=second.sha256, text=second.text))
    border = three.findings[_border_finding(three)]
    copy = border.claims[-1].model_copy(deep=True, update={"report": 2, "id": "r2-001"})
    border.claims.append(copy)
    return three


def test_table_names_the_report_of_each_quote_past_two_reports(comparison):
    text = render_table_text(_three_reports(comparison))
    assert "┃ reports " in text and "report 3:" in text and "report 2:" in text
    assert "│ report 1 " not in text  # no column per report


def test_three_reports_in_the_flat_formats(comparison):
    three = _three_reports(comparison)
    rows = _csv_rows(render_csv(three))
    assert rows[_border_finding(three)]["report 3 claim"] == "five miles"
    assert "report 3: " in render_markdown(three)
    assert render_html(three).count('<article class="report"') == 3


# -- HTML, without a browser (tests/export/test_html_browser.py opens it in one) ------------------------


class _Nesting(HTMLParser):
    """Checks that every element closes in order and collects ids and text."""

    VOID = {"meta", "br", "input", "img", "link"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.ids: list[str] = []
        self.tags: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.ids += [value for name, value in attrs if name == "id"]
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()


def _parsed(page: str) -> _Nesting:
    parser = _Nesting()
    parser.feed(page)
    parser.close()
    return parser


def test_html_is_well_nested_with_unique_ids(comparison):
    page = render_html(comparison)
    parsed = _parsed(page)
    assert not parsed.errors and not parsed.stack
    assert len(parsed.ids) == len(set(parsed.ids))
    assert page.count('<tr class="finding ') == len(comparison.findings) - len(_named_alike(comparison))
    assert render_html(comparison, show_all=True).count('<tr class="finding ') == len(comparison.findings)
    for claim in comparison.findings[_border_finding(comparison)].claims:
        key = sentence_key(claim.report, claim.evidence.sentence_start, claim.evidence.sentence_end)
        assert key in parsed.ids


def test_html_needs_no_network(comparison):
    page = render_html(comparison)
    assert not re.search(r"\b(src|href|srcset|action|poster)\s*=", page, re.I)
    assert "url(" not in page and "@import" not in page and "<link" not in page
    assert "default-src 'none'" in page.replace("&#x27;", "'")


def test_html_shows_article_markup_as_text(comparison):
    hostile = _hostile(comparison)
    hostile.reports[0].text = hostile.reports[0].text + "\n" + HOSTILE + "\n"
    page = render_html(hostile)
    parsed = _parsed(page)
    assert parsed.tags.count("script") == 1 and "img" not in parsed.tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page


@pytest.mark.parametrize("show_all", [False, True])
def test_html_numbers_rows_as_shown_and_marks_cite_them(comparison, show_all):
    page = render_html(comparison, show_all=show_all)
    rows = re.findall(r'<tr class="finding [^"]*" id="f(\d+)" data-targets="([^"]*)"', page)
    assert [int(n) for n, _ in rows] == list(range(1, len(rows) + 1))
    targets = {n: keys.split() for n, keys in rows}
    marks = re.findall(r'<mark id="(c[\d-]+)"([^>]*)>', page)
    assert marks
    for key, attrs in marks:
        cited = re.search(r'data-f="([^"]*)"', attrs)
        for number in cited.group(1).split() if cited else []:
            assert key in targets[number], (key, number)  # the row a claim selects lights it up
    uncited = [key for key, attrs in marks if "data-f=" not in attrs]
    assert bool(uncited) != show_all  # only folded names' words cite no row
    assert ("also named in both: Russia" in page) != show_all


def test_html_highlights_sit_on_the_claims_words(comparison):
    page = render_html(comparison)
    for claim in comparison.findings[_border_finding(comparison)].claims:
        ev = claim.evidence
        mark = re.search(rf'<mark id="c{claim.report}-{ev.start}-{ev.end}"[^>]*>(.*?)</mark>', page)
        assert mark and re.sub(r"<[^>]+>", "", mark.group(1)) == ev.text


# -- nesting any overlapping ranges -------------------------------------------------------------


def test_spans_cross_and_reopen():
    text = "One <b>two</b> three. Four five."
    spans = [
        Span(0, 21, 0, "span", (("class", "s"),), "s1"),
        Span(22, 32, 0, "span", (("class", "s"),), "s2"),
        Span(15, 27, 1, "mark", (), "m1"),
    ]
    assert render_spans(text, spans) == (
        '<span id="s1" class="s">One &lt;b&gt;two&lt;/b&gt; <mark id="m1">three.</mark></span>'
        '<mark> </mark><span id="s2" class="s"><mark>Four </mark>five.</span>'
    )


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet="ab <>&\"'\n", min_size=1, max_size=40),
    ranges=st.lists(
        st.tuples(st.integers(0, 40), st.integers(0, 40), st.integers(0, 2)), min_size=0, max_size=8
    ),
)
def test_spans_always_nest_and_keep_the_text(text, ranges):
    tags = ("span", "mark", "i")
    spans = [Span(a, b, layer, tags[layer], (), f"x{i}") for i, (a, b, layer) in enumerate(ranges)]
    rendered = render_spans(text, spans)
    parsed = _parsed(rendered)
    assert not parsed.errors and not parsed.stack
    assert len(parsed.ids) == len(set(parsed.ids))
    assert {f"x{i}" for i, (a, b, _) in enumerate(ranges) if 0 <= a < b <= len(text)} == set(parsed.ids)
    assert html.unescape(re.sub(r"<[^>]+>", "", rendered)) == text


# -- determinism --------------------------------------------------------------------------------


def test_renderings_are_byte_identical_across_hash_seeds(tmp_path, comparison):
    """Equal comparisons give equal bytes in every format, whatever PYTHONHASHSEED is."""
    saved = tmp_path / "comparison.json"
    saved.write_text(comparison.model_dump_json(), encoding="utf-8")
    script = (
        "import hashlib, sys\n"
        "from reportcheck.models import Comparison\n"
        "from reportcheck.export import RENDERERS\n"
        "c = Comparison.model_validate_json(open(sys.argv[1], encoding='utf-8').read())\n"
        "for fmt, render in sorted(RENDERERS.items()):\n"
        "    data = render(c, True)\n"
        "    data = data.encode() if isinstance(data, str) else data\n"
        "    print(fmt, hashlib.sha256(data).hexdigest())\n"
    )
    outputs = set()
    for seed in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run(
            [sys.executable, "-c", script, str(saved)], capture_output=True, env=env, check=True, text=True
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
    here = {
        "csv": render_csv(comparison),
        "json": render_json(comparison),
        "markdown": render_markdown(comparison, show_all=True),
        "html": render_html(comparison, show_all=True),
    }
    printed = dict(line.split() for line in outputs.pop().splitlines())
    for fmt, data in here.items():
        assert printed[fmt] == hashlib.sha256(data.encode()).hexdigest(), fmt
