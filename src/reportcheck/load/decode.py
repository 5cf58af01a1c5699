"""Reading a report file and turning its bytes into text.

Users hand reportcheck whatever they saved: UTF-8, a Windows "ANSI" export
with smart quotes, a UTF-16 file from Word, or by mistake a PDF or a
directory.  Each of these must either decode to the text the writer saw or
fail with one line that says what is wrong (a :class:`ReportcheckError`),
never with a traceback or with mojibake handed on to the NLP.
"""

from __future__ import annotations

import codecs
import errno
import re
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from reportcheck.errors import ReportcheckError

#: leading bytes of binary formats people mistake for reports -> what they are
MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .odt file is one)"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x7fELF", "a program"),
    (b"{\\rtf", "an RTF document"),
)

#: byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one)
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: share of non-ASCII letters above which a cp1252 reading is taken to be mojibake
MAX_NON_ASCII_LETTER_SHARE = 0.3

#: share of control bytes (other than tab, newline, carriage return, form feed) that marks binary data
MAX_CONTROL_BYTE_SHARE = 0.01

_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\x0c\x1b") + b"\x7f"


@dataclass(frozen=True)
class Decoded:
    """The text of a file and the encoding it was read with."""

    text: str
    encoding: str


def read_report_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path``, or a ReportcheckError saying why they cannot be had."""
    shown = str(path)
    try:
        status = path.stat()
    except FileNotFoundError:
        raise ReportcheckError("file-missing", _missing_message(path), shown) from None
    except OSError as exc:
        raise ReportcheckError("file-unreadable", _os_error_message(exc), shown) from None
    if path.is_dir():
        raise ReportcheckError("file-is-directory", "is a directory, not a report file", shown)
    if status.st_size > max_bytes:
        raise ReportcheckError("file-too-large", _too_large_message(f"{status.st_size:,}", max_bytes), shown)
    try:
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)  # a device or pipe may not report its size
    except OSError as exc:
        raise ReportcheckError("file-unreadable", _os_error_message(exc), shown) from None
    if len(data) > max_bytes:
        raise ReportcheckError(
            "file-too-large", _too_large_message(f"more than {max_bytes:,}", max_bytes), shown
        )
    return data


def _missing_message(path: Path) -> str:
    if path.is_symlink():
        return "is a symbolic link to a file that does not exist"
    return "no such file"


def _os_error_message(exc: OSError) -> str:
    """One line for an OS error, without Python's repr noise."""
    if exc.errno == errno.ELOOP:
        return "cannot be read: too many levels of symbolic links (a symlink loop)"
    if isinstance(exc, PermissionError):
        return "cannot be read: permission denied"
    reason = exc.strerror or type(exc).__name__
    return f"cannot be read: {reason}"


#: how a user raises the size limit, said in every file-too-large message
RAISE_LIMIT_HINT = "raise the limit with --max-chars if it really is one report"


def _too_large_message(size: str, max_bytes: int) -> str:
    return f"is {size} bytes; the limit is {max_bytes:,} bytes ({RAISE_LIMIT_HINT})"


def decode_report_bytes(data: bytes, shown_path: str, *, declared: str | None = None) -> Decoded:
    """Decode a report's bytes: BOM first, then strict UTF-8, then the encoding an HTML page
    ``declared`` (its <meta charset>), then the best single-byte guess."""
    if not data.strip():
        raise ReportcheckError("file-empty", "is empty" if not data else "holds only whitespace", shown_path)
    binary_kind = binary_format(data)
    if binary_kind:
        raise ReportcheckError("file-binary", f"looks like {binary_kind}, not text", shown_path)
    decoded = _decode_with_bom(data, shown_path) or _decode_utf16_without_bom(data)
    if decoded is None:
        if b"\x00" in data:
            raise ReportcheckError(
                "file-binary", "contains NUL bytes; looks like binary data, not text", shown_path
            )
        if _control_byte_share(data) > MAX_CONTROL_BYTE_SHARE:
            raise ReportcheckError(
                "file-binary", "contains control bytes; looks like binary data, not text", shown_path
            )
        decoded = _decode_utf8(data) or _decode_declared(data, declared) or _decode_single_byte(data)
    if decoded is None:
        raise ReportcheckError(
            "file-encoding",
            "is not UTF-8 and its encoding could not be worked out; save it as UTF-8",
            shown_path,
        )
    if not decoded.text.strip():
        raise ReportcheckError("file-empty", "holds no text, only whitespace", shown_path)
    return _without_mojibake(decoded)


