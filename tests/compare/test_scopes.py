"""Counts of different scopes: never weighed as if both were the total, but a
part larger than another report's total is a conflict."""

from __future__ import annotations

from reportcheck.align import group_claims
from reportcheck.compare import compare_groups
from reportcheck.models import Claim, Status, ValueFrame

from .claims import exact, people_count


def count(
    report: int,
    n: int,
    kind: str = "injured",
    scope: str | None = None,
    group: str = "all",
    derived: str | None = None,
    attacker: str | None = None,
) -> Claim:
    text = f"{n} ({scope or 'total'})"
    attrs = {"role": "victims", "group": group, "derived": derived, "attacker": attacker}
    attrs = {key: value for key, value in attrs.items() if value is not None}
    return people_count(
        report,
        exact(n),
        claim_id=f"r{report}-{kind}-{n}-{scope}",
        text=text,
        start=n,
        kind=kind,
        attrs=attrs,
        frame=ValueFrame(scope=scope),
    )


def conflicts(*claims: Claim) -> list[str]:
    findings = compare_groups(group_claims(list(claims), {}))
    return [f.explanation for f in findings if f.status is Status.conflict]


def test_a_part_is_not_weighed_against_the_other_reports_total():
    # "three of the (eight) wounded are in critical condition" vs "eight people were wounded"
    assert conflicts(count(0, 8), count(0, 3, scope="part"), count(1, 8)) == []


def test_a_part_larger_than_the_other_reports_total_conflicts():
    found = conflicts(count(0, 12, "killed", scope="place:homs"), count(1, 10, "killed"))
    assert len(found) == 1 and "is more than" in found[0]


def test_a_part_larger_than_the_total_is_graded_like_every_conflict():
    # "12 were killed in Homs" against "ten people were killed": a confidence, the reasons, and
    # under a threshold above that confidence the finding is only a possible conflict
    groups = group_claims([count(0, 12, "killed", scope="place:homs"), count(1, 10, "killed")], {})
    (found,) = [f for f in compare_groups(groups) if f.status is Status.conflict]
    assert found.confidence is not None and 0 < found.confidence <= 1
    assert found.reasons[0] == "a part larger than the other report's whole" and len(found.reasons) > 1
    strict = compare_groups(groups, min_confidence=found.confidence + 0.01)
    assert [f.status for f in strict if "is more than" in f.explanation] == [Status.possible_conflict]


def test_a_part_above_a_total_already_in_conflict_adds_no_row():
    # "one fatality" against "the bodies of 15 people", of whom "twelve were firefighters":
    # the totals' conflict is the discrepancy; the part above "one" is the same one again
    found = conflicts(count(0, 1, "killed"), count(1, 15, "killed"), count(1, 12, "killed", scope="part"))
    assert len(found) == 1 and "is more than" not in found[0]
    # without a total of its own, the other report's part is the one row
    found = conflicts(count(0, 1, "killed"), count(1, 12, "killed", scope="part"))
    assert len(found) == 1 and "is more than" in found[0]


def test_a_part_of_a_group_is_set_against_that_groups_total_only():
    # "four of the officers" (police) against "two officers" (police): too many
    assert len(conflicts(count(0, 4, scope="part", group="police"), count(1, 2, group="police"))) == 1
    # ... but a part of all the injured says nothing of the officers' count
    assert conflicts(count(0, 4, scope="part"), count(1, 2, group="police")) == []


def test_a_toll_of_linked_cases_is_apart_from_the_main_toll():
    # "the murders of two girls are now connected" (two shootings) vs "the murder of a child"
    assert conflicts(count(0, 2, "killed", scope="cases"), count(1, 1, "killed")) == []
    # ... and is no part larger than the other report's toll either
    assert conflicts(count(0, 2, "killed", scope="cases"), count(0, 1, "killed"), count(1, 1, "killed")) == []


def test_an_increment_is_apart_from_the_totals():
    # "a further three died" vs "five people died": the three are not the toll
    assert conflicts(count(0, 3, "killed", scope="increment"), count(1, 5, "killed")) == []


