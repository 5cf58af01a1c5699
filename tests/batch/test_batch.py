"""``reportcheck batch``: grouping by blocking, and the command end to end.

The ECB+ texts in tests/data/batch/ are from the ECB+ corpus (Cybulska &
Vossen 2014), CC BY 3.0.
"""

from __future__ import annotations

import json
import shutil

import jsonschema
import pytest
from typer.testing import CliRunner

from reportcheck.batch import grouping
from reportcheck.batch.grouping import block_keys, group_reports
from reportcheck.batch.summary import ReportSummary
from reportcheck.cli import app
from reportcheck.export.contract import output_json_schema
from reportcheck.incident_match import IncidentProfile
from reportcheck.knowledge.names import person_key

from ..conftest import DATA, SAMPLES

runner = CliRunner()
ECB = DATA / "batch"
DAY = 738000  # a day ordinal (2021-08-12)


def summary(report, *, days=(), regions=(), places=(), people=(), words=()):
    """A report's summary and its incident profile, people as written ("Ann Xu")."""
    day_intervals = tuple((d, d) for d in days)
    profile = IncidentProfile(
        days=day_intervals,
        places=tuple((place, place) for place in places),
        regions=tuple(regions),
        people=tuple((name, "") for name in people),
        words=tuple(sorted(words)),
    )
    return ReportSummary(
        report=report,
        days=day_intervals,
        regions=tuple(regions),
        places=tuple(places),
        people=tuple(person_key(name) for name in people),
        profile=profile,
    )


# ------------------------------------------------------------ blocking logic


def test_keys_are_places_people_and_days_in_a_region():
    keys = block_keys(summary(0, days=[DAY], regions=[("US", "GA")], places=["4180439"], people=["nichols"]))
    assert ("place", "4180439") in keys and ("person", "nichols") in keys
    assert {k for k in keys if k[0] == "day"} == {("day", DAY + d, "US", "GA") for d in (-1, 0, 1)}


def test_only_pairs_sharing_a_key_are_ever_compared(monkeypatch):
    summaries = [
        summary(0, places=["a"], people=["Ann Xu"]),
        summary(1, places=["a"], people=["Ann Xu"]),
        summary(2, places=["b"], people=["Bo Yates"]),
        summary(3, places=["c"], people=["Cy Zane"]),
        summary(4, people=["Bo Yates"]),
    ]
    seen = {}
    original = grouping.candidate_pairs

    def spy(*args, **kwargs):
        candidates = original(*args, **kwargs)
        seen.update(candidates.pairs())
        return candidates

    monkeypatch.setattr(grouping, "candidate_pairs", spy)
    result = group_reports(summaries)
    assert set(seen) == {(0, 1), (2, 4)}
    for a, b in seen:
        assert block_keys(summaries[a]) & block_keys(summaries[b])
    assert result.pair_visits == 3  # (0,1) on "a" and on "x", (2,4) on "y": never all 10 pairs
    assert result.groups == [[0, 1], [2], [3], [4]]  # (2,4) share one key, fewer than min_shared
    # at min_shared 1 they are weighed: one person named in full by both
    assert group_reports(summaries, min_shared=1).groups == [[0, 1], [2, 4], [3]]


def test_groups_are_transitive():
    """A and C share nothing, but each is B's story: one group."""
    summaries = [
        summary(0, places=["springfield"], people=["Joe Smith"]),
        summary(
            1, places=["springfield"], people=["Joe Smith", "Kim Jones"], days=[DAY], regions=[("US", "IL")]
        ),
        summary(2, people=["Kim Jones"], days=[DAY], regions=[("US", "IL")]),
        summary(3, places=["elsewhere"], people=["Al Brown"]),
    ]
    result = group_reports(summaries)
    assert not block_keys(summaries[0]) & block_keys(summaries[2])
    assert result.groups == [[0, 1, 2], [3]]


