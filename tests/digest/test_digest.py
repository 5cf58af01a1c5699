"""The digest of a report's main incident (reportcheck.digest) and the GVDB
benchmark's annotation-errors file.

The reports here are short invented texts written for these tests.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest
from pydantic import ValidationError

from reportcheck.api import extract_report
from reportcheck.digest import digest_claims, digest_report
from reportcheck.digest.counts import _refers_back
from reportcheck.digest.helpers import Layout
from reportcheck.digest.model import Digest
from reportcheck.load import load_text

from ..conftest import ROOT

BENCHMARK = ROOT / "benchmarks" / "gvdb_dev.py"


def digest_of(text: str) -> Digest:
    return digest_report(extract_report(load_text(text), 0))


def _value(fact):
    return fact.value if fact is not None else None


def test_counts_and_city_of_a_lead(pipeline):
    digest = digest_of(
        "Two men were killed and three others wounded in a shooting in Dayton, Ohio, on Saturday night."
    )
    assert _value(digest.killed) == 2
    assert _value(digest.injured) == 3
    assert digest.city is not None and digest.city.name == "Dayton"
    assert digest.city.region_name == "Ohio" and digest.city.country == "US"
    assert digest.killed.claims and digest.city.claims


def test_largest_count_wins(pipeline):
    digest = digest_of(
        "A man was killed in a shooting at a bar on Friday night. "
        "Police said on Saturday that three people died in the attack."
    )
    assert _value(digest.killed) == 3


@pytest.mark.parametrize(
    "tally",
    [
        "The man was one of 12 people who were killed in shootings from Friday evening to Sunday morning.",
        "By late Sunday, at least eight people had been killed in the city and 35 wounded in 29 separate "
        "shooting incidents since Friday.",
        "The weekend left nine people dead and 20 others wounded in 18 shootings across the city.",
        "He was one of four people killed and 31 wounded over a ten-hour stretch that night.",
        "Police said three teens died in separate shootings across the county early Saturday.",
        # the count of the next sentence refers back to the tally: "those shootings"
        "Chicago police reported 3,165 shooting incidents through Nov. 16. More than 3,290 people have "
        "been injured in those shootings, and that does not include the 629 who died.",
        "The city has recorded 212 shootings since January. "
        "Forty-one people have died in these shootings and 260 have been wounded.",
    ],
)
def test_a_tally_of_many_shootings_is_not_the_incident(pipeline, tally):
    digest = digest_of(
        "A 20-year-old man was shot and killed Friday on the South Side. Police said he was "
        "standing on a porch. He was hit in the chest. Officers arrived within minutes. " + tally
    )
    assert _value(digest.killed) == 1
    assert _value(digest.injured) is None


def test_one_of_the_dead_of_the_incident_itself_is_no_tally(pipeline):
    digest = digest_of(
        "A girl was killed in Dover on Saturday. Police said she was 15. She was shot in the back. "
        "No arrests have been made. She was one of three people killed in the shooting at the mall."
    )
    assert _value(digest.killed) == 3


def test_shootings_of_one_incident_are_no_tally(pipeline):
    digest = digest_of(
        "A man was killed Monday. He was 30. Police said the shooting followed a fight. "
        "Witnesses heard shots. The shootings left two people dead, police said."
    )
    assert _value(digest.killed) == 2


def test_these_shootings_after_no_tally_are_the_incidents(pipeline):
    digest = digest_of(
        "A 20-year-old man was shot and killed Friday on the South Side. Police said he was standing on "
        "a porch. He was hit in the chest. Officers arrived within minutes. A second man was wounded in "
        "the leg. Detectives believe these shootings were gang-related, and two people were injured in "
        "these shootings."
    )
    assert _value(digest.injured) == 2


def test_lower_bound_is_read_as_its_number(pipeline):
    digest = digest_of("At least four people were killed when a gunman opened fire at a warehouse.")
    assert _value(digest.killed) == 4


def test_nothing_stated_is_none(pipeline):
    digest = digest_of("Police are looking for a man who fired shots at a parked car on Main Street.")
    assert digest.killed is None and digest.injured is None


def test_attackers_are_counted_apart(pipeline):
    digest = digest_of(
        "A gunman killed two customers at a grocery store on Monday. The gunman was shot dead by police."
    )
    assert _value(digest.killed) == 2
    assert _value(digest.attackers_killed) == 1


@pytest.mark.parametrize(
    ("mention", "refers_back"),
    [
        ("the child", True),
        ("She", True),
        ("he", True),
        ("his son", True),
        # a name is someone named, though it starts with the letters of a pronoun
        ("Henderson", False),
        ("Sheila Lee", False),
        ("Hernandez, 19,", False),
    ],
)
def test_a_later_mention_refers_back_by_its_first_word(mention, refers_back):
    assert _refers_back(mention) is refers_back


def test_the_wound_of_someone_who_died_is_no_extra_injury(pipeline):
    digest = digest_of(
        "Daniel Whitaker, 41, suffered a gunshot wound to the chest on Sunday. "
        "Whitaker died at the hospital hours later."
    )
    assert _value(digest.killed) == 1
    assert digest.injured is None
    assert digest.ages == [41]


@pytest.mark.parametrize(
    "text",
    [
        "A 3-year-old boy was critically injured in a shooting at a house on Elm Street on Friday. "
        "The boy died at a children's hospital on Saturday morning.",
        "Police said a woman was wounded by a stray bullet late Tuesday. "
        "She died of her injuries two days later.",
        "Laura Diaz was seriously injured when gunfire hit her car. The 24-year-old died at the hospital.",
    ],
)
def test_someone_hurt_who_died_later_is_counted_once_as_killed(pipeline, text):
    digest = digest_of(text)
    assert _value(digest.killed) == 1
    assert digest.injured is None


@pytest.mark.parametrize(
    "text, injured",
    [
        # a second person in the sentence of the wound: not the one who died
        (
            "A man was shot dead on Grant Avenue on Sunday. A woman was also wounded. "
            "The man died at the scene, police said.",
            1,
        ),
        # a death and an injury in one sentence are two people
        ("A teenager was killed and a man was wounded in the shooting. The teenager died at the scene.", 1),
        # the wounded brother is brought in as someone new: "an older brother"
        ("A boy shot his 8-year-old brother to death and wounded an older brother on Monday.", 1),
    ],
)
def test_a_second_person_hurt_stays_injured(pipeline, text, injured):
    digest = digest_of(text)
    assert _value(digest.killed) == 1
    assert _value(digest.injured) == injured


@pytest.mark.parametrize(
    "text, injured",
    [
        # a total harmed in the lead beyond the dead told in another sentence
        (
            "Four people were shot outside a nightclub on Saturday night. "
            "One of the victims, a 31-year-old man, died at the hospital.",
            3,
        ),
        (
            "Police said two men had been shot near a gas station. "
            "Marcus Bell, 27, was pronounced dead at the scene.",
            1,
        ),
        # one harmed person told as someone beside the dead
        (
            "A 19-year-old man died after a shooting on Oak Street late Monday. "
            "The second victim was being treated at a hospital for a wound to the arm.",
            1,
        ),
        (
            "Two teenagers were killed in a drive-by shooting on Friday. "
            "Another teen was taken to a hospital, police said.",
            1,
        ),
    ],
)
def test_people_harmed_beside_the_dead_are_injured(pipeline, text, injured):
    digest = digest_of(text)
    assert digest.killed is not None
    assert _value(digest.injured) == injured


@pytest.mark.parametrize(
    "text, injured",
    [
        # a death only in a reader's comment below the story
        (
            "A man was shot three times at a shopping center on Wednesday morning. "
            "He was taken to a hospital. Police have not named him. "
            "Officers are looking for a white car. "
            "Comment: all this killing in our city has to stop.",
            1,
        ),
        # a death only in an earlier shooting the report recalls, further down
        (
            "Two women were shot on Elm Street on Sunday evening. "
            "Both were taken to a hospital. Officers found shell casings at the scene. "
            "No arrests were made. "
            "Last year a man was killed in a shooting on the same block.",
            2,
        ),
    ],
)
def test_people_harmed_in_a_story_that_tells_of_no_death_are_injured(pipeline, text, injured):
    assert _value(digest_of(text).injured) == injured


def test_the_larger_of_people_harmed_and_injured_wins_where_no_one_died(pipeline):
    digest = digest_of(
        "Three men were shot outside a bar on Friday night. "
        "A third man, 22, was wounded in the leg and is in stable condition. "
        "Officers found shell casings in the parking lot. No arrests were made. "
        "A reader wrote that the killing on this street has to stop."
    )
    assert _value(digest.injured) == 3


@pytest.mark.parametrize(
    "text, injured",
    [
        (
            "A man was shot and critically wounded on Elm Street on Sunday. "
            "A second victim was found two blocks away with a gunshot wound to the leg.",
            2,
        ),
        (
            "Two women were hurt when shots were fired into a house on Monday. "
            "A third victim, a 15-year-old boy, was wounded in the arm.",
            3,
        ),
    ],
)
def test_the_rank_of_one_hurt_counts_the_hurt_before_them(pipeline, text, injured):
    assert _value(digest_of(text).injured) == injured


def test_a_harmed_person_is_not_injured_when_the_lead_tells_of_a_death(pipeline):
    digest = digest_of(
        "Hunter dies in accidental shooting in the woods. "
        "A hunter accidentally shot his friend on Wednesday afternoon. "
        "Deputies confirmed the fatality when they reached the scene."
    )
    assert digest.injured is None


def _claims_split(text: str, main_sentences: int):
    """The claims of a text, the sentences after the first ``main_sentences``
    given to a background incident, as the incident splitter gives an earlier
    event ("charged in last week's shooting death") that a report dates."""
    extracted = extract_report(load_text(text), 0)
    layout = Layout.of(extracted)
    starts = sorted(layout.sentence_starts)
    cut = starts[main_sentences] if main_sentences < len(starts) else len(text)
    claims = [
        c if c.evidence.sentence_start < cut else c.model_copy(update={"incident": "r0-bg1"})
        for c in extracted.claims
    ]
    return claims, layout


CHARGED = (
    "Two men were charged on Tuesday, prosecutors said. "
    "They are accused of killing a 17-year-old girl in Dayton on Dec. 2. "
    "The girl was hit twice and died at the scene."
)


def test_a_story_told_as_an_earlier_event_is_the_story(pipeline):
    """A report on charges that counts no victims of its own: the shooting
    it tells as an earlier event, opening in its lead, is what it is about."""
    digest = digest_claims(*_claims_split(CHARGED, 1))
    assert _value(digest.killed) == 1
    assert digest.city is not None and digest.city.name == "Dayton"


def test_a_background_incident_stays_apart_when_the_story_counts_victims(pipeline):
    text = (
        "A man was wounded in a shooting on Oak Street in Dayton on Monday, police said. "
        "In 2014, a gunman killed four people at a bar two blocks away."
    )
    digest = digest_claims(*_claims_split(text, 1))
    assert _value(digest.injured) == 1
    assert digest.killed is None


def test_a_background_incident_far_below_the_lead_stays_apart(pipeline):
    text = (
        "Two men were charged on Tuesday, prosecutors said. The hearing lasted an hour. "
        "Both asked for a lawyer. The judge set bail at $50,000. Their trial opens in May. "
        "In 2009, a gunman killed three people at a store in Dayton."
    )
    digest = digest_claims(*_claims_split(text, 5))
    assert digest.killed is None


def test_people_joined_by_and_are_counted_together(pipeline):
    digest = digest_of(
        "Rosa Alvarez and her 9-year-old son were found dead in their apartment on Tuesday. "
        "Police said both had been shot."
    )
    assert _value(digest.killed) == 2


def test_a_toll_told_as_nouns(pipeline):
    digest = digest_of(
        "A gas explosion tore through a plant on Monday, causing three deaths, officials said."
    )
    assert _value(digest.killed) == 3


def test_dateline_city(pipeline):
    digest = digest_of(
        "DAYTON, Ohio (AP) — A woman was wounded in a shooting outside a grocery store on Sunday, "
        "police said."
    )
    assert digest.city is not None and digest.city.name == "Dayton"


def test_a_suspects_home_town_is_not_the_city(pipeline):
    digest = digest_of(
        "A woman was shot in Dayton on Sunday night. "
        "Police said John Miller, 25, of Springfield, was arrested on Monday."
    )
    assert digest.city is not None and digest.city.name == "Dayton"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a station's dateline and a town around it that the lead puts the shooting in
        (
            "CHICAGO (CBS) — A man was shot and wounded Tuesday night in south suburban Dolton, police said.",
            "Dolton",
        ),
        (
            "JEFFERSON PARISH, La. — A teenager was found shot to death in Harvey on Sunday, deputies said.",
            "Harvey",
        ),
        # a dateline standing as a sentence of its own: the next sentence opens the story
        (
            "Two hurt in shooting at tavern\n\nCOLUMBUS, Ohio (May 3, 2015) —\n\n"
            "Officers in Marion are looking for a gunman who wounded two men outside a tavern.",
            "Marion",
        ),
        (
            "Woman shot at home\n\nCLEVELAND, Ohio — The shooting happened at a house in Elyria "
            "shortly before midnight, a sheriff said. The woman is in stable condition.",
            "Elyria",
        ),
        # a neighbourhood the gazetteer resolves to a namesake in another state
        # gives way to the city whose police the report quotes
        ("A man was wounded on Sunday night in Madisonville, Cincinnati police said.", "Cincinnati"),
        # ... or to the state where the report names a county and a town
        (
            "Deputies found a man shot in Bartow on Tuesday. The Bartow County Sheriff's Office "
            "said the shooting happened at a house in Cartersville, Georgia.",
            "Cartersville",
        ),
        # ... where the town is only the hospital's, the county is the place
        (
            "Deputies found a man shot in Bartow on Tuesday. The Bartow County Sheriff's Office "
            "said he was flown to a hospital in Cartersville, Georgia.",
            "Bartow County",
        ),
        # the towns of the hospital and the morgue someone was taken to are no scene
        (
            "A 4-year-old boy was critically hurt Sunday in an accidental shooting in Pike County. "
            "Deputies said the child was airlifted to Le Bonheur in Memphis. His body will be sent "
            "to Nashville for an autopsy.",
            "Pike County",
        ),
        (
            "Clay County toddler dies after shooting\n\nThe Clay County sheriff said the girl was "
            "pronounced dead at Baptist Medical Center in Jackson on Tuesday.",
            "Clay County",
        ),
        # the town a court's or station's dateline story is of, right after the dateline
        (
            "YORK, Pa. (AP) — A Red Lion teen has been charged in the shooting death of his best friend.",
            "Red Lion",
        ),
        (
            "Teen charged\n\nKNOXVILLE, Tenn. — A 16-year-old Maryville boy will be tried as an adult "
            "for the death of his cousin, a judge ruled Thursday.",
            "Maryville",
        ),
        # ... not when the lead puts the story somewhere
        (
            "CHICAGO (CBS) — A Dolton man was shot and killed in the Englewood neighborhood on Friday.",
            "Chicago",
        ),
        # a county's edge is not where it happened: the other county's deputies tell it
        (
            "A hunter, 52, was shot Saturday near a creek on the Jasper County line, "
            "Newton County deputies said.",
            "Newton County",
        ),
        # a city named as the centre of its suburbs is not where it happened
        (
            "Two people were shot at shopping centers in Fairfax County on Friday. The suspect had "
            "terrorized the Virginia suburbs of Washington for two days. The first victim was found "
            "at a mall in Reston.",
            "Reston",
        ),
        (
            "Police arrested a man who terrorized the suburbs of Denver for a week. He shot a clerk "
            "at a gas station in Adams County on Monday.",
            "Adams County",
        ),
        # a newspaper's town is the outlet's
        (
            "Five people were wounded when a patron fired back at a gunman early Thursday.\n\n"
            "Chicago Tribune reporter Ann Lee recaps the night.\n\n"
            "The club's manager said he had run the place in Hammond for ten years.",
            "Hammond",
        ),
        # ... but not to the state of a relative's towns
        (
            "A man was shot in Springfield on Monday, police said. "
            "His brother lives in Dallas, Texas, and in Austin, Texas.",
            "Springfield",
        ),
        # ... but not the city around a suburb, nor a part of the dateline's city
        (
            "DEARBORN HEIGHTS, Mich. (AP) — A guard shot a man at a police station in suburban Detroit.",
            "Dearborn Heights",
        ),
        (
            "PORTLAND, Ore. (KOIN) — One person was killed in a shooting in North Portland early Saturday.",
            "Portland",
        ),
        # a station's dateline gives way to a town around it that a later
        # sentence of the lead puts the story in, or whose police speak there,
        # when the lead never names the dateline's city again
        (
            "Boy hurt in shooting\n\nDENVER (KDVR) -- A judge set bond Monday for a man. "
            "He is accused of wounding a boy inside an Aurora apartment last week.",
            "Aurora",
        ),
        (
            "Girl, 4, shot with father's rifle\n\nCOLUMBUS, Ohio (AP) — A prosecutor will ask a grand "
            "jury to weigh charges. Newark police say the girl found the rifle under a bed on Friday.",
            "Newark",
        ),
        (
            "Woman hurt in shooting dies\n\nCOLUMBUS, Ohio — A woman died Monday, officials said. "
            "She had been in a hospital since early May. She was shot at a home in Marion on May 2.",
            "Marion",
        ),
        # ... the lead counted from the dateline, after a photo's caption and credit
        (
            "Deputy killed in shootout\n\nThis photo provided by the Davis County Sheriff's Office "
            "shows the deputy. Photo: Davis County Sheriff's Office via AP\n\nSALT LAKE CITY (AP) — "
            "A sheriff's deputy was killed Sunday after a traffic stop, officials said. He was shot "
            "in the suburb of Kaysville and died at a hospital.",
            "Kaysville",
        ),
        # ... but not when the lead names the dateline's city for the story too
        (
            "Boy hurt in shooting\n\nDENVER (KDVR) -- A boy was shot in Denver on Sunday. "
            "His family had moved from an Aurora apartment last week.",
            "Denver",
        ),
        # a dateline in parentheses after a glued headline
        (
            "Man found shot in parking lot(Cincinnati, OH)--A man was shot and killed Tuesday in Westwood.",
            "Cincinnati",
        ),
        # a county's agency serves many towns: the outlet's city is more precise
        (
            "Jane Roe, 24 - The Homicide Report - Los Angeles Times\n"
            "Jane Roe, 24, died Sunday after being shot, according to Los Angeles County coroner's records.",
            "Los Angeles",
        ),
        # a town's own police place the story as its name does
        (
            "A man was shot in a parking garage on Friday, Burbank police said. "
            "The Los Angeles County district attorney's office filed charges.",
            "Burbank",
        ),
        # a state is no city: a town the report names in it is more precise
        (
            "A man was shot on Sunday in North Carolina, police said. "
            "Deputies were called to a home near Smithfield after midnight.",
            "Smithfield",
        ),
        # the town the report puts the scene in beats the county it names first
        (
            "A toddler was shot at a home in northwest Harris County on Tuesday, deputies said. "
            "Deputies arrived at a residence in the 2100 block of Elm Bend Lane in Cypress after midnight.",
            "Cypress",
        ),
        (
            "Deputies with the Pierce County Sheriff's Department are investigating a shooting. "
            "Court records show the victim was hanging out in a Tacoma parking lot on Friday.",
            "Tacoma",
        ),
        # ... however small, written after the street ("on Dawson Mill Road in White Plains")
        (
            "A girl was wounded in Hopkins County, Kentucky, on Monday. Deputies said it happened "
            "at a home on Dawson Mill Road in White Plains, a few miles from the county seat.",
            "White Plains",
        ),
        # ... not a town named as someone's home
        (
            "A man was shot and killed in Harris County on Tuesday night, deputies said. "
            "The victim, a 30-year-old man from Pasadena, died at the scene.",
            "Harris County",
        ),
        # a town named only as a modifier of the people or the incident, which the
        # model leaves untagged: "3 Anytown teens", "Anytown girl", "the Anytown shooting"
        (
            "3 Greenville teens charged after party shooting\n\n"
            "Three teenagers were charged Friday with assault, the Pitt County Sheriff's Office said.",
            "Greenville",
        ),
        (
            "Rock Hill girl recovering after being accidentally shot\n\n"
            "Deputies were called to a home on Sunday after a girl was hit by a stray bullet.",
            "Rock Hill",
        ),
        (
            "Man Dies, Woman Hurt in St. Cloud Shooting\n\n"
            "One victim was taken to a hospital. The other died at the scene, officers said.",
            "Saint Cloud",
        ),
        (
            "19-year-old Kenner man held in killing of his cousin\n\n"
            "A 19-year-old Kenner man was booked after he shot his cousin at their home, deputies said. "
            "The cousin died at a hospital in New Orleans.",
            "Kenner",
        ),
        (
            "17-year-old Marrero male arrested in shooting of his friend\n\n"
            "A 17-year-old Marrero male was booked after he shot a friend while showing off a pistol, "
            "deputies said. The friend is hospitalized in New Orleans.",
            "Marrero",
        ),
        # a town's cops, like its police, place the story
        (
            "Elgin Cop Sues Estate Of Teen He Fatally Shot\n\n"
            "The officer filed the lawsuit on Friday, his lawyer said.",
            "Elgin",
        ),
        # a headline's label before a colon is no outlet's name
        (
            "Police: Teen shot in Lakeland drive-by identified\n\n"
            "A teenager was shot on Friday night, Polk County deputies said. He was taken to Tampa.",
            "Lakeland",
        ),
        # a neighbourhood the gazetteer knows only as a large namesake in another
        # state gives way to the city whose police the report quotes
        (
            "Teen wounded by officer in Austin\n\nA teenager was shot by a Chicago police officer "
            "Friday night in the Austin neighborhood on the West Side, police said.",
            "Chicago",
        ),
        # a city's side is no town ("South Side" is a Colorado town's other name)
        (
            "A boy, 6, was shot in the leg on the city's South Side on Sunday. "
            "He lived in the Roseland neighborhood, Chicago police said.",
            "Chicago",
        ),
    ],
)
def test_city_of_a_report(pipeline, text, city):
    digest = digest_of(text)
    assert digest.city is not None and digest.city.name == city


def test_incident_time_not_time_of_death(pipeline):
    digest = digest_of(
        "The victim was pronounced dead at 11:40 p.m. at a hospital. "
        "Police said the shooting happened around 11 p.m. Friday outside a bar."
    )
    assert digest.clock is not None and digest.clock.minutes == 23 * 60


def test_scene_setting_time(pipeline):
    digest = digest_of(
        "About 10:30 a.m., the man was standing on a sidewalk when a gunman walked up and opened fire."
    )
    assert digest.clock is not None and digest.clock.minutes == 10 * 60 + 30


def test_victims_ages_and_named_suspect(pipeline):
    digest = digest_of(
        "A 23-year-old woman was shot and wounded on Elm Street on Tuesday. "
        "The suspect, Mark Doyle, 31, was arrested later that night."
    )
    assert digest.ages == [23]
    assert "Mark Doyle" in digest.suspect_names


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        # an officer or a neighbour the report names as harmed is a victim, the age before or after the name
        (
            "Dale Price is charged with murder in the slaying of 34-year-old Officer Tom Reyes, "
            "whose body was found behind the station.",
            [34],
        ),
        ("The deputy also accidentally shot and killed a neighbor, 61-year-old Ann Ruiz.", [61]),
        ("The gunman also wounded a bystander, Ann Ruiz, 44, police said.", [44]),
        # not harmed: a neighbour who called police has no victim's age
        ("A 19-year-old man was shot on Elm Street. A neighbor, Ann Ruiz, 52, called 911.", [19]),
    ],
)
def test_a_titled_person_named_as_harmed_keeps_a_victims_age(pipeline, text, ages):
    assert sorted(digest_of(text).ages) == ages


# ------------------------------------------------------ annotation errors


@pytest.fixture(scope="module")
def benchmark():
    """benchmarks/gvdb_dev.py as a module (benchmarks/ is no package)."""
    spec = importlib.util.spec_from_file_location("gvdb_dev", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_annotation_errors_file_parses(benchmark):
    errors = benchmark.load_annotation_errors()
    assert errors.errors
    assert all(e.article.isdigit() and e.reason and e.article_says for e in errors.errors)


def test_annotation_errors_model_is_strict(benchmark):
    entry = {"field": "killed", "article": "1", "annotation": "0", "article_says": "x", "reason": "y"}
    benchmark.AnnotationErrors.model_validate({"errors": [entry]})
    with pytest.raises(ValidationError):
        benchmark.AnnotationErrors.model_validate({"errors": [{**entry, "note": "z"}]})
    with pytest.raises(ValidationError):
        benchmark.AnnotationErrors.model_validate({"errors": [{**entry, "field": "weapon"}]})


def test_people_brought_in_one_by_one_in_a_sentence_are_summed(pipeline):
    digest = digest_of(
        "One woman was shot in the arm and a 40-year-old man was shot in the leg on Friday night. "
        "Both are expected to survive."
    )
    assert _value(digest.injured) == 2


def test_the_same_words_twice_in_a_sentence_are_one_person(pipeline):
    digest = digest_of(
        "Officers answered a call about a man shot on Elm Street and found a man shot in the leg."
    )
    assert _value(digest.injured) == 1


def test_a_pronouns_wound_right_after_a_death_is_the_dead_persons(pipeline):
    digest = digest_of(
        "The woman found dead in the park on Monday was identified as 44-year-old Jane Ortiz. "
        "Police said she suffered several gunshot wounds."
    )
    assert _value(digest.killed) == 1
    assert digest.injured is None


def test_the_other_person_beside_a_lone_dead_is_hurt(pipeline):
    digest = digest_of(
        "A shooting on Elm Street killed a 30-year-old man on Sunday night. "
        "The other man, 25, was found inside the car with gunshot wounds."
    )
    assert _value(digest.killed) == 1
    assert _value(digest.injured) == 1


def test_the_other_of_two_dead_is_no_survivor(pipeline):
    digest = digest_of(
        "Two women were fatally shot in a parked car on Sunday, police said. "
        "One of the women was shot in the head. The other woman was shot in the chest."
    )
    assert _value(digest.killed) == 2
    assert digest.injured is None


def test_a_headline_participle_counts_the_victim(pipeline):
    digest = digest_of(
        "Man shot in leg outside east side bar\n\nPolice are looking for the gunman. "
        "The victim, 27, is expected to be okay."
    )
    assert _value(digest.injured) == 1


def test_a_wounded_total_before_a_death_told_of_someone_known_counts_the_dead(pipeline):
    digest = digest_of(
        "Two people were wounded early Sunday in a shooting at a motel on Route 9. "
        "Officers found both victims in the parking lot. The 22-year-old victim died at the hospital."
    )
    assert _value(digest.killed) == 1
    assert _value(digest.injured) == 1


def test_a_death_told_as_someone_new_adds_to_the_wounded(pipeline):
    digest = digest_of("Two people were wounded early Sunday in a shooting at a motel. A man was killed.")
    assert _value(digest.injured) == 2


def test_people_harmed_of_the_other_sex_than_the_dead_are_all_hurt(pipeline):
    digest = digest_of(
        "A man is dead and two women are fighting for their lives after a shooting in a house on Elm Street. "
        "Officers found the man shot to death in the kitchen."
    )
    assert _value(digest.killed) == 1
    assert _value(digest.injured) == 2


def test_someone_also_shot_beside_the_dead_is_hurt(pipeline):
    digest = digest_of(
        "A woman was killed in a shooting outside a bakery on Friday night. "
        "Her 30-year-old cousin was also shot. Detectives have no suspect."
    )
    assert _value(digest.killed) == 1
    assert _value(digest.injured) == 1


def test_someone_also_shot_who_later_died_is_no_survivor(pipeline):
    digest = digest_of(
        "A man was killed on Elm Street on Sunday. His brother was also shot. He died the next day."
    )
    assert digest.injured is None


@pytest.mark.parametrize(
    "text",
    [
        # a girl hurt is not the "he" who killed himself
        "A father shot his wife and her mother to death early Sunday. Police said his 12-year-old "
        "daughter was wounded and called 911. He killed himself in his car a few miles away.",
        "A 30-year-old woman was wounded when a man opened fire outside a bar on Saturday. "
        "He later killed himself, police said.",
        # a 9-year-old hurt is not "his 4-year-old son" found dead
        "A man opened fire in his home on Friday, wounding a 9-year-old boy. "
        "His 4-year-old son was found dead in a bedroom, deputies said.",
    ],
)
def test_a_later_death_of_someone_the_words_tell_apart_leaves_the_hurt_alive(pipeline, text):
    """A later death refers back to the person hurt only when sex and age let them be one."""
    assert _value(digest_of(text).injured) == 1


@pytest.mark.parametrize(
    "text",
    [
        "A 16-year-old boy was critically wounded in a shooting on Friday, police said. "
        "A 16-year-old boy who was critically wounded in a shooting on Friday died on Saturday, "
        "officials said.",
        "A 45-year-old woman was seriously injured in a shooting in Dayton on Monday. "
        "Police said a 45-year-old woman has died at Miami Valley Hospital.",
    ],
)
def test_a_death_told_in_the_words_that_brought_the_hurt_in_is_theirs(pipeline, text):
    """An update repeats the lead's words for the person who died since."""
    digest = digest_of(text)
    assert _value(digest.killed) == 1
    assert digest.injured is None


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        (
            "Several people were injured in a shooting at a park on Sunday. "
            "Police said five people were hurt.",
            None,
            5,
        ),
        (
            "Dozens injured in festival shooting\n\n"
            "Officials said 31 people were wounded when gunfire broke out at the festival on Saturday.",
            None,
            31,
        ),
        (
            "At least 1 dead, several injured in Madisonville shooting\n\n"
            "Two people were killed. Officials said four others were injured.",
            2,
            4,
        ),
    ],
)
def test_a_vague_count_gives_way_to_the_number_it_fits(pipeline, text, killed, injured):
    """ "Several injured" in the headline, "five were hurt" in the story: one figure, the number."""
    digest = digest_of(text)
    assert _value(digest.killed) == killed
    assert _value(digest.injured) == injured


