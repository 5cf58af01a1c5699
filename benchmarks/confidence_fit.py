"""Calibrate the conflict confidence on read conflicts, not on the development pairs.

Run ``python benchmarks/confidence_fit.py SAMPLE READINGS [SAMPLE READINGS ...]
[--threshold T] [--fit]``: each SAMPLE is a file the noise audit drew
(``benchmarks/noise_audit.py --sample K --sample-out PATH``), each READINGS
a reader's verdicts on it (``{"id", "verdict", "error_class"}`` per line).

Every sampled pair is extracted and cross-checked again, with every
conflict kept as a conflict (``min_confidence=0``); each read conflict is
found again by its sample id and graded as ``compare`` grades it
(``reportcheck.compare.confidence``).  The script prints, per read conflict,
its verdict, confidence and evidence, then how the threshold splits the
read conflicts (true kept as conflict, false demoted to possible_conflict)
at the default and at a few others.  ``--fit`` also fits a logistic
regression (L2, numpy) over the same evidence and prints its weights beside
the rule file's, to set ``rules/confidence.yaml`` by; the weights shipped
are rounded to halves and kept where the readings hold too few cases to say.

The samples quote the articles and stay outside the repository; this script
prints only ids, kinds, verdicts and figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.3, 0.5)


def _noise_audit():
    spec = importlib.util.spec_from_file_location("noise_audit", REPO / "benchmarks" / "noise_audit.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["noise_audit"] = module
    spec.loader.exec_module(module)
    return module


def read_labelled(pairs_of_files: list[Path]) -> list[dict]:
    """The sampled conflicts with a true/false verdict, each once (the first reading wins)."""
    audit = _noise_audit()
    labelled: dict[str, dict] = {}
    files = zip(pairs_of_files[::2], pairs_of_files[1::2], strict=True)
    for fold, (sample_path, readings_path) in enumerate(files):
        verdicts = {r["id"]: r for r in audit.read_jsonl(readings_path)}
        for record in audit.read_jsonl(sample_path):
            reading = verdicts.get(record["id"])
            verdict = audit._verdict(reading.get("verdict")) if reading else None
            if verdict is not None and record["id"] not in labelled:
                labelled[record["id"]] = {
                    **record,
                    "truth": verdict,
                    "error_class": audit._error_class(reading),
                    "fold": fold,
                }
    return list(labelled.values())


def regrade(labelled: list[dict], shared: Path) -> list[dict]:
    """Each read conflict found again and graded: its confidence, reasons and evidence."""
    import reportcheck.compare as compare
    from reportcheck.api import cross_check
    from reportcheck.compare.confidence import evidence

    audit = _noise_audit()
    features: dict[frozenset[str], Counter] = {}
    grade = compare.grade

    def recording(a, b, *, internal, crowd):
        found = Counter()
        for item in evidence(a, b, internal=internal, crowd=crowd):
            if item.weight is not None:
                found[item.weight] += item.times
        features[frozenset((a.id, b.id))] = found
        return grade(a, b, internal=internal, crowd=crowd)

    compare.grade = recording  # type: ignore[assignment]
    pairs = {
        r["pair"]: audit.Pair(r["corpus"], r["pair"], shared / r["a"], shared / r["b"]) for r in labelled
    }
    articles = audit.articles_of(pairs.values())
    extracted = audit.extract_all(articles, None)
    numbers = {path: index for index, path in enumerate(articles)}
    graded = []
    for record in labelled:
        pair = pairs[record["pair"]]
        side = {numbers[pair.a]: "a", numbers[pair.b]: "b"}
        findings, _ = cross_check(
            [extracted[pair.a], extracted[pair.b]],
            numbers=[numbers[pair.a], numbers[pair.b]],
            min_confidence=0.0,
        )
        match = [
            f for f in findings if f.confidence is not None and audit.sample_id(pair, f, side) == record["id"]
        ]
        if not match:
            graded.append({**record, "found": False})
            continue
        finding = match[0]
        ids = {c.id for c in finding.claims}
        found = next((v for k, v in features.items() if k <= ids), Counter())
        graded.append(
            {
                **record,
                "found": True,
                "confidence": finding.confidence,
                "reasons": finding.reasons,
                "features": dict(found),
            }
        )
    compare.grade = grade  # type: ignore[assignment]
    return graded


def split_table(graded: list[dict], thresholds=THRESHOLDS) -> list[str]:
    """How each threshold splits the read conflicts."""
    found = [g for g in graded if g["found"]]
    true = [g for g in found if g["truth"]]
    false = [g for g in found if not g["truth"]]
    lines = [
        "| threshold | true kept (conflict) | true demoted | false kept | false demoted "
        "| precision of kept |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for t in thresholds:
        tk = sum(1 for g in true if g["confidence"] >= t)
        fk = sum(1 for g in false if g["confidence"] >= t)
        precision = f"{tk / (tk + fk):.0%}" if tk + fk else "-"
        lines.append(
            f"| {t:.2f} | {tk}/{len(true)} | {len(true) - tk} | {fk} | {len(false) - fk}/{len(false)} "
            f"| {precision} |"
        )
    return lines


def fit(graded: list[dict], l2: float = 1.0, steps: int = 500) -> dict[str, float]:
    """A logistic regression over the evidence counts and the kind (L2, Newton steps)."""
    import numpy as np

    found = [g for g in graded if g["found"]]
    names = sorted({name for g in found for name in g["features"]})
    kinds = sorted({g["kind"] for g in found})
    columns = ["bias", *names, *(f"kind:{k}" for k in kinds)]
    x = np.array(
        [
            [1.0, *(g["features"].get(n, 0) for n in names), *(1.0 if g["kind"] == k else 0.0 for k in kinds)]
            for g in found
        ]
    )
    y = np.array([1.0 if g["truth"] else 0.0 for g in found])
    w = np.zeros(len(columns))
    penalty = np.full(len(columns), l2)
    penalty[0] = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + np.diag(penalty + 1e-6)
        w -= np.linalg.solve(hessian, gradient)
    return dict(zip(columns, (round(float(v), 2) for v in w), strict=True))


def fitted_confidence(weights: dict[str, float], graded: dict) -> float:
    """A read conflict's confidence under fitted weights (a kind or evidence not fitted weighs 0)."""
    import math

    logit = weights.get("bias", 0.0) + weights.get(f"kind:{graded['kind']}", 0.0)
    logit += sum(weights.get(name, 0.0) * times for name, times in graded["features"].items())
    return 1 / (1 + math.exp(-logit))


