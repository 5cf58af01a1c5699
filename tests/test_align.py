"""Background incidents of two reports are one incident when their dates
overlap, or when neither dates them and both name one town, or, naming no
towns to set apart, when the same-event model takes them for one event."""

from __future__ import annotations

import pytest

from reportcheck.align import align_incidents, group_claims, person_subjects
from reportcheck.compare import compare_groups
from reportcheck.details import PersonDetails
from reportcheck.incidents import Incident
from reportcheck.knowledge.vocabulary import MAIN
from reportcheck.models import Claim, ClaimKind, Evidence, Value, ValueFrame, details_from_attrs


def claim(kind: ClaimKind, report: int, value: Value, **attrs: str) -> Claim:
    text = value.label or "x"
    evidence = Evidence(text=text, start=0, end=1, sentence=text, sentence_start=0, sentence_end=1)
    return Claim(
        id=f"r{report}-{kind.value}-{value.label}",
        report=report,
        kind=kind,
        subject="s",
        subject_label="s",
        value=value,
        evidence=evidence,
        details=details_from_attrs(kind, dict(attrs)),
    )


def town(report: int, geonameid: str) -> Claim:
    return claim(
        ClaimKind.location, report, Value(name="Bam", label="Bam"), place_kind="city", geonameid=geonameid
    )


def day(report: int, ordinal: float) -> Claim:
    return claim(ClaimKind.date, report, Value(low=ordinal, high=ordinal, label=str(ordinal)))


def background(report: int, places=(), dates=()) -> Incident:
    return Incident(id=f"r{report}-bg1", label="earlier", places=list(places), dates=list(dates))


def test_undated_background_incidents_naming_one_town_align():
    a, b = background(0, places=[town(0, "1")]), background(1, places=[town(1, "1")])
    shared = align_incidents([[Incident(MAIN, "main"), a], [Incident(MAIN, "main"), b]])
    assert shared[(1, b.id)] == a.id


def test_background_incidents_in_other_towns_stay_apart():
    a, b = background(0, places=[town(0, "1")]), background(1, places=[town(1, "2")])
    shared = align_incidents([[a], [b]])
    assert shared[(1, b.id)] == b.id


def test_dates_that_differ_keep_incidents_apart_even_in_one_town():
    a = background(0, places=[town(0, "1")], dates=[day(0, 731000.0)])
    b = background(1, places=[town(1, "1")], dates=[day(1, 735000.0)])
    shared = align_incidents([[a], [b]])
    assert shared[(1, b.id)] == b.id


def written(report: int, text: str, ordinals: tuple[float, float] | None = None) -> Claim:
    """A date as written ("in 2003", "last May"), resolved to ``ordinals`` or not at all."""
    low, high = ordinals or (None, None)
    dated = claim(ClaimKind.date, report, Value(low=low, high=high, label=text))
    dated.evidence = Evidence(
        text=text, start=0, end=len(text), sentence=text, sentence_start=0, sentence_end=1
    )
    return dated


@pytest.mark.parametrize(
    ("text_a", "text_b", "one"),
    [
        ("2003", "2003", True),  # "a 2003 stabbing" left unresolved / "in 2003"
        ("May 2003", "2003", True),
        ("May 2003", "June 2003", False),  # one year, months that differ
        ("2003", "2004", False),
    ],
)
def test_an_unresolved_date_aligns_by_the_year_written(text_a, text_b, one):
    year = float(731216)  # 2003-01-01
    a = background(0, dates=[written(0, text_a)])
    b = background(1, dates=[written(1, text_b, (year, year + 364) if text_b.endswith("2003") else None)])
    assert (align_incidents([[a], [b]])[(1, b.id)] == a.id) is one


def spell(report: int, low: float, high: float) -> Claim:
    return claim(ClaimKind.date, report, Value(low=low, high=high, label=f"{low}-{high}"))


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ((731000.0, 731000.0), (731001.0, 731001.0), True),  # Friday night / Saturday: a day either side
        ((730850.0, 731215.0), (731216.0, 731580.0), False),  # 2002 and 2003: consecutive years are apart
        ((731000.0, 731006.0), (731007.0, 731013.0), False),  # a week and the next
    ],
)
def test_only_two_days_get_a_day_either_side(a, b, one):
    first, second = background(0, dates=[spell(0, *a)]), background(1, dates=[spell(1, *b)])
    assert (align_incidents([[first], [second]])[(1, second.id)] == first.id) is one


