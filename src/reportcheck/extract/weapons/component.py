"""Weapons, placed in a class tree so compatible descriptions are recognised.

"an automatic weapon" and "a machine gun" describe one gun at two levels of
detail; "a .357 magnum" and "a handgun" likewise.  The tree lives in
``rules/weapons.yaml`` (read by :mod:`reportcheck.knowledge.weapons`); this
module finds the phrases (with an optional calibre) and records the class,
the calibre, the class's ancestors and the gun model a phrase names ("an
AK-47", "an R5 assault rifle", "a Glock 19": its maker and model).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from reportcheck.details import WeaponDetails
from reportcheck.extract.core.base import RawClaim, add_claim, lemma_of, register_extractor, text_of
from reportcheck.knowledge.weapons import GunModel, fold, weapon_tree
from reportcheck.models import ClaimKind, Value, ValueFrame

#: the subject and label of a weapon the security forces wield
SECURITY_SUBJECT = "weapon:security forces"
SECURITY_LABEL = "weapon used by the security forces"
#: the dependencies a weapon word climbs to the phrase that holds it ("stun
#: grenades and volleys of tear gas", "a rifle and a pistol")
_PHRASE_DEPS = frozenset({"compound", "amod", "conj", "appos", "nmod"})
#: the dependencies a verb hands its subject down by ("tried to storm
#: parliament, hurled Molotov cocktails"; "fired tear gas to disperse ...")
_SHARED_SUBJECT_DEPS = frozenset({"conj", "xcomp"})


def _normal_calibre(raw: str | None) -> str | None:
    if not raw:
        return None
    digits = re.sub(r"[^\d]", "", raw)
    unit = "gauge" if "gauge" in raw.lower() else "mm" if "mm" in raw.lower() else "caliber"
    return f"{digits} {unit}" if digits else None


#: words of a weapon in a saying, not a weapon ("gun control", "shelling out" money)
_FIGURATIVE = re.compile(
    r"\b(?:arms?\s+(?:race|length|deal)|up\s+in\s+arms|smoking\s+gun|gun\s+control|gun\s+laws?|shelling\s+out)\b",
    re.I,
)


#: (start, end, class, calibre, model) of a weapon phrase
FoundWeapon = tuple[int, int, str, str | None, GunModel]


def find_weapons(text: str) -> list[FoundWeapon]:
    """(start, end, class, calibre, model) for each weapon phrase in ``text``
    outside figurative uses; the model is the gun a phrase names ("an AK-47",
    "an R5 assault rifle"), empty for a class alone ("a rifle")."""
    tree = weapon_tree()
    found: list[FoundWeapon] = []
    for match in tree.pattern.finditer(text):
        cls = tree.class_of(match.group("word"))
        window = text[max(0, match.start() - 12) : match.end() + 12]
        if cls is None or _FIGURATIVE.search(window):
            continue
        model = tree.model_near(text, match.start("word"), match.end()) or GunModel()
        found.append((match.start(), match.end(), cls, _normal_calibre(match.group("calibre")), model))
    return [
        weapon for at, weapon in enumerate(found) if not _maker_of_next(weapon, found[at + 1 : at + 2], text)
    ]


#: how far a maker may stand before the class word it names the maker of
#: ("a Beretta 92 semi-automatic pistol", "a Glock 19 handgun")
_MAKER_REACH = 30


def _maker_of_next(weapon: FoundWeapon, following: list[FoundWeapon], text: str) -> bool:
    """Whether a maker read as its gun ("Beretta", "Glock": ``maker`` models
    of rules/weapons.yaml) only names the maker of the weapon word right
    after it: "a Beretta shotgun", "a Glock 19 handgun" tell one gun, the
    shotgun or the handgun, never a pistol besides it."""
    start, end, _cls, _calibre, model = weapon
    if not following or model.maker is None or fold(text[start:end]) != fold(model.maker):
        return False
    next_start, next_model = following[0][0], following[0][4]
    return next_start - end <= _MAKER_REACH and next_model.maker == model.maker


def weapon_details(cls: str, calibre: str | None, model: GunModel) -> tuple[Value, WeaponDetails]:
    """The value and details of a weapon claim: its class, calibre and model
    ("9 mm Glock 19 pistol")."""
    named = " ".join(part for part in (model.maker, model.model) if part)
    label = " ".join(part for part in (calibre, named, cls) if part)
    details = WeaponDetails(
        weapon_class=cls,
        ancestors=",".join(sorted(weapon_tree().ancestors(cls))),
        calibre=calibre or None,
        maker=model.maker,
        model=model.model,
    )
    return Value(name=cls, label=label), details


def _verb_of(word: Token) -> Token | None:
    """The verb a weapon phrase is the object of, directly ("fired tear
    gas") or through a preposition ("responded with stun grenades",
    "shot him with a rifle"), or the noun that holds it ("a deputy with a
    rifle"); None when the weapon is a subject or stands alone (a headline)."""
    node = word
    for _ in range(4):
        if node.dep_ not in _PHRASE_DEPS or node.head is node:
            break
        node = node.head
    if node.dep_ == "pobj" and node.head.dep_ == "prep":
        node = node.head
    if node.dep_ in ("dobj", "prep", "obj") and node.head.pos_ in ("VERB", "AUX"):
        return node.head
    holder = node.head
    if node.dep_ == "prep" and lemma_of(node) == "with" and holder.pos_ in ("NOUN", "PROPN"):
        # not the object of an attack: "pelted officers with rocks"
        if holder.dep_ in ("dobj", "obj"):
            return None
        if holder.dep_ == "pobj" and holder.head.dep_ == "prep" and holder.head.head.pos_ == "VERB":
            # the parser hangs the weapon on whom it was turned against: "the
            # suspect advanced on deputies with his knife", "fired at officers
            # with a rifle"; the verb's subject wields it
            return holder.head.head
        return holder  # "shot by a deputy with a rifle", "a man with a gun": who holds it
    return None


def _subject_of(verb: Token) -> Token | None:
    """Who does what ``verb`` tells: its subject, the agent of a passive
    ("was shot by police with a rifle"), the noun a "who" clause hangs on
    ("police, who responded with ..."), or the subject of the verb it is
    joined to ("protesters tried to storm parliament, hurled petrol bombs")."""
    if verb.pos_ in ("NOUN", "PROPN"):
        return verb
    node = verb
    for _ in range(4):
        for child in node.children:
            if child.dep_ == "nsubj":
                if child.tag_ in ("WP", "WDT") and node.dep_ == "relcl":
                    return node.head
                return child
            if child.dep_ == "agent":
                return next((c for c in child.children if c.dep_ == "pobj"), None)
        if node.dep_ not in _SHARED_SUBJECT_DEPS or node.head is node:
            return None
        node = node.head
    return None


def wielded_by_security(doc: Doc, start: int, end: int, cls: str) -> bool:
    """Whether the weapon at ``start:end`` is the security forces': a class
    only they wield, or the subject of the verb it hangs on is police,
    troops or an officer ("police fired stun grenades", "officers, who
    returned fire with their rifles").  A riot story's two sides throw and
    fire different things; neither contradicts the other.  A weapon of war
    (``war_classes``: a missile, a shell, an air strike) is the attack's
    whoever fires it: troops who fire it are the attackers."""
    tree = weapon_tree()
    if cls in tree.security_classes:
        return True
    if tree.ancestors(cls) & tree.war_classes:
        return False  # "Russian forces struck the village with a glide bomb": the attack's own
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    verb = _verb_of(span.root)
    if verb is not None and verb.pos_ in ("VERB", "AUX") and lemma_of(verb) not in tree.wielding_verbs:
        return False  # "officers took the bomb inside": handled, not wielded
    subject = _subject_of(verb) if verb is not None else None
    if subject is None:
        return False
    words = {lemma_of(subject), *(lemma_of(c) for c in subject.children if c.dep_ == "compound")}
    return bool(words & tree.security_wielders)


def extract_weapons(doc: Doc) -> None:
    """Add a weapon claim for every weapon phrase outside figurative uses;
    the security forces' weapons have a subject of their own."""
    for start, end, cls, calibre, model in find_weapons(text_of(doc)):
        if cls == "ammunition" and not calibre:
            continue  # a bullet without a calibre says nothing of the gun
        value, details = weapon_details(cls, calibre, model)
        security = wielded_by_security(doc, start, end, cls)
        claim = RawClaim(
            kind=ClaimKind.weapon,
            start=start,
            end=end,
            subject=SECURITY_SUBJECT if security else "weapon",
            subject_label=SECURITY_LABEL if security else "weapon used",
            value=value,
            details=details,
            frame=ValueFrame(bearer="security forces") if security else ValueFrame(),
        )
        add_claim(doc, claim)


register_extractor("reportcheck_weapons", extract_weapons)
