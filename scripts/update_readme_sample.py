"""Kept for old habits: rewrites every example block of README.md, the sample table included.

The work is done by scripts/readme_examples.py (``--update`` rewrites the
blocks from real runs, ``--check`` shows what is stale); this runs its update.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from readme_examples import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["--update"]))