# ------------------------------------------------ the same-event model, where rules are silent


def told(report: int, sentence: str, when: str = "last year") -> Claim:
    """An unplaced date ("last year") in the sentence that opens a background story."""
    evidence = Evidence(
        text=when, start=0, end=len(when), sentence=sentence, sentence_start=0, sentence_end=1
    )
    return Claim(
        id=f"r{report}-date-{when}",
        report=report,
        kind=ClaimKind.date,
        subject="s",
        subject_label="s",
        value=Value(label=when),
        evidence=evidence,
        details=details_from_attrs(ClaimKind.date, {}),
    )


def aligned(sentence_a: str, sentence_b: str, when_a: str = "last year", when_b: str = "last year") -> bool:
    a = background(0, dates=[told(0, sentence_a, when_a)])
    b = background(1, dates=[told(1, sentence_b, when_b)])
    return align_incidents([[a], [b]])[(1, b.id)] == a.id


def test_undated_background_stories_told_alike_are_one_incident():
    assert aligned(
        "The quake that struck the coast last year killed 40 people and destroyed 300 homes.",
        "Last year's quake on the coast killed 40 people and flattened 300 homes, officials recalled.",
    )


def test_one_background_shooting_told_in_another_order_is_one_incident():
    # the event word is the first of the lexicon in the sentence: 'fire' here,
    # 'killed' there; the model retrained with riots and dismissals as events
    # of their own weighs two words of one class so (p 0.92, was 0.82)
    assert aligned(
        "A gunman opened fire at a high school in the county last year, killing 6 students.",
        "Last year a gunman killed 6 students when he opened fire at a county high school.",
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "An aftershock last year injured 3 people in the port.",
            "The main quake last year killed 40 people and destroyed 300 homes.",
        ),
        (
            "A gunman opened fire at a high school in the county last year, killing 6 students.",
            "Last year a bus crash on the county highway killed 2 students and a driver.",
        ),
    ],
)
def test_undated_background_stories_of_other_events_stay_apart(first, second):
    assert not aligned(first, second)


@pytest.mark.parametrize(
    ("first", "when_first", "second", "when_second", "one"),
    [
        # two recalled floods, each dated only by its own span back from the
        # day of writing: nothing says they are one, so their tolls are not compared
        (
            "Last month, floods killed 40 people in central Vietnam.",
            "Last month",
            "Earlier this year, floods in the same region killed 25 people.",
            "Earlier this year",
            False,
        ),
        (
            "Last year, a gunman opened fire at a county high school, killing 6 students.",
            "Last year",
            "Last summer, a gunman opened fire at a county high school, killing 6 students.",
            "Last summer",
            False,
        ),
        # ... the same words: the model still decides
        (
            "Last month, floods killed 40 people in central Vietnam.",
            "Last month",
            "Floods last month killed 40 people in central Vietnam, officials recalled.",
            "last month",
            True,
        ),
    ],
)
def test_backgrounds_dated_by_unplaced_words_stay_apart(first, when_first, second, when_second, one):
    assert aligned(first, second, when_first, when_second) is one


# ---------------------------------------------------------------- people


def age(report: int, years: int, subject: str, role: str | None = None) -> Claim:
    attrs = {"role": role} if role else {}
    made = claim(
        ClaimKind.age,
        report,
        Value(unit="years", written=years, low=years, high=years, label=str(years)),
        **attrs,
    )
    return made.model_copy(update={"subject": subject, "id": f"r{report}-age-{years}-{subject}"})


def as_of(claim: Claim, day: str | None) -> Claim:
    """An age told in a report dated ``day`` (ISO), or in an undated one."""
    return claim.model_copy(update={"details": claim.person.replace(as_of=day)})


def subjects_of(claims: list[Claim]) -> dict[str, str]:
    return {c.id: key[2] for key, group in group_claims(claims, {}).items() for c in group}


