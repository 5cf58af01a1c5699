"""How well and how cheaply ``reportcheck batch`` groups reports into incidents.

Run ``python benchmarks/batch_grouping.py [CORPUS] [--jobs N] [--cache FILE]
[--scale N ...] [--manifest]``.  Two measurements (three with a GVC corpus):

1. Accuracy on ECB+ (default ``../shared/corpus/ecbplus_dev`` beside the
   repository: ``text/<topic>/<doc>.txt`` and ``incidents.json``, which says
   which texts recount one incident).  Every text is extracted and
   summarised as batch does it, then grouped with each ``--min-shared``;
   printed: pairwise precision (pairs put in one group that the gold puts
   in one incident), recall (gold pairs found), F1, and B-cubed precision
   and recall, over all texts and over the "incident-like" ones (shootings,
   fires, quakes... rather than Oscars and transfers).  ``--cache`` keeps
   the summaries in a JSON file so regrouping takes a second, not minutes
   (keyed by each text's content and the reportcheck version: an edited
   text or another version reads the texts again).
   ECB+ (Cybulska & Vossen 2014) is CC BY 3.0; no text of it is kept here.
   A corpus in the Gun Violence Corpus layout (``annotations/`` beside
   ``text/``, e.g. ``../shared/corpus/semeval_gvc_dev``: articles sharing an
   ``incident`` are one shooting) is measured the same way, over articles
   published across four years; ``--manifest`` gives each article its
   publication date as ``batch --dates`` does, and ``--cache`` then keeps
   the extracted reports (a pickle) so regrouping takes seconds.
2. Cost at scale: synthetic summaries of a news day (``--scale``, default
   1,000 and 10,000 reports: incidents with a city, region, day and people
   drawn from Zipf-like distributions so that common cities and surnames
   recur across unrelated stories, plus noise keys), grouped with
   ``min_shared`` 2 and 3: pair visits against the N^2/2 of comparing all
   pairs, seconds, and pairwise precision/recall against the generated
   incidents.  In one day's copy every report gives about the same day, so
   a popular city named on that day links stories of different incidents.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import random
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from itertools import accumulate, combinations
from pathlib import Path

import reportcheck
from reportcheck import __version__
from reportcheck.api import ExtractOptions
from reportcheck.batch.grouping import DEFAULT_MAX_BLOCK, group_reports
from reportcheck.batch.summary import ReportSummary, summarise
from reportcheck.batch.work import extract_all
from reportcheck.incident_match import IncidentProfile
from reportcheck.load.inputs import ReportSource

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "ecbplus_dev"
MIN_SHARED_VALUES = (1, 2, 3)


# ---------------------------------------------------------------- scoring


def same_group_pairs(groups: Sequence[Sequence[int]]) -> set[tuple[int, int]]:
    return {pair for group in groups for pair in combinations(sorted(group), 2)}


def pairwise(predicted: Sequence[Sequence[int]], gold: Sequence[Sequence[int]]) -> tuple[float, float, float]:
    """Precision, recall and F1 over the pairs of reports put together."""
    found, truth = same_group_pairs(predicted), same_group_pairs(gold)
    hits = len(found & truth)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def b_cubed(predicted: Sequence[Sequence[int]], gold: Sequence[Sequence[int]]) -> tuple[float, float]:
    """B-cubed precision and recall: per report, the share of its group that is right."""
    predicted_of = {item: set(group) for group in predicted for item in group}
    gold_of = {item: set(group) for group in gold for item in group}
    items = sorted(gold_of)
    precision = sum(len(predicted_of[i] & gold_of[i]) / len(predicted_of[i]) for i in items) / len(items)
    recall = sum(len(predicted_of[i] & gold_of[i]) / len(gold_of[i]) for i in items) / len(items)
    return precision, recall


def restricted(groups: Sequence[Sequence[int]], keep: set[int]) -> list[list[int]]:
    return [kept for group in groups if (kept := [i for i in group if i in keep])]


# ---------------------------------------------------------------- ECB+


def ecb_corpus(corpus: Path) -> tuple[list[Path], list[list[int]], set[int]]:
    """The texts, the gold incidents (as lists of text numbers) and the incident-like texts."""
    incidents = json.loads((corpus / "incidents.json").read_text(encoding="utf-8"))
    paths: list[Path] = []
    gold: list[list[int]] = []
    incident_like: set[int] = set()
    for name in sorted(incidents):
        members = []
        for doc in incidents[name]["docs"]:
            topic = doc.split("_")[0]
            members.append(len(paths))
            paths.append(corpus / "text" / topic / f"{doc}.txt")
        gold.append(members)
        if incidents[name]["incident_like"]:
            incident_like.update(members)
    return paths, gold, incident_like


@cache
def code_hash() -> str:
    """A hash of the reportcheck package's sources and rule files as they
    are now: in a development tree ``__version__`` stays one from commit to
    commit, so a change of code or rules must change the key by itself."""
    package = Path(reportcheck.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".yaml", ".yml", ".json", ".txt") and path.is_file():
            digest.update(str(path.relative_to(package)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(paths: Sequence[Path], dates: Sequence[str] | None = None) -> dict:
    """What a cache of extracted reports or their summaries depends on: each
    text's path and a hash of its content (an edited text is read again,
    not served from the cache under its old path), the manifest dates, and
    the reportcheck version and code (:func:`code_hash`) that read them."""
    return {
        "paths": [str(p) for p in paths],
        "sha256": [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths],
        "dates": list(dates) if dates is not None else None,
        "version": __version__,
        "code": code_hash(),
    }


def ecb_summaries(paths: list[Path], jobs: int, cache: Path | None) -> list[ReportSummary]:
    """Summaries of every text, from the cache when it holds these texts as
    they are now (:func:`cache_key`)."""
    names = [str(p) for p in paths]
    key = cache_key(paths)
    if cache is not None and cache.is_file():
        stored = json.loads(cache.read_text(encoding="utf-8"))
        if stored.get("key") == key:
            return [ReportSummary.from_dict(s) for s in stored["summaries"]]
    started = time.perf_counter()
    extracted = extract_all([ReportSource(n) for n in names], ExtractOptions(), jobs=jobs, progress=_dots)
    print(f"\nextracted {len(paths)} texts in {time.perf_counter() - started:.0f} s with {jobs} job(s)")
    summaries = [summarise(report, index) for index, report in enumerate(extracted)]
    if cache is not None:
        data = {"key": key, "summaries": [s.to_dict() for s in summaries]}
        cache.write_text(json.dumps(data), encoding="utf-8")
    return summaries


def _dots(done: int, total: int) -> None:
    if done % 50 == 0 or done == total:
        print(f"{done}/{total}", end=" ", file=sys.stderr, flush=True)


def report_ecb(summaries: list[ReportSummary], gold: list[list[int]], incident_like: set[int]) -> None:
    everyone = set(range(len(summaries)))
    print(f"ECB+: {len(summaries)} texts, {len(gold)} incidents ({len(incident_like)} incident-like texts)")
    dated = sum(1 for s in summaries if s.days)
    placed = sum(1 for s in summaries if s.places)
    named = sum(1 for s in summaries if s.people)
    print(f"summaries with a day: {dated}, a city or district: {placed}, a named person: {named}")
    header = "min_shared  subset          groups  pair P  pair R  pair F1  B3 P   B3 R   visits"
    print(header)
    for min_shared in MIN_SHARED_VALUES:
        grouping = group_reports(summaries, min_shared=min_shared)
        for subset, keep in (("all", everyone), ("incident-like", incident_like)):
            predicted = restricted(grouping.groups, keep)
            truth = restricted(gold, keep)
            p, r, f = pairwise(predicted, truth)
            bp, br = b_cubed(predicted, truth)
            print(
                f"{min_shared:>10}  {subset:<14} {len(predicted):>7}  {p:6.3f}  {r:6.3f}  {f:7.3f}"
                f"  {bp:5.3f}  {br:5.3f}  {grouping.pair_visits:>6}"
            )


# ---------------------------------------------------------------- Gun Violence Corpus


def gvc_corpus(corpus: Path) -> tuple[list[Path], list[list[int]], list[str]]:
    """The texts of a GVC-layout corpus (``text/<doc>.txt``, ``annotations/<doc>.json``),
    the gold incidents (articles sharing an ``incident``) and each text's publication date."""
    paths: list[Path] = []
    members: dict[str, list[int]] = defaultdict(list)
    published: list[str] = []
    for note in sorted((corpus / "annotations").glob("*.json")):
        facts = json.loads(note.read_text(encoding="utf-8"))
        members[facts["incident"]].append(len(paths))
        paths.append(corpus / "text" / f"{note.stem}.txt")
        published.append(facts.get("publication_date") or "")
    return paths, [group for _, group in sorted(members.items())], published


