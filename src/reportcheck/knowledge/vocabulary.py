"""Words and orders every stage shares, written once.

A constant that two stages both need (the order of place kinds, the names of
the months, the prefixes that make a claim's subject) lives here, below
extract and compare, so neither reaches into the other for it and the two
copies can never drift apart.  Each section says who reads it.
"""

from __future__ import annotations

# ---------------------------------------------------------------- places

#: the kinds of gazetteer place, most specific first: a town is more specific
#: than its district, its region and its country
PLACE_KINDS = ("city", "district", "region", "country")
#: place kind -> how broad it is (0: a town); the gazetteer scores by it, the
#: digest prefers the most specific place, time zones and incident labels the same
PLACE_KIND_RANK = {kind: rank for rank, kind in enumerate(PLACE_KINDS)}