def test_min_shared_sets_how_much_reports_must_share():
    summaries = [
        summary(0, places=["a"], people=["Ann Xu", "Bo Yates"]),
        summary(1, places=["a"], people=["Ann Xu", "Cy Zane"]),
    ]
    assert group_reports(summaries, min_shared=2).groups == [[0, 1]]
    assert group_reports(summaries, min_shared=3).groups == [[0], [1]]


def test_shared_day_keys_count_once():
    """Two reports of one day in one region are a candidate pair at
    min_shared 1, not at 2 (their day keys count once); a day and a region
    are not enough to join them (the incident decision is unsure)."""
    summaries = [
        summary(0, days=[DAY], regions=[("US", "IL"), ("US", "IN")]),
        summary(1, days=[DAY], regions=[("US", "IL"), ("US", "IN")]),
    ]
    assert group_reports(summaries, min_shared=2).candidate_pairs == 1
    assert group_reports(summaries, min_shared=2).links == 0
    assert group_reports(summaries, min_shared=1).groups == [[0], [1]]
    named = [summary(i, days=[DAY], regions=[("US", "IL")], people=["Rosa Diaz"]) for i in (0, 1)]
    assert group_reports(named, min_shared=1).groups == [[0, 1]]


def test_reports_the_decision_calls_different_are_never_joined():
    """A crash in California and a shooting in Arizona share nothing; a third
    report shares a person with one and a street with the other.  Each link is
    sure, but following both would join a crash and a shooting: refused."""
    crash = IncidentProfile(regions=(("US", "CA"),), people=(("Lee Park", ""),), types=(("crash", 3),))
    bridge = IncidentProfile(people=(("Lee Park", ""),), streets=("elm street",))
    shooting = IncidentProfile(regions=(("US", "AZ"),), streets=("elm street",), types=(("shooting", 3),))
    summaries = [
        ReportSummary(report=0, people=("park",), profile=crash),
        ReportSummary(report=1, people=("park",), profile=bridge),
        ReportSummary(report=2, profile=shooting),
    ]
    result = group_reports(summaries, min_shared=1)
    assert result.links == 2
    assert result.groups == [[0, 1], [2]]
    assert result.refused_links == 1


def test_reports_of_days_apart_are_never_joined():
    """Two trials of one man, years apart, name the same people and city:
    the link between them is refused, and so is a chain through a third report."""
    shared = {"places": ["atlanta"], "people": ["Brian Nichols", "Ann Howard"]}
    summaries = [
        summary(0, days=[DAY], **shared),
        summary(1, days=[DAY + 700], **shared),
        summary(2, **shared),  # undated: it may join one of them, not both
    ]
    result = group_reports(summaries)
    assert result.groups == [[0, 2], [1]]
    assert result.refused_links == 1  # 1-2; 0-1 is no link: the decision is unsure of days 700 apart


def test_a_key_in_too_many_reports_is_dropped():
    summaries = [summary(i, places=["washington"], people=["Joe Biden"]) for i in range(5)]
    result = group_reports(summaries, max_block=4)
    assert result.dropped_keys == 2 and result.pair_visits == 0
    assert result.groups == [[i] for i in range(5)]
    assert group_reports(summaries, max_block=5).groups == [[0, 1, 2, 3, 4]]


def test_a_report_naming_no_day_is_filed_under_its_own_date():
    """A brief of the morning after ("a man was shot overnight") names no day;
    its publication date stands in, in the blocks as in the decision."""
    import dataclasses

    def published(report, on):
        return dataclasses.replace(report, profile=dataclasses.replace(report.profile, published=on))

    dated = published(summary(0, days=[DAY], regions=[("US", "MI")], places=["detroit"]), DAY)
    brief = published(summary(1, regions=[("US", "MI")], places=["detroit"]), DAY + 1)
    assert ("day", DAY, "US", "MI") in block_keys(brief)
    assert group_reports([dated, brief], min_shared=2).groups == [[0, 1]]
    undated = summary(1, regions=[("US", "MI")], places=["detroit"])
    assert group_reports([dated, undated], min_shared=2).groups == [[0], [1]]


