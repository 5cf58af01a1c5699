"""How ``compare``'s ``incident_match`` decides true pairs and hard negatives.

Run ``python benchmarks/incident_pairs.py [--ecb DIR] [--gvc DIR] [--jobs N]
[--cache DIR] [--details [WHICH]] [--sample N] [--seed S]``.

``compare`` first asks whether two reports tell one incident
(:mod:`reportcheck.incident_match`: ``same``, ``unsure`` or ``different``);
calling two incidents ``same`` makes every difference between them a false
conflict, calling one incident ``different`` drops every finding.  This
script counts the three decisions over:

* **ECB+ true pairs**: the rows of ``pairs_incidents.jsonl`` (two texts of
  one incident-like subtopic).
* **ECB+ hard negatives**: every two texts of one ECB+ topic's two
  incident-like subtopics (two earthquakes, two shootings, two ship
  hijackings of one topic); ``--sample N`` also counts a seeded sample of N
  of them.
* **GVC true pairs**: every two articles sharing an ``incident``, each with
  its manifest publication date (as ``batch --dates`` gives it).
* **GVC hard negatives**: every two articles of other incidents whose
  annotations name the same city and state.

The decision is :func:`~reportcheck.incident_match.match_reports` of the two
reports' profiles, as ``compare`` takes it before any roundup paragraph is
matched (roundups are GVC's city round-ups; they can only turn a decision
towards ``same``).  ``--details`` lists, per pair, the decision and its
evidence: ``hard`` (default) the hard negatives called ``same``, ``true``
the true pairs not called ``same``, ``all`` both.  ``--cache`` keeps each
corpus's extracted reports in a pickle (a local file this script writes and
reads) so that re-deciding takes seconds after a change to the weighing;
delete it after a change to extraction or to the profile.  ECB+ (Cybulska &
Vossen 2014) is CC BY 3.0; GVC texts are research use: nothing of either is
kept here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
import pickle
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from reportcheck.api import ExtractOptions
from reportcheck.batch.work import extract_all
from reportcheck.incident_match import IncidentProfile, incident_profile, match_reports
from reportcheck.load.inputs import ReportSource
from reportcheck.models import IncidentMatch

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "corpus"
DECISIONS = ("same", "unsure", "different")

Pair = tuple[int, int]


def ecb_texts(corpus: Path) -> tuple[list[Path], list[Pair], list[Pair]]:
    """ECB+'s texts, its true pairs (``pairs_incidents.jsonl``) and its hard negatives
    (a text of one incident-like subtopic with a text of its topic's other one)."""
    incidents = json.loads((corpus / "incidents.json").read_text(encoding="utf-8"))
    paths: list[Path] = []
    index: dict[str, int] = {}

    def number(relative: str) -> int:
        if relative not in index:
            index[relative] = len(paths)
            paths.append(corpus / relative)
        return index[relative]

    true_pairs = []
    with (corpus / "pairs_incidents.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                true_pairs.append((number(row["a"]), number(row["b"])))
    by_topic: dict[str, list[list[int]]] = defaultdict(list)
    for name in sorted(incidents):
        if incidents[name]["incident_like"]:
            docs = incidents[name]["docs"]
            members = [number(f"text/{doc.split('_')[0]}/{doc}.txt") for doc in docs]
            by_topic[name.rstrip("ab")].append(members)
    hard = [
        (a, b)
        for subtopics in by_topic.values()
        for first, second in itertools.combinations(subtopics, 2)
        for a in first
        for b in second
    ]
    return paths, true_pairs, hard


def gvc_texts(corpus: Path) -> tuple[list[Path], list[str], list[Pair], list[Pair]]:
    """GVC's texts, their publication dates, the true pairs (one ``incident``)
    and the hard negatives (other incidents, one city and state)."""
    paths: list[Path] = []
    dates: list[str] = []
    facts = []
    for note in sorted((corpus / "annotations").glob("*.json")):
        data = json.loads(note.read_text(encoding="utf-8"))
        text = corpus / "text" / f"{note.stem}.txt"
        if not text.is_file():
            continue
        paths.append(text)
        dates.append(data.get("publication_date") or "")
        facts.append((str(data.get("incident")), (data.get("city") or "", data.get("state") or "")))
    true_pairs, hard = [], []
    for a, b in itertools.combinations(range(len(paths)), 2):
        if facts[a][0] == facts[b][0]:
            true_pairs.append((a, b))
        elif facts[a][1] == facts[b][1] and facts[a][1][0]:
            hard.append((a, b))
    return paths, dates, true_pairs, hard


def profiles(paths: Sequence[Path], dates: Sequence[str] | None, jobs: int, cache: Path | None):
    """Each text's incident profile, its extraction from the pickle ``cache`` when it holds these texts."""
    names = [str(p) for p in paths]
    key = {"paths": names, "dates": list(dates) if dates else None}
    extracted = None
    if cache is not None and cache.is_file():
        with cache.open("rb") as handle:
            stored = pickle.load(handle)  # noqa: S301 - our own cache file
        if stored["key"] == key:
            extracted = stored["extracted"]
    if extracted is None:
        days = [dt.date.fromisoformat(d) if d else None for d in dates] if dates else [None] * len(names)
        sources = [ReportSource(name, date=day) for name, day in zip(names, days, strict=True)]
        started = time.perf_counter()
        extracted = extract_all(sources, ExtractOptions(), jobs=jobs, progress=_dots)
        print(f"\nextracted {len(paths)} texts in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        if cache is not None:
            with cache.open("wb") as handle:
                pickle.dump({"key": key, "extracted": extracted}, handle)
    return [incident_profile(e) for e in extracted]


def _dots(done: int, total: int) -> None:
    if done % 50 == 0 or done == total:
        print(f"{done}/{total}", end=" ", file=sys.stderr, flush=True)


def decide_all(found: Sequence[IncidentProfile], pairs: Sequence[Pair]) -> list[IncidentMatch]:
    return [match_reports([found[a], found[b]]) for a, b in pairs]


def tally(matches: Sequence[IncidentMatch]) -> str:
    counts = Counter(m.decision for m in matches)
    return " / ".join(f"{d} {counts[d]}" for d in DECISIONS) + f"  of {len(matches)}"


def seeded_sample(pairs: Sequence[Pair], size: int, seed: int) -> list[int]:
    """The positions of a seeded sample of ``size`` pairs (all when there are fewer)."""
    positions = list(range(len(pairs)))
    if size >= len(pairs):
        return positions
    return sorted(random.Random(seed).sample(positions, size))


def details(
    label: str, paths: Sequence[Path], pairs: Sequence[Pair], matches: Sequence[IncidentMatch], keep
) -> None:
    root = paths[0].parents[2] if "ecb" in label.lower() else paths[0].parents[1]
    for (a, b), match in zip(pairs, matches, strict=True):
        if not keep(match.decision):
            continue
        print(f"\n[{label}] {match.decision}: {paths[a].relative_to(root)} | {paths[b].relative_to(root)}")
        for item in match.evidence:
            print(f"    {item.relation:<13} {item.strength:<6} {item.kind:<8} {item.detail}")


def fingerprint(matches: Sequence[IncidentMatch]) -> str:
    """A short hash of the decisions in order: two runs decided alike iff it is equal."""
    return hashlib.sha256("".join(m.decision[0] for m in matches).encode()).hexdigest()[:12]


def report(
    corpus: str,
    paths: Sequence[Path],
    true_matches: Sequence[IncidentMatch],
    true_pairs: Sequence[Pair],
    hard_matches: Sequence[IncidentMatch],
    hard: Sequence[Pair],
    listing: str | None,
    sample: Sequence[int] | None = None,
    seed: int | None = None,
) -> None:
    """One corpus's lines: the true pairs' and hard negatives' decisions
    (with a seeded sample of the hard negatives where drawn), then the
    wrong ones where ``listing`` asks for them."""
    print(f"{corpus + ' true pairs:':<21}{tally(true_matches)}  [{fingerprint(true_matches)}]")
    print(f"{corpus + ' hard negatives:':<21}{tally(hard_matches)}  [{fingerprint(hard_matches)}]")
    if sample is not None:
        print(f"  seeded sample ({seed}): {tally([hard_matches[i] for i in sample])}")
    if listing in ("hard", "all"):
        details(f"{corpus} hard", paths, hard, hard_matches, lambda d: d == "same")
    if listing in ("true", "all"):
        details(f"{corpus} true", paths, true_pairs, true_matches, lambda d: d != "same")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ecb", type=Path, default=SHARED / "ecbplus_dev")
    parser.add_argument("--gvc", type=Path, default=SHARED / "semeval_gvc_dev")
    parser.add_argument("--no-ecb", action="store_true")
    parser.add_argument("--no-gvc", action="store_true")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for extraction")
    parser.add_argument("--cache", type=Path, help="a folder for the extracted reports' pickles")
    parser.add_argument(
        "--sample", type=int, default=1880, help="also count a seeded sample of ECB+ hard negatives"
    )
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--details", nargs="?", const="hard", choices=("hard", "true", "all"))
    args = parser.parse_args(argv)
    if args.cache is not None:
        args.cache.mkdir(parents=True, exist_ok=True)
    listing = args.details
    if not args.no_ecb:
        paths, true_pairs, hard = ecb_texts(args.ecb)
        found = profiles(paths, None, args.jobs, args.cache / "ecb.pickle" if args.cache else None)
        sample = seeded_sample(hard, args.sample, args.seed)
        report(
            "ECB+",
            paths,
            decide_all(found, true_pairs),
            true_pairs,
            decide_all(found, hard),
            hard,
            listing,
            sample,
            args.seed,
        )
    if not args.no_gvc:
        paths, dates, true_pairs, hard = gvc_texts(args.gvc)
        found = profiles(paths, dates, args.jobs, args.cache / "gvc.pickle" if args.cache else None)
        report(
            "GVC", paths, decide_all(found, true_pairs), true_pairs, decide_all(found, hard), hard, listing
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