def extracted_reports(paths: list[Path], jobs: int, cache: Path | None, dates: list[str] | None) -> list:
    """Every text extracted as batch does it (each with its manifest date when
    ``dates`` is given), kept whole in a pickle ``cache`` (a local file this
    script writes and reads, nothing shipped) so that summaries and grouping
    can be re-run in seconds as they change; keyed by :func:`cache_key`."""
    names = [str(p) for p in paths]
    key = cache_key(paths, dates)
    if cache is not None and cache.is_file():
        with cache.open("rb") as handle:
            stored = pickle.load(handle)  # noqa: S301 - our own cache file
        if stored["key"] == key:
            return stored["extracted"]
    sources = [_source(name, dates[i] if dates else None) for i, name in enumerate(names)]
    started = time.perf_counter()
    extracted = extract_all(sources, ExtractOptions(), jobs=jobs, progress=_dots)
    print(f"\nextracted {len(paths)} texts in {time.perf_counter() - started:.0f} s with {jobs} job(s)")
    if cache is not None:
        with cache.open("wb") as handle:
            pickle.dump({"key": key, "extracted": extracted}, handle)
    return extracted


def _source(name: str, date: str | None) -> ReportSource:
    if not date:
        return ReportSource(name)
    import datetime as dt

    return ReportSource(name, date=dt.date.fromisoformat(date))  # type: ignore[call-arg]