def test_a_vague_count_alone_still_counts(pipeline):
    assert digest_of("Several people were injured in a shooting at a park on Sunday.").injured is not None


@pytest.mark.parametrize(
    "text, injured",
    [
        # in the sentence of the death, someone the words tell apart from the dead
        (
            "An 8-year-old girl has died and her father is listed in critical condition after they were "
            "shot outside a home in Miami. By nightfall, a relative said the child had died.",
            1,
        ),
        (
            "A 67-year-old man was killed and his wife was in stable condition at a hospital after gunfire "
            "hit their car on Sunday. The man died at the scene, police said.",
            1,
        ),
        # further down, and all of them
        (
            "A 4-year-old boy was shot and killed during a robbery on Monday night. "
            "His sister and their mother are both recovering at home.",
            2,
        ),
    ],
)
def test_people_said_alive_beside_the_dead_are_hurt(pipeline, text, injured):
    """A condition or a recovery told of someone other than the dead: hurt, and alive."""
    digest = digest_of(text)
    assert _value(digest.killed) == 1
    assert _value(digest.injured) == injured


@pytest.mark.parametrize(
    "text, injured",
    [
        # a later death may be of them: the one person, counted as killed
        (
            "A man was shot on Elm Street on Sunday and was in critical condition. "
            "The victim died on Monday.",
            None,
        ),
        # a condition before the death ("had been")
        (
            "A 3-year-old boy died at the hospital on Sunday. "
            "The boy had been in critical condition since then.",
            None,
        ),
        # all in critical condition, one of them died later: the others are hurt
        (
            "Three people were shot outside a bar on Friday and all were in critical condition. "
            "One of them died on Saturday.",
            2,
        ),
    ],
)
def test_a_condition_of_someone_who_died_is_no_survivor(pipeline, text, injured):
    assert _value(digest_of(text).injured) == injured