def test_unnamed_ages_of_several_people_pair_only_by_value():
    # "the boys arrested were 14 and 15" vs "a 15-year-old suspect": only 15 pairs with 15
    claims = [
        age(0, 14, "unnamed:boy", "suspect"),
        age(0, 15, "unnamed:boy", "suspect"),
        age(1, 15, "unnamed:boy", "suspect"),
    ]
    subjects = subjects_of(claims)
    assert subjects[claims[1].id] == subjects[claims[2].id]
    assert subjects[claims[0].id] != subjects[claims[2].id]


def test_one_unnamed_age_each_is_one_person_unless_roles_differ():
    same = [age(0, 12, "unnamed:boy", "suspect"), age(1, 13, "unnamed:boy", "suspect")]
    subjects = subjects_of(same)
    assert subjects[same[0].id] == subjects[same[1].id]
    apart = [age(0, 16, "unnamed:boy", "victim"), age(1, 13, "unnamed:boy", "suspect")]
    subjects = subjects_of(apart)
    assert subjects[apart[0].id] != subjects[apart[1].id]
    # "he's 16" and "the arrest of a 19-year-old": nothing says who they are
    untold = [age(0, 16, "unnamed:person"), age(1, 19, "unnamed:person")]
    subjects = subjects_of(untold)
    assert subjects[untold[0].id] != subjects[untold[1].id]


def person(report: int, name: str, subject: str) -> Claim:
    made = claim(ClaimKind.person, report, Value(name=name, label=name))
    return made.model_copy(update={"subject": subject, "id": f"r{report}-person-{name}"})


def test_people_of_one_surname_in_two_reports_stay_apart():
    # "Marlon Pryce, 27" in one report, "4-year-old Keisha Pryce" in the other
    people = person_subjects(
        [person(0, "Marlon Pryce", "person:pryce"), person(1, "Keisha Pryce", "person:pryce")]
    )
    assert people[(0, "person:pryce")] != people[(1, "person:pryce")]


def test_a_surname_alone_joins_the_one_person_it_can_be():
    claims = [person(0, "Ms. Okonkwo", "person:okonkwo"), person(1, "Adaeze Okonkwo", "person:okonkwo")]
    people = person_subjects(claims)
    assert people[(0, "person:okonkwo")] == people[(1, "person:okonkwo")]
    # ... but not when the other report names two people of that surname
    claims += [person(1, "Chidi Okonkwo", "person:chidi okonkwo")]
    people = person_subjects(claims)
    assert people[(0, "person:okonkwo")] not in (
        people[(1, "person:okonkwo")],
        people[(1, "person:chidi okonkwo")],
    )


def test_a_suspect_is_one_role_however_the_report_words_it():
    # "a 16-year-old boy was charged" vs "the 15-year-old shot him" (noun "person"): one suspect
    claims = [age(0, 16, "unnamed:boy", "suspect"), age(1, 15, "unnamed:person", "suspect")]
    subjects = subjects_of(claims)
    assert subjects[claims[0].id] == subjects[claims[1].id]


def test_suspects_of_two_sexes_are_two_people():
    # "a 16-year-old boy and a 17-year-old girl were charged" vs "the 15-year-old boy"
    claims = [
        age(0, 16, "unnamed:boy", "suspect"),
        age(0, 17, "unnamed:girl", "suspect"),
        age(1, 15, "unnamed:man", "suspect"),
        age(1, 18, "unnamed:woman", "suspect"),
    ]
    subjects = subjects_of(claims)
    assert subjects[claims[0].id] == subjects[claims[2].id]
    assert subjects[claims[1].id] == subjects[claims[3].id]
    assert subjects[claims[0].id] != subjects[claims[1].id]


def test_a_mention_of_the_same_age_tells_who_an_unnamed_suspect_is():
    # "a 17-year-old girl and a 15-year-old boy forced their way in ... the 15-year-old
    # shot him": the boy is the suspect; against "a 14-year-old boy was arrested"
    claims = [
        age(0, 15, "unnamed:boy"),
        age(0, 15, "unnamed:person", "suspect"),
        age(0, 17, "unnamed:girl"),
        age(1, 14, "unnamed:boy", "suspect"),
        age(1, 17, "unnamed:girl", "suspect"),
    ]
    subjects = subjects_of(claims)
    assert len({subjects[c.id] for c in (claims[0], claims[1], claims[3])}) == 1
    # the girl no role is told for joins the girl of that age the other report charges
    assert subjects[claims[2].id] == subjects[claims[4].id]


