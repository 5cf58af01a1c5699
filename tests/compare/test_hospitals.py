"""The hospital a casualty was taken to, set against another report's for
the same person (extract/places/care.py, align's hospital takers,
compare/judges/places.py).

Written after a New Zealand surf rescue told by two outlets ("was taken to
Auckland City Hospital" against "taken by ambulance to Waitākere Hospital")
and GVC's shootings, whose reports name one hospital two ways ("Jacobi
Hospital", "Jacobi Medical Center"), tell transfers ("later transferred to")
and send several victims to several hospitals.  Names, places and
hospitals are invented."""

from __future__ import annotations

from tests.conftest import findings_of


def _hospitals(*texts: str) -> list[tuple[str, list[str]]]:
    """(status, hospitals as written) of each finding on the hospital taken to."""
    return [
        (f.status.value, sorted(c.evidence.text for c in f.claims))
        for f in findings_of(*texts)
        if f.subject == "hospital" or any(c.subject == "hospital" for c in f.claims)
    ]


def _conflicts(*texts: str) -> list[tuple[str, list[str]]]:
    """The hospitals' findings that are conflicts."""
    return [found for found in _hospitals(*texts) if found[0] == "conflict"]


SURF_A = (
    "Man dies after being pulled from surf at Kerrin Beach\n\n"
    "A man has died after getting into difficulty in the water at Kerrin Beach on Sunday afternoon. "
    "Lifeguards pulled two swimmers from the water. The man, aged 31, died at the scene. "
    "The second swimmer, a woman, was taken to Harbourside Hospital in a moderate condition."
)


def test_two_hospitals_for_the_one_woman_taken_conflict():
    other = (
        "Kerrin Beach drowning: man dies, woman rescued\n\n"
        "A 31-year-old man has died and a young woman is in hospital after the pair were caught in a rip "
        "at Kerrin Beach on Sunday. She was taken by ambulance to Westvale Hospital in a moderate condition."
    )
    assert ("conflict", ["Harbourside Hospital", "Westvale Hospital"]) in _hospitals(SURF_A, other)
    (found,) = [f for f in findings_of(SURF_A, other) if f.subject == "hospital"]
    assert any(reason.startswith("same person's hospital") for reason in found.reasons), found.reasons


def test_one_hospital_named_two_ways_agrees():
    other = (
        "Kerrin Beach drowning: man dies, woman rescued\n\n"
        "A 31-year-old man has died and a young woman is in hospital after the pair were caught in a rip "
        "at Kerrin Beach on Sunday. She was rushed to Harbourside Medical Centre."
    )
    assert ("agree", ["Harbourside Hospital", "Harbourside Medical Centre"]) in _hospitals(SURF_A, other)


def test_a_transfer_told_by_one_report_is_compatible():
    other = (
        "Kerrin Beach drowning: man dies, woman rescued\n\n"
        "A 31-year-old man has died and a young woman is in hospital after the pair were caught in a rip "
        "at Kerrin Beach on Sunday. She was later airlifted to Westvale Hospital."
    )
    assert not _conflicts(SURF_A, other)


NAMED_A = (
    "Teen shot in Dorrance Park\n\n"
    "DORRANCE, Ohio - Jalen Brooks, 16, was shot in the chest on Elm Street on Saturday night, police "
    "said. Paramedics rushed Brooks to Saint Alden Hospital, where he died."
)


def test_a_named_victims_two_hospitals_conflict():
    other = (
        "Dorrance teen killed\n\n"
        "DORRANCE, Ohio - Jalen Brooks, 16, died after he was shot on Elm Street on Saturday night. "
        "Brooks was taken to Pellham Medical Center, police said."
    )
    assert ("conflict", ["Pellham Medical Center", "Saint Alden Hospital"]) in _hospitals(NAMED_A, other)


def test_several_victims_taken_to_several_hospitals_are_no_conflict():
    a = (
        "Three hurt in Dorrance shooting\n\n"
        "DORRANCE, Ohio - Three men were shot on Elm Street on Saturday night. The victims were taken "
        "to Saint Alden Hospital in stable condition, police said."
    )
    b = (
        "Three hurt in Dorrance shooting\n\n"
        "DORRANCE, Ohio - Three men were wounded on Elm Street on Saturday night. They were taken to "
        "Pellham Medical Center, police said."
    )
    assert not _conflicts(a, b)


