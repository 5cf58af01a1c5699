"""``reportcheck serve``'s refusals: another address without a token, and the extra not installed."""

from __future__ import annotations

import importlib.util

from typer.testing import CliRunner

from reportcheck.cli import app

runner = CliRunner()


def test_another_host_needs_a_token(monkeypatch):
    monkeypatch.delenv("REPORTCHECK_TOKEN", raising=False)
    done = runner.invoke(app, ["serve", "--host", "0.0.0.0"])
    assert done.exit_code == 2
    assert done.stderr.strip().startswith("reportcheck: --host 0.0.0.0 lets other machines in: give --token")
    assert done.stderr.strip().endswith("[bad-option]") and len(done.stderr.strip().splitlines()) == 1


def test_without_the_extra_it_says_what_to_install(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "fastapi" else real(name, *a)
    )
    done = runner.invoke(app, ["serve"])
    assert done.exit_code == 2
    line = done.stderr.strip()
    assert (
        line
        == 'reportcheck: reportcheck serve needs fastapi: pip install "reportcheck[serve]" [extra-missing]'
    )


def test_a_missing_model_is_one_line_before_the_server_starts(monkeypatch):
    import reportcheck.cli.serve as command

    started = []
    monkeypatch.setattr(command, "_run", started.append)
    done = runner.invoke(app, ["serve", "--model", "no_such_model_xyz"])
    assert done.exit_code == 2 and started == []
    line = done.stderr.strip()
    assert line.startswith("reportcheck: the spaCy pipeline 'no_such_model_xyz'")
    assert line.endswith("[model-missing]") and "\n" not in line
