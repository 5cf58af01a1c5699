"""One person's name read the same across reports: a name spelled two
ways is shown to the editor, quoting both sentences, as an agreement where
the two are spellings of one name (Casulo/Casullo, Erika/Erica) and as a
possible conflict where they are two names (Ramsey/Brumsey,
Daniel/Daniela); a first name told alone pairs as a first name, never as a
surname."""

from __future__ import annotations

import pytest

from reportcheck.load import load_text
from reportcheck.models import ClaimKind, Status
from tests.conftest import findings_of


def _surname_findings(first: str, second: str):
    return [f for f in findings_of(first, second) if f.subject.endswith(":surname")]


@pytest.mark.parametrize(
    ("a", "b", "spelled"),
    [
        # two surnames, not one spelled two ways: the first letter or three letters apart
        (
            "Deputies identified the boy as Tyler Leonard, 4. He was flown to a hospital.",
            "The boy, 4-year-old Tyler Lenhart, was airlifted to a hospital.",
            "spelled Leonard in one report, Lenhart in the other",
        ),
        (
            "Another victim, Jahad Ramsey, 29, of New Haven, was in critical condition.",
            "Police said Jahad Brumsey, 29, was taken to a hospital in critical condition.",
            "spelled Ramsey in one report, Brumsey in the other",
        ),
    ],
)
def test_a_surname_written_as_another_name_is_a_possible_conflict(pipeline, a, b, spelled):
    (finding,) = _surname_findings(a, b)
    assert finding.status is Status.possible_conflict
    assert finding.kind is ClaimKind.person
    assert spelled in finding.explanation
    assert a.split(".")[0] in finding.explanation and b.split(".")[0] in finding.explanation


@pytest.mark.parametrize(
    ("a", "b", "spelled"),
    [
        # a letter doubled: Casulo/Casullo
        (
            "Police said the man, John Casulo, 48, was found with a gunshot wound.",
            "Police found 48-year-old John Casullo dead inside his home.",
            "surname spelled Casulo in one report, Casullo in the other",
        ),
        # a vowel changed, the person a witness without an age: Lonfair/Lanfair
        (
            "It happened so fast, said Marvin Lonfair, a witness who lives nearby.",
            "Everybody ran when the shots rang out, said Marvin Lanfair, a witness.",
            "surname spelled Lonfair in one report, Lanfair in the other",
        ),
        # a letter added at the end: Rait/Raite (after ECB+ topic 23's climber)
        (
            "On Friday, 41-year-old Colin Rait died after a fall from a ridge.",
            "Colin Raite, 41, died on Friday after slipping from a ridge.",
            "surname spelled Rait in one report, Raite in the other",
        ),
        # a particle written in one report only: LaCalamita/Calamita (after ECB+ topic 18)
        (
            "The suspect, 38-year-old Peter LaCalamita, was arrested on Monday.",
            "Police named the suspect as Peter Calamita, 38, of Troy.",
            "surname spelled LaCalamita in one report, Calamita in the other",
        ),
    ],
)
def test_a_surname_spelled_two_ways_agrees_and_shows_both(pipeline, a, b, spelled):
    """Rule 6 of the evaluation: spelling variants of one person's name agree;
    the editor still sees both spellings and both sentences."""
    (finding,) = _surname_findings(a, b)
    assert finding.status is Status.agree
    assert finding.kind is ClaimKind.person
    assert finding.explanation.startswith("agree: one person, the ")
    assert spelled in finding.explanation
    assert len({c.report for c in finding.claims}) == 2


