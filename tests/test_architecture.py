"""ARCHITECTURE.md matches the tree: what it names exists, and every package is named.

A newcomer finds their room by that page; a folder moved or added without
it is a wrong map.
"""

from __future__ import annotations

import re

import pytest

from .conftest import ROOT

PAGE = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
PACKAGE = ROOT / "src" / "reportcheck"
#: a backticked repository path: it has a slash, or a file name with an extension
PATH = re.compile(r"`((?:src|tests|benchmarks|scripts|docs)/[\w./-]*|[\w-]+\.(?:md|py|json|yaml))`")
#: a placeholder in a path, e.g. extract/KIND/
PLACEHOLDER = re.compile(r"/[A-Z]+(?:/|$)")


def _named_paths() -> list[str]:
    return sorted({m.group(1) for m in PATH.finditer(PAGE) if "/" in m.group(1)})


@pytest.mark.parametrize("path", _named_paths())
def test_every_path_named_exists(path):
    if PLACEHOLDER.search(path):
        pytest.skip("a placeholder, not a path")
    assert (ROOT / path).exists(), f"ARCHITECTURE.md names {path}, which is not in the tree"


def _packages() -> list[str]:
    """Every subpackage of reportcheck and of its extract and knowledge layers."""
    found = []
    for parent in (PACKAGE, PACKAGE / "extract", PACKAGE / "knowledge"):
        found += [
            str(folder.relative_to(ROOT)) + "/"
            for folder in sorted(parent.iterdir())
            if (folder / "__init__.py").is_file() and folder.name not in {"rules", "schemas"}
        ]
    return found


@pytest.mark.parametrize("folder", _packages())
def test_every_package_is_on_the_page(folder):
    short = folder.removeprefix("src/reportcheck/extract/")
    assert f"`{folder}`" in PAGE or f"`{short}`" in PAGE, f"ARCHITECTURE.md does not say what {folder} holds"


# ---------------------------------------------------------------- data flows one way

#: the stages in their order, each by the modules that make it
STAGES = (
    ("load", ("load",)),
    ("extract", ("extract",)),
    ("incidents", ("incidents", "incident_events")),
    ("align", ("align", "incident_match", "roundups")),
    ("compare", ("compare",)),
    ("export", ("export",)),
)
STAGE_OF = {module: stage for stage, modules in STAGES for module in modules}
ORDER = [stage for stage, _ in STAGES]


def _imports(path) -> set[str]:
    """The reportcheck modules a file imports, at its top or inside a function."""
    return _imports_in(path.read_text(encoding="utf-8"))


def _imports_in(source: str) -> set[str]:
    """The reportcheck modules a source imports, at its top or inside a function."""
    import ast

    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("reportcheck.")}


def _stage(module: str) -> str | None:
    """The stage a dotted module belongs to, "knowledge", or None (the fronts, models)."""
    top = module.split(".")[1] if module.count(".") else ""
    return "knowledge" if top == "knowledge" else STAGE_OF.get(top.removesuffix(".py"))


def _staged_files() -> list[str]:
    return [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if _stage("reportcheck." + str(path.relative_to(PACKAGE)).replace("/", ".")) is not None
    ]


@pytest.mark.parametrize("module", _staged_files())
def test_data_flows_one_way(module):
    """A stage imports the stages before it and the knowledge layer, never a
    stage after it; the knowledge layer imports no stage."""
    own = _stage("reportcheck." + module.replace("/", "."))
    later = set(ORDER) if own == "knowledge" else set(ORDER[ORDER.index(own) + 1 :])
    wrong = sorted(name for name in _imports(PACKAGE / module) if _stage(name) in later)
    assert not wrong, f"{module} ({own}) imports {wrong}, a later stage"


# ---------------------------------------------------------------- later stages read claims

#: the modules after the extract stage: they read the typed claims
#: (models.py, details.py) and never run an extractor's reader on text again.
#: A fact a later stage needs is set once by the extractor in the claim's
#: details; a word list or constant both need lives in the knowledge layer.
LATER = (
    "compare",
    "digest",
    "export",
    "batch",
    "serve",
    "cli",
    "align",
    "incident_match",
    "roundups",
    "incidents",
    "incident_events",
)

#: the few imports of the extract layer a later module may still make, each
#: with its reason.  Keep it short: a new entry needs a reason as good.
ALLOWED_EXTRACT = {
    # The incidents stage splits a report's sentences into incidents by
    # reading their parse itself (there are no claims of "an event word"):
    # lemma_of reads a token's lemma through the lemma cache the pipeline
    # fills (pipeline.defer_lemmas), which no other module may duplicate.
    "incidents.py": {"reportcheck.extract.core.base"},
    # ... and a roundup's tally ("29 shootings over the weekend") is no
    # claim of any kind, so its figure is read with the one number reader.
    "incident_events.py": {"reportcheck.extract.core.base", "reportcheck.extract.core.numbers"},
}


def _later_files() -> list[str]:
    return [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if str(path.relative_to(PACKAGE)).split("/")[0].removesuffix(".py") in LATER
    ]


def _extract_imports(source: str) -> set[str]:
    """The modules of the extract layer a source imports, anywhere in it."""
    return {
        name
        for name in _imports_in(source)
        if name == "reportcheck.extract" or name.startswith("reportcheck.extract.")
    }


@pytest.mark.parametrize("module", _later_files())
def test_later_stages_do_not_read_text_with_the_extractors(module):
    """compare, digest, export, align and the fronts import nothing of extract;
    the incidents stage only what ALLOWED_EXTRACT names."""
    extra = _extract_imports((PACKAGE / module).read_text(encoding="utf-8")) - ALLOWED_EXTRACT.get(
        module, set()
    )
    assert not extra, (
        f"{module} imports {sorted(extra)}: a later stage reads claims, not the extractors' readers"
    )


def test_the_check_sees_an_extract_import_inside_a_function():
    """The test above would pass on anything if it missed an import; it must not."""
    source = "def judge(claim):\n    from reportcheck.extract.times.finders import find_times\n"
    assert _extract_imports(source) == {"reportcheck.extract.times.finders"}
    assert _extract_imports("import reportcheck.extract\n") == {"reportcheck.extract"}
    assert _extract_imports("from reportcheck.extractors import x\n") == set()


def test_every_allowed_extract_import_is_still_made():
    """An entry of ALLOWED_EXTRACT that no longer imports what it names is removed."""
    for module, allowed in ALLOWED_EXTRACT.items():
        assert allowed <= _extract_imports((PACKAGE / module).read_text(encoding="utf-8")), module