def _news_day(size, story):
    """``size`` reports of other incidents, each with words of its own and the
    page furniture every report carries, and two reports of one shooting
    that name the victim, the street and the bar and nothing the extraction kept."""
    furniture = ["facebook", "sheriff", "gazette"]
    others = [summary(i, words=[*furniture, f"name{i}", f"street{i}"]) for i in range(size)]
    return [*others, summary(size, words=[*furniture, *story]), summary(size + 1, words=[*furniture, *story])]


def test_rare_name_words_pair_the_reports_of_one_incident():
    story = ["tolliver", "alder", "kellerman's"]
    summaries = _news_day(grouping.WORD_BATCH_MIN, story)
    result = group_reports(summaries, min_shared=2)
    assert [len(members) for members in result.groups if len(members) > 1] == [2]
    assert result.largest_block == 0  # no place, person or day key: only the word blocks paired them
    assert result.pair_visits == len(story)  # one pair per rare word; "facebook" in all is never a block
    two = _news_day(grouping.WORD_BATCH_MIN, story[:2])  # two rare words and nothing else: not sure
    assert all(len(members) == 1 for members in group_reports(two, min_shared=1).groups)


def test_a_small_batch_has_no_rare_words():
    """In a handful of reports every word is rare, an outlet's furniture too."""
    summaries = _news_day(grouping.WORD_BATCH_MIN - 3, ["tolliver", "alder", "kellerman's"])
    assert all(len(members) == 1 for members in group_reports(summaries, min_shared=1).groups)


def test_a_word_in_more_reports_than_the_word_block_is_common():
    story = ["tolliver", "alder", "kellerman's"]
    summaries = _news_day(grouping.WORD_BATCH_MIN, story)
    crowd = [summary(len(summaries) + i, words=story) for i in range(grouping.DEFAULT_WORD_BLOCK)]
    result = group_reports([*summaries, *crowd], min_shared=1)
    assert all(len(members) == 1 for members in result.groups)
    assert result.pair_visits == 0


def test_summaries_must_be_in_report_order():
    with pytest.raises(ValueError):
        group_reports([summary(1), summary(0)])


def test_summary_round_trips_through_plain_values():
    original = summary(3, days=[DAY], regions=[("US", "GA")], places=["1"], people=["Ann Xu"])
    assert ReportSummary.from_dict(json.loads(json.dumps(original.to_dict()))) == original


# ------------------------------------------------------------ the command


