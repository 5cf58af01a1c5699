"""The Recognizers-Text English cases in scope, one test each.

The checks are those of ``benchmarks/recognizers_text_rate.py`` (which prints
the pass rates); which cases are in scope is data
(``tests/data/recognizers_text/scope.yaml``), and so are the known failures
(``known_failures.yaml``), marked xfail(strict=True) so a fixed case fails
until it is taken off the list.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from .conftest import ROOT

MINIMUM_RATE = 0.9  # of in-scope length and time cases that must pass


def _load_benchmark():
    """The benchmark script as a module (registered, so pydantic can resolve its models)."""
    name = "recognizers_text_rate"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


rt = _load_benchmark()


def _params(kind: str):
    params = []
    for case in rt.in_scope(kind):
        reason = rt.known_failure(case)
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        params.append(pytest.param(case, id=case.case_id, marks=marks))
    return params


@pytest.mark.parametrize("case", _params("length"))
def test_length(case):
    ok, detail = rt.check_length(case)
    assert ok, detail


@pytest.mark.parametrize("case", _params("time"))
def test_time(case):
    ok, detail = rt.check_time(case)
    assert ok, detail


@pytest.mark.parametrize("case", _params("number"))
def test_number(case):
    ok, detail = rt.check_number(case)
    assert ok, detail


@pytest.mark.parametrize("listing", ["scope.yaml", "known_failures.yaml"])
def test_listed_cases_exist(listing):
    """Every excluded or known-failing case names a real Input, so the lists cannot go stale."""
    for stem, entries in rt.listed(listing).items():
        kinds = [kind for kind, stems in rt.FILES_BY_KIND.items() if stem in stems]
        assert kinds, f"{listing}: unknown file {stem}"
        inputs = {case.input for case in rt.all_cases(kinds[0]) if case.file == stem}
        missing = set(entries) - inputs
        assert not missing, f"{listing}: {stem}: no such case {sorted(missing)}"


def test_known_failures_are_in_scope():
    excluded = rt.listed("scope.yaml")
    for stem, entries in rt.listed("known_failures.yaml").items():
        assert not set(entries) & set(excluded.get(stem, {})), stem


@pytest.mark.parametrize("kind", ["length", "time"])
def test_known_failures_leave_the_target_rate(kind):
    cases = rt.in_scope(kind)
    known = [case for case in cases if rt.known_failure(case)]
    assert cases and 1 - len(known) / len(cases) >= MINIMUM_RATE


def test_every_listed_reason_says_why():
    for listing in ("scope.yaml", "known_failures.yaml"):
        for entries in rt.listed(listing).values():
            assert all(len(reason.split()) >= 4 for reason in entries.values())