@pytest.mark.parametrize(
    ("a", "b", "spelled"),
    [
        # a consonant changed inside the surname of the one suspect
        (
            "Deputies arrested Royce Embleton, 44, after a six-hour standoff.",
            "Royce Emberton, 44, surrendered to deputies after a six-hour standoff.",
            "spelled Embleton in one report, Emberton in the other",
        ),
        # a consonant dropped from the surname of a forecaster quoted by role
        (
            "The storm will ease by Friday, duty meteorologist Bente Kjærsgaard said.",
            "Duty meteorologist Bente Kjærgaard said the storm would ease by Friday.",
            "spelled Kjærsgaard in one report, Kjærgaard in the other",
        ),
        # a consonant dropped inside a double-barrelled surname of the pilot
        (
            "The pilot, Keoni Alapaki-Ramsey, 38, was among the dead.",
            "The pilot was named as Keoni Alapai-Ramsey, 38, by the company.",
            "spelled Alapaki-Ramsey in one report, Alapai-Ramsey in the other",
        ),
    ],
)
def test_a_surname_with_a_consonant_misprinted_is_a_conflict(pipeline, a, b, spelled):
    """A consonant added, dropped or changed is no spelling of one name, as
    vowels and doubled letters are: one report has the name wrong."""
    (finding,) = _surname_findings(a, b)
    assert finding.status is Status.conflict
    assert spelled in finding.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a vowel changed: Chisanga/Chisenga
        (
            "Police commissioner Lungowe Chisanga said the blast killed four miners.",
            "The blast killed four miners, police commissioner Lungowe Chisenga said.",
        ),
        # a letter doubled: Fiddler/Fidler
        (
            "Chief Rosalie Fiddler said the community was in mourning.",
            "The community is in mourning, Chief Rosalie Fidler said.",
        ),
        # one sound written by two consonants, as a name from another script is: v/w, kh/k
        (
            "The deputy governor, Oleksiy Kovalenko, said 12 people had died.",
            "Deputy governor Oleksiy Kowalenko said 12 people had died.",
        ),
        (
            "The district chief, Nurlan Askhar, said 12 people had died.",
            "District chief Nurlan Askar said 12 people had died.",
        ),
        # a diacritic written in one report only
        (
            "The driver, Martín Peñalosa, 52, was not hurt.",
            "The driver, Martín Penalosa, 52, was not hurt.",
        ),
    ],
)
def test_a_surname_spelled_by_its_vowels_or_sounds_stays_agree(pipeline, a, b):
    """Near-misses of the consonant misprint: vowels, doubled letters, one
    sound of another script and diacritics vary by outlet (rule 6 of the
    evaluation); the reports agree on the name."""
    (finding,) = _surname_findings(a, b)
    assert finding.status is Status.agree


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two ages: two people of close names, not one misspelt
        ("Tyler Leonard, 4, was shot in the leg.", "Tyler Lenhart, 9, was shot in the leg."),
        # one spelling, two apostrophes
        ("O'Bryan Spikes, 27, was killed.", "One victim, 27-year-old O’Bryan Spikes, was killed."),
    ],
)
def test_no_spelling_finding_where_the_name_is_one_or_the_people_two(pipeline, a, b):
    assert _surname_findings(a, b) == []


def test_a_first_name_told_alone_pairs_by_first_name_not_by_surname(pipeline):
    a = (
        "The girl's mother, Lisa Grant, said her daughter, Ava, was asleep. "
        "Her brother Tommie, 9, was not hurt."
    )
    b = "Police identified the girl as Ava Grant, 6. Police arrested Dwayne Tommie, 25, of Dayton."
    findings = findings_of(a, b)
    people = {f.subject_label: f.status for f in findings if f.kind is ClaimKind.person}
    assert people.get("Ava") is Status.agree  # her daughter, Ava: Ava Grant
    ages = [f for f in findings if f.kind is ClaimKind.age and f.status is not Status.only_in_one]
    assert not any("Tommie" in f.explanation for f in ages), [f.explanation for f in ages]


def test_a_first_name_told_alone_after_the_full_name_is_that_person(pipeline):
    from reportcheck.extract import ReportExtractor, run_pipeline

    text = "Kaleb Morris, 6, was shot on Sunday. Kaleb was pronounced dead at a hospital."
    report = load_text(text)
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text))
    people = {c.evidence.text: c.subject for c in claims if c.kind is ClaimKind.person}
    assert people == {"Kaleb Morris": "person:morris", "Kaleb": "person:morris"}