def held_out(graded: list[dict]) -> list[str]:
    """Each sample's conflicts graded by weights fitted on the other samples only, then the split:
    what the fit is worth on conflicts it has not seen."""
    scored = []
    for fold in sorted({g["fold"] for g in graded}):
        weights = fit([g for g in graded if g["fold"] != fold])
        scored += [
            {**g, "confidence": fitted_confidence(weights, g)}
            for g in graded
            if g["fold"] == fold and g["found"]
        ]
    return split_table(scored)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", type=Path, nargs="+", help="SAMPLE READINGS pairs")
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--fit", action="store_true", help="also fit a logistic regression and print it")
    parser.add_argument(
        "--held-out", action="store_true", help="fit on all samples but one, split that one; each in turn"
    )
    parser.add_argument(
        "--dump", type=Path, help="write the graded conflicts as JSONL (outside the repository)"
    )
    args = parser.parse_args(argv)
    if len(args.files) % 2:
        parser.error("give SAMPLE READINGS in pairs")
    from reportcheck.compare.confidence import DEFAULT_MIN_CONFIDENCE

    graded = regrade(read_labelled(args.files), args.shared)
    for g in sorted(graded, key=lambda g: (-(g.get("confidence") or 0), g["id"])):
        if not g["found"]:
            print(f"{g['id']}\t{'true' if g['truth'] else 'false'}\tnot raised any more")
            continue
        evidence = ", ".join(f"{k}x{v}" if v > 1 else k for k, v in sorted(g["features"].items()))
        verdict = "true" if g["truth"] else f"false ({g['error_class']})"
        print(f"{g['id']}\t{g['kind']}\t{g['confidence']:.2f}\t{verdict}\t{evidence}")
    missing = sum(1 for g in graded if not g["found"])
    print(f"\nread conflicts: {len(graded)}; raised again and graded: {len(graded) - missing}")
    print(f"default threshold {DEFAULT_MIN_CONFIDENCE}")
    print("\n".join(split_table(graded, sorted({*THRESHOLDS, DEFAULT_MIN_CONFIDENCE}))))
    if args.fit:
        print("\nlogistic fit (L2 1.0):")
        for name, weight in fit(graded).items():
            print(f"  {name}: {weight}")
    if args.held_out:
        print("\nheld out (weights fitted on the other samples):")
        print("\n".join(held_out(graded)))
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as handle:
            for g in graded:
                handle.write(json.dumps(g, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
