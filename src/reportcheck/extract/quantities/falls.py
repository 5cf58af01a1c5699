"""How far someone or something fell: a length a verb of falling governs.

Reports of a climbing death, a collapse or a crash into a ravine give the
height of the fall: "Robert Buckley, 32, fell about 2,000 feet", "died after
slipping and falling about 200ft from a ridge", "the bus plunged 50 metres
into a ravine".  Read as a distance it was keyed by its anchor ("distance
from a ridge") and never met another report's "fell about 60 metres" of the
same climber; and two people's falls in one story ("the second climber to
fall ... fell around 2000ft", "a 36-year-old climber died after falling about
150 metres") were set against each other.  A fall is its own measure
(:data:`~reportcheck.knowledge.vocabulary.FALL`), and its frame bearer is who
or what fell, so the align stage pairs falls person by person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from reportcheck.extract.core.base import heads_to_verb, lemma_of
from reportcheck.extract.core.mentions import Mention
from reportcheck.extract.quantities.units import unit_rules

#: how many words a figure may hang below its verb ("fell around 2000ft":
#: 2000 -> around -> fell)
_MAX_HEADS = 4
#: the words a fall's figure may hang on below its verb: "around", "some",
#: "nearly" ("fell around 2000ft"), never a noun the figure sizes
_BETWEEN = frozenset({"ADP", "ADV", "PART"})


def fall_verb(doc: Doc, sent: Span, mention: Mention) -> Token | None:
    """The verb of falling the figure is the length of, if any."""
    span = doc.char_span(
        sent.start_char + mention.start, sent.start_char + mention.end, alignment_mode="expand"
    )
    if span is None:
        return None
    heads = heads_to_verb(span.root, _MAX_HEADS)
    if not heads or heads[-1].pos_ not in ("VERB", "AUX"):
        return None
    if any(head.pos_ not in _BETWEEN for head in heads[:-1]):
        return None  # "fell into a 30 feet deep gorge": the figure sizes the gorge
    verb = heads[-1]
    return verb if lemma_of(verb) in unit_rules().fall_verbs else None


#: how many words before a depth ("a ravine about 150 metres deep") the drop's noun may stand
_DROP_REACH = 4


def drop_of(doc: Doc, sent: Span, mention: Mention) -> tuple[Token, Token | None] | None:
    """The drop the figure sizes ("a ravine about 150 metres deep", "a 60-foot
    gorge", "a 34m drop": a noun of ``drop_nouns`` of rules/units.yaml next to
    the figure), with the verb of going into it its noun hangs on if any
    (``drop_verbs``: "fell into a ravine about 150 metres deep"), or None."""
    span = doc.char_span(
        sent.start_char + mention.start, sent.start_char + mention.end, alignment_mode="expand"
    )
    if span is None:
        return None
    rules = unit_rules()
    after = doc[span.end : min(span.end + 2, sent.end)]
    before = doc[max(sent.start, span.start - _DROP_REACH) : span.start]
    drops = [t for t in [*before, *after] if lemma_of(t) in rules.drop_nouns or t.lower_ in rules.drop_nouns]
    for drop in drops:
        heads = heads_to_verb(drop, _MAX_HEADS)
        if heads and heads[-1].pos_ in ("VERB", "AUX") and lemma_of(heads[-1]) in rules.drop_verbs:
            return drop, heads[-1]
    return (drops[0], None) if drops else None