@pytest.fixture(scope="module")
def wire_copy(tmp_path_factory):
    """A small day's copy: the sample pair, two ECB+ reports of one bombing, one of a quake."""
    folder = tmp_path_factory.mktemp("wire")
    shutil.copy(SAMPLES / "report_a.txt", folder / "01_novoshakhtinsk_a.txt")
    shutil.copy(SAMPLES / "report_b.txt", folder / "02_novoshakhtinsk_b.txt")
    for path in sorted(ECB.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 not a report")
    return folder


@pytest.fixture(scope="module")
def batch_json(wire_copy):
    one = runner.invoke(app, ["batch", str(wire_copy), "--format", "json"])
    two = runner.invoke(app, ["batch", str(wire_copy), "--format", "json", "--jobs", "2"])
    return one, two


def _groups(out):
    """Group id -> the report paths of its main incident."""
    groups = {}
    for incident in out["incidents"]:
        group, _, local = incident["id"].partition(":")
        if local == "main":
            groups[group] = sorted(
                out["reports"][c["report"]]["path"].rsplit("/", 1)[1] for c in incident["reports"]
            )
    return groups


@pytest.mark.slow
def test_batch_groups_reports_of_one_incident(batch_json):
    result, _ = batch_json
    assert result.exit_code == 1, result.stderr  # the sample pair conflicts
    out = json.loads(result.stdout)
    assert len(out["reports"]) == 2 + len(list(ECB.glob("*.txt")))
    groups = sorted(_groups(out).values())
    assert ["01_novoshakhtinsk_a.txt", "02_novoshakhtinsk_b.txt"] in groups
    assert ["8_1ecb.txt", "8_2ecb.txt"] in groups
    assert ["20_1ecbplus.txt"] in groups  # a single report, listed as such


@pytest.mark.slow
def test_batch_findings_name_their_group_and_global_reports(batch_json):
    result, _ = batch_json
    out = json.loads(result.stdout)
    incidents = {i["id"]: i for i in out["incidents"]}
    conflicts = [f for f in out["findings"] if f["status"] == "conflict"]
    distance = [f for f in conflicts if f["kind"] == "distance"]
    assert len(distance) == 1
    assert {c["text"] for c in distance[0]["claims"]} == {"20km", "five miles"}
    assert distance[0]["incident"] in incidents
    for finding in out["findings"]:
        members = {c["report"] for c in incidents[finding["incident"]]["reports"]}
        assert {c["report"] for c in finding["claims"]} <= members
    single = [i for i in out["incidents"] if "single report" in i["label"]]
    assert single and all(len(i["reports"]) == 1 for i in single)


def test_an_exact_copy_is_named_not_cross_checked_again(tmp_path):
    """The same story filed twice: the copy is grouped with it, named in the
    label, and adds no agreement of its own (25 copies would add 300 pairs)."""
    for name in ("8_1ecb.txt", "8_2ecb.txt"):
        shutil.copy(ECB / name, tmp_path / name)
    shutil.copy(ECB / "8_1ecb.txt", tmp_path / "8_3copy.txt")
    out = json.loads(runner.invoke(app, ["batch", str(tmp_path), "--format", "json"]).stdout)
    main = next(i for i in out["incidents"] if i["id"].endswith(":main"))
    assert "report 3 repeats report 1" in main["label"]
    assert all(c["report"] != 2 for f in out["findings"] for c in f["claims"])
    assert any(f["status"] == "agree" for f in out["findings"])


@pytest.mark.slow
def test_jobs_2_gives_the_same_output_as_jobs_1(batch_json):
    one, two = batch_json
    assert two.exit_code == one.exit_code
    assert two.stdout == one.stdout


def test_batch_json_follows_the_comparison_contract(batch_json):
    result, _ = batch_json
    jsonschema.Draft202012Validator(json.loads(output_json_schema("comparison"))).validate(
        json.loads(result.stdout)
    )


def test_batch_table_and_output_file(wire_copy, tmp_path):
    target = tmp_path / "day.txt"
    result = runner.invoke(app, ["batch", str(wire_copy), "-o", str(target)])
    assert result.exit_code == 1 and result.stdout == ""
    table = target.read_text(encoding="utf-8")
    assert "(g1:main)" in table and "20km" in table and "five miles" in table
    assert "report 1: " in table and "02_novoshakhtinsk_b.txt" in table


def test_batch_of_an_empty_directory_is_one_line(tmp_path):
    result = runner.invoke(app, ["batch", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "directory-empty" in result.stderr


@pytest.mark.slow
def test_a_bad_report_stops_the_batch_with_its_name(tmp_path):
    shutil.copy(SAMPLES / "report_a.txt", tmp_path / "a.txt")
    (tmp_path / "b.txt").write_bytes(b"")
    for jobs in ("1", "2"):
        result = runner.invoke(app, ["batch", str(tmp_path), "--jobs", jobs])
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1 and "file-empty" in result.stderr
        assert str(tmp_path / "b.txt") in result.stderr


@pytest.mark.slow
def test_batch_exit_status_ignores_possible_conflicts(tmp_path):
    """The sample pair's two conflicts, all under a threshold of 1, are listed as
    possible conflicts and the batch exits 0; with the default it exits 1."""
    shutil.copy(SAMPLES / "report_a.txt", tmp_path / "a.txt")
    shutil.copy(SAMPLES / "report_b.txt", tmp_path / "b.txt")
    relaxed = runner.invoke(app, ["batch", str(tmp_path), "--format", "json", "--min-confidence", "1"])
    assert relaxed.exit_code == 0, relaxed.stderr
    out = json.loads(relaxed.stdout)
    assert out["summary"]["conflict"] == 0 and out["summary"]["possible_conflict"] == 2
    assert runner.invoke(app, ["batch", str(tmp_path), "--format", "json"]).exit_code == 1
