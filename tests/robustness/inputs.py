"""The bad inputs of the robustness matrix, each with what reportcheck must do with it.

Every input is built by a function that writes it into a folder of its own
(so that a command reading a folder sees it too) and returns the path a
user would type.  An input either must give a correct result (``errors``
empty; ``twin`` names the good text it holds, whose claims it must yield)
or must be refused with one of ``errors``, the codes of the one-line error.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

#: a short wire report with claims of most kinds: place, date, time, distance, count, age, weapon
BASE = (
    "Gunman wounds policeman in Novoshakhtinsk\n"
    "\n"
    "NOVOSHAKHTINSK, Russia - A gunman opened fire on police in Novoshakhtinsk on Sunday, "
    "wounding one officer, the interior ministry said.\n"
    "The attack happened at about 10:30 a.m., 20 km from the border with Ukraine.\n"
    "The suspect, a 34-year-old man, was detained two hours later with a hunting rifle, police said.\n"
)
#: the same with Latin-1 letters (a Western "ANSI" export)
ACCENTED = BASE + "José Pérez, who runs a café near the station, said he heard at least three shots.\n"
#: the same with cp1252's smart quotes and dashes, as Word writes them
QUOTED = BASE + (
    "\u201cIt was terrible,\u201d said Jos\u00e9 P\u00e9rez \u2013 the caf\u00e9\u2019s owner \u2013 "
    "who heard three shots.\n"
)
RUSSIAN = (
    "Стрельба в Новошахтинске\n\n"
    "В воскресенье неизвестный открыл огонь по полицейским в Новошахтинске, ранив одного сотрудника. "
    "Нападение произошло около 10:30 в 20 километрах от границы с Украиной.\n"
)
SPANISH = (
    "Tiroteo en Novoshakhtinsk\n\n"
    "Un hombre armado abrió fuego contra la policía el domingo en Novoshakhtinsk e hirió a un agente, "
    "informó el ministerio del Interior. El ataque ocurrió hacia las 10:30, a 20 kilómetros de la frontera.\n"
)
NO_CLAIMS = "Notes\n\nThe weather was pleasant and everyone enjoyed a quiet afternoon in the park.\n"
#: the good texts, saved as UTF-8 next to the bad inputs
GOOD_TEXTS = {"base": BASE, "accented": ACCENTED, "quoted": QUOTED}

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00" + bytes(200)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 4
#: the size of the wire dump that must be refused by its size alone
HUGE_BYTES = 50 * 1024 * 1024
#: the length of the line without a line break
LONG_LINE_CHARS = 1024 * 1024

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Gunman wounds policeman in Novoshakhtinsk</title>
<script>window.dataLayer = [{"page": "world", "count": 99, "time": "11:45"}];</script>
<style>body { font-family: serif } .cookie { position: fixed }</style></head>
<body>
<div class="cookie">We use cookies. By continuing to browse you agree to our use of 12 cookies.
<a href="#">OK</a></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather: 23 degrees</a></li></ul></nav>
<main><article>
<h1>Gunman wounds policeman in Novoshakhtinsk</h1>
<p>NOVOSHAKHTINSK, Russia - A gunman opened fire on police in Novoshakhtinsk on Sunday,
wounding one officer, the interior ministry said.</p>
<p>The attack happened at about 10:30 a.m., 20 km from the border with Ukraine.</p>
<p>The suspect, a 34-year-old man, was detained two hours later with a hunting rifle, police said.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Five killed in crash on motorway</a></li>
<li><a href="/b">Three arrested after 40 km chase</a></li></ul></aside>
<footer><p>&copy; 2024 Example News. All rights reserved.</p><p>Subscribe to our newsletter</p></footer>
</body></html>
"""


@dataclass(frozen=True)
class BadInput:
    name: str
    build: Callable[[Path], Path]  #: writes the input into a folder; returns the path to give
    errors: tuple[str, ...] = ()  #: acceptable error codes; empty when a correct result is due
    twin: str | None = None  #: the GOOD_TEXTS key of the text it holds: its claims must be the same
    partner: str | None = None  #: what a two-report command pairs it with (default: its twin, else base)
    known_crash: str | None = None  #: a bug it shows that is not fixed yet (the case is a strict xfail)

    @property
    def is_error(self) -> bool:
        return bool(self.errors)


def _bytes(name: str, data: bytes) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return build


