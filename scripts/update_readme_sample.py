"""Rewrite the sample table in README.md from what reportcheck prints now.

tests/test_docs.py fails when the README's sample drifts from the real
output; run this (``python scripts/update_readme_sample.py``) to bring it
back, then read the diff.
"""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from reportcheck.cli import app

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
#: rows (an incident heading, then findings) shown in the README's abridged table
SHOWN = 6


def sample_block() -> str:
    readme = README.read_text(encoding="utf-8")
    paths = re.search(r"^    pip install \. && reportcheck compare (.*)$", readme, re.M).group(1).split()
    printed = CliRunner().invoke(app, ["compare", *[str(ROOT / p) for p in paths]]).stdout.splitlines()
    lines, separators = [], 0
    for line in printed[1:]:
        if line.startswith("├"):
            separators += 1
            if separators == SHOWN:
                lines.append("└" + line[1:-1].replace("┼", "┴") + "┘")
                break
        lines.append(line.rstrip())
    return "\n".join(lines) + "\n" + printed[-1]


def main() -> None:
    readme = README.read_text(encoding="utf-8")
    start = readme.index("```\n┏") + 4
    end = readme.index("\n```", start)
    README.write_text(readme[:start] + sample_block() + readme[end:], encoding="utf-8")


if __name__ == "__main__":
    main()