def test_a_victim_is_not_keyed_by_role_alone():
    # "a 25-year-old man was shot" vs "a 31-year-old woman was wounded": two victims
    claims = [age(0, 25, "unnamed:man", "victim"), age(1, 31, "unnamed:woman", "victim")]
    subjects = subjects_of(claims)
    assert subjects[claims[0].id] != subjects[claims[1].id]


def test_a_year_apart_is_a_birthday_only_for_a_named_person():
    # "a 16-year-old boy was charged" vs "a 15-year-old boy was charged": two figures, one boy
    unnamed = [age(0, 16, "unnamed:boy", "suspect"), age(1, 15, "unnamed:boy", "suspect")]
    statuses = {f.status.value for f in compare_groups(group_claims(unnamed, {}))}
    assert "conflict" in statuses or "possible_conflict" in statuses
    # "Dale Ross, 16" in a first report of 2 March, "Ross, 17" in one of 20 November
    named = [as_of(age(0, 16, "person:ross"), "2015-03-02"), as_of(age(1, 17, "person:ross"), "2015-11-20")]
    assert {f.status.value for f in compare_groups(group_claims(named, {}))} == {"compatible"}


@pytest.mark.parametrize(
    ("first_day", "second_day"),
    [("2013-09-16", "2013-09-16"), ("2013-09-15", "2013-09-17"), ("2013-09-16", None), (None, None)],
)
def test_a_year_apart_in_reports_of_one_week_is_a_conflict(first_day, second_day):
    """ "Robert Buckley, 31" against "32-year-old Robert Buckley" in two reports
    of the same days (or of days not known) cannot both hold."""
    named = [as_of(age(0, 31, "person:buckley"), first_day), as_of(age(1, 32, "person:buckley"), second_day)]
    statuses = {f.status.value for f in compare_groups(group_claims(named, {}), min_confidence=0)}
    assert statuses == {"conflict"}


def test_an_unnamed_suspects_age_is_not_the_named_victims():
    # "the 15-year-old shot Javon Reed" vs "Javon Reed, 15, died": not one person
    claims = [
        age(0, 15, "unnamed:person", "suspect"),
        person(1, "Javon Reed", "person:reed").model_copy(update={"details": PersonDetails(role="victim")}),
        age(1, 15, "person:reed"),
    ]
    subjects = subjects_of(claims)
    assert subjects[claims[0].id] != subjects[claims[2].id]
    # ... but an unnamed age nothing sets apart is that person
    untold = [age(0, 15, "unnamed:boy"), *claims[1:]]
    subjects = subjects_of(untold)
    assert subjects[untold[0].id] == subjects[untold[2].id]


def test_an_untold_age_joins_the_told_one_of_its_own_report_first():
    # report 0: "9-year-old boy killed" (headline) and "the 9-year-old boy died" (victim);
    # report 1: "a 9-year-old boy was shot by his brother" (victim): all one boy
    claims = [
        age(0, 9, "unnamed:boy"),
        age(0, 9, "unnamed:boy", "victim"),
        age(1, 9, "unnamed:boy", "victim"),
    ]
    assert len(set(subjects_of(claims).values())) == 1


def test_an_untold_age_joins_a_suspect_told_by_a_mention_of_the_same_age():
    # report 0: "the 40-year-old father shot his son" (suspect) and "the dead are a 40-year-old
    # man and a boy" (no role); report 1: "a 40-year-old man called 911" (no role): one man
    claims = [age(0, 40, "unnamed:father", "suspect"), age(0, 40, "unnamed:man"), age(1, 40, "unnamed:man")]
    assert len(set(subjects_of(claims).values())) == 1


