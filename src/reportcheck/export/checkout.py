"""Rendering a fact-sheet check: a table, JSON, GitHub annotations, JUnit XML.

The table is for a journalist at a terminal; the other three are for a
newsroom's CI: ``--format github`` prints workflow commands that GitHub
shows as annotations on the article's lines, ``--format junit`` a JUnit XML
report (one test case per fact: a conflict fails, a fact the article leaves
out is skipped) that any CI test view reads.  Every renderer is
deterministic: the same inputs give the same bytes, with no timestamps.
"""

from __future__ import annotations

import io
import sys
import xml.etree.ElementTree as ET
from enum import StrEnum
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from reportcheck.export.contract import CheckOut, FactCounts, FactOut, MentionOut, render
from reportcheck.export.jsonout import claim_out, claim_value, report_out
from reportcheck.export.table import PIPE_WIDTH, output_console, quote
from reportcheck.export.write import write_atomic
from reportcheck.facts.result import ArticleMention, CheckResult, FactCheck, FactStatus
from reportcheck.formats import format_by_extension

#: quotes shown per fact in the table before "(+N more)"
MAX_QUOTES = 2

STATUS_STYLE = {
    FactStatus.conflict: "bold red",
    FactStatus.compatible: "yellow",
    FactStatus.agree: "green",
    FactStatus.missing: "dim",
}


class CheckFormat(StrEnum):
    table = "table"
    json = "json"
    github = "github"
    junit = "junit"


#: file extension -> format, for ``-o`` without ``--format``
CHECK_EXTENSIONS: dict[str, CheckFormat] = {
    ".json": CheckFormat.json,
    ".txt": CheckFormat.table,
    ".xml": CheckFormat.junit,
}


def check_format_for(output_format: CheckFormat | None, output: Path | None) -> CheckFormat:
    """The format asked for, else the one ``-o``'s extension names, else the table."""
    return format_by_extension(output_format, output, CHECK_EXTENSIONS, CheckFormat.table)


def summary_line(result: CheckResult) -> str:
    counts = result.summary()
    return ", ".join(f"{n} {status.replace('-', ' ')}" for status, n in counts.items())


# ------------------------------------------------------------------ table


def _fact_cell(fact: FactCheck) -> Text:
    text = Text(f"{fact.field}: ", style="bold")
    text.append(fact.written)
    text.append(f"\nsheet line {fact.line}", style="dim")
    if fact.tolerance is not None:
        text.append(f"; tolerance {fact.tolerance}", style="dim")
    if fact.source:
        text.append(f"\n[source: {fact.source}]", style="italic cyan")
    return text


def _article_cell(fact: FactCheck) -> Text:
    shown = fact.shown_mentions()
    text = Text()
    for mention in shown[:MAX_QUOTES]:
        if text.plain:
            text.append("\n—\n")
        text.append(f"line {mention.line}: ", style=STATUS_STYLE[FactStatus(mention.status.value)])
        text.append_text(quote(mention.claim))
    if len(shown) > MAX_QUOTES:
        text.append(f"\n(+{len(shown) - MAX_QUOTES} more)", style="dim")
    return text


def render_check_table(result: CheckResult, console: Console) -> None:
    table = Table(
        title="reportcheck check",
        caption=f"article: {result.report.path}   facts: {result.facts_path}",
        show_lines=True,
        expand=True,
    )
    table.add_column("fact", ratio=3, min_width=16)
    table.add_column("status", ratio=1, min_width=10)
    table.add_column("article", ratio=5)
    table.add_column("why", ratio=4)
    for fact in result.facts:
        status = Text(fact.status.value.replace("-", " "), style=STATUS_STYLE[fact.status])
        table.add_row(_fact_cell(fact), status, _article_cell(fact), Text(fact.explanation))
    console.print(table)
    console.print(summary_line(result))


def render_check_table_text(result: CheckResult) -> str:
    """The table as plain text, for ``-o check.txt``."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=PIPE_WIDTH, color_system=None, force_terminal=False)
    render_check_table(result, console)
    return buffer.getvalue()


# ------------------------------------------------------------------- JSON


def _mention_out(mention: ArticleMention) -> MentionOut:
    return MentionOut(
        status=mention.status,
        explanation=mention.explanation,
        line=mention.line,
        claim=claim_out(mention.claim),
    )


def _fact_out(fact: FactCheck) -> FactOut:
    return FactOut(
        field=fact.field,
        line=fact.line,
        kind=fact.kind,
        subject=fact.subject_label,
        fact=fact.written,
        value=claim_value(fact.fact),
        unit=fact.fact.value.unit,
        source=fact.source,
        tolerance=fact.tolerance,
        status=fact.status,
        explanation=fact.explanation,
        article=[_mention_out(m) for m in fact.mentions],
    )


def check_out(result: CheckResult) -> CheckOut:
    return CheckOut(
        report=report_out(result.report),
        facts_file=result.facts_path,
        incident=result.incident,
        has_conflict=result.has_conflict,
        summary=FactCounts.model_validate(result.summary()),
        facts=[_fact_out(f) for f in result.facts],
    )


def render_check_json(result: CheckResult) -> str:
    return render(check_out(result))


# ----------------------------------------------------------------- GitHub


def _escape_data(text: str) -> str:
    """A workflow command's message, escaped as GitHub's toolkit does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, message: str, **properties: str | int) -> str:
    props = ",".join(f"{key}={_escape_property(str(value))}" for key, value in properties.items())
    return f"::{level} {props}::{_escape_data(message)}"


