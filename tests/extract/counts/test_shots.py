"""Counts of shots fired and of shots that hit are two measures
(reportcheck.extract.counts.shots): "officers fired 11 shots" and "he was hit
by seven bullets" are both right.  Sentences written for this test in the
patterns of police-shooting reports (after ECB+ topic 19)."""

from __future__ import annotations

import pytest

from reportcheck.extract.counts.shots import FIRED, HIT

from ...conftest import conflict_kinds, count_measures


@pytest.mark.parametrize(
    ("sentence", "count", "measure"),
    [
        ("The two deputies fired 16 rounds into the van.", "16 rounds", FIRED),
        ("Police said 22 shots were fired outside the bar.", "22 shots", FIRED),
        ("The trooper, who fired nine shots, was put on leave.", "nine shots", FIRED),
        ("She was struck by five bullets, the coroner said.", "five bullets", HIT),
        ("Four bullets hit the man in the chest and legs.", "Four bullets", HIT),
        ("The autopsy found that six bullets entered his body.", "six bullets", HIT),
        # a count told on one part of the body is a share of the hits, kept apart
        ("Doctors removed two bullets from the boy's shoulder.", "two bullets", f"{HIT}: shoulder"),
        ("Neighbours said they heard eight shots.", "eight shots", None),
        # the shots a part is taken from: the verb tells of the part only
        ("At least two of the nine shots struck the driver.", "nine shots", None),
        # what an autopsy found is of shots that hit, whatever the verb
        # ("was hit in the back by three of the seven bullets fired by the
        # officers", ECB+ 19_2); what an examiner says police did is not
        ("A post-mortem showed she was hit by two of the six bullets a guard fired.", "six bullets", HIT),
        ("The coroner's report revealed that nine rounds entered his chest.", "nine rounds", f"{HIT}: chest"),
        ("Deputies fired 14 shots, and the autopsy found that four bullets struck him.", "14 shots", FIRED),
        ("Deputies fired 14 shots, and the autopsy found that four bullets struck him.", "four bullets", HIT),
        ("The medical examiner said the troopers fired 12 rounds.", "12 rounds", FIRED),
    ],
)
def test_the_verb_says_fired_or_hit(pipeline, sentence, count, measure):
    assert count_measures(sentence)[count] == measure


def test_shots_fired_are_set_only_against_shots_fired(pipeline):
    fired = "Two officers shot a man in Dorrance on Friday.\nThe officers fired 14 shots at him.\n"
    hit = "Two officers shot a man in Dorrance on Friday.\nThe autopsy showed he was hit by six bullets.\n"
    fired_again = "Two officers shot a man in Dorrance on Friday.\nPolice said 20 rounds were fired.\n"
    assert conflict_kinds(fired, hit) == []
    assert conflict_kinds(fired, fired_again) == ["other_count"]


# A figure of times of shooting is a count of shots: "was shot 11 times" is
# of the shots that hit, "shot at him 11 times" of the shots fired.
@pytest.mark.parametrize(
    ("sentence", "count", "measure"),
    [
        ("Police said Marcus Dale, 17, was shot nine times by a deputy on Friday.", "nine times", HIT),
        ("The deputy shot him nine times, the lawyer said.", "nine times", HIT),
        ("The deputy shot at him nine times, witnesses said.", "nine times", FIRED),
        ("The trooper fired six times before the car stopped.", "six times", FIRED),
        ("The officer shot 14 times, witnesses said.", "14 times", FIRED),
        ("She was struck four times and died at the scene.", "four times", HIT),
        ("The teenager was shot eight times in the back.", "eight times", f"{HIT}: back"),
        ("He suffered 13 gunshot wounds, the coroner said.", "13 gunshot wounds", HIT),
        ("She had been stabbed 12 times.", "12 times", None),
        # an "at" away from the verb of someone shot tells where, not at whom
        ("Her son was shot six times at a birthday party.", "six times", HIT),
        ("The deputy shot him five times at the park.", "five times", HIT),
        ("He was shot at seven times as he ran.", "seven times", FIRED),
        # hits on a thing are the hits on it, no person's
        ("Their van was hit nine times.", "nine times", f"{HIT}: van"),
        # to fire a person is to dismiss him
        ("The board voted to fire Hanley three times in one year.", "three times", None),
        # a dash joins two sentences: the shots fired before "the autopsy
        # showed" are no finding of it (ECB+ 19_1ecbplus, CC BY 3.0)
        (
            "The 30-year-old sergeant and 26-year-old fired 11 shots — the autopsy showed that seven "
            "bullets entered Gray's body, three of them from the rear.",
            "11 shots",
            FIRED,
        ),
    ],
)
def test_a_figure_of_times_of_shooting_counts_shots(pipeline, sentence, count, measure):
    assert count_measures(sentence)[count] == measure