def test_someone_said_alive_where_only_the_attacker_died_is_hurt(pipeline):
    """The lead tells of a death (the attacker's), so people shot are not all
    read as hurt; one said to be in a condition is."""
    for text in (
        "A gunman shot two teenagers outside a school in Macon on Tuesday and then killed himself. "
        "The boy, 15, was listed in stable condition at a hospital on Wednesday.",
        "A robber shot a clerk at a gas station in Tulsa on Friday before he was shot dead by police. "
        "The clerk, 52, was in fair condition on Saturday.",
    ):
        assert _value(digest_of(text).injured) == 1, text


@pytest.mark.parametrize(
    "text, injured",
    [
        (
            "A 7-year-old boy has died after a shooting in Englewood on Sunday, police said. "
            "Neighbors gathered outside the home on Aberdeen Street. Officers found a handgun in a bedroom. "
            "Firefighters took the boy to a hospital after he suffered a gunshot wound.",
            None,
        ),
        (
            "A teen is charged with murder in the shooting death of her brother, Tommie Ross, 15. "
            "Police found a shotgun in the kitchen. A coroner testified on Tuesday. "
            "An autopsy determined he suffered a single wound to the chest.",
            None,
        ),
        # someone else brought in just before the pronoun: that one is hurt
        (
            "A man was killed when gunmen opened fire on a van on Saturday. "
            "Police found casings on the street. "
            "At least one other man, 21, was inside the van when the shooting started. "
            "He was wounded in the thigh.",
            1,
        ),
        # a pronoun of the other sex than the dead
        (
            "A man was killed in a shooting at a bar on Friday night. Officers found casings outside. "
            "Witnesses heard six shots. Police said she suffered a graze wound to the arm.",
            1,
        ),
    ],
)
def test_a_pronouns_wound_beside_a_lone_dead_is_the_dead_persons(pipeline, text, injured):
    """One dead and no one else counted hurt: "he suffered a wound", far below, is the dead's wound."""
    digest = digest_of(text)
    assert _value(digest.killed) == 1
    assert _value(digest.injured) == injured


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        (
            "Police have identified the three people found dead in a home in Poway. "
            "All three had suffered gunshot wounds to their upper bodies.",
            3,
            None,
        ),
        (
            "Two teenagers were found dead in a car on Elm Street early Sunday. "
            "Both teens had suffered gunshot wounds to the head.",
            2,
            None,
        ),
        # "the two others": people beside the dead
        ("Two men were killed in a shooting at a park on Sunday, and the two others were wounded.", 2, 2),
    ],
)
def test_the_wounds_of_all_the_dead_are_no_injured(pipeline, text, killed, injured):
    """A count as large as the dead's, told of them again ("all three", "both"), is their wounds."""
    digest = digest_of(text)
    assert _value(digest.killed) == killed
    assert _value(digest.injured) == injured


