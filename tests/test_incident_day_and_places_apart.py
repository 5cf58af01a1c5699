"""Two incidents of one kind on one day, or a day apart, in two countries:
two fishing boats lost off Sweden and off Denmark, two quakes of one weekend
in Uzbekistan and Kazakhstan.  A day in common is every incident's of that
day; when both reports date their own incident to one day, set their places
strongly apart in two countries and name no person alike, they tell two
incidents.  So do two reports in two regions of one country with no region
in common that give their incidents two first days a day apart and share
nothing but that near day (two capsizes in two states, two bus crashes in
two parishes).  Two regions of one country on one first day (a quake's
report filed from the capital, a place read from a background sentence),
two regions a day apart with a victim named in both, a report dated only by
its page, a wire filed from a bureau in the next country ("NEW DELHI - ...
struck western Nepal"), and reports quoting one official stay compared (a misread place
must not drop one incident's findings).  Every
report here is written for these tests, after the way regional wires and
papers write such stories."""

from __future__ import annotations

import pytest

from reportcheck.incident_match import DIFFERENT, SPOKESPERSON
from tests.conftest import incident_match_of

#: (a report of one incident, a report of another of its kind, its day or the next, in another country)
TWO = {
    "boats off two countries": (
        "Wednesday, 5 November 2025\n\nGOTHENBURG - One fisherman was missing after a trawler sank off "
        "Smögen in Sotenäs municipality on Tuesday, the Swedish Maritime Administration said.",
        "Thursday, 6 November 2025\n\nHIRTSHALS - Three crew were rescued on Wednesday after their fishing "
        "vessel capsized off Hirtshals in northern Jutland, Denmark's rescue service said.",
    ),
    "quakes in two countries": (
        "Monday, 16 September 2024\n\nTASHKENT - A magnitude 4.9 earthquake struck the Namangan region "
        "of Uzbekistan on Saturday, damaging houses in Chust district, the emergencies ministry said.",
        "Monday, 16 September 2024\n\nALMATY - An earthquake of magnitude 5.1 shook Almaty on Sunday, "
        "its epicentre in the mountains south-east of the city, Kazakhstan's emergencies ministry said.",
    ),
    # two regions of one country, a day apart, nothing else alike (genre51a 17, genre53b 05)
    "boats in two states a day apart": (
        "Tuesday, 21 July 2026\n\nMINNA - Twelve passengers drowned on Monday when a wooden boat "
        "capsized on the River Niger near Gbajibo in Mokwa Local Government Area of Niger State, "
        "officials said.",
        "Wednesday, 22 July 2026\n\nILORIN - Nine people died on Tuesday after a canoe overturned on "
        "the River Niger at Kpada in Pategi Local Government Area of Kwara State, the state emergency "
        "agency said.",
    ),
    "buses in two parishes a day apart": (
        "Monday, 20 October 2025\n\nKINGSTON - Three passengers died when a minibus ran off the road "
        "at Mount Rosser in St Ann on Sunday afternoon, the police said.",
        "Tuesday, 21 October 2025\n\nMANDEVILLE - Two people were killed when a bus overturned on "
        "Spur Tree Hill in Manchester on Monday morning, the police said.",
    ),
}


@pytest.mark.parametrize("case", sorted(TWO))
@pytest.mark.parametrize("order", ["as written", "turned round"])
def test_one_day_does_not_hold_together_two_incidents_in_places_apart(case, order):
    first, second = TWO[case] if order == "as written" else TWO[case][::-1]
    match = incident_match_of(first, second)
    assert match.decision == DIFFERENT, match.evidence