def test_shooting_a_number_of_people_is_no_count_of_shots(pipeline):
    measures = count_measures("The gunman shot three people outside the store.")
    assert FIRED not in measures.values() and HIT not in measures.values()


def test_hits_told_by_times_and_by_bullets_are_set_against_each_other(pipeline):
    # ECB+ 19_3ecbplus and 19_8ecbplus (CC BY 3.0): one autopsy, told two ways
    bullets = "Kimani Gray was killed in Brooklyn.\nAn autopsy showed Gray was hit by seven bullets.\n"
    times = "Kimani Gray was killed in Brooklyn.\nGray, 16, was shot eleven times.\n"
    wounds = "Kimani Gray was killed in Brooklyn.\nGray suffered seven gunshot wounds.\n"
    assert conflict_kinds(bullets, times) == ["other_count"]
    assert conflict_kinds(wounds, times) == ["other_count"]
    assert conflict_kinds(bullets, wounds) == []


def test_hits_on_one_person_are_not_set_against_hits_on_another(pipeline):
    both = (
        "Two men were shot on Elm Street in Dayton on Friday.\n"
        "Marcus Dale was shot nine times and Leon Hart was shot three times.\n"
    )
    one = "Two men were shot on Elm Street in Dayton on Friday.\nLeon Hart was hit by three bullets.\n"
    other = "Two men were shot on Elm Street in Dayton on Friday.\nMarcus Dale was hit by five bullets.\n"
    assert conflict_kinds(both, one) == []
    assert conflict_kinds(both, other) == ["other_count"]


def test_hits_are_a_part_of_the_shots_fired(pipeline):
    fired = "A deputy shot Marcus Dale in Dayton on Friday.\nThe deputy fired 14 shots.\n"
    aimed = "A deputy shot Marcus Dale in Dayton on Friday.\nThe deputy shot at him 14 times.\n"
    hit = "A deputy shot Marcus Dale in Dayton on Friday.\nDale was shot nine times.\n"
    many = "A deputy shot Marcus Dale in Dayton on Friday.\nDale was shot 17 times.\n"
    assert conflict_kinds(fired, hit) == []
    assert conflict_kinds(aimed, hit) == []
    assert conflict_kinds(fired, many) == ["other_count"]
    assert conflict_kinds(aimed, many) == ["other_count"]


def test_hits_on_a_part_of_the_body_are_a_share_of_the_hits(pipeline):
    whole = "Police shot Marcus Dale in Dayton on Friday.\nDale was hit by nine bullets.\n"
    part = "Police shot Marcus Dale in Dayton on Friday.\nTwo bullets struck Dale in the back.\n"
    assert conflict_kinds(whole, part) == []


def test_shots_of_no_gun_are_no_count_of_shots(pipeline):
    import datetime as dt

    from reportcheck.api import extract_report
    from reportcheck.load import load_text

    text = "Deputies fired four Taser shots and two beanbag rounds at the man.\nOne deputy fired two shots."
    claims = extract_report(load_text(text, date=dt.date(2026, 3, 10)), 0).claims
    assert [c.evidence.text for c in claims if c.subject == "shots"] == ["two shots"]