def test_a_first_name_alone_of_a_father_and_a_son_stays_apart(pipeline):
    from reportcheck.extract import ReportExtractor, run_pipeline

    text = (
        "Police identified the victim as 60-year-old Carl Dunn Sr. His son, Carl Dunn Jr., 31, was arrested. "
        "Carl fled before officers arrived."
    )
    report = load_text(text)
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text))
    people = {c.evidence.text: c.subject for c in claims if c.kind is ClaimKind.person}
    assert people.get("Carl") == "person:carl", people  # which Carl, the words do not say


def _first_name_findings(first: str, second: str):
    return [f for f in findings_of(first, second) if f.subject.endswith(":first name")]


@pytest.mark.parametrize(
    ("a", "b", "spelled"),
    [
        # a letter dropped: Louis/Luis
        (
            "Police identified the victim as Louis Navarro, 24, of Ontario.",
            "The man killed, Luis Navarro, 24, was a father of two.",
            "spelled Louis in one report, Luis in the other",
        ),
        # a letter changed: Erika/Erica
        (
            "Erika Dawson, 31, was shot in the leg outside her home.",
            "A neighbor, Erica Dawson, 31, was wounded in the leg.",
            "spelled Erika in one report, Erica in the other",
        ),
        # a letter added, a middle name in one report only: Kalisa Marie/Kalisha
        (
            "Charged are Kalisa Marie Porter, 22, and her cousin.",
            "Kalisha Porter, 22, was charged with murder.",
            "spelled Kalisa in one report, Kalisha in the other",
        ),
        # a folded spelling: Rachael/Rachel
        (
            "Rachael Dunmore, 30, and her son were found dead in the house.",
            "Police say Rachel Dunmore, 30, and her son were found dead.",
            "spelled Rachael in one report, Rachel in the other",
        ),
    ],
)
def test_a_first_name_spelled_two_ways_agrees_and_shows_both(pipeline, a, b, spelled):
    (finding,) = _first_name_findings(a, b)
    assert finding.status is Status.agree
    assert finding.kind is ClaimKind.person
    assert spelled in finding.explanation
    assert a.split(",")[0] in finding.explanation and b.split(",")[0] in finding.explanation


