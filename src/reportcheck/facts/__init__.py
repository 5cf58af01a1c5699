"""Fact sheets: a newsroom's confirmed facts, and checking an article against them.

``schema`` says what a sheet may hold; ``load`` reads one safely and
validates it; ``values`` and ``claims`` turn each fact into a claim the
comparer understands; ``check`` compares the article's main story with the
facts and returns a ``CheckResult`` (``result``).  Import the module you
need: ``schema`` and ``load`` do not load spaCy.
"""
