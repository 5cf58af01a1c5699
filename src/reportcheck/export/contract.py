"""The JSON contract: the models every JSON output of reportcheck is built from.

``compare --format json`` and ``batch --format json`` write a
:class:`ComparisonOut`, ``extract --format json`` an :class:`ExtractionOut`,
``check --format json`` a :class:`CheckOut`.  The renderers
(:mod:`~reportcheck.export.jsonout`, :mod:`~reportcheck.export.claims`,
:mod:`~reportcheck.export.checkout`) fill these models and :func:`render`
writes them, so what a script may rely on is written down once, here.  The
JSON Schemas shipped in ``reportcheck/schemas/`` are generated from the
models (``reportcheck schema comparison|extract|check``; a test keeps the
files equal to what the models give), and docs/contract.md says what the
fields and the statuses mean.

The models are internal records' public faces: a field of
:class:`~reportcheck.models.Claim` may change without the JSON changing, and
the JSON changes only with :data:`SCHEMA_VERSION`.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from reportcheck.facts.result import FactStatus
from reportcheck.models import ClaimKind, Status

#: The version of the JSON contract, written as ``schema_version`` at the top level
#: of every JSON output.  Major when a field is removed or renamed or its
#: meaning changes (a script written for the old version may break); minor
#: when a field is added (such a script keeps working).  Change it with the
#: models and regenerate the schemas (docs/contract.md says how).
SCHEMA_VERSION = "1.3"


class Out(BaseModel):
    """An output record: every field always written (``null`` when empty),
    nothing else, so the schema lists exactly the keys a script gets."""

    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)


class Versioned(Out):
    """A whole output: it says which version of the contract it follows."""

    # pydantic reads the constant in Literal at run time; mypy accepts only literal values there
    schema_version: Literal[SCHEMA_VERSION] = Field(  # type: ignore[valid-type]
        default=SCHEMA_VERSION,
        description="The version of this contract: major.minor (docs/contract.md).",
    )


Number = int | float
Bound = Number | None


def render(output: Versioned) -> str:
    """The JSON text of an output: keys sorted, two-space indent, UTF-8 left
    unescaped, a final newline; equal outputs give byte-identical text."""
    data = output.model_dump(mode="json", by_alias=True)
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


# ----------------------------------------------------------- shared records


class ReportOut(Out):
    """One input report."""

    path: str = Field(description="The file's path as given ('<stdin>' for standard input).")
    sha256: str = Field(description="SHA-256 of the file's bytes, in hex.")
    headline: str | None = Field(description="The report's headline, when it has one.")
    date: str | None = Field(
        description="The report's date (YYYY-MM-DD) that relative dates are read against: --date if "
        "given, else the page's publication stamp, else the dateline's date, when found."
    )
    published: str | None = Field(
        description="When the page says it was published (YYYY-MM-DD or YYYY-MM-DDTHH:MM, the "
        "page's local time), read from its time stamp; never a claim about the incident."
    )
    updated: str | None = Field(
        description="When the page says it was last updated (same form), when it says so."
    )
    encoding: str | None = Field(description="The text encoding the file was read in.")


class HedgeOut(Out):
    """A word or phrase that qualifies a claim."""

    category: str = Field(
        description="What the cue does, as the rule file (rules/cues.yaml) names it: hedge, "
        "approximate, lower_bound, strict_lower, upper_bound, negated, preliminary..."
    )
    cue: str = Field(description="The rule's literal that matched.")
    text: str = Field(description="The words as they stand in the report.")
    start: int = Field(description="Character offset in the original file.")
    end: int = Field(description="Character offset in the original file (exclusive).")


class FrameOut(Out):
    """What a value is a value of; only values with the same frame are compared."""

    event: str | None = Field(
        description="Which event of the report the value belongs to: 'main' for the report's own "
        "incident, else an id of an earlier or later event (an aftershock, a past attack)."
    )
    measure: str | None = Field(
        description="What the value measures when its kind alone does not say: 'depth', "
        "'distance:from <place>', 'length', 'rate', 'time:event', 'time:report'..."
    )
    scope: str | None = Field(
        description="How much of the whole a count covers: 'total', 'part', 'increment', "
        "'subgroup', 'per-place'; null when not told apart."
    )
    bearer: str | None = Field(description="The person, group or place the value is about, when known.")


class ClaimOut(Out):
    """One checkable statement in one report."""

    id: str = Field(description="Unique within the output: 'r0-007' (report 0, claim 7).")
    report: int = Field(description="Which report states it: its index in `reports` (0 the first).")
    kind: ClaimKind
    subject: str = Field(description="What the claim is about, for a reader: 'people injured'.")
    text: str = Field(description="The claim's words as they stand in the report.")
    value: str | Number | tuple[Bound, Bound] | None = Field(
        description="A number (a point), [low, high] (a range; null for an open side), a name "
        "(place, person, weapon), or the written label when the value has no interval."
    )
    label: str = Field(description="The value as a reader sees it: '20 km', '00:00'.")
    unit: str = Field(
        description="The base unit of value: m, km/h, kg, min (after midnight), day (ordinal), "
        "people, years, magnitude; empty for names."
    )
    start: int = Field(description="Character offset of text in the original file.")
    end: int = Field(description="Character offset of the end of text (exclusive).")
    sentence: str = Field(description="The sentence the claim stands in.")
    hedges: list[HedgeOut] = Field(description="The cues that qualify the claim.")
    source: str | None = Field(description="Who the claim is attributed to, when it is.")
    incident: str = Field(description="The incident the claim belongs to: 'main' or a background id.")
    attrs: dict[str, str] = Field(
        description="Kind-specific details, as strings: a place's geonameid and country, "
        "a distance's anchor, the unit as written..."
    )
    notes: list[str] = Field(description="How the value was read, for a reader checking it.")
    frame: FrameOut = Field(description="The event, measure, scope and bearer of the value (since 1.2).")


# --------------------------------------------------------------- comparison


class FindingOut(Out):
    """Claims of the reports set against each other, and the verdict."""

    status: Status = Field(description="What the claims make together (docs/contract.md).")
    kind: ClaimKind
    subject: str = Field(description="What the claims are about, for a reader.")
    subject_key: str = Field(description="The key claims were aligned on: 'from:border', 'victims'.")
    internal: bool = Field(description="True when the claims come from one report contradicting itself.")
    incident: str = Field(description="The incident the claims belong to (an id in `incidents`).")
    explanation: str = Field(description="One line: '20 km (20km) vs 8.05 km (five miles): 12 km apart'.")
    confidence: float | None = Field(
        description="For a conflict or possible_conflict, how sure the comparer is that an editor must "
        "look at it, 0-1 (two decimals); null for every other status (since 1.2)."
    )
    reasons: list[str] = Field(
        description="Why, in a reader's words: 'same measure: depth', 'both stated without hedge', "
        "'one value attributed to police'; empty when confidence is null (since 1.2), but for an agree or "
        "compatible finding read by its sources: 'both attribute it to the USGS'."
    )
    claims: list[ClaimOut]


class CoverageOut(Out):
    """The sentences one report spends on one incident."""

    report: int = Field(description="The report's index in `reports`.")
    label: str = Field(description="The incident as this report tells it.")
    sentences: list[tuple[int, int]] = Field(description="Each sentence as [start, end] offsets.")


class IncidentOut(Out):
    """One incident as the reports recount it."""

    id: str = Field(description="'main' (each report's own story) or a background incident's id.")
    label: str
    reports: list[CoverageOut]


class StatusCounts(Out):
    """How many findings have each status."""

    conflict: int
    possible_conflict: int = Field(description="Conflicts under --min-confidence (since 1.2).")
    compatible: int
    agree: int
    only_in_one: int


class IncidentEvidenceOut(Out):
    """One thing the reports share, or contradict each other on, about which incident they tell."""

    kind: Literal["place", "date", "event", "person", "street", "weapon", "details"] = Field(
        description="What the evidence is about: a place, the day, the kind of event, a person, "
        "a street, a weapon, or details both give alike (ages, a clock time, the weekday, counts, "
        "people, a street)."
    )
    relation: Literal["shared", "contradicting"]
    strength: Literal["strong", "weak"] = Field(
        description="Strong: enough by itself (a person named by both; another state or country). "
        "Weak: counts only with other evidence (the same kind of event; days a few days apart)."
    )
    detail: str = Field(description="For a reader: 'both name Danville', 'a crash against a shooting'.")


class IncidentMatchOut(Out):
    """Whether the reports tell one incident, and why (since 1.2)."""

    decision: Literal["same", "different", "unsure"] = Field(
        description="'different': no cross-report findings are listed (only each report's contradictions "
        "with itself) unless `forced`; 'same' and 'unsure': the reports are compared."
    )
    forced: bool = Field(
        description="True when compared as one incident although 'different' (--same-incident)."
    )
    evidence: list[IncidentEvidenceOut] = Field(description="What the decision rests on, pair by pair.")


class ComparisonOut(Versioned):
    """What ``compare`` and ``batch`` write with ``--format json``."""

    model_config = ConfigDict(title="reportcheck comparison")

    incident_match: IncidentMatchOut | None = Field(
        description="Same incident or not (compare; null in batch output, whose groups are "
        "formed by the same decision). Since 1.2."
    )
    reports: list[ReportOut]
    incidents: list[IncidentOut]
    summary: StatusCounts
    findings: list[FindingOut] = Field(description="Every finding, conflicts first.")


# ------------------------------------------------------------------ extract


class ExtractClaimOut(ClaimOut):
    """A claim as ``extract`` lists it: the compare JSON's fields plus its line."""

    line: int = Field(description="The 1-based line of the original file the claim starts on.")