def report_gvc(extracted: list, gold: list[list[int]]) -> None:
    summaries = [summarise(report, index) for index, report in enumerate(extracted)]
    dated = sum(1 for e in extracted if e.report.date)
    print(f"GVC: {len(summaries)} texts, {len(gold)} incidents, {len(same_group_pairs(gold))} gold pairs")
    with_day = sum(1 for s in summaries if s.days)
    print(f"texts with a date of their own: {dated}; summaries with a day: {with_day}")
    print("min_shared  groups  pair P  pair R  pair F1  B3 P   B3 R   visits  candidates  largest block")
    for min_shared in MIN_SHARED_VALUES:
        grouping = group_reports(summaries, min_shared=min_shared)
        p, r, f = pairwise(grouping.groups, gold)
        bp, br = b_cubed(grouping.groups, gold)
        print(
            f"{min_shared:>10}  {len(grouping.groups):>6}  {p:6.3f}  {r:6.3f}  {f:7.3f}"
            f"  {bp:5.3f}  {br:5.3f}  {grouping.pair_visits:>6}  {grouping.candidate_pairs:>10}"
            f"  {grouping.largest_block:>13}"
        )


# ---------------------------------------------------------------- scale


def synthetic_day(size: int, seed: int = 7) -> tuple[list[ReportSummary], list[list[int]]]:
    """A news day of ``size`` reports on size/4 incidents, with the truth.

    Each incident has a city (big cities host more incidents: Zipf over
    5,000), a day among three, one to three people (mostly rare surnames,
    sometimes a common one: Zipf over 1,000).  Each report names its
    incident's city (90%) and people (80% each) and gives its day (70%),
    plus noise: a second city, and people who are national figures (Zipf
    over 50 names: in hundreds of reports) or someone rare.
    """
    rng = random.Random(seed)
    cities = [(f"city{i}", ("US", f"R{i % 50}")) for i in range(5000)]
    city_weights = list(accumulate(1 / (rank + 1) for rank in range(len(cities))))
    common = [f"common{i}" for i in range(1000)]
    common_weights = list(accumulate(1 / (rank + 1) for rank in range(len(common))))
    national = [f"national{i}" for i in range(50)]
    national_weights = list(accumulate(1 / (rank + 1) for rank in range(len(national))))

    def city() -> tuple[str, tuple[str, str]]:
        return rng.choices(cities, cum_weights=city_weights)[0]

    def incident_person() -> str:
        if rng.random() < 0.2:
            return rng.choices(common, cum_weights=common_weights)[0]
        return f"rare{rng.randrange(200_000)}"

    def noise_person() -> str:
        if rng.random() < 0.5:
            return rng.choices(national, cum_weights=national_weights)[0]
        return f"rare{rng.randrange(200_000)}"

    base_day = 738000
    incidents = []
    for _ in range(max(1, size // 4)):
        people = [incident_person() for _ in range(rng.randint(1, 3))]
        incidents.append((*city(), base_day + rng.randint(0, 2), people))
    summaries: list[ReportSummary] = []
    members: dict[int, list[int]] = defaultdict(list)
    for report in range(size):
        incident = rng.randrange(len(incidents))
        place, region, day, people = incidents[incident]
        noise_place, noise_region = city()
        named = [p for p in people if rng.random() < 0.8] + [noise_person() for _ in range(rng.randint(0, 2))]
        has_day = rng.random() < 0.7
        summaries.append(
            _synthetic_summary(
                report,
                days=((day, day),) if has_day else (),
                regions=tuple(sorted({region, noise_region})),
                places=tuple(sorted({place, noise_place} if rng.random() < 0.9 else {noise_place})),
                people=tuple(sorted(set(named))),
            )
        )
        members[incident].append(report)
    return summaries, [group for _, group in sorted(members.items())]


def _synthetic_summary(report: int, *, days, regions, places, people) -> ReportSummary:
    """A summary with the incident profile the decision weighs: the places
    by id, the people as full names ("Pat rare123": one first name for all,
    so only the surname tells them apart)."""
    profile = IncidentProfile(
        days=days,
        places=tuple((place, place) for place in places),
        regions=regions,
        people=tuple((f"Pat {person}", "") for person in people),
    )
    return ReportSummary(
        report=report, days=days, regions=regions, places=places, people=people, profile=profile
    )


def report_scale(sizes: Sequence[int], max_block: int) -> None:
    print(f"\nscale (synthetic news days, max_block {max_block}):")
    print(
        "reports  min_shared  all pairs     pair visits  candidates  largest block  dropped keys  seconds"
        "  pair P  pair R"
    )
    for size in sizes:
        summaries, truth = synthetic_day(size)
        for min_shared in (2, 3):
            started = time.perf_counter()
            grouping = group_reports(summaries, max_block=max_block, min_shared=min_shared)
            seconds = time.perf_counter() - started
            p, r, _ = pairwise(grouping.groups, truth)
            all_pairs = size * (size - 1) // 2
            print(
                f"{size:>7}  {min_shared:>10}  {all_pairs:>12,}  {grouping.pair_visits:>11,}"
                f"  {grouping.candidate_pairs:>10,}  {grouping.largest_block:>13}"
                f"  {grouping.dropped_keys:>12}  {seconds:7.2f}  {p:6.3f}  {r:6.3f}"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for extraction")
    parser.add_argument("--cache", type=Path, help="keep the ECB+ summaries in this JSON file")
    parser.add_argument("--scale", type=int, nargs="*", default=[1000, 10000], help="synthetic day sizes")
    parser.add_argument("--max-block", type=int, default=DEFAULT_MAX_BLOCK)
    parser.add_argument("--no-ecb", action="store_true", help="only the scale measurement")
    parser.add_argument(
        "--manifest", action="store_true", help="GVC: give each text its publication date, as a manifest does"
    )
    args = parser.parse_args(argv)
    if (
        not (args.corpus / "incidents.json").is_file() and (args.corpus / "annotations").is_dir()
    ):  # GVC layout
        paths, gold, published = gvc_corpus(args.corpus)
        dates = published if args.manifest else None
        report_gvc(extracted_reports(paths, args.jobs, args.cache, dates), gold)
        return 0
    if not args.no_ecb:
        paths, gold, incident_like = ecb_corpus(args.corpus)
        report_ecb(ecb_summaries(paths, args.jobs, args.cache), gold, incident_like)
    report_scale(args.scale, args.max_block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