def test_an_untold_age_of_each_report_joins_the_one_told_person():
    # report 0: "her five-year-old son, Colton" (victim) and "Johnson, her five-year-old son";
    # report 1: "a woman and her five-year-old son", "her 5-year-old son": all one boy
    claims = [
        age(0, 5, "unnamed:son", "victim"),
        age(0, 5, "unnamed:son"),
        age(1, 5, "unnamed:son"),
    ]
    assert len(set(subjects_of(claims).values())) == 1


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # "a 15-year-old Georgia boy was shot dead" / "a 15-year-old Oglethorpe County teen was killed"
        (age(0, 15, "unnamed:boy", "victim"), age(1, 15, "unnamed:teen", "victim")),
        # "the 2-year-old boy shot himself" / "the 2-year-old toddler died"
        (age(0, 2, "unnamed:boy"), age(1, 2, "unnamed:toddler", "victim")),
        (age(1, 67, "unnamed:woman", "victim"), age(0, 67, "unnamed:grandmother")),
    ],
)
def test_one_age_told_by_two_nouns_is_one_person(first, second):
    claims = [first, second]
    subjects = subjects_of(claims)
    assert subjects[first.id] == subjects[second.id]
    assert {f.status.value for f in compare_groups(group_claims(claims, {}))} == {"agree"}


@pytest.mark.parametrize(
    "claims",
    [
        # "a 17-year-old boy was wounded" / "a 17-year-old suspect was arrested"
        [age(0, 17, "unnamed:boy", "victim"), age(1, 17, "unnamed:suspect", "suspect")],
        # "a 9-year-old girl was wounded" / "a 9-year-old boy was arrested"
        [age(0, 9, "unnamed:girl", "victim"), age(1, 9, "unnamed:boy", "suspect")],
        # "a 16-year-old boy ... a 16-year-old girl" / "a 16-year-old teen": which of the two?
        [age(0, 16, "unnamed:boy", "victim"), age(0, 16, "unnamed:girl"), age(1, 16, "unnamed:teen")],
    ],
)
def test_one_age_told_by_two_nouns_stays_apart_when_it_may_be_two_people(claims):
    subjects = subjects_of(claims)
    assert subjects[claims[-1].id] not in {subjects[c.id] for c in claims[:-1]}


def test_one_age_of_a_girl_and_of_a_boy_is_one_person_whose_sex_conflicts():
    """ "a 9-year-old girl was shot" / "a 9-year-old boy was shot": each report
    gives that age to one victim only; one of them has the sex wrong."""
    claims = [age(0, 9, "unnamed:girl", "victim"), age(1, 9, "unnamed:boy", "victim")]
    subjects = subjects_of(claims)
    assert subjects[claims[0].id] == subjects[claims[1].id]
    findings = compare_groups(group_claims(claims, {}))
    assert {(f.kind.value, f.status.value) for f in findings} == {("age", "agree"), ("person", "conflict")}


def test_a_description_both_reports_give_keeps_its_partner():
    # "a 14-year-old boy" in both, "a 14-year-old teen" in the second: the boys pair
    claims = [
        age(0, 14, "unnamed:boy", "victim"),
        age(1, 14, "unnamed:boy", "victim"),
        age(1, 14, "unnamed:teen"),
    ]
    subjects = subjects_of(claims)
    assert subjects[claims[0].id] == subjects[claims[1].id] != subjects[claims[2].id]


def one_killed(report: int, bearer: str, start: int = 0) -> Claim:
    made = claim(ClaimKind.killed, report, Value(unit="people", low=1, high=1, label="1"), group="individual")
    evidence = made.evidence.model_copy(update={"text": bearer, "start": start, "end": start + len(bearer)})
    return made.model_copy(
        update={
            "id": f"r{report}-killed-{bearer}",
            "subject": "victims",
            "evidence": evidence,
            "frame": ValueFrame(scope="individual", bearer=bearer.lower()),
        }
    )


def test_counts_of_one_person_pair_only_by_who_the_person_is():
    # "Robert Mathis was wounded" vs "he was also shot"; "the gunman" vs "the shooter"
    claims = [
        one_killed(0, "he"),
        one_killed(1, "him"),
        one_killed(0, "gunman", 10),
        one_killed(1, "shooter", 10),
        one_killed(0, "father", 20),
        one_killed(1, "woman", 20),
    ]
    subjects = {c.id: key for key, group in group_claims(claims, {}).items() for c in group}
    assert subjects[claims[0].id] != subjects[claims[1].id]  # pronouns say no one
    assert subjects[claims[2].id] == subjects[claims[3].id]  # one role, two words
    assert subjects[claims[4].id] != subjects[claims[5].id]


