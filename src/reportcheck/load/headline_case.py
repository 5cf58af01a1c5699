"""Headlines in Title Case, written the way the tagger reads news.

Web pages and local outlets capitalise every word of a headline: "Five
Shot, One Killed Outside Convenience Store In Miami", "2-Year-Old Killed
In Little Rock Shooting".  spaCy's small model tags such words as parts of
a name, so the headline's count is lost (of 31 Title Case headlines with a
count in the corpora, 8 gave one).  A headline's figures matter: it is
where a report's first toll stands, and the one an editor sees.

The loader writes in lower case, in the headline it found, when that is
set in Title Case, the first
letter of each word the count readers know a casualty by (the verbs and
words of an outcome, the nouns of people: :func:`casualty_words`), the
number words, "year-old", and the short words of grammar (articles,
prepositions, conjunctions, pronouns, auxiliaries: not spaCy's whole stop
list, which holds "May", "Will" and "Bill").  Names of people and places are no such words, and keep
their capitals.  Only letters change case, so every offset, and every
claim's quoted text (read from the original file), stays as it was.
"""

from __future__ import annotations

import re
from functools import cache

from reportcheck.knowledge.casualties import casualty_words
from reportcheck.load.offsets import Edit

#: a line is set in Title Case when at least this share of its words, and
#: at least this many, start with a capital
TITLE_SHARE = 0.8
MIN_TITLE_WORDS = 4
#: the longest line taken for a headline
MAX_TITLE_CHARS = 200
#: words of a count a headline spells ("Three Dead", "Two Dozen Hurt")
NUMBER_WORDS = frozenset(
    {
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "dozen",
        "dozens",
        "several",
        "both",
        "year",
        "old",
    }
)
#: the short words of grammar a headline capitalises: none is a name or a month
GRAMMAR_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "then",
        "as",
        "than",
        "when",
        "where",
        "while",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "in",
        "at",
        "on",
        "of",
        "by",
        "for",
        "from",
        "to",
        "with",
        "after",
        "before",
        "during",
        "near",
        "outside",
        "inside",
        "over",
        "under",
        "into",
        "onto",
        "across",
        "behind",
        "against",
        "amid",
        "among",
        "since",
        "until",
        "through",
        "toward",
        "towards",
        "he",
        "she",
        "it",
        "they",
        "him",
        "her",
        "them",
        "his",
        "hers",
        "its",
        "their",
        "himself",
        "herself",
        "itself",
        "themselves",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "no",
        "not",
    }
)
#: verbs of a headline's casualty that are no casualty word themselves:
#: "Woman Found Dead", "Two Dead, Police Say"
HEADLINE_VERBS = frozenset({"found", "say", "says", "said"})
#: a word's endings as inflection adds them, and what the lemma ends in instead
ENDINGS = (
    ("ies", "y"),
    ("ied", "y"),
    ("ing", "e"),
    ("ing", ""),
    ("es", ""),
    ("ed", ""),
    ("s", ""),
    ("d", ""),
)
#: inflected forms no ending tells
IRREGULAR = {
    "shot": "shoot",
    "died": "die",
    "dies": "die",
    "dying": "die",
    "slain": "slay",
    "struck": "strike",
    "beaten": "beat",
    "children": "child",
    "men": "man",
    "women": "woman",
    "people": "people",
    "gunmen": "gunman",
    "policemen": "policeman",
    "firemen": "fireman",
}

_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


@cache
def _known(word: str) -> bool:
    """Whether a lower-case word is one the tagger must see in lower case."""
    if word in GRAMMAR_WORDS or word in NUMBER_WORDS or word in HEADLINE_VERBS:
        return True
    words = casualty_words()
    if word in words or IRREGULAR.get(word) in words:
        return True
    return any(
        word.endswith(ending) and word[: -len(ending)] + lemma_end in words for ending, lemma_end in ENDINGS
    )


def _title_case(line: str) -> bool:
    words = _WORD.findall(line)
    if len(words) < MIN_TITLE_WORDS or len(line) > MAX_TITLE_CHARS:
        return False
    if all(w.isupper() for w in words):
        return False  # a line in capitals (a dateline, a kicker) is no Title Case
    return sum(w[0].isupper() for w in words) >= TITLE_SHARE * len(words)


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
        if _known(word.lower()):
            edits.append(Edit(at + match.start(), at + match.start() + 1, word[0].lower()))
    return edits