@pytest.mark.parametrize(
    "text",
    [
        "A 7-year-old girl was killed early Sunday after a Salisbury home was sprayed with bullets, WSOC "
        "reports. Officers found a 56-year-old who had been shot in the leg and a child who had died at the "
        "scene. The 56-year-old was taken to the hospital.",
        "Deputies found a 19-year-old who had been shot in the hand and a woman who had died in the kitchen, "
        "the sheriff said.",
    ],
)
def test_one_harmed_and_one_dead_brought_in_together_are_two(pipeline, text):
    """ "found a 56-year-old who had been shot ... and a child who had died": two new people, one hurt."""
    digest = digest_of(text)
    assert _value(digest.killed) == 1
    assert _value(digest.injured) == 1


def test_a_city_of_another_incident_when_the_main_one_names_none(pipeline):
    """A report whose own incident names no place still names a town for a
    story it keeps apart: an approximate city beats none (the places of the
    main incident, its dateline's first, still win where there are any)."""
    digest = digest_claims(
        *_claims_split(
            "A boy was found with a wound to his chest on Sunday, his mother said. "
            "Lubbock police said the gas station had been robbed twice last year.",
            1,
        )
    )
    assert digest.city is not None and digest.city.name == "Lubbock"


@pytest.mark.parametrize(
    ("text", "around"),
    [
        ("A man was shot on Sunday in the suburb of Kaysville.", None),
        ("A man was shot on Sunday in a suburb of Denver.", "suburb of"),
        ("A man was shot on Sunday in the suburbs of Denver.", "the suburbs of"),
    ],
)
def test_the_suburb_of_a_town_names_it_a_suburb_of_a_city_names_around(pipeline, text, around):
    """ "in the suburb of Kaysville" puts the scene in Kaysville; "a suburb of
    Denver" and "the suburbs of Denver" put it around Denver."""
    extracted = extract_report(load_text(text), 0)
    places = [c for c in extracted.claims if c.kind.value == "location"]
    assert places and places[0].place.around == around


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "A man suspected of shooting three people, killing one, at an accounting firm was arrested. "
            "Local evening news originally reported that two of the three victims died.",
            1,
        ),
        ("The death toll rose to 4 on Sunday, up from 6 reported earlier, police said.", 4),
    ],
)
def test_a_figure_the_report_replaced_is_not_its_count(pipeline, text, killed):
    """A toll of an account the report corrects, or one it says was revised
    ("up from"), is not the report's count, even where it is the larger."""
    assert _value(digest_of(text).killed) == killed
