"""A figure a report itself gives as disputed between two sources
(reportcheck.compare.disputes).

Reports written for these tests, with invented names and places, in the
shapes reporters use to set two sources' counts side by side: one sentence
joined by "while", "but", "although" or a semicolon ("the fire service said
nine people were unaccounted for, while relatives claimed at least 15"), a
sentence opening with "While" ("While the police confirmed 11 deaths,
residents said more than 20"), or the next sentence telling the contrast
("The municipal fire corps, however, said ... 19 bodies"; "But volunteers
estimated ...").  The other
report's figure that matches either side is no conflict; one between them
is compatible; one that matches neither is one conflict, with the figure the
report gives first.  Never a dispute: one source's two figures, a rival
count in the speaker's own sentence, counts of two outcomes or two acts,
two figures told apart in the story."""

from __future__ import annotations

from tests.conftest import across_reports, findings_of, flagged


def _pairs(findings, kind: str) -> set[tuple[float | None, float | None]]:
    """Each flagged finding across the reports as its two figures, report 1's first."""
    found = [f for f in flagged(findings, kind) if not f.internal]
    pairs = set()
    for f in found:
        first = next(c.value.written for c in f.claims if c.report == 0)
        second = next(c.value.written for c in f.claims if c.report == 1)
        pairs.add((first, second))
    return pairs


FERRY_A = (
    "TARVIK -- A ferry capsized on the Dolen river near Tarvik on Sunday afternoon. "
    "Twelve people were missing and five bodies had been recovered, police said."
)


def test_a_figure_between_two_sources_counts_is_compatible():
    other = (
        "TARVIK -- Five people died when a ferry capsized on the Dolen river near Tarvik on Sunday. "
        "There is confusion over the number of missing: the fire service said nine people were "
        "unaccounted for, while relatives waiting at the jetty claimed at least 15 passengers were missing."
    )
    found = findings_of(FERRY_A, other, min_confidence=0.0)
    assert not _pairs(found, "missing")
    reasons = [r for f in across_reports(found) if f.kind.value == "missing" for r in f.reasons]
    assert "report 2 gives the figure as disputed between sources" in reasons


def test_a_figure_between_two_sources_tolls_in_another_order():
    """The same shape told of the dead, the higher figure first."""
    first = "MERLO -- A landslide buried part of Merlo on Friday, killing 38 people, officials said."
    second = (
        "MERLO -- A monitoring group said 44 people were killed in the Merlo landslide on Friday, "
        "while the interior ministry put the toll at 31."
    )
    assert not _pairs(findings_of(first, second, min_confidence=0.0), "killed")


def test_the_other_report_matching_the_rival_figure_is_no_conflict():
    """ "While the police confirmed 11 deaths, residents said more than 20":
    the other report's 23 is the residents' count, not a second toll
    against the police's."""
    first = "KOLWA -- Gunmen attacked Kolwa village on Saturday night, killing 23 people, residents said."
    second = (
        "KOLWA -- Gunmen raided Kolwa village on Saturday night. "
        "While the police confirmed 11 deaths, residents who spoke to reporters said more than 20 people "
        "were killed."
    )
    assert not _pairs(findings_of(first, second, min_confidence=0.0), "killed")


def test_a_figure_matching_neither_is_one_conflict_with_the_lead_figure():
    """ "The governor's office put the toll at 17 ... The fire corps, however,
    said it had counted 19 bodies" against 14: one conflict, with the 17
    the report gives first, not a second one with the 19."""
    first = "SALDA -- Fourteen people died when a mudslide struck Salda on Tuesday, officials said."
    second = (
        "SALDA -- A mudslide struck the town of Salda on Tuesday. "
        "The regional governor's office put the toll at 17 dead in a statement. "
        "The municipal fire corps, however, said its volunteers had counted 19 bodies."
    )
    assert _pairs(findings_of(first, second, min_confidence=0.0), "killed") == {(14, 17)}


def test_a_figure_above_both_sides_is_one_conflict():
    """Two sources in one sentence joined by "but", the other report's
    figure above both: one conflict, with the police's three."""
    first = "BRENNA -- Six people were killed in a shooting outside a bar in Brenna early Sunday."
    second = (
        "BRENNA -- Police said three people were killed in the shooting outside a Brenna bar early Sunday, "
        "but the county medical examiner's office said four people had died."
    )
    assert _pairs(findings_of(first, second, min_confidence=0.0), "killed") == {(6, 3)}


def test_a_rival_count_in_the_speakers_own_sentence_is_no_dispute():
    """Negative: "three people had been confirmed dead, while other estimates
    put the toll at seven", the one speaker's sentence (the shape of the
    pages corpus's cyclone report, whose editors set the other report's 17
    against both figures): each is still set against the other report's."""
    first = "PALORA -- Seventeen people died as a cyclone struck the coast near Palora on Saturday."
    second = (
        "PALORA -- The state relief commissioner told reporters that three people had been confirmed dead "
        "after the cyclone struck Palora, while other estimates put the toll at seven."
    )
    assert _pairs(findings_of(first, second, min_confidence=0.0), "killed") == {(17, 3), (17, 7)}


