"""The helper process: half of a compare's reports extracted in a second process, the answer unchanged.

The helper exists only for speed, so every test here holds what must not
change with it: the same bytes as the worker alone, for two reports and for
three (split two and one); a helper that died is replaced while its share is
done by the worker; an error found in the helper's share is the error the
worker would have raised.
"""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures import Future

import pytest

from reportcheck.errors import ReportcheckError
from reportcheck.serve.helper import Helper

from .conftest import sample_reports, served

#: a third report of the sample pair's incident, written for these tests (another outlet's wording)
THIRD = {
    "name": "report_c.txt",
    "text": "A police officer was shot dead in Novoshakhtinsk on Monday, officials in the Rostov "
    "region said. The gunman, a 20-year-old soldier who had left his unit, fled and was detained "
    "two hours later about 8 km from the town, police said.\n",
}


@pytest.fixture(scope="module")
def pair_alone():
    with served() as client:
        two = client.post("/v1/compare", json={"reports": sample_reports()})
        three = client.post("/v1/compare", json={"reports": [*sample_reports(), THIRD]})
    return two, three


@pytest.fixture(scope="module")
def helped():
    with served(helper=True) as client:
        yield client


def test_the_helper_changes_no_byte_of_a_compare(pair_alone, helped):
    two, three = pair_alone
    assert two.status_code == three.status_code == 200
    assert helped.app.state.helper is not None
    assert helped.post("/v1/compare", json={"reports": sample_reports()}).content == two.content
    with_third = helped.post("/v1/compare", json={"reports": [*sample_reports(), THIRD]})
    assert with_third.content == three.content
    assert [report["path"] for report in with_third.json()["reports"]] == [
        "report_a.txt",
        "report_b.txt",
        "report_c.txt",
    ]


def test_a_helper_that_died_is_replaced_and_its_share_done_here(pair_alone, helped):
    helper: Helper = helped.app.state.helper
    helper.wait()
    pool = helper._pool
    assert pool is not None
    for pid in list(pool._processes):
        os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while not pool._broken and time.monotonic() < deadline:  # the pool notices the death
        time.sleep(0.05)
    answer = helped.post("/v1/compare", json={"reports": sample_reports()})
    assert answer.status_code == 200
    assert answer.content == pair_alone[0].content
    assert helper._pool is not None and helper._pool is not pool  # a new helper for the next compare
    helper.wait()
    assert helped.post("/v1/compare", json={"reports": sample_reports()}).content == pair_alone[0].content


def test_an_error_in_the_helpers_share_is_raised_as_the_workers_would_be():
    helper = Helper(None)
    answered: Future = Future()
    answered.set_result(([], ("file-empty", "the report is empty", "b.txt")))
    with pytest.raises(ReportcheckError) as raised:
        helper._collect(answered, [], range(1, 1))
    assert (raised.value.code, raised.value.path) == ("file-empty", "b.txt")


def test_without_the_option_the_cli_uses_a_helper_on_two_cores(monkeypatch):
    from reportcheck.cli.serve import use_helper

    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert use_helper(None) is False
    assert use_helper(True) is True
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert use_helper(None) is True
    assert use_helper(False) is False
