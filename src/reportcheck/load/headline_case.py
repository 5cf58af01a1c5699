"""Headlines in Title Case, written the way the tagger reads news.

Web pages and local outlets capitalise every word of a headline: "Five
Shot, One Killed Outside Convenience Store In Miami", "2-Year-Old Killed
In Little Rock Shooting".  spaCy's small model tags such words as parts of
a name, so the headline's count is lost (of 31 Title Case headlines with a
count in the corpora, 8 gave one).  A headline's figures matter: it is
where a report's first toll stands, and the one an editor sees.

The words are data (``rules/headline_case.yaml``).  The loader writes in
lower case, in the headline it found, when that is set in Title Case, the
first letter of each word the count readers know a casualty by (the verbs
and words of an outcome, the nouns of people: :func:`casualty_words`), the
number words, "year-old", and the short words of grammar (articles,
prepositions, conjunctions, pronouns, auxiliaries: not spaCy's whole stop
list, which holds "May", "Will" and "Bill").  Names of people and places
are no such words, and keep their capitals.  Only letters change case, so
every offset, and every claim's quoted text (read from the original file),
stays as it was.
"""

from __future__ import annotations

import re
from functools import cache

from reportcheck.knowledge.casualties import casualty_words
from reportcheck.knowledge.title_case import headline_case_rules, lemmas_by_form, title_cased
from reportcheck.load.offsets import Edit

_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


@cache
def known_word(word: str) -> bool:
    """Whether a lower-case word is one the tagger must see in lower case."""
    rules = headline_case_rules()
    if word in rules.grammar_words or word in rules.number_words or word in rules.headline_verbs:
        return True
    words = casualty_words()
    return word in words or any(lemma in words for lemma in lemmas_by_form(word))


def _title_case(line: str) -> bool:
    words = _WORD.findall(line)
    if len(line) > headline_case_rules().max_title_chars:
        return False
    if all(w.isupper() for w in words):
        return False  # a line in capitals (a dateline, a kicker) is no Title Case
    return title_cased(words)


def headline_case_edits(text: str, headline: str | None) -> list[Edit]:
    """Edits that lower the first letter of the known words of ``headline``
    where it stands in ``text``, when it is set in Title Case (never its
    first word, which a sentence starts with anyway).  Only the headline the
    loader found is touched: a fact box's "Epicentre: Near Port Avila" or a
    subhead keeps its words."""
    if headline is None or not _title_case(headline):
        return []
    at = text.find(headline)
    if at < 0:
        return []
    edits: list[Edit] = []
    for match in _WORD.finditer(headline):
        word = match.group()
        if match.start() == 0 or not word[0].isupper() or word.isupper():
            continue
        if known_word(word.lower()):
            edits.append(Edit(at + match.start(), at + match.start() + 1, word[0].lower()))
    return edits
