"""Overlapping highlights over a text, as well-nested, escaped HTML.

The HTML report marks sentences, claims and hedge cues by their character
offsets in the original article.  These ranges overlap in every way (a claim
inside a sentence, a claim crossing a sentence end, two claims sharing
words), but HTML elements must nest.  So the text is cut at every range's
ends, and for each piece the open elements are made to be exactly the ranges
covering it, outer layers outside: a range broken by another's end is closed
and opened again, and only its first piece carries its ``id``.  Every piece
of text is escaped, so the article can hold any markup and show it as text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """One highlighted range: ``[start, end)`` in the text, and the element for it.

    ``layer`` orders nesting: lower layers (sentences) sit outside higher ones
    (claims, then cues).  ``attrs`` go on every piece, ``ident`` on the first."""

    start: int
    end: int
    layer: int
    tag: str
    attrs: tuple[tuple[str, str], ...] = field(default=())
    ident: str | None = None

    def opening(self, first: bool) -> str:
        attrs = ([("id", self.ident)] if first and self.ident else []) + list(self.attrs)
        rendered = "".join(f' {name}="{html.escape(value, quote=True)}"' for name, value in attrs)
        return f"<{self.tag}{rendered}>"

    def closing(self) -> str:
        return f"</{self.tag}>"


def _nesting_key(span: Span) -> tuple[int, int, int]:
    """Outer first: by layer, then the earlier start, then the longer range."""
    return (span.layer, span.start, -span.end)


def render_spans(text: str, spans: list[Span]) -> str:
    """``text`` escaped, with each span's element around its range, properly nested."""
    usable = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(text)),
        key=lambda s: (s.start, *_nesting_key(s)),
    )
    cuts = sorted({0, len(text), *(s.start for s in usable), *(s.end for s in usable)})
    out: list[str] = []
    stack: list[int] = []  # indexes into ``usable`` of the open elements, outermost first
    started: set[int] = set()  # spans whose first piece (the one with the id) is out
    active: set[int] = set()
    next_span = 0
    for here, there in zip(cuts, cuts[1:], strict=False):
        active = {i for i in active if usable[i].end > here}
        while next_span < len(usable) and usable[next_span].start == here:
            active.add(next_span)
            next_span += 1
        wanted = sorted(active, key=lambda i: (_nesting_key(usable[i]), i))
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] == wanted[keep]:
            keep += 1
        out.extend(usable[i].closing() for i in reversed(stack[keep:]))
        del stack[keep:]
        for index in wanted[keep:]:
            out.append(usable[index].opening(first=index not in started))
            started.add(index)
            stack.append(index)
        out.append(html.escape(text[here:there], quote=False))
    out.extend(usable[i].closing() for i in reversed(stack))
    return "".join(out)
