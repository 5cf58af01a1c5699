"""The place a distance is told from, as a key both reports give alike.

"20 km from Russia's border" and "five miles from Rostov's border" both
measure from the border, "35 miles southwest of Bandar Abbas" from a city,
and the comparer sets only distances of one key against each other
(:func:`anchor_key`).  A name is keyed by its own words, not by the noun of
its kind around it ("Aleppo city", "Biyangdo Island", "the port of Bandar
Abbas", "the capital, Lima" are Aleppo, Biyangdo, Bandar Abbas and Lima); a
bare role noun by the one place the report names in that role ("south of
the island" in a story of "the Italian island of Lampedusa"); a spot placed
in a named town by the town and the spot ("a toll station in Xinglong
county" is "xinglong toll station").  The nouns are rules/units.yaml's.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from reportcheck.details import PlaceDetails
from reportcheck.extract.core.base import claims_of, lemma_of, text_of
from reportcheck.extract.quantities.units import unit_rules
from reportcheck.knowledge.gazetteer import get_gazetteer
from reportcheck.models import ClaimKind


def anchor_key(doc: Doc, char: int) -> tuple[str, str] | None:
    """(key, text) of the noun phrase a distance is measured from."""
    span = doc.char_span(char, min(len(text_of(doc)), char + 80), alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        if token.pos_ in ("PROPN", "NOUN"):
            head = _phrase_head(token)
            key = _role_named(head) or _spot_in_town(head) or key_of(head)
            return key, doc[head.left_edge.i : head.i + 1].text
        if token.pos_ in ("VERB", "AUX", "PUNCT") and token.text not in ("'s",):
            break
    return None


def _phrase_head(token: Token) -> Token:
    """The word that names the place a distance is told from: the name
    before a place noun ("Aleppo city"), the name after a place noun and
    "of" ("the port of Bandar Abbas": ``place_nouns_before_of`` of
    rules/units.yaml), else the phrase's own head."""
    head = token
    while head.dep_ in ("compound", "poss", "amod", "nmod") and head.head.i > head.i:
        head = head.head
    named = _name_before_place_noun(head) or _name_after_role_noun(head)
    if named is not None:
        return named
    if head.lower_ in unit_rules().place_nouns_before_of:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return head


def _name_before_place_noun(head: Token) -> Token | None:
    """The name in "20 km south-west of Aleppo city": the lower-case place
    noun after a name (``place_nouns_after_name`` of rules/units.yaml) is the
    place the name is, so "Aleppo city" and the other report's "Aleppo" are
    one anchor.  A capitalised noun that is part of the name ("Gaza City",
    "Kuwait City") is left to the name."""
    if (
        head.pos_ != "NOUN"
        or head.text != head.lower_
        or head.lower_ not in unit_rules().place_nouns_after_name
    ):
        return None
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is None or before.pos_ != "PROPN" or before.head.i != head.i:
        return None
    return before


def _name_after_role_noun(head: Token) -> Token | None:
    """The name in "540 km south-east of the capital Lima" or "of the state
    capital, Belo Horizonte": a role noun (``place_nouns_before_name`` of
    rules/units.yaml) followed, after at most a comma, by a run of proper
    nouns stands for the place that run names, so the anchor meets the other
    report's "Lima".  The parser hangs the name on the role noun, the verb or
    a bearing, so the run is read from the words.  No name when the run is a
    day ("from the capital Monday") or the subject of a verb ("from the
    capital, Smith said").  A role noun in capitals is a name's own word
    ("the Johnson Space Center, Houston")."""
    if head.text != head.lower_ or head.lower_ not in unit_rules().place_nouns_before_name:
        return None
    doc = head.doc
    start = head.i + 1
    if start < len(doc) and doc[start].text == ",":
        start += 1
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ not in ("DATE", "TIME"):
        end += 1
    if end == start or not doc[start].is_title:
        return None
    if end < len(doc) and doc[end].pos_ in ("VERB", "AUX"):
        return None
    return doc[end - 1]


def _role_named(head: Token) -> str | None:
    """The key of the one place a report names in the role a bare noun tells
    ("south of the island" in a story of "the Italian island of Lampedusa":
    "lampedusa"; ``place_roles_told_alone`` of rules/units.yaml), or None
    where the noun carries a name of its own or the report names no place,
    or two, in that role.  "the regional capital" is no national capital."""
    role = head.lower_
    if head.pos_ != "NOUN" or role not in unit_rules().place_roles_told_alone:
        return None
    if any(
        t.dep_ in ("compound", "poss", "nmod") or (t.dep_ == "amod" and role == CAPITAL) for t in head.lefts
    ):
        return None
    names = _names_in_role(head.doc, role)
    return next(iter(names)) if len(names) == 1 else None


