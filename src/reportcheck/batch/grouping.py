"""Grouping a day's reports into incidents without comparing every pair.

Two reports recount one incident when they share enough of what makes an
incident: the same city or district, the same named people, the same day in
the same region.  Comparing all N^2 pairs of a 10,000-report day is out of
the question, so grouping blocks (the record-linkage way): every report gets
*keys* (``place:4180439``, ``person:nichols``, ``day:733123:US:GA``), and
only reports that share a key are ever looked at together.  A pair is a
link when it shares at least ``min_shared`` keys (its shared day keys count
once) and the decision of :mod:`reportcheck.incident_match` calls it
``same``.

In a batch of :data:`WORD_BATCH_MIN` reports or more, each *name word* of a
report (a word its text only writes capitalised) is a key too, but only a
rare one, in at most :data:`DEFAULT_WORD_BLOCK` reports, ever pairs
reports: the victim's surname, the street, the bar of one incident, which
every reporter writes alike and the extraction may miss.  Its blocks are
that small, so they add at most N x words x word_block / 2 pair visits; the
rare words are handed to the decision, which weighs them as evidence.

Links join reports transitively (a union-find: A~B and B~C put A, B and C
in one group), strongest links first, with one guard: two groups whose
reports date their stories to days apart are never joined.  Without it one
weak link (two stories that both name "Bush") chains unrelated incidents
into one; with it, on ECB+ (benchmarks/batch_grouping.py), pairwise
precision went from 0.04 to 0.66 at about the same recall.

A key shared by more than ``max_block`` reports ("Washington" on a big news
day) says little about which incident a report is about and would cost
max_block^2 pair visits; it is dropped like a stop word (and counted in the
statistics).  The cost is then at most N x keys-per-report x max_block / 2.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reportcheck.batch.summary import DayInterval, ReportSummary
from reportcheck.incident_match import DIFFERENT, SAME, decide
from reportcheck.settings import DEFAULT_MIN_SHARED

#: reports sharing one key above which the key is dropped (see the module docstring)
DEFAULT_MAX_BLOCK = 200
#: days either side of a date that still count as the same day (overnight
#: events, time zones); the comparer's Tolerances.date_days
DEFAULT_DAY_TOLERANCE = 1

#: reports of each group weighed against the other's before two groups are joined
CHECKED_MEMBERS = 8

#: reports of a batch that may share a name word for it to be rare (a block's
#: largest size for word keys): the victim's surname, the street, the bar of
#: one incident are in its few reports; "Facebook", "Sheriff", the outlet's
#: name are in many and say nothing of which incident a report tells
DEFAULT_WORD_BLOCK = 5
#: reports a batch needs before the rarity of a word means anything: in a
#: handful of reports every word is rare, page furniture of one outlet too
WORD_BATCH_MIN = 40
#: most a pair's rare shared words add to its shared keys
WORD_KEYS_COUNTED = 2

Key = tuple
Pair = tuple[int, int]


@dataclass
class Grouping:
    """Reports grouped into incidents, and what it cost to find them."""

    groups: list[list[int]]  #: report indices, each group sorted, groups by their first report
    keys: int = 0  #: distinct blocking keys
    dropped_keys: int = 0  #: keys shared by more than max_block reports, not used
    pair_visits: int = 0  #: pairs looked at, one per shared key (the cost)
    candidate_pairs: int = 0  #: distinct pairs sharing a key
    links: int = 0  #: pairs sharing at least min_shared keys
    refused_links: int = 0  #: links not followed: they would join reports of days apart
    largest_block: int = 0


def _widened_days(days: Iterable[DayInterval], tolerance: int) -> set[int]:
    return {day for low, high in days for day in range(low - tolerance, high + tolerance + 1)}


def block_keys(
    summary: ReportSummary, day_tolerance: int = DEFAULT_DAY_TOLERANCE, *, words: bool = False
) -> set[Key]:
    """The keys a report is filed under: its places, its people, and each
    (day, region) pair (its own date standing in for a day it does not
    name), the days widened by the tolerance so that reports a
    day apart still meet; with ``words``, each of its name words too (only
    the rare ones ever pair reports: :data:`DEFAULT_WORD_BLOCK`)."""
    keys: set[Key] = {("place", place) for place in summary.places}
    if words:
        keys |= {("word", word) for word in summary.profile.words}
    keys |= {("person", person) for person in summary.people}
    keys |= {("street", street) for street in summary.profile.streets}
    for day in _widened_days(_story_days(summary), day_tolerance):
        keys |= {("day", day, country, region) for country, region in summary.regions}
    return keys


def _story_days(summary: ReportSummary) -> tuple[DayInterval, ...]:
    """The days a report dates its incident to or, when it names none, its own
    date: the decision lets the date of publication stand in for the
    incident's day (:func:`reportcheck.incident_match._weigh_days`), so the
    blocks must bring such reports together too."""
    published = summary.profile.published
    if summary.days or published is None:
        return summary.days
    return ((published, published),)


def days_apart(a: Iterable[DayInterval], b: Iterable[DayInterval], tolerance: int) -> bool:
    """True when both sides give days and no day of one is within ``tolerance`` days of the other's."""
    a, b = list(a), list(b)
    if not a or not b:
        return False
    return not any(la <= hb + tolerance and lb <= ha + tolerance for la, ha in a for lb, hb in b)