def test_two_agencies_magnitudes_against_a_third_reading_is_one_conflict():
    """ "The NCS measured the quake at 6.1, while the US Geological Survey
    put its magnitude at 5.8" against a third agency's 5.9: set against the
    report's lead reading only (a reading is each agency's own, so one
    between the two is still compared)."""
    first = (
        "KATHMANDU -- A 5.9 magnitude earthquake struck western Nepal on Friday night, "
        "the national seismological centre said."
    )
    second = (
        "NEW DELHI -- A magnitude 6.1 earthquake struck western Nepal on Friday night. "
        "The National Center for Seismology measured the quake at 6.1, while the US Geological Survey "
        "put its magnitude at 5.8."
    )
    found = findings_of(first, second, min_confidence=0.0)
    assert _pairs(found, "magnitude") == {(5.9, 6.1)}


def test_one_sources_two_figures_are_no_dispute():
    """Negative: police's own two figures, "but" between them: an update, each
    still set against the other report's."""
    first = "DORSEY -- Four people were killed in a crash on Route 9 near Dorsey on Monday."
    second = (
        "DORSEY -- Police said three people were killed in the crash near Dorsey on Monday, "
        "but police said five people had died."
    )
    assert len(_pairs(findings_of(first, second, min_confidence=0.0), "killed")) == 2


def test_two_sources_figures_told_apart_are_no_dispute():
    """Negative: two sources' figures in sentences far apart, no contrast
    told: each is still set against the other report's."""
    first = "DORSEY -- Four people were killed in a crash on Route 9 near Dorsey on Monday."
    second = (
        "DORSEY -- Three people were killed in a crash on Route 9 near Dorsey on Monday, police said. "
        "The crash closed the road for six hours. Traffic was diverted through the town centre. "
        "A hospital spokeswoman said five people had died."
    )
    assert len(_pairs(findings_of(first, second, min_confidence=0.0), "killed")) == 2


def test_counts_of_two_outcomes_are_no_dispute():
    """Negative: "killed 31 ..., while the Red Cross said 52 people were hurt":
    two counts, the dead and the hurt; the toll against the other report's
    stays a conflict."""
    first = "MERLO -- A landslide buried part of Merlo on Friday, killing 38 people, officials said."
    second = (
        "MERLO -- The interior ministry said 31 people were killed in the Merlo landslide on Friday, "
        "while the Red Cross said 52 people were hurt."
    )
    assert _pairs(findings_of(first, second, min_confidence=0.0), "killed") == {(38, 31)}


def test_counts_of_two_acts_are_no_dispute():
    """Negative: rockets fired by one source's count, rockets that landed by
    another's: two sets told by two verbs, no dispute, so the other report's
    20 fired, between the 12 and the 30, is not read as lying inside one."""
    first = "SEDROT -- Militants fired 20 rockets at Sedrot on Tuesday night."
    second = (
        "SEDROT -- The army said militants fired 30 rockets at Sedrot on Tuesday night, "
        "while police said 12 rockets landed in the town."
    )
    assert _pairs(findings_of(first, second, min_confidence=0.0), "other_count") == {(20, 30), (20, 12)}


def test_two_sources_counts_of_two_places_or_scopes_are_no_dispute():
    """Negative (review near-misses): "five people were killed in Kandi, while
    officials said nine people were killed in Rampur", "in the bus" against
    "in the truck", "at the scene" against "in total", "across the district
    since Monday": two sets, not one count in dispute, so the other report's
    seven, between them, stays a conflict with each."""
    first = "KANDI -- A bus plunged into a gorge near Kandi on Tuesday. Seven people were killed."
    for rival in (
        "Police said five people were killed in Kandi, while officials said nine were killed in Rampur.",
        "Police said five people were killed in the bus, while officials said nine were killed in the truck.",
        "Police said five people were killed at the scene, while officials said nine were killed in total.",
        "Police said five people were killed. Officials, however, said nine were killed across the district.",
        "Police said five people died on the spot, while a doctor said nine people died.",
    ):
        second = f"KANDI -- A bus plunged into a gorge near Kandi on Tuesday. {rival}"
        assert _pairs(findings_of(first, second, min_confidence=0.0), "killed") == {(7, 5), (7, 9)}, rival


def test_a_second_source_s_update_is_no_dispute():
    """Negative (review near-misses): "while the police said the toll had risen
    to nine", "But officials later said nine people had died": a later count,
    not a rival's count of the same moment, so the other report's seven stays
    a conflict with each figure."""
    first = "KANDI -- A bus plunged into a gorge near Kandi on Tuesday. Seven people were killed."
    for rival in (
        "The collector said five people were killed, while the police said the toll had risen to nine.",
        "Police said five people were killed. But officials later said nine people had died.",
    ):
        second = f"KANDI -- A bus plunged into a gorge near Kandi on Tuesday. {rival}"
        assert _pairs(findings_of(first, second, min_confidence=0.0), "killed") == {(7, 5), (7, 9)}, rival


def test_counts_of_two_groups_named_by_their_nouns_are_no_dispute():
    """Negative (review near-miss): "four adults were killed, while a relative
    said six children were killed" counts two groups, so the other report's
    seven stays a conflict with the four."""
    first = "KANDI -- A bus plunged into a gorge near Kandi on Tuesday. Seven people were killed."
    second = (
        "KANDI -- A bus plunged into a gorge near Kandi on Tuesday. "
        "Police said four adults were killed, while a relative said six children were killed."
    )
    assert (7, 4) in _pairs(findings_of(first, second, min_confidence=0.0), "killed")
