"""Judging what two reports say of one person: their age and their name.

An age is a figure with a person's time in it (a birthday between two
reports, the years a case takes to come to court, a group's range of ages
against one member's); a name agrees when it matches the other's
(:func:`reportcheck.knowledge.names.names_match`).
"""

from __future__ import annotations

import datetime as dt

from reportcheck.compare.judges.numeric import judge_numeric
from reportcheck.compare.judges.verdict import Verdict, describe
from reportcheck.knowledge.names import (
    name_parts,
    names_fit,
    people_lexicon,
    spelled_apart,
)
from reportcheck.knowledge.tolerance import DEFAULT, Tolerances
from reportcheck.knowledge.vocabulary import GROUP_PREFIX
from reportcheck.models import Claim, Interval, Status


def judge_age(a: Claim, b: Claim, tol: Tolerances = DEFAULT) -> Verdict | None:
    """Two ages of one person.  A named person's reports may be months apart
    (charged, then tried), so a year apart is a birthday between them where
    their dates are weeks apart (:func:`_birthday_between`), and a newsroom
    may hold ages some years apart compatible (``age_years``); an unnamed
    person is told of in the first days' reports, before a name is given,
    and "a 16-year-old boy" against "a 15-year-old boy" is two figures for
    one person."""
    if a.subject.startswith(GROUP_PREFIX):
        return judge_group_age(a, b)
    verdict = judge_numeric(a, b, tol)
    if verdict is None or verdict.status is not Status.conflict:
        return verdict
    unnamed = a.subject.startswith("unnamed:") and b.subject.startswith("unnamed:")
    if not unnamed and verdict.distance <= tol.age_years:
        return Verdict(Status.compatible, f"{verdict.explanation}; within the tolerance set for ages", 0.5)
    birthday = None if unnamed or verdict.distance > 1 else _birthday_between(a, b)
    if birthday is not None:
        return Verdict(Status.compatible, f"{verdict.explanation}; {birthday}", 0.5)
    return _ages_at_two_stages(a, b) or verdict


def _birthday_between(a: Claim, b: Claim) -> str | None:
    """Why two ages of one person a year apart may both hold, or None: a
    birthday between the reports, where their days are at least
    ``birthday_min_days`` apart (rules/people.yaml).  Reports of the same
    week, or of days not known, are taken as of one time: "Robert Buckley,
    31" against "32-year-old Robert Buckley" in two reports of one climbing
    death is a conflict."""
    if a.person.as_of is None or b.person.as_of is None:
        return None
    days = abs((dt.date.fromisoformat(a.person.as_of) - dt.date.fromisoformat(b.person.as_of)).days)
    if days < people_lexicon().birthday_min_days:
        return None
    return f"a birthday may fall between the reports ({days} days apart)"


def judge_group_age(a: Claim, b: Claim) -> Verdict | None:
    """A group's ages (``extract.people.group_ages``): a member one report
    lists ("two men, ages 20 and 21") against the range another gives the
    group ("six men aged 21 to 36") conflicts when the member lies outside
    it.  Two members are two people, two ranges may be two parts of the
    group (the wounded, everyone shot), one report's are its own list, and
    a group whose verb makes it the victims is not the suspects: none is
    judged, save one age (or range) both reports give the group alike."""
    if a.report == b.report or (a.person.role and b.person.role and a.person.role != b.person.role):
        return None
    ranged = [c for c in (a, b) if c.value.low != c.value.high]
    if len(ranged) != 1:
        same = (a.value.low, a.value.high) == (b.value.low, b.value.high)
        text = f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}"
        return Verdict(Status.agree, f"{text}: the same age in the group") if same else None
    whole = ranged[0]
    member = b if whole is a else a
    span = Interval(low=whole.value.low, high=whole.value.high)
    point = Interval(low=member.value.low, high=member.value.high)
    text = f"{member.evidence.text.strip()} vs {whole.evidence.text.strip()}"
    gap = span.gap(point)
    if gap > 0:
        return Verdict(Status.conflict, f"{text}: a member's age outside the group's range", gap)
    return Verdict(Status.compatible, f"{text}: a member's age within the group's range", 0.5)


def _ages_at_two_stages(a: Claim, b: Claim) -> Verdict | None:
    """ "a jury found Ann Ruiz, 29, guilty" against "police sought Ann Ruiz,
    27": the age at the verdict is the age years after the crime, so it may
    be above the age then by the years a case takes to come to court
    (rules/people.yaml ``later_stage_years``); never below it."""
    later = [c for c in (a, b) if c.person.stage == "later"]
    if len(later) != 1:
        return None
    older, younger = later[0], (b if later[0] is a else a)
    if older.value.low is None or younger.value.high is None:
        return None
    years = older.value.low - younger.value.high
    if not 0 < years <= people_lexicon().later_stage_years:
        return None
    return Verdict(
        Status.compatible,
        f"{describe(older)} at a later court stage vs {describe(younger)}: "
        f"{years:g} years may pass between the crime and the court",
        0.5,
    )


def judge_person(a: Claim, b: Claim, tol: Tolerances = DEFAULT) -> Verdict | None:
    """Two names of one person agree; two whose surnames are close but not
    one spelling ("Bentley Leonard", "Bentley Lenhart"), which align joins
    only where an age says they are one person, are compatible: the spelling
    itself is shown apart (:mod:`reportcheck.compare.spellings`)."""
    text = f"{a.evidence.text.strip()} vs {b.evidence.text.strip()}"
    if spelled_apart(a.value.name or "", b.value.name or ""):
        told = f"{text}: the same first name and age, the surname spelled two ways"
        return Verdict(Status.compatible, told)
    if not _names_fit(a, b):
        return None
    return Verdict(Status.agree, f"{text}: the same person")


def _names_fit(a: Claim, b: Claim) -> bool:
    """Whether two claims' names can be one person's (:func:`names_fit`, the
    rule align paired them by); a lone name that is the first name of the
    other (align joined them only where the other report calls the person
    by it alone too: "Jaxon" and "Jaxon Ruiz ... Jaxon") is the same person."""
    parts_a, parts_b = name_parts(a.value.name or ""), name_parts(b.value.name or "")
    lone, full = (parts_a, parts_b) if len(parts_a) == 1 else (parts_b, parts_a)
    if len(lone) == 1 and len(full) > 1 and lone[0] == full[0]:
        return True
    return names_fit(
        a.value.name or "", b.value.name or "", a_given=bool(a.person.given), b_given=bool(b.person.given)
    )