def _pair_codes(members: list[int], size: int) -> list[int]:
    """The pairs of a block as ints (a * size + b, a < b): compact and fast to count."""
    return [a * size + b for i, a in enumerate(members) for b in members[i + 1 :]]


@dataclass
class Candidates:
    """The pairs sharing a key and how many keys each shares, pairs held as
    ints (a * size + b) because a 10,000-report day has a million of them."""

    size: int
    shared: Counter[int]
    #: the batch's rare name words, which the decision weighs (None: the batch is too small to tell)
    rare_words: frozenset[str] | None = None

    def pairs(self) -> dict[Pair, int]:
        return {divmod(code, self.size): count for code, count in self.shared.items()}

    def links(self, min_shared: int) -> list[Pair]:
        """Pairs sharing at least ``min_shared`` keys, the strongest first (ties by report order)."""
        strong = sorted((-count, code) for code, count in self.shared.items() if count >= min_shared)
        return [divmod(code, self.size) for _, code in strong]


def report_blocks(summaries: Sequence[ReportSummary], day_tolerance: int) -> dict[Key, list[int]]:
    """Each blocking key with the reports filed under it, in report order
    (name words only in a batch of :data:`WORD_BATCH_MIN` reports or more)."""
    blocks: dict[Key, list[int]] = defaultdict(list)
    words = len(summaries) >= WORD_BATCH_MIN
    for position, summary in enumerate(summaries):
        for key in block_keys(summary, day_tolerance, words=words):
            blocks[key].append(position)  # positions ascend: members come sorted
    return blocks


@dataclass
class BlockCounts:
    """What one share of the blocks yields: the pairs it puts together and
    what that cost.  Blocks can be counted in shares anywhere (a dask worker
    each) and the shares added up: :func:`combine_counts`."""

    shared: Counter[int]  #: pair code -> place and person keys shared
    day_pairs: set[int]  #: pairs sharing some day key (counted once, when the shares meet)
    word_pairs: Counter[int] = field(default_factory=Counter)  #: pair code -> rare words shared
    rare_words: set[str] = field(default_factory=set)  #: name words in at most word_block reports
    keys: int = 0
    dropped_keys: int = 0
    pair_visits: int = 0
    largest_block: int = 0


def count_blocks(
    blocks: Iterable[tuple[Key, list[int]]],
    *,
    size: int,
    max_block: int,
    word_block: int = DEFAULT_WORD_BLOCK,
) -> BlockCounts:
    """The pairs of some blocks (see :class:`BlockCounts`).  A word key in more
    than ``word_block`` reports is a common word: left out, and not counted
    as a dropped key (most name words of a text are)."""
    counts = BlockCounts(Counter(), set())
    for key, members in blocks:
        if key[0] == "word":
            if len(members) <= word_block:
                counts.rare_words.add(key[1])
                if len(members) > 1:
                    counts.keys += 1
                    counts.pair_visits += len(members) * (len(members) - 1) // 2
                    counts.word_pairs.update(_pair_codes(members, size))
            continue
        counts.keys += 1
        if len(members) > max_block:
            counts.dropped_keys += 1
            continue
        counts.largest_block = max(counts.largest_block, len(members))
        counts.pair_visits += len(members) * (len(members) - 1) // 2
        if key[0] == "day":
            counts.day_pairs.update(_pair_codes(members, size))
        else:
            counts.shared.update(_pair_codes(members, size))
    return counts


def combine_counts(parts: Iterable[BlockCounts], *, size: int, grouping: Grouping) -> Candidates:
    """The candidate pairs of all blocks from the counts of their shares; a
    pair's day keys count once however many shares it met in."""
    shared: Counter[int] = Counter()
    day_pairs: set[int] = set()
    word_pairs: Counter[int] = Counter()
    rare_words: set[str] = set()
    for part in parts:
        shared.update(part.shared)
        day_pairs |= part.day_pairs
        word_pairs.update(part.word_pairs)
        rare_words |= part.rare_words
        grouping.keys += part.keys
        grouping.dropped_keys += part.dropped_keys
        grouping.pair_visits += part.pair_visits
        grouping.largest_block = max(grouping.largest_block, part.largest_block)
    shared.update(day_pairs)
    shared.update({code: min(count, WORD_KEYS_COUNTED) for code, count in word_pairs.items()})
    grouping.candidate_pairs = len(shared)
    return Candidates(size, shared, frozenset(rare_words) if rare_words else None)