def test_counts_of_one_named_person_pair_by_the_name():
    named = [
        person(0, "Rowland Barnes", "person:barnes"),
        person(1, "Rowland Barnes", "person:barnes"),
        one_killed(0, "Rowland Barnes"),
        one_killed(1, "Rowland Barnes"),
        person(1, "Hoyt Teasley", "person:teasley").model_copy(
            update={
                "evidence": Evidence(
                    text="Hoyt Teasley", start=40, end=52, sentence="x", sentence_start=0, sentence_end=1
                )
            }
        ),
        one_killed(1, "Hoyt Teasley", 40),
    ]
    subjects = {c.id: key for key, group in group_claims(named, {}).items() for c in group}
    assert subjects[named[2].id] == subjects[named[3].id]
    assert subjects[named[2].id] != subjects[named[5].id]


# A report that tells another report's main incident as its background: a
# verdict story retells the killing another outlet reported the day it happened.
# ECB+ 16_2ecbplus (CC BY 3.0): "A Superior Court jury in Norwalk today convicted
# a Hawaiian Gardens gang member ... Deputy Ortiz ... was killed June 24, 2005
# outside an apartment in the 12000 block of East 223rd Street in Hawaiian
# Gardens", against 16_7ecbplus, the Friday slaying as reported two days later.
KILLING, VERDICT = 732121.0, 732755.0  # 2005-06-24, 2007-03-20
TRIAL_TOWN, SCENE_TOWN, OTHER_TOWN = "5378538", "5355180", "5368361"


def main_incident(report: int, days=(), towns=()) -> Incident:
    return Incident(
        MAIN, "main", dates=[day(report, d) for d in days], places=[town(report, t) for t in towns]
    )


def retold(report: int, when: float, where: str, number: int = 1) -> Incident:
    return Incident(
        f"r{report}-bg{number}", "earlier", dates=[day(report, when)], places=[town(report, where)]
    )


@pytest.mark.parametrize("verdict_first", [True, False])
def test_a_background_incident_that_is_the_other_reports_main_incident_is_compared_with_it(verdict_first):
    verdict = [main_incident(0, [VERDICT], [TRIAL_TOWN]), retold(0, KILLING, SCENE_TOWN)]
    killing = [main_incident(1, [KILLING + 1], [SCENE_TOWN])]  # told on the day after
    reports = [verdict, killing] if verdict_first else [killing, verdict]
    position = 0 if verdict_first else 1
    shared = align_incidents(reports)
    assert shared[(position, "r0-bg1")] == MAIN
    assert shared[(position, MAIN)] == MAIN  # the verdict story's own lead still meets the other's


def test_a_background_incident_in_another_town_than_the_other_main_stays_apart():
    verdict = [main_incident(0, [VERDICT], [TRIAL_TOWN]), retold(0, KILLING, OTHER_TOWN)]
    killing = [main_incident(1, [KILLING], [SCENE_TOWN])]
    assert align_incidents([verdict, killing])[(0, "r0-bg1")] == "r0-bg1"


def test_mains_of_one_day_keep_backgrounds_to_backgrounds():
    first = [main_incident(0, [KILLING], [SCENE_TOWN]), retold(0, KILLING - 4, SCENE_TOWN)]
    second = [main_incident(1, [KILLING], [SCENE_TOWN])]
    assert align_incidents([first, second])[(0, "r0-bg1")] == "r0-bg1"


def test_a_killing_both_court_stories_retell_is_their_shared_background():
    charge = [main_incident(0, [KILLING + 30], [SCENE_TOWN]), retold(0, KILLING, SCENE_TOWN)]
    verdict = [main_incident(1, [VERDICT], [TRIAL_TOWN]), retold(1, KILLING, SCENE_TOWN)]
    # the charging story's main is "a month" after the killing, so the verdict story's
    # background could be taken for it only by a date that also fits the charging story's background
    charge[0].dates.append(day(0, KILLING))
    shared = align_incidents([charge, verdict])
    assert shared[(1, "r1-bg1")] == "r0-bg1"