def shot(report: int, n: int) -> Claim:
    """ "N people were shot" in a report that tells of no death."""
    return count(report, n, derived="all_harmed")


def test_people_shot_hold_the_other_reports_dead_and_wounded():
    # "a gunman shot three people" vs "one was killed and two were wounded"
    assert conflicts(shot(0, 3), count(1, 2), count(1, 1, "killed")) == []
    # ... the dead of a group ("one worker was killed") too
    assert conflicts(shot(0, 4), count(1, 3), count(1, 1, "killed", group="workers")) == []


def test_people_shot_against_the_wounded_alone_conflict():
    # no report tells of a death: three shot and two wounded differ
    assert len(conflicts(shot(0, 3), count(1, 2))) == 1
    # the dead do not make up the difference
    assert len(conflicts(shot(0, 5), count(1, 2), count(1, 1, "killed"))) == 1


def test_more_wounded_than_people_shot_conflict():
    assert len(conflicts(shot(0, 3), count(1, 5), count(1, 1, "killed"))) == 1


def test_two_counts_of_people_shot_are_weighed_as_they_stand():
    # "three shot" vs "five shot", whatever the dead
    assert len(conflicts(shot(0, 3), shot(1, 5), count(1, 2, "killed"))) == 1


def test_a_toll_that_may_count_the_attacker_holds_his_victims_and_him():
    # "three are dead in a murder-suicide" vs "he shot a woman and a girl"
    assert conflicts(count(0, 3, "killed", attacker="possible"), count(1, 2, "killed")) == []
    # ... but not two more
    assert len(conflicts(count(0, 4, "killed", attacker="possible"), count(1, 2, "killed"))) == 1
    # ... and two tolls that may count him are weighed as they stand
    both = count(0, 3, "killed", attacker="possible"), count(1, 2, "killed", attacker="possible")
    assert len(conflicts(*both)) == 1


def test_a_toll_that_counts_the_attacker_outweighs_one_that_may():
    # "14 killed, including the gunman" vs "13 killed before the gunman killed himself"
    assert (
        conflicts(count(0, 14, "killed", attacker="included"), count(1, 13, "killed", attacker="possible"))
        == []
    )


def test_the_injured_of_one_condition_are_a_share_of_the_injured():
    # "20 injured" against "10 others seriously injured": one story
    assert conflicts(count(0, 20), count(1, 10, scope="condition:serious")) == []
    # "16 injured" against "five people are still hospitalized": those not yet home
    assert conflicts(count(0, 16), count(1, 5, scope="condition:hospital")) == []
    # ... but two reports' figures of one condition are set against each other
    assert (
        len(conflicts(count(0, 2, scope="condition:critical"), count(1, 4, scope="condition:critical"))) == 1
    )
    # ... and more hurt badly than hurt at all is a conflict
    found = conflicts(count(0, 12, scope="condition:serious"), count(1, 8))
    assert len(found) == 1 and "is more than" in found[0]


def test_an_arrest_on_other_charges_is_no_part_of_the_incidents_arrests():
    # "arrested on an outstanding warrant" against "no arrests have been made"
    assert conflicts(count(0, 1, "arrested", scope="unrelated", group="men"), count(1, 0, "arrested")) == []
    # ... and an arrest in the incident against "no arrests have been made" is
    # an arrest made after that report was written (a change of state), while
    # an arrest beyond the other report's figure of people held still is one
    assert conflicts(count(0, 1, "arrested", scope="individual"), count(1, 0, "arrested")) == []
    assert len(conflicts(count(0, 3, "arrested", scope="individual"), count(1, 2, "arrested"))) == 1


def test_a_part_both_reports_give_is_no_difference_between_them():
    # "12 seriously injured" in both reports, one of which also says "eight
    # injured": the reports agree on the part; the second's own part and
    # whole are its internal matter, not a conflict between the two
    part_a, part_b = count(0, 12, scope="condition:serious"), count(1, 12, scope="condition:serious")
    assert conflicts(part_a, part_b, count(1, 8)) == []
    # ... a smaller part in the other report does not excuse the difference
    found = conflicts(part_a, count(1, 6, scope="condition:serious"), count(1, 8))
    assert any("is more than" in text for text in found)