class ExtractIncidentOut(Out):
    """One incident of the report with its sentences and claims."""

    id: str = Field(description="'main' (the report's own story) or a background incident's id.")
    label: str
    sentences: list[tuple[int, int]] = Field(description="Each sentence as [start, end] offsets.")
    claims: list[ExtractClaimOut] = Field(description="In reading order.")


class ExtractionOut(Versioned):
    """What ``extract`` writes with ``--format json``."""

    model_config = ConfigDict(title="reportcheck extract")

    report: ReportOut
    summary: dict[ClaimKind, int] = Field(
        description="How many claims of each kind found (kinds found only)."
    )
    incidents: list[ExtractIncidentOut] = Field(description="The main incident first.")


# -------------------------------------------------------------------- check


class MentionOut(Out):
    """One claim of the article set against a fact, and the verdict on the pair."""

    status: Status = Field(description="What the claim makes of the fact (docs/contract.md).")
    explanation: str
    line: int = Field(description="The 1-based line of the claim in the article.")
    claim: ClaimOut


class FactOut(Out):
    """One fact of the sheet and what the article makes of it."""

    field: str = Field(description="Where in the sheet: 'time', 'people[0].age', 'distances[1]'.")
    line: int = Field(description="The 1-based line of the fact in the sheet.")
    kind: ClaimKind
    subject: str
    fact: str = Field(description="The fact as the sheet writes it.")
    value: str | Number | tuple[Bound, Bound] | None = Field(description="As a claim's value.")
    unit: str
    source: str | None = Field(description="Who confirmed the fact, as the sheet says.")
    tolerance: str | None = Field(description="The sheet's tolerance for the fact, as written.")
    status: FactStatus = Field(description="What the article makes of the fact (docs/contract.md).")
    explanation: str
    article: list[MentionOut] = Field(description="The article's claims about the fact.")


class FactCounts(Out):
    """How many facts have each status."""

    model_config = ConfigDict(populate_by_name=True)

    conflict: int
    compatible: int
    agree: int
    missing: int = Field(alias="missing-from-article")


class CheckOut(Versioned):
    """What ``check`` writes with ``--format json``."""

    model_config = ConfigDict(title="reportcheck check")

    report: ReportOut
    facts_file: str = Field(description="The fact sheet as given.")
    incident: str | None = Field(description="The sheet's `incident`, when it has one.")
    has_conflict: bool
    summary: FactCounts
    facts: list[FactOut] = Field(description="In the sheet's order.")


#: ``reportcheck schema NAME`` -> the output it describes
OUTPUTS: dict[str, type[Versioned]] = {
    "comparison": ComparisonOut,
    "extract": ExtractionOut,
    "check": CheckOut,
}


def output_json_schema(name: str) -> str:
    """The JSON Schema of one output as deterministic text (sorted keys)."""
    from reportcheck.facts.schema import JSON_SCHEMA_DIALECT  # the fact sheet's models load only here

    schema = {"$schema": JSON_SCHEMA_DIALECT, **OUTPUTS[name].model_json_schema(mode="serialization")}
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
