"""Where at the scene reports set a shooting, inside or outside, and whether two reports differ.

Run ``python benchmarks/scene_settings.py [--loose] [--sample N] [--seed S]``.
It reads the GVC and GVDB articles beside the repository
(``../shared/corpus``), finds in each sentence the settings of
``benchmarks/data/scene_settings.yaml`` (a structure, home, vehicle or
business, and a side, inside or outside), and counts:

* the articles that set something inside or outside a structure;
* the GVC same-incident pairs (and GVDB's ``pairs.jsonl``) whose two articles
  both state a setting, and those whose settings of one structure differ in
  side (one says inside, the other outside), with no setting in common
  ("strict") or beside one both give ("mixed").

By default a setting counts only in a sentence that also tells the attack
(``action`` of the rule file: shot, stabbed, opened fire ...); ``--loose``
counts every sentence, an upper bound.  ``--sample N`` prints N differing
pairs drawn with the seed, each side's settings the other lacks and their
sentences, for a reader to judge whether the two reports disagree about the
attack or tell different moments and people (a memorial in front of the
house, a neighbour on his porch, a victim found in the yard).  The sentences
are printed for reading and never stored in the project (the corpora are
for research use).  It measures whether an inside/outside claim kind would
find conflicts; it reads no claims of the tool.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared" / "corpus"
RULES = REPO / "benchmarks" / "data" / "scene_settings.yaml"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class Setting:
    """One stated setting: which structure, which side, the words and their sentence."""

    structure: str
    side: str
    words: str
    sentence: str


@dataclass(frozen=True)
class Finder:
    """The compiled rule file: the patterns and the words of the attack."""

    patterns: tuple[tuple[str, str, re.Pattern[str]], ...]
    action: re.Pattern[str]


def load_finder(path: Path = RULES) -> Finder:
    """Compile the rule file's patterns, its structure words filled in."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    words = {"poss": data["poss"], **data["structures"]}
    patterns = tuple(
        (p["structure"], p["side"], re.compile(p["re"].format(**words), re.I)) for p in data["patterns"]
    )
    return Finder(patterns, re.compile(data["action"], re.I))


def settings(finder: Finder, text: str, loose: bool) -> list[Setting]:
    """Every setting of the text, only in sentences telling the attack unless loose."""
    found = []
    for sentence in SENTENCE_END.split(text):
        if not loose and not finder.action.search(sentence):
            continue
        for structure, side, pattern in finder.patterns:
            found.extend(
                Setting(structure, side, m.group(0), sentence.strip()) for m in pattern.finditer(sentence)
            )
    return found


def keys(found: list[Setting]) -> set[tuple[str, str]]:
    """The (structure, side) pairs a report states."""
    return {(s.structure, s.side) for s in found}


def differs(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> str:
    """'strict' if one structure has two sides and no setting is shared, 'mixed' if one is, '' if none."""
    if not any(x[0] == y[0] and x[1] != y[1] for x in a for y in b):
        return ""
    return "mixed" if a & b else "strict"


def gvc_pairs(folder: Path) -> list[tuple[str, str]]:
    """Every two GVC articles whose annotation names one incident, in a fixed order."""
    incidents: dict[str, list[str]] = {}
    for path in sorted((folder / "annotations").glob("*.json")):
        incidents.setdefault(json.loads(path.read_text())["incident"], []).append(path.stem)
    return [pair for ids in incidents.values() for pair in itertools.combinations(sorted(ids), 2)]


def gvdb_pairs(folder: Path) -> list[tuple[str, str]]:
    """GVDB's linked pairs of ``pairs.jsonl``."""
    lines = (folder / "pairs.jsonl").read_text(encoding="utf-8").splitlines()
    return [(Path(p["a"]).stem, Path(p["b"]).stem) for p in map(json.loads, lines) if p]


def texts(folder: Path) -> dict[str, str]:
    """The corpus's articles by file stem."""
    paths = sorted((folder / "text").glob("*.txt"))
    return {p.stem: p.read_text(encoding="utf-8", errors="ignore") for p in paths}


def measure(name: str, pairs_of, finder: Finder, loose: bool) -> list[tuple[str, str, str]]:
    """Print one corpus's counts; return its differing pairs with their kind."""
    folder = SHARED / name
    docs = texts(folder)
    found = {k: settings(finder, v, loose) for k, v in docs.items()}
    pairs = pairs_of(folder)
    both = [(a, b) for a, b in pairs if found[a] and found[b]]
    differing = [(a, b, differs(keys(found[a]), keys(found[b]))) for a, b in both]
    differing = [d for d in differing if d[2]]
    print(
        f"{name}: {len(docs)} articles, {sum(1 for v in found.values() if v)} with a setting; "
        f"{len(pairs)} pairs, {len(both)} both with a setting, "
        f"{sum(1 for d in differing if d[2] == 'strict')} differ strictly, "
        f"{sum(1 for d in differing if d[2] == 'mixed')} differ beside a shared setting"
    )
    return [(name, *d) for d in differing]


def show(sample: list[tuple[str, str, str, str]], finder: Finder, loose: bool) -> None:
    """Print each pair's settings the other side lacks, with their sentences."""
    for name, a, b, kind in sample:
        docs = texts(SHARED / name)
        sa, sb = settings(finder, docs[a], loose), settings(finder, docs[b], loose)
        print(f"===== {name} {a} {b} ({kind})")
        for tag, own, other in (("A", sa, keys(sb)), ("B", sb, keys(sa))):
            for s in own:
                if (s.structure, s.side) not in other and any(o[0] == s.structure for o in other):
                    print(f"  {tag} {s.structure} {s.side} | {s.words} | {s.sentence[:300]}")


def main() -> None:
    """Count, then print the seeded sample."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loose", action="store_true", help="count settings in every sentence")
    parser.add_argument("--sample", type=int, default=10)
    parser.add_argument("--seed", type=int, default=23)
    args = parser.parse_args()
    finder = load_finder()
    differing = measure("semeval_gvc_dev", gvc_pairs, finder, args.loose)
    differing += measure("gvdb_dev", gvdb_pairs, finder, args.loose)
    rng = random.Random(args.seed)
    show(rng.sample(differing, min(args.sample, len(differing))), finder, args.loose)


if __name__ == "__main__":
    main()