def test_a_part_of_things_of_no_known_role_is_never_more_than_a_total():
    # "including three home-made devices" against another report's "two devices":
    # which devices each report counts is not known, so neither is the part's whole
    part, whole = (
        count(0, 3, "other_count", scope="subgroup", group="device"),
        count(1, 2, "other_count", group="device"),
    )
    things = [
        c.model_copy(update={"subject": "count:device", "subject_label": "count of device"})
        for c in (part, whole)
    ]
    assert conflicts(*things) == []
    # the same figures of a tally the tool knows (buildings) are a part larger than the total
    known = [c.model_copy(update={"subject": "buildings"}) for c in (part, whole)]
    assert len(conflicts(*known)) == 1


def test_a_days_share_is_weighed_against_the_same_day_only():
    # "Five people drowned on Thursday, bringing the season's toll to 41" against
    # "the toll rose to 41": the day's five are no second toll
    day = count(0, 5, "killed", scope="period:thursday")
    assert conflicts(count(0, 41, "killed"), day, count(1, 41, "killed")) == []
    # ... the same day's figures still conflict ("six died Monday" against "eight died Monday")
    found = conflicts(
        count(0, 6, "killed", scope="period:monday"),
        count(1, 8, "killed", scope="period:monday"),
        count(0, 40, "killed"),
        count(1, 40, "killed"),
    )
    assert len(found) == 1 and "6" in found[0] and "8" in found[0]
    # ... and a day's share above the other report's whole toll is a conflict
    assert len(conflicts(count(0, 12, "killed", scope="period:monday"), count(1, 9, "killed"))) == 1


def test_a_toll_over_fewer_places_is_a_part_of_one_over_more():
    # "killed 14 civilians in two towns" against "at least 16 were killed in strikes on three towns"
    assert conflicts(count(0, 14, "killed", scope="places:2"), count(1, 16, "killed", scope="places:3")) == []
    # ... two tolls over as many places still conflict
    three = count(1, 16, "killed", scope="places:3")
    assert len(conflicts(count(0, 14, "killed", scope="places:3"), three)) == 1
    # ... and a toll over fewer places above one over more is a conflict
    found = conflicts(count(0, 18, "killed", scope="places:2"), count(1, 16, "killed", scope="places:3"))
    assert len(found) == 1 and "is more than" in found[0]


def test_a_whole_that_is_a_toll_over_fewer_places_holds_no_part_over_more():
    # "Artillery kills 9" over "killed nine civilians in two hamlets" against
    # "12 people died in three hamlets": the first report's whole is its toll
    # over two hamlets, no whole of the other's three
    first = [count(0, 9, "killed"), count(0, 9, "killed", scope="places:2")]
    assert conflicts(*first, count(1, 12, "killed", scope="places:3")) == []
    # ... a whole that is not that toll ("Artillery kills 10") still holds it
    other = [count(0, 10, "killed"), count(0, 9, "killed", scope="places:2")]
    found = conflicts(*other, count(1, 12, "killed", scope="places:3"))
    assert len(found) == 1 and "is more than the 10" in found[0]
    # ... and as many places on both sides stay one toll each: a conflict
    same = [count(0, 9, "killed"), count(0, 9, "killed", scope="places:3")]
    assert len(conflicts(*same, count(1, 12, "killed", scope="places:3"))) >= 1


def test_a_figure_counted_apart_is_no_part_of_the_toll():
    # "Four people killed in a mudslide are counted separately" beside a toll
    # of 26, against the other report's toll of 22: the four are no toll
    apart = count(0, 4, "killed", scope="apart")
    assert len(conflicts(count(0, 26, "killed"), apart, count(1, 22, "killed"))) == 1
    assert conflicts(apart, count(1, 3, "killed")) == []
    # ... never a part larger than the other report's whole
    assert conflicts(count(0, 8, "killed"), count(0, 9, "killed", scope="apart"), count(1, 8, "killed")) == []