#: (two reports whose day and places alone would set them apart, but that must stay compared)
KEPT = {
    "two regions of one country, one first day": (
        "Tuesday, 21 July 2026\n\nMINNA - Twelve passengers drowned on Monday when a wooden boat "
        "capsized on the River Niger near Gbajibo in Mokwa Local Government Area of Niger State, "
        "officials said.",
        "Tuesday, 21 July 2026\n\nILORIN - Nine people died on Monday after a canoe overturned on "
        "the River Niger at Kpada in Pategi Local Government Area of Kwara State, the state emergency "
        "agency said.",
    ),
    "two regions a day apart, one victim named": (
        "Monday, 20 October 2025\n\nKINGSTON - Three passengers died when a minibus ran off the road "
        "at Mount Rosser in St Ann on Sunday afternoon, the police said. Among the dead was Claudette "
        "Barrett, 58.",
        "Tuesday, 21 October 2025\n\nMANDEVILLE - Three people were killed when a bus overturned on "
        "Spur Tree Hill in Manchester on Monday morning, the police said. Among the dead was Claudette "
        "Barrett, 58.",
    ),
    "one official quoted in both": (
        "Tuesday, 21 July 2026\n\nMINNA - Twelve passengers drowned on Monday when a boat capsized "
        "on the River Niger near Gbajibo in Niger State, agency spokesman Ibrahim Audu said.",
        "Wednesday, 22 July 2026\n\nILORIN - Nine people died on Tuesday after a canoe overturned at "
        "Kpada in Kwara State, agency spokesman Ibrahim Audu said.",
    ),
    "a wire filed from a bureau abroad": (
        "Sunday, 16 March 2025\n\nKATHMANDU - A magnitude 5.9 earthquake struck western Nepal on Saturday "
        "night, damaging houses, the national seismological centre said.",
        "Sunday, 16 March 2025\n\nNEW DELHI - A magnitude 6.1 earthquake struck western Nepal on Saturday "
        "night, India's National Center for Seismology said.",
    ),
    "a bureau abroad, another region": (
        "Tuesday, 4 November 2025\n\nMOGADISHU - A car bomb killed seven people at a checkpoint on "
        "Monday, police said.",
        "Tuesday, 4 November 2025\n\nNAIROBI - A car bomb exploded at a checkpoint in Somalia on Monday, "
        "killing seven people, a police officer said.",
    ),
    "a report dated only by its page": (
        "Tuesday, 21 July 2026\n\nMINNA - Twelve passengers drowned when a boat capsized on the River "
        "Niger near Gbajibo in Niger State, officials said.",
        "Wednesday, 22 July 2026\n\nILORIN - Nine people died after a canoe overturned on the River "
        "Niger at Kpada in Kwara State, the state emergency agency said.",
    ),
}


@pytest.mark.parametrize("case", sorted(KEPT))
def test_a_shared_official_or_no_stated_day_keeps_the_reports_compared(case):
    match = incident_match_of(*KEPT[case])
    assert match.decision != DIFFERENT, match.evidence


def _people(text: str):
    from reportcheck.api import extract_report
    from reportcheck.incident_match import incident_profile
    from reportcheck.load import load_text

    return dict(incident_profile(extract_report(load_text(text), 0)).people)


@pytest.mark.parametrize(
    ("full", "again"),
    [
        ("National police spokesperson Assistant Commissioner Tendai Moyo", "Asst Comm Moyo said"),
        ("Assistant Inspector Farai Chikore, the provincial police spokesperson,", "Asst Insp Chikore said"),
    ],
)
def test_a_spokesperson_named_again_by_rank_and_surname_is_still_the_voice(full, again):
    people = _people(
        "Monday, 28 July 2025\n\nSIX people died when a kombi collided with a truck near Ngundu on "
        f"Saturday.\n\n{full} confirmed the accident.\n\n{again} the driver, Tapiwa Manyonga, would "
        "face charges."
    )
    assert all(role == SPOKESPERSON for name, role in people.items() if name.split()[-1] in again), people


def test_a_namesake_of_the_spokesperson_not_quoted_keeps_no_role():
    people = _people(
        "Monday, 28 July 2025\n\nSIX people died when a kombi collided with a truck near Ngundu on "
        "Saturday.\n\nNational police spokesperson Assistant Commissioner Tendai Moyo confirmed the "
        "accident.\n\nAmong the dead was Rudo Moyo, a teacher."
    )
    assert people.get("Rudo Moyo", "") != SPOKESPERSON, people


#: (a report of one crash, a later report of another that recalls it as "a day after")
RECALLED_A_DAY_BEFORE = (
    "Monday, 28 July 2025\n\nSIX people died when a commuter omnibus collided with a haulage truck near "
    "Chivhu along the Harare-Masvingo Highway on Saturday, police said.",
    "Monday, 28 July 2025\n\nFOUR people were killed when a kombi hit a herd of cattle along the "
    "Bulawayo-Victoria Falls Road near Lupane on Sunday, police said.\n\nThe accident came a day "
    "after six people died in a kombi crash near Chivhu on the Harare-Masvingo Highway.",
)


@pytest.mark.parametrize("order", ["as written", "turned round"])
def test_an_incident_recalled_as_a_day_before_is_the_other_reports(order):
    first, second = RECALLED_A_DAY_BEFORE if order == "as written" else RECALLED_A_DAY_BEFORE[::-1]
    match = incident_match_of(first, second)
    assert match.decision == DIFFERENT, match.evidence


def test_a_follow_up_a_day_on_that_tells_the_same_crash_stays_compared():
    # "a day after the crash" opens a follow-up's own act: the same incident
    match = incident_match_of(
        RECALLED_A_DAY_BEFORE[0],
        "Monday, 28 July 2025\n\nThe driver of the haulage truck that collided with a commuter omnibus near "
        "Chivhu on Saturday was arrested on Sunday, police said.\n\nThe arrest came a day after the crash, "
        "in which six people died.",
    )
    assert match.decision != DIFFERENT, match.evidence
