"""What the words after a person's name say of their fate.

"Jones, 34, remains in critical condition" says Jones lived; "Smith died
later at the hospital" says the death came after the harm. Both the digest
(which counts the hurt beside the dead) and the comparer (which sets one
report's fate of a person against another's) read these words, so they live
here, below both, read from the condition and recovery words of
rules/counts.yaml and the later-death words of the names lexicon.
"""

from __future__ import annotations

import re
from functools import cache

from reportcheck.knowledge.casualties import lexicon
from reportcheck.knowledge.names import people_lexicon
from reportcheck.models import Claim

#: how far after a name the words of its condition are read, in characters
CONDITION_WINDOW = 120


@cache
def _alive_words() -> re.Pattern[str]:
    """ "in critical condition", "critically injured", "serious wounds",
    "non-life-threatening", "is recovering", "expected to survive": words
    that say a hurt person was alive when the report was written (the
    condition and recovery words of rules/counts.yaml)."""
    words = lexicon()
    conditions = "|".join(sorted(re.escape(w) for w in words.condition_words))
    stems = "|".join(sorted(re.escape(v.rstrip("e")) for v in words.recovery_verbs))
    return re.compile(
        rf"\b(?:non-)?(?:{conditions})(?:ly)?\s+(?:condition|injur\w*|wound\w*|hurt)\b|\b(?:{stems})\w*",
        re.IGNORECASE,
    )


def _after_name(claim: Claim) -> str:
    """The words after a person's name in its sentence, up to a semicolon."""
    evidence = claim.evidence
    offset = max(evidence.end - evidence.sentence_start, 0)
    return evidence.sentence[offset : offset + CONDITION_WINDOW].split(";")[0]


def alive_after(claim: Claim) -> str | None:
    """The words after a hurt person's name that say they lived, if any."""
    found = _alive_words().search(_after_name(claim))
    return found.group(0) if found else None


@cache
def _later_death_words() -> re.Pattern[str]:
    words = "|".join(sorted((re.escape(w) for w in people_lexicon().later_death), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def died_later(claim: Claim) -> bool:
    """Whether the words after a dead person's name tell the death came after
    the harm ("died later at the hospital", "has since died")."""
    return _later_death_words().search(_after_name(claim)) is not None