def render_check_github(result: CheckResult) -> str:
    """``::error`` on each article line that conflicts with the sheet,
    ``::notice`` for each fact the article leaves out, then a summary."""
    report, facts = result.report.path, result.facts_path
    lines = []
    for fact in result.facts:
        where = f"{facts}:{fact.line}"
        if fact.status is FactStatus.conflict:
            for mention in fact.conflicts:
                lines.append(
                    _command(
                        "error",
                        f"The article says {mention.claim.evidence.text.strip()!r}; the fact sheet ({where}) "
                        f"has {fact.field}: {fact.written}. {mention.explanation}",
                        file=report,
                        line=mention.line,
                        title=f"reportcheck: {fact.subject_label} conflicts with the fact sheet",
                    )
                )
        elif fact.status is FactStatus.missing:
            lines.append(
                _command(
                    "notice",
                    f"{fact.explanation[:1].upper()}{fact.explanation[1:]}; "
                    f"the fact sheet ({where}) has {fact.field}: {fact.written}.",
                    file=report,
                    title=f"reportcheck: {fact.subject_label} not in the article",
                )
            )
    lines.append(f"reportcheck check {report} --facts {facts}: {summary_line(result)}")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ JUnit


def _mention_lines(report: str, mentions: list[ArticleMention]) -> str:
    return "\n".join(
        f"{report}:{m.line}: {m.status.value}: {m.claim.evidence.text.strip()!r}: {m.explanation}"
        for m in mentions
    )


def _testcase(suite: ET.Element, result: CheckResult, fact: FactCheck) -> None:
    case = ET.SubElement(
        suite,
        "testcase",
        {
            "classname": f"reportcheck.check.{fact.kind.value}",
            "name": f"{fact.field}: {fact.written}",
            "file": result.facts_path,
            "line": str(fact.line),
        },
    )
    report = result.report.path
    if fact.status is FactStatus.conflict:
        failure = ET.SubElement(case, "failure", {"type": "conflict", "message": fact.explanation})
        failure.text = _mention_lines(report, fact.conflicts)
    elif fact.status is FactStatus.missing:
        ET.SubElement(case, "skipped", {"message": fact.explanation})
    if fact.status is not FactStatus.missing:
        out = ET.SubElement(case, "system-out")
        out.text = f"{fact.status.value}: {fact.explanation}\n" + _mention_lines(
            report, fact.shown_mentions()
        )


def render_check_junit(result: CheckResult) -> str:
    """JUnit XML: one test case per fact; a conflict fails, a fact the article leaves out is skipped."""
    counts = result.summary()
    totals = {
        "tests": str(len(result.facts)),
        "failures": str(counts[FactStatus.conflict.value]),
        "errors": "0",
        "skipped": str(counts[FactStatus.missing.value]),
    }
    name = f"reportcheck check {result.report.path}"
    root = ET.Element("testsuites", {"name": name, **totals})
    suite = ET.SubElement(root, "testsuite", {"name": name, **totals})
    properties = ET.SubElement(suite, "properties")
    for key, value in (
        ("report", result.report.path),
        ("report_sha256", result.report.sha256),
        ("facts", result.facts_path),
        ("incident", result.incident or ""),
    ):
        ET.SubElement(properties, "property", {"name": key, "value": value})
    for fact in result.facts:
        _testcase(suite, result, fact)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


# ------------------------------------------------------------------- emit

RENDERERS = {
    CheckFormat.table: render_check_table_text,
    CheckFormat.json: render_check_json,
    CheckFormat.github: render_check_github,
    CheckFormat.junit: render_check_junit,
}


def emit_check(result: CheckResult, fmt: CheckFormat, output: Path | None, *, force: bool = False) -> None:
    """Render a check and print it, or write it atomically to ``output``."""
    if output is None and fmt is CheckFormat.table:
        render_check_table(result, output_console())
        return
    data = RENDERERS[fmt](result)
    if output is None:
        sys.stdout.write(data)
    else:
        write_atomic(output, data, force=force)
