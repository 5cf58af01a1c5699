"""Magnitudes as reporters write them (reportcheck.extract.quantities.magnitude):
the figure to one decimal written straight before the word for a quake is its
size ("a 7.1 temblor"); a whole number or a figure before anything else is not."""

from __future__ import annotations

import pytest

from reportcheck.extract.quantities.magnitude import find_magnitudes


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Earlier on Sunday a 5.6 quake jolted the island.", [5.6]),
        ("It was the strongest since a 7.1 temblor in 1999 that killed 2,400 people.", [7.1]),
        ("A 4.8 aftershock rattled the valley an hour later.", [4.8]),
        ("The 6.3-earthquake was felt in the capital.", [6.3]),
        ("Two 5.2 tremors followed on Tuesday.", [5.2]),
        ("The survey put it at magnitude 6.1, not the 5.9 quake Tehran reported.", [5.9, 6.1]),
        ("The region has had 12 quake deaths since 2.5 million people moved in.", []),
        ("Some 3 quake survivors were flown out.", []),
    ],
)
def test_a_figure_before_the_word_for_a_quake_is_its_magnitude(text, values):
    assert sorted(value for _, _, value, _ in find_magnitudes(text)) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The national seismic bureau recorded its magnitude as 6.4 on Monday.", [6.4]),
        ("The survey measured the magnitude of the main shock as 5.7.", [5.7]),
        ("Officials later put the magnitude of Friday's tremor at 4.9.", [4.9]),
        ("Seismologists revised the magnitude to 6.0 hours later.", [6.0]),
        ("Four aftershocks followed, two of them with preliminary magnitudes of 5.2.", [5.2]),
        ("The strongest of the tremors had magnitudes 4.9 and 5.0 on two scales.", [4.9]),
        ("Readings of the magnitude at 11 p.m. were lost.", []),
    ],
)
def test_an_agencys_figure_given_as_its_magnitude_is_read(text, values):
    """An agency's figure: "recorded its magnitude as 6.4", "put the magnitude at 4.9";
    only a figure to a tenth, as agencies give it, not the hour after "at"."""
    assert sorted(value for _, _, value, _ in find_magnitudes(text)) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # genre51b 03: "the twin earthquakes of magnitude 7.8 and 7.5 that devastated ...", varied
        ("The province was hit by twin earthquakes of magnitude 6.9 and 6.4 in 2011.", [6.4, 6.9]),
        ("The 7.2 and 6.8 magnitude quakes of 1998 levelled the old town.", [6.8, 7.2]),
        ("Magnitude 6.1 and 5.7 earthquakes shook the coast on Friday.", [5.7, 6.1]),
        # near-misses: a range, two agencies' figures of one shock, a figure and a depth
        ("A quake of between magnitude 5.5 and 6.0 was felt in the port.", [5.5]),
        ("The two agencies put it at 5.6 and 5.9 magnitude respectively.", [5.9]),
        ("It had a magnitude 5.3 and a depth of 10 km.", [5.3]),
    ],
)
def test_a_doublet_s_two_figures_are_both_read(text, values):
    """Two shocks' figures joined by "and" in one phrase are both read (the
    incidents stage makes the second a shock of its own); the end of a
    range and "respectively" are not."""
    assert sorted(value for _, _, value, _ in find_magnitudes(text)) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Dozens of aftershocks followed; the strongest aftershock was a 4.7, the agency said.", [4.7]),
        ("The main quake, a 6.0, hit shortly before dawn.", [6.0]),
        ("Seismologists said the foreshock had been a 3.9.", [3.9]),
        # a rate or a clock after "was a" is no magnitude
        ("The quake was a 5.2 percent drag on output, the bank said.", []),
        ("The first tremor was at 4.35 a.m. and the second a 4.2.", []),
    ],
)
def test_a_bare_figure_told_as_what_a_quake_was_is_its_magnitude(text, values):
    """ "the largest aftershock was a 5.1": a bare figure to a tenth after a
    word for a quake and "was a" (or in apposition) is its size."""
    assert sorted(value for _, _, value, _ in find_magnitudes(text)) == values


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a bound that picks which quakes are counted is no quake's magnitude
        ("The agency recorded 14 aftershocks above magnitude 4, the largest measuring 4.7.", [4.7]),
        ("Seismologists logged nine tremors of more than magnitude 3.5 by Tuesday.", []),
        ("At least 30 aftershocks greater than magnitude 4.0 have shaken Dovrel since Sunday.", []),
        ("There were 11 aftershocks of magnitude 4.5 or greater, the survey said.", []),
        ("Five aftershocks of magnitude 5 and above followed the Orrin quake.", []),
        ("Quakes of magnitude 6 or above strike the Kelsh fault every few decades.", []),
        # a band the aftershocks fall in, as a seismologist sums them up
        # (genre52b 03: "we've had a few in the magnitude 3 to 4 range")
        ("We have had several in the magnitude 3 to 4 range, and people in Brask will feel those.", []),
        ("Most of the aftershocks were in the magnitude 4.5-5.5 range, the survey said.", []),
        ("Dozens of tremors in the 3 to 4 magnitude range followed the Orrin quake.", []),
        # one quake's own figure beside a word of range stays
        ("The magnitude 6.1 quake was in the range the institute had warned of.", [6.1]),
        # one quake's own size, told as a floor or with its own figure, stays
        ("A magnitude 5.8 quake struck Dovrel on Sunday.", [5.8]),
        ("An earthquake measuring more than magnitude 6 shook the Kelsh valley.", [6.0]),
        ("A quake of at least magnitude 5.9 struck the Orrin coast.", [5.9]),
    ],
)
def test_a_bound_on_the_quakes_counted_is_no_magnitude(text, values):
    assert sorted(value for _, _, value, _ in find_magnitudes(text)) == values
