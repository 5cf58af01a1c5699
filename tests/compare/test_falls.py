"""How far someone fell is set against another report's fall of the same
person only (extract/quantities/falls.py, align's fall scopes).

Written after ECB+ topic 23 (two climbers' deaths at Mt Cook one weekend,
CC BY 3.0): one outlet has "Duncan Rait, died after slipping and falling
about 200 feet from a ridge", another "a 36-year-old Australian climber
died after falling about 150 metres", and both tell a second climber's fall
of about 2,000 feet.  Names, places and figures are varied."""

from __future__ import annotations

from tests.conftest import findings_of, measure_findings


def _falls(*texts: str) -> list[tuple[str, list[str]]]:
    return measure_findings("fall", *texts)


NAMED_TWO = (
    "Two climbers die on Mount Arlen\n\n"
    "Tomas Berg, 32, fell about 2,000 feet while climbing to a small hut on Mount Arlen on Saturday, "
    "police said. The day before, another climber, 36-year-old Ivan Petrov, died after slipping and "
    "falling about 200 feet from a ridge in the same park."
)


def test_a_fall_told_from_a_ridge_meets_the_same_persons_fall_told_plainly():
    """The 36-year-old of one report is Petrov of the other: 150 m against 200 feet is a conflict,
    and Berg's 2,000 feet is set against no one's."""
    other = (
        "Climber dies on Mount Arlen\n\n"
        "A 36-year-old climber died after falling about 150 metres on Mount Arlen on Friday, police said."
    )
    falls = _falls(NAMED_TWO, other)
    assert ("conflict", ["150 metres", "200 feet"]) in falls
    assert not [f for f in falls if "2,000 feet" in f[1] and f[0] != "only_in_one"]


def test_the_same_height_in_other_units_fits():
    other = (
        "Climber dies on Mount Arlen\n\n"
        "Ivan Petrov, 36, slipped and fell about 60 metres from a ridge on Friday, rescuers said."
    )
    falls = _falls(NAMED_TWO, other)
    assert [f for f in falls if "60 metres" in f[1]] in (
        [("agree", ["200 feet", "60 metres"])],
        [("compatible", ["200 feet", "60 metres"])],
    )
    assert not [f for f in falls if f[0] == "conflict"]


def test_two_peoples_falls_in_one_report_are_no_conflict():
    """One report, two falls, nobody named: never set against each other."""
    report = (
        "Two climbers killed in Mount Arlen falls\n\n"
        "Rescuers recovered the body of the second climber on Sunday. Police said the man fell around "
        "2000ft (609 metres) near the bivouac. Yesterday, a 36-year-old climber died after falling "
        "about 150 metres on the mountain."
    )
    assert not [f for f in _falls(report) if f[0] in ("conflict", "possible_conflict")]


def test_one_fall_each_meets_when_nobody_is_named():
    """Each report tells one fall of one unnamed person: the two heights are one fact."""
    a = "Hiker killed in fall\n\nA hiker fell about 40 metres down a gully near Lake Orrin on Sunday."
    b = "Hiker dies in fall\n\nA woman plunged 400 feet down a gully near Lake Orrin on Sunday, police said."
    assert [f[0] for f in _falls(a, b)] == ["conflict"]


def test_a_full_name_beside_an_age_read_as_nobodys_is_still_the_faller():
    """ "32-year-old Englishman Tomas Berg fell about 600 metres": the parser may
    leave the age unnamed; the name the clause gives in full still says who fell,
    so Berg's fall meets the other report's, whose age for him differs."""
    a = (
        "Two climbers die on Mount Arlen\n\n"
        "On Saturday, 32-year-old Englishman Tomas Berg fell about 600 metres while climbing to a hut. "
        "On Friday, 36-year-old Ivan Petrov died after slipping and falling about 60 metres from a ridge."
    )
    b = (
        "Climbers die on Mount Arlen\n\n"
        "A day after Petrov's death, 31-year-old Tomas Berg slipped on ice and fell 900 metres to his death. "
        "Ivan Petrov, 36, fell about 60 metres from a ridge on Friday."
    )
    falls = _falls(a, b)
    assert ("conflict", ["600 metres", "900 metres"]) in falls


def test_falls_paired_by_person_count_as_the_same_persons_in_the_confidence():
    """ "A 36-year-old climber" and "Ivan Petrov, 36" name the faller in other
    words; the align stage paired the two falls as Petrov's, and the conflict's
    reasons say so (the same-bearer weight), where the bearers' words differ."""
    other = (
        "Climber dies on Mount Arlen\n\n"
        "A 36-year-old climber died after falling about 150 metres on Mount Arlen on Friday, police said."
    )
    [conflict] = [
        f
        for f in findings_of(NAMED_TWO, other, min_confidence=0)
        if f.status.value == "conflict" and f.claims[0].frame.measure == "fall"
    ]
    assert "same person's fall" in conflict.reasons


# A bus plunge story recalls an older plunge on the same road with its own
# height (genre58b 08, Página Siete-style: "Last December, a minibus fell 200
# metres near Coroico, killing nine people"): that fall belongs to its
# background incident and leaves the story's one fall its report's one.
RECALLED_FALL = {
    "bus, last December": (
        "Bus plunges into ravine near Chuspipata\n\n"
        "A bus carrying about 40 passengers plunged into a ravine about 300 metres deep near Chuspipata "
        "on Monday, killing 18 people, police said.\n\n"
        "Last December, a minibus fell 200 metres near Coroico, killing nine people."
    ),
    "lorry, in 2019": (
        "Bus plunges into ravine near Chuspipata\n\n"
        "A bus carrying about 40 passengers fell some 300 metres into a ravine near Chuspipata on Monday, "
        "killing 18 people, police said.\n\n"
        "In 2019, a lorry plunged 120 metres off the same road, killing its driver."
    ),
}
PLAIN_FALL = (
    "Bus falls into ravine in the Yungas\n\n"
    "A bus plunged into a ravine some 150 metres deep near Chuspipata on Monday, leaving 21 dead, "
    "the police said."
)


def test_a_recalled_fall_does_not_keep_the_storys_fall_from_its_match():
    for case, report in RECALLED_FALL.items():
        falls = _falls(report, PLAIN_FALL)
        assert [f for f in falls if f[0] == "conflict"] == [("conflict", ["150 metres", "300 metres"])], case


def test_the_recalled_fall_is_set_against_nothing_of_the_storys():
    for case, report in RECALLED_FALL.items():
        falls = _falls(report, PLAIN_FALL)
        recalled = [f for f in falls if any(v in ("200 metres", "120 metres") for v in f[1])]
        assert recalled and all(f[0] == "only_in_one" for f in recalled), (case, falls)


def test_two_falls_of_the_storys_own_stay_apart():
    """Near miss: two falls told in the story's own incident (a bus and a car
    of one crash) are still two falls, neither the other report's one."""
    report = (
        "Bus and car fall into ravine\n\n"
        "A bus plunged about 300 metres into a ravine near Chuspipata on Monday, and a car it hit fell "
        "about 80 metres, killing 18 people, police said."
    )
    assert not [f for f in _falls(report, PLAIN_FALL) if f[0] in ("conflict", "possible_conflict")]
