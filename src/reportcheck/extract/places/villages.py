"""Villages the gazetteer does not know, named as villages: "the village of
Ostrovka", "in Kamenka village".

Wire reports of shelling, floods and raids name hamlets GeoNames lacks (or
spells otherwise); the words "village of" say it is a place all the same.
Such a name is claimed as a place (kind ``village``, id ``unresolved:NAME``)
so that the people component, which skips any span a place claim holds,
never takes it for a person, and a reader still sees where it happened.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from reportcheck.extract.core.base import text_of

#: the kind and id prefix of a village the gazetteer lacks
VILLAGE_KIND = "village"
UNRESOLVED = "unresolved:"
#: a capitalised name of one to three words ("Novaya Sokolovka", "Beit Ummar")
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
#: "the village of X", "the hamlet of X"
_VILLAGE_OF = re.compile(rf"\b(?:village|hamlet|settlement)\s+of\s+(?P<name>{_NAME})")
#: "X village" (lower-case "village": "Greenwich Village" is a name of its own)
_NAME_VILLAGE = re.compile(rf"(?P<name>{_NAME})\s+village\b")
#: entity labels under which "X village" names a place ("Olympic village" is NORP)
NAME_LABELS = frozenset({"PERSON", "GPE", "LOC", "ORG"})


def village_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of every village named as one, in text order.

    "the village of X" says so on its own; "X village" only where the model
    took X for a name (a person, place or organisation), not for an
    adjective ("the Olympic village").
    """
    text = text_of(doc)
    found = [(m.start("name"), m.end("name"), m.group("name")) for m in _VILLAGE_OF.finditer(text)]
    for match in _NAME_VILLAGE.finditer(text):
        span = doc.char_span(match.start("name"), match.end("name"), alignment_mode="expand")
        if span is not None and any(t.ent_type_ in NAME_LABELS for t in span):
            found.append((match.start("name"), match.end("name"), match.group("name")))
    return sorted(set(found))
