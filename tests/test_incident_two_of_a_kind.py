"""Two incidents of one kind in one region that a reader tells apart at once,
though the reports share a town, a kind and sometimes the other's figures:
the later report tells the earlier incident in a clause of its own story on
another day than its lead's ("Tuesday's killing of ..."; "On Thursday, a
strike on the nearby village of ..." after a lead "since Thursday"), a
quake's lead tells its magnitude and day and no harm, two leads a day apart
tell two day parts no night joins ("early Saturday" at a bar, "Sunday
evening" at a park), or both reports name their dead and none alike
(``other_days``, ``leads`` and ``victims`` of ``rules/incident_match.yaml``).
A follow-up of one incident (an arrest days on, the same night told from
both sides of midnight) stays compared.  Every report here is written for
these tests."""

from __future__ import annotations

import pytest

from reportcheck.incident_match import DIFFERENT
from tests.conftest import incident_match_of

#: (a report of one incident, a report of another of its kind and region)
TWO = {
    "other day's killing": (
        "Wednesday, March 6, 2024\n\nELMWOOD, Ohio - A 41-year-old man was shot and killed inside a "
        "barbershop on Kessler Road on Tuesday evening, Elmwood police said.\n\nOfficers found Darnell "
        "Pruitt on the floor at about 6:20 p.m. He died at the scene.\n\nNo one was in custody.",
        "Updated Sun, March 10, 2024\n\nELMWOOD, Ohio - A 23-year-old woman was wounded Saturday night "
        "outside a convenience store on Varney Street, police said.\n\nShe was shot in the arm at about "
        "11 p.m. and was expected to recover.\n\nPolice said they had found no link between Saturday's "
        "shooting and Tuesday's killing of Darnell Pruitt, 41, inside a Kessler Road barbershop.\n\n"
        "Pruitt was shot several times in that attack.",
    ),
    "since and on a day": (
        "Friday, 7 June 2019\n\nAn air strike on the village of Tell Sufan killed seven civilians on "
        "Thursday morning, rescuers said.\n\nThe strike hit a market street at about 10 a.m.",
        "BEIRUT, June 9 (Reuters) - Air strikes killed eight civilians in the village of Kafr Dabil on "
        "Saturday, a monitor said, bringing to 15 the number killed in strikes on two villages since "
        "Thursday.\n\nOn Thursday, a strike on the nearby village of Tell Sufan killed seven people, "
        "the monitor said.\n\nKafr Dabil is about 9 km (5.6 miles) south of Tell Sufan.",
    ),
    "a quake's magnitude": (
        "Tuesday, 5 November 2024\n\nPATRAS - A magnitude 5.0 earthquake struck near the village of "
        "Kato Mylos at 09:12 on Tuesday, injuring two people, the fire service said.",
        "Sunday, 10 November 2024\n\nAn earthquake of magnitude 4.4 was felt across the area at 22:40 on "
        "Sunday near the village of Ano Velos.\n\nNo one was hurt. Seismologists said Sunday's tremor "
        "was on another fault from the stronger quake that struck on Tuesday.",
    ),
    "two day parts": (
        "Saturday, Feb. 3, 2024\n\nBAYTOWN, Texas - One man was killed early Saturday in a shooting "
        "outside the Red Anchor bar on Market Street, police said.\n\nOfficers heard shots at 2:10 "
        "a.m.",
        "Mon, Feb 5, 2024\n\nBAYTOWN, Texas - A 30-year-old man was killed Sunday evening in a shooting "
        "at Bayland Park, police said.\n\nOfficers were called at about 6:40 p.m. Sunday.",
    ),
    "named dead": (
        "Updated: March 4, 2024\n\nFive workers were killed in an explosion at a fireworks unit near "
        "Kovilpatti.\n\nThe deceased were identified as K. Maheswari, 44, R. Pandi, 51, S. Velmurugan, "
        "33, and T. Anbu, 27.",
        "8 March 2024\n\nFive persons died in an explosion at a fireworks factory near "
        "Ettayapuram.\n\nThe deceased were identified as P. Kannan, 46, M. Jeyalakshmi, 39, A. Suresh, "
        "30, V. Muthu, 52, and G. Revathi, 24.",
    ),
}