def _huge(folder: Path) -> Path:
    """50 MB of wire copy, written in blocks (the size check must refuse it unread)."""
    path = folder / "wire_dump.txt"
    block = (BASE * 200).encode("utf-8")
    with path.open("wb") as stream:
        for _ in range(HUGE_BYTES // len(block) + 1):
            stream.write(block)
    return path


def _long_line(folder: Path) -> Path:
    """A report and then a megabyte with no line break (a pasted data blob).  Its 'words' are
    200 letters long, which keeps the token count, and so the pipeline's time, low; the load
    stage's handling of a megabyte of prose on one line is tested on its own."""
    letters = str.maketrans("0123456789", "ghijklmnop")
    words = [f"{number:08x}".translate(letters) * 25 for number in range(LONG_LINE_CHARS // 201 + 1)]
    text = BASE.replace("\n", " ") + " ".join(words)
    path = folder / "one_line.txt"
    path.write_text(text[:LONG_LINE_CHARS], encoding="utf-8")
    return path


def mojibake(text: str) -> str:
    """``text`` as a UTF-8 file looks when read as cp1252 (Latin-1 for bytes cp1252 lacks) and saved again."""
    return "".join(
        bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in text.encode("utf-8")
    )


def _directory(folder: Path) -> Path:
    path = folder / "a_folder"
    path.mkdir()
    return path


def _missing(folder: Path) -> Path:
    return folder / "no_such_report.txt"


def _unreadable(folder: Path) -> Path:
    path = folder / "locked.txt"
    path.write_text(BASE, encoding="utf-8")
    path.chmod(0)
    return path


def _symlink_loop(folder: Path) -> Path:
    first, second = folder / "loop_a.txt", folder / "loop_b.txt"
    os.symlink(second.name, first)
    os.symlink(first.name, second)
    return first


def _same_file(folder: Path) -> Path:
    return folder.parent / "good" / "base.txt"


BAD_INPUTS: tuple[BadInput, ...] = (
    BadInput("empty", _bytes("empty.txt", b""), ("file-empty",)),
    BadInput("whitespace", _bytes("blank.txt", b" \n\t\r\n   \n"), ("file-empty",)),
    BadInput("png", _bytes("photo.txt", PNG), ("file-binary",)),
    BadInput("pdf-renamed", _bytes("story.txt", PDF), ("file-binary",)),
    BadInput(
        "nul-bytes", _bytes("dump.txt", b"Police said\x00\x00\x01" + bytes(range(256)) * 8), ("file-binary",)
    ),
    BadInput("utf8-bom", _bytes("bom.txt", codecs.BOM_UTF8 + BASE.encode("utf-8")), twin="base"),
    BadInput("utf16-le", _bytes("word_le.txt", codecs.BOM_UTF16_LE + BASE.encode("utf-16-le")), twin="base"),
    BadInput("utf16-be", _bytes("word_be.txt", codecs.BOM_UTF16_BE + BASE.encode("utf-16-be")), twin="base"),
    BadInput("utf16-le-no-bom", _bytes("nobom_le.txt", BASE.encode("utf-16-le")), twin="base"),
    BadInput("latin-1", _bytes("latin1.txt", ACCENTED.encode("latin-1")), twin="accented"),
    BadInput("cp1252-smart-quotes", _bytes("ansi.txt", QUOTED.encode("cp1252")), twin="quoted"),
    BadInput("mojibake", _bytes("garbled.txt", mojibake(QUOTED).encode("utf-8")), twin="quoted"),
    BadInput("huge-50mb", _huge, ("file-too-large",)),
    BadInput("line-1mb-no-newline", _long_line),
    BadInput("directory", _directory, ("file-is-directory", "directory-empty")),
    BadInput("missing", _missing, ("file-missing",)),
    BadInput("no-read-permission", _unreadable, ("file-unreadable",)),
    BadInput("symlink-loop", _symlink_loop, ("file-unreadable",)),
    BadInput("russian", _bytes("russian.txt", RUSSIAN.encode("utf-8"))),
    BadInput("russian-cp1251", _bytes("russian_ansi.txt", RUSSIAN.encode("cp1251"))),
    BadInput("spanish", _bytes("spanish.txt", SPANISH.encode("latin-1"))),
    BadInput("html-saved-page", _bytes("page.html", HTML_PAGE.encode("utf-8")), twin="base"),
    BadInput("html-without-extension", _bytes("page_saved.txt", HTML_PAGE.encode("utf-8")), twin="base"),
    BadInput(
        "giant-number",
        _bytes("giant.txt", f"Officials said {'1' * 400} people were evacuated on Sunday.\n".encode()),
    ),
    BadInput("no-claims", _bytes("notes.txt", NO_CLAIMS.encode("utf-8"))),
    BadInput("identical-reports", _bytes("copy_of_base.txt", BASE.encode("utf-8")), twin="base"),
    BadInput("same-report-twice", _same_file, twin="base"),
)

#: inputs that only make sense where a command takes two reports
PAIR_ONLY = {"identical-reports", "same-report-twice"}