def candidate_pairs(
    summaries: Sequence[ReportSummary], *, max_block: int, day_tolerance: int, grouping: Grouping
) -> Candidates:
    """Every pair of reports that shares a key, with how many keys it shares
    (shared day keys counted once).  Only reports in one block are paired."""
    size = len(summaries)
    blocks = report_blocks(summaries, day_tolerance)
    counts = count_blocks(blocks.items(), size=size, max_block=max_block)
    return combine_counts([counts], size=size, grouping=grouping)


class _Groups:
    """A union-find over reports that remembers the days each group's reports
    give and its members, so that no join puts two reports of different
    incidents into one group."""

    def __init__(
        self, summaries: Sequence[ReportSummary], day_tolerance: int, rare: frozenset[str] | None = None
    ):
        self.rare = rare
        self.parent = list(range(len(summaries)))
        self.days = [set(summary.days) for summary in summaries]
        self.own_days = [sorted(summary.days) for summary in summaries]
        self.members = [[index] for index in range(len(summaries))]
        self.profiles = [summary.profile for summary in summaries]
        self.tolerance = day_tolerance

    def find(self, item: int) -> int:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def join(self, a: int, b: int) -> bool:
        """Join the groups of a and b unless their days are apart; False when refused."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if days_apart(sorted(self.days[ra]), sorted(self.days[rb]), self.tolerance) and not days_apart(
            self.own_days[a], self.own_days[b], self.tolerance
        ):  # a chain across the gap; a link across it was weighed (a follow-up naming the people) and stands
            return False
        if self._told_apart(ra, rb):
            return False
        root, other = min(ra, rb), max(ra, rb)
        self.parent[other] = root
        self.days[root] |= self.days[other]
        self.days[other] = set()
        self.members[root] += self.members[other]
        self.members[other] = []
        return True

    def _told_apart(self, ra: int, rb: int) -> bool:
        """Some report of one group and some of the other are different
        incidents; the first :data:`CHECKED_MEMBERS` of each group stand for
        it, so a join costs at most that squared, however big the groups."""
        return any(
            decide(self.profiles[x], self.profiles[y], self.rare) == DIFFERENT
            for x in self.members[ra][:CHECKED_MEMBERS]
            for y in self.members[rb][:CHECKED_MEMBERS]
        )

    def groups(self) -> list[list[int]]:
        members: dict[int, list[int]] = defaultdict(list)
        for item in range(len(self.parent)):
            members[self.find(item)].append(item)
        return sorted(members.values(), key=lambda group: group[0])


def check_positions(summaries: Sequence[ReportSummary]) -> None:
    """Summary i must be of report i: grouping answers in positions."""
    for position, summary in enumerate(summaries):
        if summary.report != position:
            raise ValueError(f"summary {position} is of report {summary.report}")


def _decision(summaries: Sequence[ReportSummary], pair: Pair, rare: frozenset[str] | None) -> str:
    a, b = pair
    return decide(summaries[a].profile, summaries[b].profile, rare)


def link_groups(
    summaries: Sequence[ReportSummary],
    candidates: Candidates,
    grouping: Grouping,
    *,
    min_shared: int = DEFAULT_MIN_SHARED,
    day_tolerance: int = DEFAULT_DAY_TOLERANCE,
) -> Grouping:
    """Join the reports of every link, strongest first, into ``grouping.groups``."""
    rare = candidates.rare_words
    links = [pair for pair in candidates.links(min_shared) if _decision(summaries, pair, rare) == SAME]
    grouping.links = len(links)
    groups = _Groups(summaries, day_tolerance, rare)
    for a, b in links:
        if not groups.join(a, b):
            grouping.refused_links += 1
    grouping.groups = groups.groups()
    return grouping


def group_reports(
    summaries: Sequence[ReportSummary],
    *,
    min_shared: int = DEFAULT_MIN_SHARED,
    max_block: int = DEFAULT_MAX_BLOCK,
    day_tolerance: int = DEFAULT_DAY_TOLERANCE,
) -> Grouping:
    """Group reports (``summaries[i].report`` must be ``i``) into incidents.

    Casualty figures never keep reports apart: a disagreement on them is
    what the cross-check is for."""
    check_positions(summaries)
    grouping = Grouping(groups=[])
    candidates = candidate_pairs(
        summaries, max_block=max_block, day_tolerance=day_tolerance, grouping=grouping
    )
    return link_groups(summaries, candidates, grouping, min_shared=min_shared, day_tolerance=day_tolerance)
