"""Who gave a figure: whether two reports' sources are one agency, office or outlet.

Quake, attack and disaster stories put several sources' figures side by
side ("Tehran's seismologic center said 5.9, but the U.S. Geological Survey
said 6.1").  The comparer pairs two reports' figures by the source both
attribute them to before it pairs them by value, and sees that a report's
figure agrees with one of the figures the other report gives.  For that, a
source phrase must be read as a key: "the U.S. Geological Survey in Golden,
Colo.", "the USGS" and "the US Geological Survey" are one source.  Aliases
are data (``rules/agencies.yaml``); an acronym of a name and small spelling
variants are matched by rule (rapidfuzz), so an agency no alias lists still
pairs with itself.  A source that names no one in particular ("witnesses",
"he", "a neighbour") has no key: two reports' witnesses need not be the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from reportcheck.knowledge.rules import Strict, load_rule_file


class AgencyRules(Strict):
    aliases: dict[str, list[str]]
    unnamed: list[str]


#: words an acronym skips ("Federal Bureau of Investigation" -> FBI)
_ACRONYM_SKIP = {"of", "the", "and", "for", "on", "in"}
#: two names this alike (rapidfuzz token_sort_ratio) are one spelled two ways
#: ("Tehran's seismologic center", "Tehran seismological center")
SPELLING_RATIO = 90
_TOLD = re.compile(r"\s*\(told [^)]*\)")
_BRACKET = re.compile(r"\(([^)]*)\)")
_INDEFINITE = re.compile(r"(?i)(a|an|one|another|some)\b")
#: "a spokesman for X", "an official with X", "one of the X's officers": speaks for X
_SPEAKS_FOR = re.compile(r"\b(?:for|with|of|from)\s+(?P<body>.+)$")
_TRAILER = re.compile(r"(,| in | based in | at ).*$")


@dataclass(frozen=True)
class AgencyLexicon:
    #: a normalised name or alias -> its canonical key ("us geological survey" -> "USGS")
    canonical: dict[str, str]
    unnamed: frozenset[str]


@cache
def agency_lexicon() -> AgencyLexicon:
    rules = load_rule_file("agencies.yaml", AgencyRules)
    canonical: dict[str, str] = {}
    for key, names in rules.aliases.items():
        for name in (key, *names):
            canonical[_words(name)] = key
    return AgencyLexicon(canonical, frozenset(w.lower() for w in rules.unnamed))


def _words(name: str) -> str:
    """Lower case, no dots, no possessive, no leading article, single spaces."""
    text = name.lower().replace(".", "").replace("’", "'").replace("'s ", " ")
    text = re.sub(r"[^\w\s-]", " ", text)
    words = text.split()
    while words and words[0] in {"the", "an"}:
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class SourceKey:
    """A source as the comparer matches it: its canonical key (an alias's,
    else its normalised words), the acronym its words make, and a label."""

    key: str
    acronym: str
    label: str


def _acronym(name: str) -> str:
    """The initials of a name's words ("European-Mediterranean Seismological
    Centre" -> "emsc"); a short word written in capitals or with dots gives
    all its letters ("U.S. Geological Survey" -> "usgs")."""
    letters = []
    for word in re.split(r"[\s-]+", name.strip()):
        plain = word.replace(".", "").strip("'’,")
        if not plain or plain.lower() in _ACRONYM_SKIP:
            continue
        short_caps = len(plain) <= 3 and (plain.isupper() or "." in word)
        letters.append(plain.lower() if short_caps else plain[0].lower())
    return "".join(letters)


@cache
def source_key(source: str | None) -> SourceKey | None:
    """The key a source phrase is matched by; None for no source or one that
    names no one in particular (a pronoun, "witnesses", "a resident")."""
    if not source or not source.strip():
        return None
    lexicon = agency_lexicon()
    text = _TOLD.sub("", source).strip()
    indefinite = _INDEFINITE.match(text)
    if indefinite:
        # "a spokesman for the Interior Ministry" speaks for the ministry;
        # "a witness", "one resident" are someone, not a named source
        body = _SPEAKS_FOR.search(text)
        if body is None:
            return None
        return source_key(body.group("body"))
    bracketed = [b.strip() for b in _BRACKET.findall(text)]
    text = _TRAILER.sub("", _BRACKET.sub(" ", text)).strip()
    words = _words(text)
    if not words:
        return None
    named = any(ch.isupper() for ch in text.removeprefix("The").removeprefix("the"))
    if words in lexicon.unnamed or (words.split()[-1] in lexicon.unnamed and not named):
        return None
    for form in (words, *(_words(b) for b in bracketed)):
        if form in lexicon.canonical:
            key = lexicon.canonical[form]
            return SourceKey(key, key.lower(), f"the {key}" if key.isupper() else key)
    label = re.sub(r"^The\b", "the", text)
    return SourceKey(words, _acronym(text), label)


_AND = re.compile(r"\s+and\s+|\s*&\s*")


def source_parts(source: str | None) -> list[str]:
    """The sources a phrase names: "the official IRNA news agency and the
    United States Geological Survey" names two; a known name with "and" in
    it ("Bureau of Alcohol, Tobacco, Firearms and Explosives") stays one."""
    if not source or not source.strip():
        return []
    if _words(_TRAILER.sub("", source)) in agency_lexicon().canonical:
        return [source]
    return [part for part in _AND.split(source) if part.strip()]


def same_source(a: str | None, b: str | None) -> bool:
    """Whether two source phrases name one source (or share one, when a
    phrase names several: "IRNA and the USGS" shares the USGS)."""
    return any(_one_source(x, y) for x in source_parts(a) for y in source_parts(b))


def _one_source(a: str, b: str) -> bool:
    """Whether two names are of one source: one key, one is the other's
    acronym, one's words are all in the other's ("the center" and "the
    government's earthquake monitoring center"), or one spelled two ways."""
    ka, kb = source_key(a), source_key(b)
    if ka is None or kb is None:
        return False
    if ka.key == kb.key:
        return True
    if _is_acronym(ka.key, kb.acronym) or _is_acronym(kb.key, ka.acronym):
        return True
    if fuzz.token_set_ratio(ka.key, kb.key) == 100:  # one's words all in the other's
        return True
    return fuzz.token_sort_ratio(ka.key, kb.key) >= SPELLING_RATIO


def _is_acronym(key: str, acronym: str) -> bool:
    """Whether ``key`` is one word that spells ``acronym`` ("ncpa")."""
    return len(key) >= 2 and " " not in key and key.lower() == acronym


def source_label(a: str | None, b: str | None = None) -> str:
    """How a reason names a source two reports share: the alias's key
    ("the USGS", "Xinhua"), else the shorter of the two phrases as written."""
    if a and b:
        shared = [(x, y) for x in source_parts(a) for y in source_parts(b) if _one_source(x, y)]
        a, b = shared[0] if shared else (a, b)
    keys = [k for k in (source_key(a), source_key(b)) if k is not None]
    if not keys:
        return "the same source"
    return min((k.label for k in keys), key=len)