def _without_mojibake(decoded: Decoded) -> Decoded:
    """The text with mojibake repaired ("itâ€™s" -> "it's", "CafÃ©" -> "Café").

    A file that was once read in the wrong encoding and saved again holds
    the garbled characters themselves; the writer meant the repaired ones.
    ftfy changes only sequences that are almost certainly such garbage, so
    correct text of any language passes unchanged.  Offsets then point into
    the repaired text, and the encoding says it was repaired.  Mojibake is
    made of letters a legacy code page gives the bytes of UTF-8, so text
    whose only non-ASCII characters are typographic punctuation (most wire
    copy: curly quotes, dashes) skips ftfy and the tenth of a second its
    import costs; see :func:`may_hold_mojibake`.
    """
    if not may_hold_mojibake(decoded.text):
        return decoded
    import ftfy

    repaired = ftfy.fix_encoding(decoded.text)
    if repaired == decoded.text:
        return decoded
    return Decoded(repaired, f"{decoded.encoding}, mojibake repaired")


#: text that cannot be mojibake: ASCII, no-break spaces and the General
#: Punctuation block (curly quotes, dashes, ellipses, bullets).  UTF-8 misread
#: as cp1252 or Latin-1 turns each lead byte into a letter of U+00C2-U+00F4
#: ("Ã©", "â€™"), as cp1251 into Cyrillic ("РџСЂ"), as Mac Roman into an
#: accented letter for the second byte ("‚Äô"), none of them in this set.
_CANNOT_BE_MOJIBAKE = re.compile(r"[\x00-\x7f\u00a0\u2000-\u206f]*")


def may_hold_mojibake(text: str) -> bool:
    """Whether ``text`` has characters mojibake is made of (see above)."""
    return _CANNOT_BE_MOJIBAKE.fullmatch(text) is None


def binary_format(data: bytes) -> str | None:
    """What a binary file looks like, from its first bytes, or None."""
    for magic, kind in MAGIC_NUMBERS:
        if data.startswith(magic):
            return kind
    return None


def _decode_with_bom(data: bytes, shown_path: str) -> Decoded | None:
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                text = data[len(mark) :].decode(encoding.removesuffix("-sig"))
            except UnicodeDecodeError:
                raise ReportcheckError(
                    "file-encoding",
                    f"starts with a {encoding} byte-order mark but is not valid {encoding}",
                    shown_path,
                ) from None
            return Decoded(text, encoding)
    return None


def _decode_utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without a BOM: ASCII-range text leaves a NUL in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls >= 0.3 and even_nuls <= 0.05:
        encoding = "utf-16-le"
    elif even_nuls >= 0.3 and odd_nuls <= 0.05:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if "\x00" in text:
        return None
    return Decoded(text, encoding)


def _control_byte_share(data: bytes) -> float:
    sample = data[:65536]
    return sum(sample.count(byte) for byte in _CONTROL_BYTES) / len(sample)


def _decode_utf8(data: bytes) -> Decoded | None:
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return None


def _decode_declared(data: bytes, encoding: str | None) -> Decoded | None:
    """``data`` in the encoding its page declares, if it decodes cleanly in it."""
    if encoding is None or encoding.startswith(("utf-16", "utf-32")):
        return None
    try:
        return Decoded(data.decode(encoding), encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _decode_single_byte(data: bytes) -> Decoded | None:
    """cp1252 when it reads as Western text, else charset-normalizer's best guess.

    Reports that are not UTF-8 are nearly always Windows "ANSI" (cp1252) or
    Latin-1 exports; cp1252 is Latin-1 plus the smart quotes and dashes in
    0x80-0x9F, so it is preferred whenever it decodes (Latin-1 text without
    C1 control characters decodes to the same string).  charset-normalizer
    alone often guesses a neighbouring code page (cp1250, cp775) for short
    English text, so it is asked only when cp1252 does not fit.
    """
    text = _western_text(data, "cp1252")
    if text is not None:
        return Decoded(text, "cp1252")
    return _charset_normalizer_guess(data)


def _western_text(data: bytes, encoding: str) -> str | None:
    """``data`` read as ``encoding`` if that gives plausible Western European text."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if any("\x80" <= char <= "\x9f" for char in text):  # C1 controls: not what the writer typed
        return None
    letters = [char for char in text if char.isalpha()]
    non_ascii = sum(1 for char in letters if not char.isascii())
    if letters and non_ascii / len(letters) > MAX_NON_ASCII_LETTER_SHARE:
        return None
    return text


def _charset_normalizer_guess(data: bytes) -> Decoded | None:
    try:
        best = from_bytes(data).best()
    except Exception:  # a detector failure means "unknown encoding", not a crash
        return None
    if best is None or best.encoding.startswith(("utf_16", "utf_32")):
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return Decoded(text, codecs.lookup(best.encoding).name)