#: the role noun of a country's capital (``place_roles_told_alone``)
CAPITAL = "capital"


def _names_in_role(doc: Doc, role: str) -> frozenset[str]:
    """The keys of the places a report names in a role: "the island of X",
    "X island", "X Island", "the capital, X" (:func:`_name_after_role_noun`)
    and, for the capital, every place the report names that the gazetteer
    knows as its country's capital (a dateline's "Kathmandu")."""
    cache = doc.user_data.setdefault(_ROLE_NAMES_KEY, {})
    if role in cache:
        return cache[role]
    found: set[str] = set()
    for token in doc:
        if token.lower_ != role:
            continue
        named = _name_after_role_noun(token) if role == CAPITAL else None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                named = named or next(
                    (c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None
                )
        if named is not None:
            found.add(key_of(named))
        elif token.pos_ == "PROPN" or any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in token.lefts):
            words = [t.lower_ for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
            found.add(" ".join(words[-3:]))
    if role == CAPITAL:
        found |= _capitals_named(doc)
    cache[role] = frozenset(word for word in found if word)
    return cache[role]


def _capitals_named(doc: Doc) -> set[str]:
    """The keys of the places a report names (its place claims, read before
    its measures) that the gazetteer reads as their country's capital."""
    gazetteer = get_gazetteer()
    found = set()
    for claim in claims_of(doc):
        details = claim.details
        if (
            claim.kind is not ClaimKind.location
            or not isinstance(details, PlaceDetails)
            or not details.country
        ):
            continue
        capital = gazetteer.capital_of(details.country)
        if capital is not None and details.geonameid == str(capital.geonameid):
            written = (
                details.surface or text_of(doc)[claim.start : claim.end]
            )  # "the capital": its city's name
            found.add(" ".join(_without_closing_noun(written.lower().split())[-3:]))
    return found


#: where a Doc keeps the places it names in each role (:func:`_names_in_role`)
_ROLE_NAMES_KEY = "rc_role_names"


def _spot_in_town(head: Token) -> str | None:
    """The key of a spot a report places in a named town, "a toll station in
    Xinglong county" -> "xinglong toll station", "the Maria Reiche airport in
    Nazca" -> "nazca airport" (``spot_nouns_in_towns`` of rules/units.yaml):
    the key :func:`key_of` gives the other report's "the Xinglong toll
    station" and "Nazca airport".  None for any other noun."""
    if head.pos_ != "NOUN":
        return None
    nouns = [t.lower_ for t in head.lefts if t.dep_ == "compound" and t.pos_ == "NOUN"]
    spots = unit_rules().spot_nouns_in_towns
    if head.lower_ not in spots and " ".join([*nouns[-1:], head.lower_]) not in spots:
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        town = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if town is None:
            continue
        words = _name_words(town) if town.pos_ == "PROPN" else []
        words = words or [t.lower_ for t in town.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        if words:
            return " ".join([*_without_closing_noun(words)[-3:], *nouns[-2:], lemma_of(head)])
    return None


def key_of(head: Token) -> str:
    """The anchor's key: a name's last words, or a noun with the nouns that
    name it ("Anekal Road railway station" and "City railway station" are two
    stations; "Russia's border" and "Rostov's border" one border)."""
    if head.pos_ == "PROPN":
        return " ".join(_without_closing_noun(_name_words(head))[-3:])
    compounds = [t for t in head.lefts if t.dep_ == "compound"]
    return " ".join([*(t.lower_ for t in compounds[-2:]), lemma_of(head)])


def _without_closing_noun(words: list[str]) -> list[str]:
    """A name's words without the place noun that closes it, "Biyangdo
    Island" -> "Biyangdo" (``place_nouns_in_names`` of rules/units.yaml), so
    that it meets another report's bare "Biyangdo"; a name of that noun and
    one word more stays whole only where nothing else is left."""
    if len(words) > 1 and words[-1] in unit_rules().place_nouns_in_names:
        return words[:-1]
    return words


def _name_words(head: Token) -> list[str]:
    """The proper nouns of a name up to its head, those after a role noun
    written in small letters only: "Amazonas state capital Manaus" and
    "Kenya's capital Nairobi" name Manaus and Nairobi
    (``place_nouns_before_name`` of rules/units.yaml), while the "Center" of
    "Johnson Space Center" is the name's own word."""
    before = [t for t in head.subtree if t.i <= head.i]
    roles = [
        t.i
        for t in before
        if t.i < head.i and t.text == t.lower_ and t.lower_ in unit_rules().place_nouns_before_name
    ]
    after = roles[-1] if roles else -1
    return [t.lower_ for t in before if t.pos_ == "PROPN" and t.i > after]