def test_two_reports_leading_with_each_others_background_cross_once():
    # two agencies: one leads with a convoy strike and tells a strike on a town
    # second, the other leads with that town's strike and tells the convoy second
    convoy, town_strike = 736226.0, 736228.0
    first = [main_incident(0, [convoy], ["1"]), retold(0, town_strike, "2")]
    second = [main_incident(1, [town_strike], ["2"]), retold(1, convoy, "1")]
    shared = align_incidents([first, second])
    crossed = [key for key, ident in shared.items() if ident == MAIN and key[1] != MAIN]
    assert crossed == [(0, "r0-bg1")]


# After ECB+ 16_2ecbplus and 16_7ecbplus (CC BY 3.0), names and figures changed:
# a verdict story that retells the killing four sentences down, and the report
# of the killing the day after it.
VERDICT_STORY = (
    "A Superior Court jury in Norwalk today convicted a gang member of murdering Sheriff's Deputy Mark Ruiz. "
    "The jury found Luis Ochoa, 31, guilty of first degree murder. "
    "It also found true the special circumstance of murder of a peace officer. "
    "The District Attorney will now seek the death penalty, the office said in a release. "
    "Deputy Ruiz was killed June 24, 2005 outside an apartment in the 12000 block of East 223rd Street "
    "in Hawaiian Gardens while investigating a shooting. "
    "Next week, the same jury will begin hearing evidence in the penalty phase."
)
KILLING_STORY = (
    "A sheriff's deputy was shot dead Friday afternoon in Hawaiian Gardens. "
    "Deputy Mark Ruiz was investigating a shooting when he was shot in the head outside an apartment, "
    "officials said. Luis Ochoa, 29, was arrested around midnight."
)


def test_a_verdict_storys_retelling_of_the_killing_meets_the_report_of_the_killing():
    import datetime as dt

    from reportcheck.api import compare_reports
    from reportcheck.load import load_text

    reports = [
        load_text(VERDICT_STORY, date=dt.date(2007, 3, 20)),
        load_text(KILLING_STORY, date=dt.date(2005, 6, 25)),
    ]
    comparison = compare_reports(reports)
    # the retelling names the victim the verdict's lead names, so it is the
    # verdict story's main incident (incidents.py); either way it meets the
    # report of the killing, whose main incident it is
    crossed = {
        (f.kind.value, f.status.value)
        for f in comparison.findings
        if {c.report for c in f.claims} == {0, 1}
        and all(c.incident == MAIN for c in f.claims if c.report == 1)
    }
    assert {("date", "agree"), ("location", "agree")} <= crossed
    dates = [c.evidence.text for f in comparison.findings if f.kind.value == "date" for c in f.claims]
    assert "June 24, 2005" in dates
    # the suspect's age at the verdict is not set against his age at the arrest
    assert not [f for f in comparison.findings if f.kind.value == "age" and f.status.value == "conflict"]


# Two background incidents are one only on a date (or town) they share, and
# never when a day of the incident one tells is none of the other's: a charging
# story's "two gun counts, for the June 24 killing of the deputy and for June 20,
# when a man was wounded" (after ECB+ 16_1ecbplus, CC BY 3.0) lumps two
# shootings in one background, and a verdict story's "the June 20, 2005
# shooting of a man doing yard work" is only one of them.
JUNE_20, JUNE_22, JUNE_24 = 732117.0, 732119.0, 732121.0


def day_told(report: int, ordinal: float, sentence: str, subject: str = "incident") -> Claim:
    """A day as a sentence tells it, of the incident or of another event (``subject``)."""
    dated = day(report, ordinal)
    dated.subject = subject
    dated.evidence = Evidence(
        text=sentence, start=0, end=len(sentence), sentence=sentence, sentence_start=0, sentence_end=1
    )
    return dated


def background_of(report: int, number: int, *dates: Claim, towns: tuple[str, ...] = ()) -> Incident:
    return Incident(
        f"r{report}-bg{number}", "earlier", dates=list(dates), places=[town(report, t) for t in towns]
    )