def test_a_wounded_gunman_and_a_victim_are_two_people_taken():
    a = (
        "Man shot in Dorrance\n\n"
        "DORRANCE, Ohio - A man was shot on Elm Street on Saturday night. The gunman was shot by an "
        "officer and taken to Saint Alden Hospital, police said."
    )
    b = (
        "Man shot in Dorrance\n\n"
        "DORRANCE, Ohio - A man was shot on Elm Street on Saturday night. The man was taken to Pellham "
        "Medical Center, police said."
    )
    assert not _conflicts(a, b)


def test_a_man_and_a_woman_taken_are_two_people():
    a = (
        "Two shot in Dorrance\n\n"
        "DORRANCE, Ohio - A man was killed and a woman was hurt on Elm Street on Saturday night. "
        "The woman was taken to Saint Alden Hospital, police said."
    )
    b = (
        "Man killed in Dorrance\n\n"
        "DORRANCE, Ohio - A man was killed on Elm Street on Saturday night. He was taken to Pellham "
        "Medical Center, where he died."
    )
    assert not _conflicts(a, b)


def test_one_hospital_both_reports_name_agrees_whoever_was_taken():
    """Several taken in one report, one in the other: no one person to pair,
    so each hospital is the venue it names, and one venue agrees."""
    a = (
        "Three hurt in Dorrance shooting\n\n"
        "DORRANCE, Ohio - Three men were shot on Elm Street on Saturday night. The victims were taken "
        "to Saint Alden Hospital in stable condition, police said."
    )
    b = (
        "Three hurt in Dorrance shooting\n\n"
        "DORRANCE, Ohio - Three men were wounded on Elm Street on Saturday night. One of them, Ray Cole, "
        "was rushed to Saint Alden Hospital, police said."
    )
    found = [
        (f.status.value, f.subject, sorted(c.evidence.text for c in f.claims))
        for f in findings_of(a, b)
        if any("Alden" in c.evidence.text for c in f.claims)
    ]
    assert found == [("agree", "venue", ["Saint Alden Hospital", "Saint Alden Hospital"])]


BROOKFIELD = "A man was shot on Lorne Avenue in Brookfield on Saturday night, police said. "


def test_a_saint_written_short_names_the_same_hospital():
    """ "St. Joseph's Hospital" and "Saint Joseph Medical Center" are one
    hospital: the saint's abbreviation is written out, as "Mt." is."""
    a = "Man shot in Brookfield\n\n" + BROOKFIELD + "He was taken to St. Joseph's Hospital."
    b = "Brookfield shooting\n\n" + BROOKFIELD + "He was taken to Saint Joseph Medical Center."
    assert _hospitals(a, b) == [("agree", ["Saint Joseph Medical Center", "St. Joseph's Hospital"])]


def test_taken_to_one_and_died_at_another_is_compatible():
    """ "taken to Mercy Hospital" against "died Sunday at Lakeview Hospital":
    the first stop and a later one, a transfer the reports leave out."""
    a = "Man shot in Brookfield\n\n" + BROOKFIELD + "He was taken to Mercy Hospital, police said."
    for later in (
        "He died Sunday at Lakeview Hospital.",
        "He remains in critical condition at Lakeview Hospital.",
    ):
        b = "Brookfield shooting\n\n" + BROOKFIELD + later
        assert [f[0] for f in _hospitals(a, b)] == ["compatible"], later


def test_a_relative_who_drove_to_a_hospital_was_not_taken_there():
    """ "His family drove to Lakeview Hospital": the family went, no one was carried."""
    a = "Man shot in Brookfield\n\n" + BROOKFIELD + "He was taken to Mercy Hospital, police said."
    b = (
        "Brookfield shooting\n\n"
        + BROOKFIELD
        + "His family drove to Lakeview Hospital after hearing the news."
    )
    assert not _conflicts(a, b)


