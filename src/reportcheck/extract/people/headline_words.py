"""Ordinary words a Title Case headline capitalises, told by the report itself.

A headline set in Title Case ("Boy Accidentally Shoots Self With Father's
Gun", "Hunter Shot On Grand Mesa", "Drone Carrying Meth Crashes") gives
every word a capital, and the small model reads runs of them as a person's
name: "Boy Accidentally", "Hunter", "Meth Crashes".  No list of English
words says which capitalised word is a name ("Hunter", "Rose" and "Young"
are both); the report does.  Its body writes an ordinary word in lower case
("the boy was accidentally shot", "the hunter", "meth") and a name with its
capital wherever it stands, so a word of a Title Case sentence that the
report writes in lower case elsewhere, and never with a capital inside a
sentence or before another capitalised word, is no word of a name.

Inflection is undone by the loader's rule (``endings`` and ``irregular`` of
rules/headline_case.yaml), so "Turns" is known by "turned" and "Crashes" by
"crash".  Only words of sentences in Title Case are judged: a name in a
paragraph is the writer's own capitals and is never second-guessed.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from weakref import WeakKeyDictionary

from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Span, Token

from reportcheck.extract.core.base import lemmatizer_of
from reportcheck.extract.core.lines import in_title_case
from reportcheck.knowledge.title_case import lemmas_by_form


@cache
def _stems(word: str) -> frozenset[str]:
    """The lower-case word and the lemmas its endings may stand for
    ("turns" -> turn, "crashes" -> crash, crashe; "shot" -> shoot)."""
    return frozenset({word, *lemmas_by_form(word, min_stem=3)})


def _capital_as_name(token: Token) -> bool:
    """A capitalised word written as a name is: inside a sentence, or at its
    start before another capitalised word ("Rose Smith, 34, was shot")."""
    doc = token.doc
    if not token.is_sent_start and token.i > 0 and "\n" not in doc[token.i - 1].text_with_ws:
        return True
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is not None and after.is_alpha and after.text[:1].isupper()


#: the parts of speech of the lemmatizer's word lists
_PARTS = ("noun", "verb", "adj", "adv")

#: each lemmatizer's word lists as sets, keyed by the lemmatizer itself (held
#: weakly): an id could be another object's once the first is gone, and this
#: holds whatever base.defer_lemmas does or does not keep
_INDEX: WeakKeyDictionary[Lemmatizer, Mapping[str, frozenset[str]]] = WeakKeyDictionary()


def word_index(doc: Doc) -> Mapping[str, frozenset[str]]:
    """The model's own dictionary, by part of speech ("noun", "verb", "adj",
    "adv"): the word lists (from WordNet) its rule lemmatizer looks lemmas
    up in.  Empty when the pipeline has no lemmatizer."""
    held = lemmatizer_of(doc.vocab)
    if held is None or "lemma_index" not in held.lookups.tables:
        return {}
    index = _INDEX.get(held)
    if index is None:
        table = held.lookups.get_table("lemma_index")
        # the table keys its parts of speech by their hashes: ask by name
        index = _INDEX[held] = {pos: frozenset(table[pos]) for pos in _PARTS if pos in table}
    return index


def _no_noun_by_form(word: str, index: Mapping[str, frozenset[str]]) -> bool:
    """A word whose form tells a word of a headline's grammar, not a name:
    an adverb ("Accidentally") or a verb with an ending ("Turns", "Crashes",
    "Carrying").  Not an adjective: first names are ("Randy", "Rusty")."""
    verbs = index.get("verb", frozenset())
    return word in index.get("adv", ()) or any(lemma in verbs for lemma in lemmas_by_form(word, min_stem=2))


def _written_words(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """Stems of the words the report writes in lower case, and of those it
    writes with a capital as a name is written, outside its Title Case
    sentences."""
    cached = doc.user_data.get(_KEY)
    if cached is not None:
        return cached
    lower: set[str] = set()
    named: set[str] = set()
    for sent in doc.sents:
        if in_title_case(sent):
            continue
        for token in sent:
            if not token.is_alpha:
                continue
            if token.text.islower():
                lower |= _stems(token.text)
            elif token.text[:1].isupper() and not token.text.isupper() and _capital_as_name(token):
                named |= _stems(token.lower_)
    written = (frozenset(lower), frozenset(named))
    doc.user_data[_KEY] = written
    return written


#: where a Doc keeps its :func:`_written_words`
_KEY = "rc_headline_written_words"


def ordinary_in_headline(token: Token) -> bool:
    """Whether a capitalised word of a Title Case sentence is an ordinary
    word, and no word of a name: its form is a verb's or an adverb's, or
    the report writes it in lower case elsewhere and the model's dictionary
    holds it; and the report never writes it with a capital as a name."""
    if not token.is_alpha or token.text.isupper() or not in_title_case(token.sent):
        return False
    lower, named = _written_words(token.doc)
    stems = _stems(token.lower_)
    if stems & named:
        return False
    index = word_index(token.doc)
    if _no_noun_by_form(token.lower_, index):
        return True
    # a word of the dictionary the report writes in small letters ("the hunter"):
    # a surname no dictionary holds ("Slaight") may be lowered by the loader in a
    # script in capitals, which is no writer's evidence
    return any(stem in words for stem in stems & lower for words in index.values())


def trim_ordinary(span: Span) -> Span:
    """``span`` without the ordinary headline words at either end: "Toddler
    Braison Howard" -> "Braison Howard", "Boy Accidentally" -> nothing.  A
    lone word left of a longer run ("Riot Breaks" -> "Breaks", "Rehab
    Facility" -> "Facility") is a word of the headline too, not a name."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and ordinary_in_headline(doc[start]):
        start += 1
    while end > start and ordinary_in_headline(doc[end - 1]):
        end -= 1
    if (start, end) != (span.start, span.end) and end - start < 2:
        return doc[start:start]
    return doc[start:end]
