"""The headline facts of one report's main incident.

A reader who skims a shooting report takes away a handful of facts: how
many were killed and injured, in which city, at what time, how old the
victims were and who the suspect is.  The extractors find every claim,
repeated, hedged, and about background incidents too; this package boils
them down to those facts, each with the ids of the claims that support it,
so that ``reportcheck extract`` or a fact sheet can show one line per fact
and still point at the words behind it.

The rules follow how reporters write a news story:

* the main incident is the report's own story; a report on the charges or
  the funeral that counts no victims of its own is about the shooting it
  tells, in its lead, as an earlier event (:func:`.helpers.story_claims`);
* the figures that matter are stated for the main incident, and a report
  that first says "a man was killed" and later "two people died" means two:
  the largest count stated wins ("at least 3" read as 3);
* attackers are counted apart from their victims ("the gunman was shot
  dead" is no victim);
* the wound a report describes for someone it says died ("he suffered a
  gunshot wound to the chest and died at the hospital") is no extra injured
  person, nor is a pronoun's wound where one person died and no one else is
  counted hurt or brought in just before ("an autopsy determined he
  suffered a single wound"), nor a count as large as the dead's told of
  them again ("all three had suffered gunshot wounds");
* people harmed ("a man was shot") are injured where the main incident
  counts no dead and its lead tells of no death, and beyond the dead where
  it does ("two men were shot ... Bell was pronounced dead": one injured;
  "the other man was found with gunshot wounds", "her brother was also
  shot", "both women were rushed to a hospital" beside a man dead: hurt),
  and so are people said to be alive ("her father is listed in critical
  condition", "both are recovering") whom no death told after may be, and
  one harmed brought in beside one dead ("found a 56-year-old who had been
  shot in the leg and a child who had died");
* people brought in one by one in a sentence are summed ("one woman was
  shot in the arm and a 40-year-old man in the leg"), and a total of
  wounded told before a death of someone known ("the 19-year-old victim
  died") counts that death among them; a later death of one person is
  the hurt person's only where sex and age let the two mentions be one
  ("a wounded 12-year-old girl" is not "his 7-year-old daughter" found dead);
* a vague count ("several injured") gives way to a number it fits ("five
  others were injured");
* the story's city is the dateline's, or the city the headline or first
  sentence puts the incident in ("shot in Dolton"), or one the lead names;
  a town around the dateline's city that the lead puts the incident in
  beats the station's dateline ("CHICAGO (CBS) — ... shot in Dolton"); a
  city beats a county, a county a state; a county named only as its
  agency's ("Los Angeles County coroner's records") or the outlet's town
  ("« CBS Chicago") comes next, and a home town ("of Millbury") or a street
  name last;
* the time of the incident is the time the shooting happened, or failing
  that the time police were called or arrived, or the time the lead sets
  the scene with; never the time a victim was pronounced dead or a suspect
  arrested;
* people with an age are victims unless the report gives them another role
  (suspect, officer, official, witness...);
* a named suspect is titled as one, or is said to be arrested, charged,
  wanted or to have opened fire.

The rules live one module per fact: :mod:`.counts`, :mod:`.place`,
:mod:`.clock` and :mod:`.people`, over the facts' model (:mod:`.model`),
what they all read (:mod:`.helpers`) and what a mention says of the person
(:mod:`.mentions`); this module puts them together.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportcheck.digest.clock import clock_fact
from reportcheck.digest.counts import attackers_fact, injured_fact, killed_fact
from reportcheck.digest.helpers import Layout, current_claims, story_claims
from reportcheck.digest.model import Digest
from reportcheck.digest.people import suspects, victim_ages
from reportcheck.digest.place import city_fact
from reportcheck.models import Claim, ClaimKind

if TYPE_CHECKING:
    from reportcheck.models import ExtractedReport


def digest_claims(claims: Sequence[Claim], layout: Layout | None = None) -> Digest:
    """The digest of one report's claims (``incident`` already set on each).

    ``layout`` (where the report's sentences, title and dateline stand)
    sharpens the choice of the city; without it the claims' own sentences
    stand in for the report's.
    """
    claims = story_claims(current_claims(claims), layout.sentence_starts if layout else ())
    named_suspects = suspects(claims)
    return Digest(
        killed=killed_fact(claims),
        injured=injured_fact(claims, layout),
        attackers_killed=attackers_fact(claims, ClaimKind.killed),
        attackers_injured=attackers_fact(claims, ClaimKind.injured),
        city=city_fact(claims, layout),
        clock=clock_fact(claims),
        victim_ages=victim_ages(claims, named_suspects),
        suspects=named_suspects,
    )


def digest_report(extracted: ExtractedReport) -> Digest:
    """The digest of an extracted report (see :func:`reportcheck.api.extract_report`)."""
    return digest_claims(extracted.claims, Layout.of(extracted))
