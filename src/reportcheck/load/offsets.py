"""Offset maps: where each character of a cleaned text came from.

Every claim reportcheck finds is shown to the user as a span of the file they
gave, not of the cleaned text the NLP saw.  Cleaning therefore never loses
track of positions: each pass is a list of :class:`Edit` objects applied to
its input, which yields the new text and an :class:`OffsetMap` back to the
input; the maps of successive passes are composed into one map to the
original.

A map is a sorted tuple of :class:`Piece` objects covering the new text.  A
*copy* piece is a stretch where the new text and the source advance together
one character at a time (unchanged text, or characters replaced one for one,
such as a curly quote by a straight one).  Any other piece (a longer or
shorter replacement, an insertion) maps every character it holds to the start
of the source stretch it stands for.  A deleted stretch has no piece, so the
character after it maps to the next surviving character.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Edit:
    """Replace ``source[start:end]`` by ``replacement``: "" deletes, ``start == end`` inserts."""

    start: int
    end: int
    replacement: str = ""


@dataclass(frozen=True)
class Piece:
    """The new text from ``clean_start`` on stands for ``source[source_start:source_stop]``."""

    clean_start: int
    source_start: int
    source_stop: int
    copy: bool


class _PieceCollector:
    """Collects pieces in order, extending a copy run instead of starting a new piece."""

    def __init__(self) -> None:
        self.pieces: list[Piece] = []
        self._clean_stop = 0

    def add(
        self, clean_start: int, clean_length: int, source_start: int, source_stop: int, copy: bool
    ) -> None:
        if clean_length <= 0:
            return
        last = self.pieces[-1] if self.pieces else None
        continues_copy = (
            copy
            and last is not None
            and last.copy
            and last.source_stop == source_start
            and self._clean_stop == clean_start
        )
        if continues_copy:
            assert last is not None  # continues_copy says so
            self.pieces[-1] = Piece(last.clean_start, last.source_start, source_stop, True)
        else:
            self.pieces.append(Piece(clean_start, source_start, source_stop, copy))
        self._clean_stop = clean_start + clean_length


@dataclass(frozen=True)
class OffsetMap:
    """Maps offsets in a text made by editing a source back to that source."""

    pieces: tuple[Piece, ...]
    clean_length: int
    source_length: int
    _starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", [piece.clean_start for piece in self.pieces])

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text to itself."""
        pieces = (Piece(0, 0, length, True),) if length else ()
        return cls(pieces, length, length)

    def _index_at(self, offset: int) -> int:
        return bisect_right(self._starts, offset) - 1

    def _clean_stop(self, index: int) -> int:
        following = index + 1
        return self.pieces[following].clean_start if following < len(self.pieces) else self.clean_length

    def to_source(self, offset: int) -> int:
        """The source offset of the character at ``offset``; the end of the text maps to the source's end."""
        if not 0 <= offset <= self.clean_length:
            raise IndexError(f"offset {offset} is outside 0..{self.clean_length}")
        if offset == self.clean_length:
            return self.source_length
        piece = self.pieces[self._index_at(offset)]
        if piece.copy:
            return piece.source_start + (offset - piece.clean_start)
        return piece.source_start

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source stretch that ``[start, end)`` of the new text stands for."""
        if not 0 <= start <= end <= self.clean_length:
            raise IndexError(f"span {start}..{end} is outside 0..{self.clean_length}")
        first = self.to_source(start)
        if end == start:
            return first, first
        last = self.pieces[self._index_at(end - 1)]
        stop = last.source_start + (end - last.clean_start) if last.copy else last.source_stop
        return first, max(first, stop)

    def then(self, outer: OffsetMap) -> OffsetMap:
        """Compose: ``outer`` maps a newer text to this map's text; the result maps it to our source."""
        collected = _PieceCollector()
        for index, piece in enumerate(outer.pieces):
            length = outer._clean_stop(index) - piece.clean_start
            if piece.copy:
                self._copy_through(collected, piece.clean_start, piece.source_start, length)
            else:
                start, stop = self.source_span(piece.source_start, piece.source_stop)
                collected.add(piece.clean_start, length, start, stop, False)
        return OffsetMap(tuple(collected.pieces), outer.clean_length, self.source_length)

    def _copy_through(
        self, collected: _PieceCollector, clean_start: int, mid_start: int, length: int
    ) -> None:
        """Add the parts of this map's pieces that ``[mid_start, mid_start + length)`` runs across."""
        mid_stop = mid_start + length
        position = mid_start
        index = max(0, self._index_at(mid_start))
        while position < mid_stop and index < len(self.pieces):
            piece = self.pieces[index]
            part_stop = min(mid_stop, self._clean_stop(index))
            part = part_stop - position
            target = clean_start + (position - mid_start)
            if piece.copy:
                source_start = piece.source_start + (position - piece.clean_start)
                collected.add(target, part, source_start, source_start + part, True)
            else:
                collected.add(target, part, piece.source_start, piece.source_stop, False)
            position = part_stop
            index += 1


def apply_edits(source: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping edits to ``source``: the new text and its map back to ``source``."""
    parts: list[str] = []
    collected = _PieceCollector()
    clean_pos = 0
    source_pos = 0
    for edit in edits:
        if edit.start < source_pos or edit.end < edit.start or edit.end > len(source):
            raise ValueError(f"edits overlap, run backwards or overrun the text at {edit.start}")
        if edit.start > source_pos:
            parts.append(source[source_pos : edit.start])
            collected.add(clean_pos, edit.start - source_pos, source_pos, edit.start, True)
            clean_pos += edit.start - source_pos
        if edit.replacement:
            one_for_one = len(edit.replacement) == edit.end - edit.start
            parts.append(edit.replacement)
            collected.add(clean_pos, len(edit.replacement), edit.start, edit.end, one_for_one)
            clean_pos += len(edit.replacement)
        source_pos = edit.end
    if source_pos < len(source):
        parts.append(source[source_pos:])
        collected.add(clean_pos, len(source) - source_pos, source_pos, len(source), True)
        clean_pos += len(source) - source_pos
    return "".join(parts), OffsetMap(tuple(collected.pieces), clean_pos, len(source))
