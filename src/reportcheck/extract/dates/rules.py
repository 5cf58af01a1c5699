"""The schema of ``rules/dates.yaml`` and its one reader, :func:`date_rules`.

The words that write dates (weekday names, relative words, fixed-date
holidays, cue words) are data in the rule file; this module says what shape
that data must have, strictly, so a typo fails at start-up.  The month names
themselves are not in the rule file: they are written once, in
:mod:`reportcheck.knowledge.vocabulary`.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import Field, field_validator

from reportcheck.knowledge.rules import Strict, load_rule_file
from reportcheck.knowledge.vocabulary import MONTH_FORMS

WeekdayMode = Literal[
    "past_or_same", "past", "past_ambiguous", "future", "future_ambiguous", "this_week", "anaphoric"
]


class RelativeDay(Strict):
    phrase: str
    offset: int
    daypart: str | None = None
    #: a word that dates an event only when its sentence names no other day
    #: ("overnight": "an overnight fire Friday" is dated by its Friday)
    alone: bool = False
    #: words before or after it that make it no day ("stayed overnight", "an overnight shift")
    not_after: list[str] = []
    not_before: list[str] = []


class Holiday(Strict):
    names: list[str]
    month: int = Field(ge=1, le=12)
    day: int = Field(ge=1, le=31)
    capitalised: bool = False


class HolidayYardsticks(Strict):
    """What makes a holiday a yardstick some days off the day told, not that
    day ("less than a week before the Fourth of July")."""

    #: spans of time written before a word of order ("days", "a week")
    spans: list[str]
    #: words of order after the span ("before", "after")
    relations: list[str]
    #: words of lead-up that make a yardstick alone ("ahead of")
    lead_ups: list[str]


class OtherEra(Strict):
    """A calendar other than the Gregorian whose years reports write beside
    or instead of the Gregorian year (``other_eras`` of rules/dates.yaml)."""

    name: str
    #: how a year of the era is marked, before or after it ("B.E. 2568", "1446 AH")
    marks: list[str] = Field(min_length=1)
    #: era year - Gregorian year, for an era of Gregorian months; None for
    #: one of its own months, whose years give no Gregorian year
    offset: int | None = None


class OwnActions(Strict):
    """Verbs whose days date their own action (extract/dates/own_action.py)."""

    #: verb lemma -> the event its day dates, wherever the day sits in its clause
    steps: dict[str, str]
    #: object lemma -> the event a verb making it dates ("made his first court appearance")
    objects: dict[str, str]
    #: verbs of speech, whose day between speaker and verb is the saying's
    speech: list[str]
    speech_event: str


class DeathOffsets(Strict):
    """A death told by its distance from the shooting ("died the next day",
    "two days later"): extract/dates/death_offsets.py.  The words of the
    death are ``death_words`` of rules/events.yaml."""

    phrases: dict[str, int]
    counted: list[str]
    after_objects: list[str]
    within: int = Field(ge=1, le=400)
    #: the distances after a day of death back to the attack ("died
    #: Saturday, a day after he was shot"): extract/dates/later_deaths.py
    back_distances: list[str] = []


class ForecastDays(Strict):
    """Days still to come: a forecast's, a warning's, a stretch's end
    (extract/dates/forecasts.py)."""

    #: words as written right before a day that make it a stretch's end ("until Friday")
    stretch_end_words: list[str]
    #: lemmas of a warning or a forecast that make a stretch's end a coming day
    warning_words: list[str]
    #: verbs of forecasting whose day, in the passive, is the day foretold
    forecast_verbs: list[str]


class SceneDays(Strict):
    """Days of the scene after the attack (extract/dates/scene_days.py)."""

    response_verbs: list[str]
    responders: list[str]
    #: response verbs that need an object of their own ("found a man")
    object_verbs: list[str] = []
    scene_verbs: list[str]
    scene_words: list[str]
    #: words as written that tell the scene lingering, a later day or an earlier response
    later_words: list[str]
    #: ``response_vetoes`` of rules/events.yaml that veto no day of the scene
    response_vetoes_kept: list[str] = []


class DateRules(Strict):
    """The schema of ``rules/dates.yaml`` (see the comments in that file)."""

    capitalised_only_months: list[str]
    weekday_blockers: list[str]
    ordinals: dict[str, int]
    relative_blockers: list[str]
    relative_days: list[RelativeDay]
    dayparts: list[str]
    part_words: list[str]
    shift_nouns: list[str]
    shift_words: dict[str, int]
    holidays: list[Holiday]
    holiday_blockers: list[str]
    holiday_prev_words: list[str]
    holiday_next_words: list[str]
    holiday_yardsticks: HolidayYardsticks
    weekday_modifiers: dict[str, WeekdayMode]
    week_offsets: dict[str, int | None]
    period_units: list[Literal["week", "weekend", "month", "year"]]
    period_offsets: dict[str, int]
    period_rolling: dict[str, int]
    period_halves: dict[str, Literal["before", "after"]]
    weekend_prepositions: list[str]
    month_cues: list[str]
    stretch_start_words: list[str]
    recalled_time_words: list[str]
    ago_units: dict[str, float]
    ago_months: dict[str, int]
    year_cues: list[str]
    year_article_cues: list[str]
    year_article_range: tuple[int, int]
    year_range: tuple[int, int]
    address_year_cues: list[str]
    other_eras: list[OtherEra] = []
    far_year_ahead: int = Field(default=100, ge=2, le=1000)
    year_not_before: list[str] = []
    model_year_words: list[str] = []
    future_cues: list[str]
    year_tails: dict[str, int]
    forecast_days: ForecastDays
    #: "a week since the shooting": the units and prepositions of a span of
    #: time measured from the incident (extract/dates/aftermath.py)
    elapsed_units: list[str]
    elapsed_preps: list[str]
    #: "in the aftermath of the shooting Tuesday": nouns of what follows
    aftermath_nouns: list[str]
    own_actions: OwnActions
    scene_days: SceneDays
    day_of_month_next_words: list[str]
    yearless_lookahead_days: int = Field(ge=0, le=366)
    #: a yearless date this near the dateline keeps the dateline's year
    #: whatever weekday is written with it (extract/dates/resolve.py)
    weekday_keeps_year_days: int = Field(default=7, ge=0, le=60)
    #: phrases of a look back from a later year: no copyright year read
    page_year_look_back: list[str] = []
    #: a plea of not guilty: the arraignment, no later court step
    page_year_arraignment: list[str] = []
    #: a death told by its distance from the shooting ("died the next day")
    death_offsets: DeathOffsets | None = None

    @field_validator("capitalised_only_months")
    @classmethod
    def _known_month_forms(cls, forms: list[str]) -> list[str]:
        unknown = sorted(set(forms) - set(MONTH_FORMS))
        if unknown:
            raise ValueError(f"not a month name or abbreviation: {', '.join(unknown)}")
        return forms


@cache
def date_rules() -> DateRules:
    return load_rule_file("dates.yaml", DateRules)
