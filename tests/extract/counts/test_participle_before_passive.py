"""A victim told by a noun and a bare participle before the passive verb of
the sentence ("The man killed when a tree fell on his car has been
identified as ..."): the parser reads "killed" as the sentence's past tense
and hangs "has been identified" on it with no "and", and the man, read as
the one who killed, was counted nowhere; the report then counted no victim
and its named victim met no other report's.  Such a participle is passive.
"The man fled and was arrested" (a second verb joined by "and") stays the
man's own act.  The parse is built by hand, the one the parser gave an
invented sentence, so the test states the rule whatever the parser does."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from reportcheck.extract.counts.linking import _passive_like

from ...conftest import report_claims


def _doc(words, heads, deps, tags) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)


# "The man killed when a tree fell has been identified as Tomas Rinn"
WORDS = ["The", "man", "killed", "when", "a", "tree", "fell", "has", "been", "identified", "as", "Rinn"]
HEADS = [1, 2, 2, 6, 5, 6, 2, 9, 9, 2, 9, 10]
DEPS = ["det", "nsubj", "ROOT", "advmod", "det", "nsubj", "advcl", "aux", "auxpass", "conj", "prep", "pobj"]
TAGS = ["DT", "NN", "VBD", "WRB", "DT", "NN", "VBD", "VBZ", "VBN", "VBN", "IN", "NNP"]


def test_a_participle_the_passive_verb_hangs_on_is_passive():
    assert _passive_like(_doc(WORDS, HEADS, DEPS, TAGS)[2])


def test_a_second_verb_joined_by_and_leaves_the_first_active():
    # "The man killed and was arrested": "and" joins two acts of the man
    words = ["The", "man", "fled", "and", "was", "arrested"]
    heads = [1, 2, 2, 2, 5, 2]
    deps = ["det", "nsubj", "ROOT", "cc", "auxpass", "conj"]
    tags = ["DT", "NN", "VBD", "CC", "VBD", "VBN"]
    assert not _passive_like(_doc(words, heads, deps, tags)[2])


def test_the_man_killed_before_has_been_identified_is_counted():
    text = (
        "The man killed when a tree crushed his van near Dorvale on Saturday afternoon has been "
        "identified by his family as Tomas Rinn, 61."
    )
    killed = [c for c in report_claims(text) if c.kind.value == "killed"]
    assert [(c.evidence.text, c.value.low, c.count.sex) for c in killed] == [("The man", 1.0, "male")]


def test_a_participle_tagged_past_tense_on_its_noun_is_counted_and_named():
    """ "The woman killed in the crash was identified as ...": the small
    parser tags the participle on the noun a past tense; with no subject of
    its own it is the participle, so the woman is counted and the name she
    is identified as is the victim."""
    claims = report_claims("The woman killed in the crash on Route 4 was identified as Ana Belk, 33.")
    killed = [(c.evidence.text, c.count.sex) for c in claims if c.kind.value == "killed"]
    roles = {c.evidence.text: c.person.role for c in claims if c.kind.value == "person"}
    assert killed == [("The woman", "female")]
    assert roles == {"Ana Belk": "victim"}
