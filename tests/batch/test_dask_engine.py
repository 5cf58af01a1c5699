"""``batch --engine dask``: the same result as the local engine, on a real
(local) Dask cluster of two worker processes.

The ECB+ texts in tests/data/batch/ are from the ECB+ corpus (Cybulska &
Vossen 2014), CC BY 3.0.
"""

from __future__ import annotations

import builtins
import shutil

import pytest
from typer.testing import CliRunner

from reportcheck.batch import cluster
from reportcheck.batch.grouping import Grouping, combine_counts, count_blocks, report_blocks
from reportcheck.batch.summary import ReportSummary
from reportcheck.cli import app
from reportcheck.errors import ReportcheckError

from ..conftest import DATA

distributed = pytest.importorskip("distributed")

pytestmark = pytest.mark.dask  # a local cluster of two worker processes

runner = CliRunner()
ECB = DATA / "batch"


@pytest.fixture(scope="module")
def scheduler():
    """A LocalCluster of two single-threaded worker processes, as CI runs it."""
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as local,
    ):
        yield local.scheduler_address


def _batch(*options: str):
    result = runner.invoke(app, ["batch", str(ECB), "-f", "json", *options])
    assert result.exit_code in (0, 1), result.output
    return result


def test_dask_engine_output_is_byte_identical_to_local(scheduler):
    local = _batch("--engine", "local")
    on_dask = _batch("--engine", "dask", "--scheduler", scheduler)
    assert on_dask.exit_code == local.exit_code
    assert on_dask.stdout.encode() == local.stdout.encode()
    assert '"findings"' in local.stdout


def test_a_bad_file_stops_both_engines_with_the_same_line(scheduler, tmp_path):
    for report in ECB.glob("*.txt"):
        shutil.copy(report, tmp_path / report.name)
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02 binary \x00" * 20)
    local = runner.invoke(app, ["batch", str(tmp_path)])
    on_dask = runner.invoke(app, ["batch", str(tmp_path), "--scheduler", scheduler])
    assert local.exit_code == on_dask.exit_code == 2
    assert on_dask.output == local.output
    assert "bad.txt" in local.output and "[file-binary]" in local.output


def test_scheduler_alone_implies_the_dask_engine(scheduler):
    assert _batch("--scheduler", scheduler).stdout == _batch().stdout


def test_scheduler_with_the_local_engine_is_a_one_line_error():
    result = runner.invoke(app, ["batch", str(ECB), "--engine", "local", "--scheduler", "tcp://x:1"])
    assert result.exit_code == 2
    assert "--scheduler needs --engine dask [bad-option]" in result.output


def test_unreachable_scheduler_is_a_one_line_error(monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "2s")
    result = runner.invoke(app, ["batch", str(ECB), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2
    assert "no Dask scheduler answered at tcp://127.0.0.1:1" in result.output
    assert "[cluster-unreachable]" in result.output


def test_missing_dask_is_a_one_line_error(monkeypatch):
    real_import = builtins.__import__

    def no_dask(name, *args, **kwargs):
        if name == "distributed" or name.startswith("distributed."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(ReportcheckError) as raised:
        cluster._distributed()
    assert raised.value.code == "extra-missing"
    assert "pip install 'reportcheck[dask]'" in raised.value.one_line()


def test_block_counts_add_up_across_shares():
    """Counting the blocks in shares (as workers do) gives the counts of counting them at once."""
    day = 738000
    summaries = [
        ReportSummary(i, days=((day + i % 2, day + i % 2),), regions=(("US", "GA"),), places=(str(i % 3),))
        for i in range(12)
    ]
    blocks = report_blocks(summaries, 1)
    whole, split = Grouping(groups=[]), Grouping(groups=[])
    at_once = combine_counts([count_blocks(blocks.items(), size=12, max_block=200)], size=12, grouping=whole)
    shares = cluster._shares(blocks, 3)
    in_shares = combine_counts(
        [count_blocks(share, size=12, max_block=200) for share in shares], size=12, grouping=split
    )
    assert in_shares.shared == at_once.shared
    assert whole == split
