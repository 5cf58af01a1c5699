"""Names a report writes as a person's, which a town's name must not take.

A surname is often a town's name somewhere ("Palin" in Guatemala,
"Lawrence" in Kansas, "Marion" in a dozen states), and the model tags a lone
surname a place as often as a person.  Reporters write a person so that a
reader cannot miss it: the subject of a verb of speech ("Palin told
reporters", "..., said Palin."), after a title or rank ("Sgt. Lawrence",
"Mrs. Marion", "Officer Austin"), the possessive before a relative or
counsel ("Palin's husband", "Marion's attorney"), a name with an age in
apposition ("Marion, 34, was arrested").  Such a name is the person's in
the whole report: its other lone mentions find no town (:mod:`.spans`),
unless the words there say a town is meant ("in Marion", "Marion, Ohio").
The words come from ``person_cues`` in ``rules/places.yaml``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from reportcheck.knowledge.gazetteer.names import place_rules, word_set
from reportcheck.knowledge.title_case import title_cased

#: the possessive endings the tokenizer splits off a name
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
#: the most words between a possessive and its noun of kin ("Palin's eldest son", "his 17-year-old daughter")
MAX_KIN_GAP = 4
#: the most words of a name after a title ("Sgt. Mary Ann Lawrence")
MAX_TITLED_WORDS = 3


@cache
def _cues() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    cues = place_rules().person_cues
    return frozenset(cues.speech_verbs), frozenset(cues.titles), frozenset(cues.kin_nouns), cues.max_age


def _name_word(token: Token) -> bool:
    """A capitalised word that may be a name (not one written all in capitals)."""
    return token.is_alpha and token.text[0].isupper() and not token.text.isupper()


def person_names(doc: Doc) -> frozenset[str]:
    """The lower-case words the report writes as a person's name (see the module)."""
    names: set[str] = set()
    for token in doc:
        if _is_title(token):
            names.update(t.lower_ for t in _titled_name(token))
        elif _name_word(token) and (_speaks(token) or _has_kin(token) or _has_age(token)):
            names.add(token.lower_)
    return frozenset(names)


def _speaks(token: Token) -> bool:
    """A name the model tagged a person, written as the speaker: "Palin
    told reporters", "Palin also said", "..., said Palin."; the tag keeps
    out the towns and capitals that speak for their people ("Moscow said")."""
    if token.ent_type_ != "PERSON":
        return False
    speech = _cues()[0]
    doc = token.doc
    after = token.i + 1
    if after < len(doc) and doc[after].pos_ == "ADV":
        after += 1
    if after < len(doc) and doc[after].lower_ in speech:
        return True
    before = doc[token.i - 1] if token.i > 0 else None
    ends = token.i + 1 >= len(doc) or doc[token.i + 1].is_punct
    return before is not None and before.lower_ in speech and ends


def _has_kin(token: Token) -> bool:
    """ "Palin's husband", "Marion's 17-year-old son": a person's possessive
    before a noun of kin or counsel that heads its phrase."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text not in POSSESSIVES:
        return False
    kin = _cues()[2]
    for following in doc[token.i + 2 : token.i + 2 + MAX_KIN_GAP]:
        if following.lower_ in kin:
            return not _modifies_noun(following)
        if following.pos_ in ("NOUN", "PROPN", "VERB") or following.is_punct and following.text != "-":
            return False
    return False


def _modifies_noun(token: Token) -> bool:
    """ "America's family physician": the kin noun is a modifier of the
    noun after it, and the possessor a place's."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("NOUN", "PROPN")


def _has_age(token: Token) -> bool:
    """ "Marion, 34, was arrested": a name, a comma, an age and a comma;
    not a list of numbers ("Windows XP, Vista, 7, 8")."""
    doc = token.doc
    if token.i + 3 >= len(doc) or doc[token.i + 1].text != "," or doc[token.i + 3].text != ",":
        return False
    age = doc[token.i + 2].text
    listed = token.i + 4 < len(doc) and doc[token.i + 4].like_num
    return age.isdigit() and 0 < int(age) <= _cues()[3] and not listed


def _is_title(token: Token) -> bool:
    """A title or rank, capitalised as before a name ("Sgt.", "Mrs",
    "Officer"; not "to miss Dallas"), before a capitalised name; not a
    street's abbreviation after its name ("Smithridge Dr. Reno Police": a
    drive, then the town), nor a word of a headline in title case ("Officer
    Shot In Anytown")."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    following = doc[token.i + 1]
    if following.text == "." and token.i + 2 < len(doc):
        following = doc[token.i + 2]
    word = token.lower_.rstrip(".")
    if word not in _cues()[1] or not token.text[0].isupper() or not _name_word(following):
        return False
    if _title_cased(token):
        return False
    return not (word in word_set("street_words") and token.i > 0 and _name_word(doc[token.i - 1]))


def _title_cased(token: Token) -> bool:
    """Whether the token's sentence is a headline in Title Case, by the
    loader's rule (:func:`reportcheck.knowledge.title_case.title_cased`)."""
    return title_cased([t.text for t in token.sent if t.is_alpha])


def _titled_name(title: Token) -> list[Token]:
    """The run of capitalised words after a title: "Lawrence" of "Sgt. Lawrence"."""
    doc = title.doc
    start = title.i + 1
    if doc[start].text == ".":
        start += 1
    words = []
    for token in doc[start : start + MAX_TITLED_WORDS]:
        if not _name_word(token) or token.is_stop:
            break
        words.append(token)
    return words