@pytest.mark.parametrize("case", sorted(TWO))
@pytest.mark.parametrize("order", ["as written", "turned round"])
def test_two_incidents_of_one_kind_and_region_are_told_apart(case, order):
    first, second = TWO[case] if order == "as written" else TWO[case][::-1]
    match = incident_match_of(first, second)
    assert match.decision == DIFFERENT, match.evidence


#: (two reports of ONE incident: a follow-up, the same night told on both sides of midnight)
ONE = {
    "arrest days on": (
        "Wednesday, March 6, 2024\n\nELMWOOD, Ohio - A 41-year-old man was shot and killed inside a "
        "barbershop on Kessler Road on Tuesday evening, Elmwood police said.\n\nOfficers found Darnell "
        "Pruitt on the floor at about 6:20 p.m.",
        "Sat, March 9, 2024\n\nELMWOOD, Ohio - Police on Friday arrested a 25-year-old man in Tuesday's "
        "killing of Darnell Pruitt, 41, inside a Kessler Road barbershop.\n\nPruitt was shot several "
        "times, police said. The suspect was held at the county jail.",
    ),
    "one night": (
        "Saturday, Feb. 3, 2024\n\nBAYTOWN, Texas - One man was killed late Friday in a shooting "
        "outside the Red Anchor bar on Market Street, police said.",
        "Sun, Feb 4, 2024\n\nBAYTOWN, Texas - A man was killed early Saturday in a shooting outside "
        "the Red Anchor bar, police said.\n\nOfficers heard shots at 12:10 a.m.",
    ),
    "death days on": (
        "Sunday, 10 November 2024\n\nAn earthquake of magnitude 4.4 struck at 22:40 on Sunday near the "
        "village of Ano Velos, injuring an elderly man.",
        "Wednesday, 13 November 2024\n\nAn elderly man injured in Sunday's magnitude 4.4 earthquake near "
        "Ano Velos died on Wednesday in hospital, officials said.",
    ),
}


@pytest.mark.parametrize("case", sorted(ONE))
def test_a_follow_up_of_one_incident_is_never_another_incident(case):
    match = incident_match_of(*ONE[case])
    assert match.decision != DIFFERENT, match.evidence


def _profile(text: str):
    from reportcheck.api import extract_report
    from reportcheck.incident_match import incident_profile
    from reportcheck.load import load_text

    return incident_profile(extract_report(load_text(text), 0))


def test_a_lead_naming_its_filing_day_tells_no_other_days_incident():
    # the lead names the day of filing (an identification) beside the
    # incident's day: it is the lead, no clause of another incident
    profile = _profile(
        "Monday, April 15, 2024\n\nFAIRVIEW, Ga. - Police on Monday named the man killed in Saturday's "
        "shooting on Lowell Avenue as Terrence Boyd, 22.\n\nBoyd was found near the pumps and died at "
        "the scene."
    )
    assert profile.earlier == ()
    assert profile.lead is not None and profile.lead.weekdays == ("saturday",)


def test_a_town_travellers_set_out_from_leaves_a_distances_town_the_scene():
    profile = _profile(
        "Wednesday, July 10, 2024\n\nA minibus carrying pilgrims from Jammu plunged into a gorge 25 km "
        "south of Kishtwar on Tuesday, killing 12 people, police said."
    )
    assert profile.lead is not None and profile.lead.own_places == ("town:kishtwar",)


@pytest.mark.parametrize("told", ["about 9 mi. east of ", "12 km (7.5 miles) north of the "])
def test_a_distance_in_miles_abbreviated_is_a_reference(told):
    from reportcheck.incident_match import _DISTANCE_FROM

    assert _DISTANCE_FROM().search(f"A strike hit Saraqeb, {told}") is not None