LUMPED = "two gun counts, for the June 24 killing of the deputy and for June 20, when a man was wounded"
WOUNDING = "the June 20, 2005 shooting of a man doing yard work on Joliet Avenue"


@pytest.mark.parametrize("lumped_first", [True, False])
def test_a_background_with_a_day_the_other_does_not_tell_stays_apart(lumped_first):
    lumped_at, wounding_at = (0, 1) if lumped_first else (1, 0)
    lumped = background_of(
        lumped_at, 1, day_told(lumped_at, JUNE_24, LUMPED), day_told(lumped_at, JUNE_20, LUMPED)
    )
    wounding = background_of(wounding_at, 1, day_told(wounding_at, JUNE_20, WOUNDING))
    reports = [[Incident(MAIN, "main")], [Incident(MAIN, "main")]]
    reports[lumped_at].append(lumped)
    reports[wounding_at].append(wounding)
    shared = align_incidents(reports)
    assert shared[(1, "r1-bg1")] == "r1-bg1"
    # the same shooting told on its own further down ("investigating the June 20 shooting") meets it
    alone = background_of(lumped_at, 2, day_told(lumped_at, JUNE_20, "investigating the June 20 shooting"))
    reports[lumped_at].append(alone)
    shared = align_incidents(reports)
    assert shared[(lumped_at, alone.id)] == shared[(wounding_at, wounding.id)]
    assert shared[(lumped_at, lumped.id)] != shared[(wounding_at, wounding.id)]


def test_a_month_both_tell_does_not_join_two_days_of_it():
    # "a man was shot on May 2, one of three shootings in May" / "the May 9 killing, the third in May"
    may = Value(low=732093.0, high=732123.0, label="May")
    first = background_of(0, 1, day_told(0, 732094.0, "shot on May 2, one of three in May"))
    first.dates.append(day_told(0, may.low, "shot on May 2, one of three in May"))
    second = background_of(1, 1, day_told(1, 732101.0, "the May 9 killing, the third in May"))
    second.dates.append(day_told(1, may.low, "the May 9 killing, the third in May"))
    first.dates[-1].value = second.dates[-1].value = may
    shared = align_incidents([[first], [second]])
    assert shared[(1, "r1-bg1")] == "r1-bg1"


def test_days_after_the_opening_sentence_tell_what_followed():
    # "the break happened on 8 October" ... "restored services on 14 October" /
    # "problems started on Saturday, 8 October" (after ECB+ 30_1ecbplus, 30_13ecbplus)
    first = background_of(0, 1, day_told(0, 734418.0, "the break happened on 8 October 2011"))
    restored = day_told(0, 734424.0, "it restored services on 14 October 2011")
    restored.evidence = restored.evidence.model_copy(update={"start": 90, "end": 105})
    first.dates.append(restored)
    second = background_of(1, 1, day_told(1, 734418.0, "problems started on Saturday, 8 October 2011"))
    assert align_incidents([[first], [second]])[(1, "r1-bg1")] == "r0-bg1"


@pytest.mark.parametrize(
    ("first_days", "second_days"),
    [
        # "Reyes was shot June 20 in Bellflower" / "the June 20 shooting of Reyes in Bellflower"
        ([(JUNE_20, "incident")], [(JUNE_20, "incident")]),
        # shot on June 20 and died June 22 / "the June 20 shooting": a death's day is another event's day
        ([(JUNE_20, "incident"), (JUNE_22, "death")], [(JUNE_20, "incident")]),
        # shot late Friday / early Saturday: one night told as two days
        ([(JUNE_20, "incident")], [(JUNE_20 + 1, "incident")]),
    ],
)
def test_backgrounds_of_one_day_join(first_days, second_days):
    first = background_of(0, 1, *(day_told(0, d, "Reyes was shot", s) for d, s in first_days), towns=("1",))
    second = background_of(
        1, 1, *(day_told(1, d, "the shooting of Reyes", s) for d, s in second_days), towns=("1",)
    )
    assert align_incidents([[first], [second]])[(1, "r1-bg1")] == "r0-bg1"
