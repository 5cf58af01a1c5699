"""Check stage: set each fact of a sheet against the article's main story.

Each fact is compared, with the comparer reports are compared with
(:func:`reportcheck.compare.compare_groups`), against the article's claims of
its kind that belong to the main incident; figures of an older attack the
article recounts are never set against the sheet.  A fact conflicts when any
of the article's claims cannot both be true with it (an article that says
"around 12am" and, quoting the ministry, "noon" conflicts with a sheet's
``time: noon``); a fact the article never states is information, not a fault.
"""

from __future__ import annotations

import datetime as dt

from reportcheck.align import group_claims
from reportcheck.api import ReportInput, extract_report, load_input, report_info
from reportcheck.compare import compare_groups
from reportcheck.facts.claims import SHEET_REPORT, FactClaim, fact_claims
from reportcheck.facts.load import LoadedFactSheet
from reportcheck.facts.result import ArticleMention, CheckResult, FactCheck, FactStatus
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.knowledge.vocabulary import MAIN
from reportcheck.load import DEFAULT_MAX_CHARS
from reportcheck.models import STATUS_ORDER, Claim, ClaimKind, Status
from reportcheck.pipeline import build_pipeline


def line_number(text: str, offset: int) -> int:
    """The 1-based line of ``offset`` in ``text`` (the decoded original file)."""
    return text.count("\n", 0, offset) + 1


def _missing_explanation(fact: FactClaim) -> str:
    if fact.claim.kind is ClaimKind.person:
        return f"the article does not name {fact.written}"
    return f"the article does not give the {fact.claim.subject_label}"


def _status(mentions: list[ArticleMention]) -> FactStatus:
    found = {m.status for m in mentions}
    for status in (Status.conflict, Status.agree, Status.compatible):
        if status in found:
            return FactStatus(status.value)
    return FactStatus.missing


def _explanation(fact: FactClaim, status: FactStatus, mentions: list[ArticleMention]) -> str:
    if status is FactStatus.missing:
        return _missing_explanation(fact)
    chosen = [m.explanation for m in mentions if m.status.value == status.value]
    # every conflict is named; one agreement or compatibility says enough
    text = "; ".join(dict.fromkeys(chosen)) if status is FactStatus.conflict else chosen[0]
    if fact.tolerance is not None:
        text += f" (the sheet allows {fact.tolerance})"
    return text


def mentions_of(fact: FactClaim, article: list[Claim], original: str) -> list[ArticleMention]:
    """The article's claims the comparer pairs with ``fact``, worst verdict first."""
    kinds = {fact.claim.kind, *(c.kind for c in fact.companions)}
    claims = [c for c in article if c.kind in kinds] + [fact.claim, *fact.companions]
    # every disagreement with the sheet is a conflict: confidence grades how
    # likely two reports' values are of one thing, but a sheet's fact is the
    # newsroom's own record of the main event, framed like the article's claim
    # the sheet states the fact whoever the article quotes: no pairing by source
    findings = compare_groups(group_claims(claims, {}), fact.tolerances, min_confidence=0.0, by_source=False)
    best: dict[str, ArticleMention] = {}
    for finding in findings:
        if finding.status is Status.only_in_one or fact.claim.id not in {c.id for c in finding.claims}:
            continue
        for claim in finding.claims:
            if claim.report == SHEET_REPORT:
                continue
            mention = ArticleMention(
                status=finding.status,
                explanation=finding.explanation,
                line=line_number(original, claim.evidence.start),
                claim=claim,
            )
            known = best.get(claim.id)
            if known is None or STATUS_ORDER[mention.status] < STATUS_ORDER[known.status]:
                best[claim.id] = mention
    return sorted(best.values(), key=lambda m: (STATUS_ORDER[m.status], m.claim.evidence.start))


def check_fact(fact: FactClaim, article: list[Claim], original: str) -> FactCheck:
    mentions = mentions_of(fact, article, original)
    status = _status(mentions)
    return FactCheck(
        field=fact.field,
        line=fact.line,
        kind=fact.claim.kind,
        subject_label=fact.claim.subject_label,
        written=fact.written,
        source=fact.claim.source,
        tolerance=fact.tolerance,
        status=status,
        explanation=_explanation(fact, status, mentions),
        fact=fact.claim,
        mentions=mentions,
    )


def check_report(
    path: ReportInput,
    sheet: LoadedFactSheet,
    *,
    model: str | None = None,
    date: dt.date | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    tolerances: Tolerances = DEFAULT,
) -> CheckResult:
    """Load and read the article (a path, or a :class:`ReportSource` such as
    standard input) and check it against ``sheet``.

    The sheet's values are read before the article is parsed, so a bad
    value fails fast.  ``tolerances`` are the newsroom's settings; a fact's
    own tolerance overrides them."""
    report = load_input(path, date=date, max_chars=max_chars)
    facts = fact_claims(sheet, build_pipeline(model), tolerances)
    extracted = extract_report(report, 0, model=model)
    article = [c for c in extracted.claims if c.incident == MAIN]
    return CheckResult(
        report=report_info(report),
        facts_path=sheet.path,
        incident=sheet.sheet.incident,
        facts=[check_fact(fact, article, report.original) for fact in facts],
    )