#: (two reports of ONE incident, each naming people, the victims rule must not set apart)
ONE_NAMED = {
    "the wounded named in one, the dead in the other": (
        "Sunday, June 2, 2024\n\nCOLUMBUS, Ohio - Two people were killed and two wounded in a shooting "
        "outside a bar on Parsons Avenue early Saturday, police said.\n\nLatisha Greene, 31, and "
        "Marcus Hale, 35, were wounded and taken to a hospital.",
        "Monday, June 3, 2024\n\nCOLUMBUS, Ohio - Police identified the two men killed in Saturday's "
        "shooting on Parsons Avenue as Dwayne Porter, 26, and Corey Lindsey, 33.\n\nTwo other people "
        "were wounded.",
    ),
    "names transliterated two ways": (
        "Tuesday, 9 April 2024\n\nTwo men were killed when a shell hit a bakery in the town of Saraqeb "
        "on Monday, rescuers said.\n\nThe victims were identified as Mohammed al-Youssef and Khaled "
        "Haddad.",
        "Wednesday, 10 April 2024\n\nTwo men were killed when shelling struck a bakery in Saraqeb on "
        "Monday.\n\nThe dead were identified as Muhammad Yusuf and Khalid al-Hadad, relatives said.",
    ),
    "no toll told": (
        "Saturday, May 11, 2024\n\nRIVERDALE, Ga. - Deputies are investigating a shooting at a house on "
        "Maple Court on Friday night.\n\nThe victims were identified as Renee Oakley, 40, and "
        "Troy Oakley, 17.",
        "Sunday, May 12, 2024\n\nRIVERDALE, Ga. - Two people were killed in a shooting at a Maple Court "
        "home on Friday night.\n\nThe dead were identified as Brandon Tate, 22, and Alicia Moss, 38, "
        "deputies said.",
    ),
}


@pytest.mark.parametrize("case", sorted(ONE_NAMED))
def test_named_people_of_one_incident_are_not_two_reports_own_victims(case):
    match = incident_match_of(*ONE_NAMED[case])
    assert not any("each names its own victims" in e.detail for e in match.evidence), match.evidence


def test_two_reports_own_victims_are_told_once():
    first = ONE_NAMED["names transliterated two ways"][0]
    second = (
        "Wednesday, 10 April 2024\n\nTwo men were killed when a rocket struck a grain store in Ariha on "
        "Tuesday.\n\nThe dead were identified as Omar Shami and Yasser Kanaan, relatives said."
    )
    match = incident_match_of(first, second)
    told = [e.detail for e in match.evidence if e.kind == "person" and e.relation == "contradicting"]
    assert len(told) == 1 and told[0].startswith("each names its own victims"), told


@pytest.mark.parametrize(
    "later",
    [
        # a statement's day beside the report's own incident, told definite
        "Police said Tuesday that the shooting remained under investigation and asked witnesses to call.",
        # an identification's day
        "The coroner on Tuesday identified the woman wounded in Saturday's shooting as Keisha Dunn, 27.",
    ],
)
def test_a_later_day_of_saying_tells_no_other_incident(later):
    profile = _profile(
        "Wednesday, Aug. 14, 2024\n\nMACON, Ga. - A woman was shot and wounded outside a laundromat on "
        f"Pio Nono Avenue on Saturday night, police said.\n\n{later}"
    )
    assert profile.earlier == (), profile.earlier


def test_a_later_act_beside_a_magnitude_makes_no_lead():
    profile = _profile(
        "Friday, 10 February 2023\n\nISTANBUL (Reuters) - Rescuers pulled a boy alive from a collapsed "
        "block in Iskenderun on Thursday as the toll from the magnitude 7.8 quake passed 21,000.\n\n"
        "The quake struck at 4:17 a.m. on Monday near the town of Pazarcik."
    )
    assert profile.lead is not None and profile.lead.weekdays == ("monday",), profile.lead
