"""Which place an ambiguous name is read as: a seeded sample of corpus mentions to read.

Run ``python benchmarks/ambiguous_places.py [--articles N] [--seed S]
[--out PATH]``.  It draws N articles at random (seeded) from each corpus
beside the repository (``../shared/corpus``: ecbplus_dev, semeval_gvc_dev,
gvdb_dev), extracts them as ``reportcheck extract`` would, and lists every
location claim whose name GeoNames gives to places of more than one country
or first-level region ("Surrey", "Richmond", "Portland"): the article, the
name as written, and the place it was read as.  The sentence is printed for
reading and never stored in the project (the corpora are for research use).

Run it before and after a change of how places are resolved, with ``--out``
to two files outside the repository, and ``--diff BEFORE AFTER`` lists the
mentions whose reading changed, those found only before and only after,
for a reader to judge against the articles.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPORA = ("ecbplus_dev", "semeval_gvc_dev", "gvdb_dev")


def _articles(corpus: Path) -> list[Path]:
    return sorted((corpus / "text").rglob("*.txt"))


def _ambiguous(gazetteer, name: str) -> bool:
    """Whether GeoNames gives the name to places of two countries or regions."""
    areas = {(p.country, p.region) for p in gazetteer.candidates(name) if p.kind in ("city", "district")}
    return len(areas) > 1


def sample(articles: int, seed: int) -> list[dict]:
    """The ambiguous location claims of ``articles`` seeded articles per corpus."""
    from reportcheck.extract import ReportExtractor, run_pipeline
    from reportcheck.knowledge.gazetteer import get_gazetteer
    from reportcheck.load import load_report
    from reportcheck.models import ClaimKind
    from reportcheck.pipeline import build_pipeline

    nlp, gazetteer = build_pipeline(), get_gazetteer()
    rows = []
    for name in CORPORA:
        paths = _articles(SHARED / "corpus" / name)
        for path in random.Random(seed).sample(paths, min(articles, len(paths))):
            report = load_report(path)
            claims = ReportExtractor(report, 0).claims(run_pipeline(nlp, report.text))
            for claim in claims:
                if claim.kind is not ClaimKind.location or claim.place.geonameid is None:
                    continue
                written = claim.place.surface or claim.evidence.text
                if not _ambiguous(gazetteer, written.split(",")[0]):
                    continue
                rows.append(
                    {
                        "article": str(path.relative_to(SHARED)),
                        "start": claim.evidence.start,
                        "name": written,
                        "place": claim.value.label,
                        "region": claim.place.region_name,
                        "sentence": " ".join(claim.evidence.sentence.split())[:200],
                    }
                )
    return rows


def diff(before_path: Path, after_path: Path) -> None:
    """Print the mentions whose reading changed, and those found on one side only."""

    def load(path: Path) -> dict[tuple[str, int], dict]:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        return {(r["article"], r["start"]): r for r in rows}

    before, after = load(before_path), load(after_path)
    changed = [k for k in before.keys() & after.keys() if before[k]["place"] != after[k]["place"]]
    same = len(before.keys() & after.keys()) - len(changed)
    print(f"before {len(before)}, after {len(after)}, same reading {same}")
    for title, keys in (
        ("changed", sorted(changed)),
        ("only before", sorted(before.keys() - after.keys())),
        ("only after", sorted(after.keys() - before.keys())),
    ):
        print(f"\n{title}: {len(keys)}")
        for key in keys:
            old, new = before.get(key), after.get(key)
            row = new or old
            assert row is not None
            shown = f"{old['place'] if old else '-'} ({old['region'] if old else ''}) -> "
            shown += f"{new['place'] if new else '-'} ({new['region'] if new else ''})"
            print(f"  {row['article']} @{row['start']} {row['name']!r}: {shown}\n      {row['sentence']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=60, help="articles drawn per corpus")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--out", type=Path, help="write the sample here (JSONL, outside the repository)")
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args(argv)
    if args.diff:
        diff(*args.diff)
        return 0
    if not all((SHARED / "corpus" / name).is_dir() for name in CORPORA):
        print(f"ambiguous_places: the corpora are not under {SHARED / 'corpus'}", file=sys.stderr)
        return 2
    rows = sample(args.articles, args.seed)
    names = {r["name"] for r in rows}
    print(f"{len(rows)} ambiguous place mentions ({len(names)} names) in {args.articles} articles per corpus")
    for row in rows:
        print(f"{row['article']} @{row['start']} {row['name']!r} -> {row['place']} ({row['region']})")
    if args.out:
        args.out.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
