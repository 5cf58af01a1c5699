"""reportcheck: cross-check news and incident reports claim by claim."""

__version__ = "0.1.0"