@pytest.mark.parametrize(
    ("a", "b", "spelled"),
    [
        # a man's name and a woman's, one letter apart at the end: two names
        (
            "The victim, Daniel Ortiz, 25, was shot outside a bar.",
            "The victim, Daniela Ortiz, 25, was shot outside a bar.",
            "spelled Daniel in one report, Daniela in the other",
        ),
        # the last letter changed: Carla/Carly are two names
        (
            "Carla Benton, 33, was wounded in the arm, police said.",
            "Police said Carly Benton, 33, was wounded in the arm.",
            "spelled Carla in one report, Carly in the other",
        ),
    ],
)
def test_two_first_names_a_letter_apart_at_the_end_stay_a_possible_conflict(pipeline, a, b, spelled):
    """Not every letter makes a spelling: a first name ending otherwise is
    another name, which the editor must check, not an agreement."""
    (finding,) = _first_name_findings(a, b)
    assert finding.status is Status.possible_conflict
    assert spelled in finding.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a shortening and a pet form are how reporters vary first names
        ("Christopher Dawson, 31, was shot.", "Chris Dawson, 31, was shot in the leg."),
        ("Joe Navarro, 24, was killed.", "Joey Navarro, 24, was killed Sunday."),
        # the first report spells the name both ways itself: no one spelling to set against
        (
            "Luis Navarro, 24, was killed. Relatives said Louis Navarro had two children.",
            "The man killed, Louis Navarro, 24, was a father of two.",
        ),
        # an initial is no spelling
        ("J. Navarro, 24, was killed.", "Jo Navarro, 24, was killed Sunday."),
    ],
)
def test_no_first_name_finding_for_a_short_form_or_a_report_that_writes_both(pipeline, a, b):
    people = [f for f in findings_of(a, b) if f.kind is ClaimKind.person and f.status is Status.agree]
    assert people, "the person was read and paired in both reports"
    assert _first_name_findings(a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "spelled"),
    [
        # two letters apart, one victim in both: Ezekiel/Ezequiel (after a GVC pair's coverage)
        (
            "Ezekiel Molina, 5, was shot and killed by his brother on Saturday night.",
            "The coroner said the boy killed was Ezequiel Molina, 5.",
            "spelled Ezekiel in one report, Ezequiel in the other",
        ),
        # Bryant/Brian, the third victim both times
        (
            "The third victim, Bryant Dalton, 39, was shot in the neck.",
            "The third victim, identified as Brian Dalton, 39, was rushed to a hospital.",
            "spelled Bryant in one report, Brian in the other",
        ),
    ],
)
def test_a_first_name_two_letters_apart_of_one_role_is_a_possible_conflict(pipeline, a, b, spelled):
    """One victim by role, or one role at most and one age: two letters apart is a slip shown."""
    (finding,) = _first_name_findings(a, b)
    assert finding.status is Status.possible_conflict
    assert spelled in finding.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two roles: the victim in one report, the gunman in the other (a brother and a sister)
        (
            "The victim, Charlene Kafoury, 30, was shot in the arm.",
            "The gunman, Charlie Kafoury, 30, fled on foot.",
        ),
        # no role in one report, and two ages: a brother and a sister
        (
            "Charlene Kafoury, 30, said her family was devastated.",
            "The victim, Charlie Kafoury, 34, died at the scene.",
        ),
        # one name begins the other: a man's and a woman's name
        ("The victim, Daniel Pruitt, 30, was shot.", "The victim, Danielle Pruitt, 30, was shot."),
        # a pet form
        ("The victim, Dave Pruitt, 30, was shot.", "The victim, David Pruitt, 30, was shot."),
        # one role, two ages, a relative beside each: a sister and a brother
        (
            "Charlene Kafoury, 19, and her brother were wounded Saturday night on Lake Drive.",
            "Charlie Kafoury, 17, and his sister were shot Saturday night on Lake Drive.",
        ),
        # one age, but a relative told beside the name in each report
        (
            "Police said Marlene Voss, 22, and her brother were shot outside a store.",
            "Marlon Voss, 22, and his sister were wounded outside a store, police said.",
        ),
    ],
)
def test_no_two_letter_finding_of_two_roles_a_name_begun_or_a_pet_form(pipeline, a, b):
    """Two letters apart, a brother and a sister are as likely as a slip:
    two roles, or no one role and two ages, tell two people."""
    assert _first_name_findings(a, b) == []


@pytest.mark.parametrize(
    ("text", "other", "full"),
    [
        # a friend of the first name: not the full name's person, nor is his age
        (
            "Brandon Lee, 22, was killed Saturday night. His friend Brandon, who was 19, was also wounded.",
            "Brandon",
            "person:lee",
        ),
        # a son "also named" as his father; the first name alone after it is the son's
        (
            "Ben Ortiz, 40, was shot Tuesday in his driveway. His son, also named Ben, was not hurt. "
            "Ben was 12, relatives said.",
            "Ben",
            "person:ortiz",
        ),
    ],
)
def test_a_first_name_after_a_relation_is_another_person(pipeline, text, other, full):
    """ "His friend Brandon", "his son, also named Ben": a reporter
    introduces another bearer of the first name; that mention and every
    lone one after it are not the person named in full, and carry no age
    of theirs."""
    from reportcheck.extract import ReportExtractor, run_pipeline

    report = load_text(text)
    claims = ReportExtractor(report, 0).claims(run_pipeline(pipeline, report.text))
    people = [(c.evidence.text, c.subject) for c in claims if c.kind is ClaimKind.person]
    assert (other, full) not in people and any(t == other for t, _ in people), people
    ages = {c.value.low for c in claims if c.kind is ClaimKind.age and c.subject == full}
    assert len(ages) == 1, ages
