"""List markers: the bullet, dash or number that opens a list item's line.

Web pages and wire copy give facts as lists ("• 179 people have been
hospitalized", "- 12 killed, 40 injured", "2) Magnitude: 6.1").  Left in
the text, the marker is a token of its own that the parser reads as a
sentence, and it cuts the item after its first word or number ("• 179" |
"people have been hospitalized"), so the count is never read.  Taken out,
the item is a line of its own, which the line-break component makes a
sentence, and no claim's text holds the glyph.

The marker is markup, not page furniture: it is deleted by an offset-keeping
edit, so every claim still maps to its place in the user's file, but it is
not reported as dropped text.  The pattern is data
(``list_marker`` in ``rules/furniture.yaml``).
"""

from __future__ import annotations

import re
from functools import cache

from reportcheck.load.furniture import furniture_rules
from reportcheck.load.offsets import Edit


@cache
def _marker() -> re.Pattern[str] | None:
    pattern = furniture_rules().list_marker
    return re.compile(pattern) if pattern else None


def list_marker_edits(text: str) -> list[Edit]:
    """Deletions of the list marker (and the space after it) at the start of each line of ``text``.

    ``text`` is tidied text: lines trimmed, spaces single.
    """
    marker = _marker()
    if marker is None:
        return []
    return [Edit(match.start("marker"), match.end("marker")) for match in marker.finditer(text)]