def test_a_driver_and_a_passenger_taken_are_two_people():
    """One report's driver and the other's passenger, each the one hurt it
    tells, are two people: their hospitals are not set against each other."""
    a = (
        "Crash in Brookfield\n\nOne person was injured when a car hit a tree on Lorne Avenue in Brookfield "
        "on Saturday. The driver was taken to Mercy Hospital."
    )
    b = (
        "Brookfield crash\n\nOne person was hurt in a single-vehicle crash on Lorne Avenue in Brookfield on "
        "Saturday. A passenger was taken to Lakeview Hospital with minor injuries."
    )
    assert not _conflicts(a, b)


def test_an_animal_hospital_or_a_body_is_no_casualty_taken_for_care():
    """ "His dog ... was taken to Lakeview Animal Hospital" and "His body was
    taken to Lakeview Hospital for a post-mortem" take no casualty for care."""
    a = "Man shot in Brookfield\n\n" + BROOKFIELD + "He was taken to Mercy Hospital, where he died."
    for other in (
        "His dog, also hit, was taken to Lakeview Animal Hospital.",
        "His body was taken to Lakeview Hospital for a post-mortem.",
    ):
        b = "Brookfield shooting\n\n" + BROOKFIELD + other
        assert not _conflicts(a, b), other


def test_one_of_several_taken_is_of_a_group():
    """ "One of the officers who responded was taken to ...": one of several,
    not the report's one victim."""
    a = "Man shot in Brookfield\n\n" + BROOKFIELD + "He was taken to Mercy Hospital."
    b = (
        "Brookfield shooting\n\n" + BROOKFIELD + "One of the officers who responded was taken to Lakeview "
        "Hospital after inhaling smoke."
    )
    assert not _conflicts(a, b)


def test_one_killed_and_another_hurt_in_one_sentence_are_two_people():
    """ "One man was killed and another man was wounded": a report counting one
    dead and one hurt in one sentence tells two people, so its one taken is
    not the other report's."""
    a = (
        "Man killed in Brookfield shooting\n\nOne man was killed and another man was wounded in a shooting "
        "on Lorne Avenue in Brookfield on Saturday night. The wounded man was taken to Mercy Hospital."
    )
    b = (
        "Brookfield shooting leaves one dead\n\nA man was killed and a second man injured on Lorne Avenue in "
        "Brookfield on Saturday night. The man who died was rushed to Lakeview Hospital, where he was "
        "pronounced dead."
    )
    assert not _conflicts(a, b)


def test_one_man_shot_and_later_dead_still_conflicts():
    """The narrowing above keeps one victim shot, then dead, told in two
    sentences: two hospitals for his one move conflict."""
    a = (
        "Man dies after Brookfield shooting\n\n"
        + BROOKFIELD
        + "He was taken to Mercy Hospital and died on Sunday."
    )
    b = (
        "Brookfield shooting\n\n"
        + BROOKFIELD
        + "He was rushed to Lakeview Hospital. He later died, police said."
    )
    assert [f[0] for f in _hospitals(a, b)] == ["conflict"]


def test_one_taken_unnamed_in_a_report_of_an_arrest_may_be_the_suspect():
    """ "A 20-year-old man was arrested at the scene. He was taken to ...":
    the one taken may be the one arrested, so not the other report's victim."""
    a = "Man shot in Brookfield\n\n" + BROOKFIELD + "He was taken to Mercy Hospital, police said."
    for other in (
        "A 20-year-old man was arrested at the scene. He was taken to Lakeview Hospital with a dog bite.",
        "Police arrested a 20-year-old man after a friend drove him to Lakeview Hospital with a wound.",
    ):
        assert not _conflicts(a, "Brookfield shooting\n\n" + BROOKFIELD + other), other


def test_no_arrest_made_leaves_the_one_victim_paired():
    a = (
        "Man shot in Brookfield\n\n"
        + BROOKFIELD
        + "He was taken to Mercy Hospital. No arrests have been made."
    )
    b = "Brookfield shooting\n\n" + BROOKFIELD + "He was rushed to Lakeview Hospital, police said."
    assert [f[0] for f in _hospitals(a, b)] == ["conflict"]
