"""Read articles from ``.txt`` files, ``.jsonl`` files and folders of them.

- ``.txt``: one article per file; the file's stem is the article id.
- ``.jsonl``: one article a line, a JSON object with ``id`` and ``text``
  (word-segmented) and/or ``raw`` (unsegmented), and optionally ``title``,
  ``url`` and ``published`` (ISO 8601).

Every input either becomes an ``Article`` or a ``ReadError`` naming the file
(and line), the reason and what to do; reading always goes on with the rest.

The text stored in an ``Article`` (and so in the graph, and the text every
character offset refers to) is the decoded input with these changes only:
Unicode normalised to NFC, line ends as ``\\n``, invisible format characters
(zero-width space, soft hyphen…) removed, control characters other than tab
and newline replaced by a space (one for one), and surrounding whitespace
removed.
"""

from __future__ import annotations

import codecs
import errno
import json
import os
import re
import stat
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from kg.model import Article, ReadError

SUFFIXES = (".txt", ".jsonl")

#: Longest article accepted, in characters of its text. News articles are a
#: few thousand characters (the longest of 628 real ones is 12,509); anything
#: far beyond that is a concatenation or a broken export, and would make one
#: article dominate the build's time and memory.
MAX_ARTICLE_CHARS = 200_000

#: Longest accepted article id, in characters.
MAX_ID_CHARS = 256

#: A character takes at most this many bytes in any encoding read here, so a
#: file larger than ``MAX_BYTES_PER_CHAR * max_chars`` bytes is refused unread.
MAX_BYTES_PER_CHAR = 4

#: A JSONL line may spell characters as ``\\uXXXX`` escapes (6 bytes each) and
#: carry ``raw`` next to ``text``: lines longer than this many bytes per
#: allowed character are refused without being parsed.
MAX_LINE_BYTES_PER_CHAR = 16

_CONVERT_HINT = "convert it to UTF-8, for example with `iconv -f ENCODING -t UTF-8`"

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_BINARY_SIGNATURES = (
    b"\x89PNG",
    b"%PDF",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
    b"SQLite format 3\x00",
)

# C0 controls other than tab, newline, carriage return; DEL; C1 controls;
# unpaired surrogates (from JSON escapes); the noncharacters U+FFFE, U+FFFF.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

# Characters that take no space and show nothing (Unicode category Cf: zero-width
# space and joiners, word joiner, soft hyphen, direction marks, byte-order mark),
# which would make one name two strings.
_INVISIBLE = re.compile(
    "[" + "".join(ch for ch in map(chr, range(0x80, 0x30000)) if unicodedata.category(ch) == "Cf") + "]"
)

# Control bytes that do not occur in text files (tab, newline, form feed,
# carriage return and escape do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))

# Marks that Vietnamese spelling puts on Latin letters: the five tone marks
# (grave, acute, tilde, hook above, dot below) and the vowel marks
# (circumflex, breve, horn).
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")
_TYPOGRAPHY = frozenset("“”‘’„‚–—…•«»‹›°·€₫×÷§©®™\u00a0\u00ad")


class _Refusal(Exception):
    """Why an input cannot be read, and what to do."""

    def __init__(self, reason: str, hint: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.hint = hint


@dataclass(frozen=True, slots=True)
class _Oversized:
    """A line too long to read: its first bytes and its length in bytes."""

    head: bytes
    size: int


#: How to take an article's text: as it comes, or forced to one kind.
TEXT_MODES = ("auto", "segmented", "raw")


def read_inputs(
    paths: Sequence[str | Path],
    *,
    max_chars: int = MAX_ARTICLE_CHARS,
    text_mode: str = "auto",
    exclude: Sequence[str | Path] = (),
) -> Iterator[Article | ReadError]:
    """Yield every article of ``paths`` (files or folders, mixed), in order.

    ``text_mode`` "auto" detects segmented versus raw ``.txt`` text and takes
    a JSONL line's ``text`` (segmented) before its ``raw``; "segmented" and
    "raw" force the kind of ``.txt`` text and pick that JSONL field first.

    Folders are read recursively in sorted order, skipping hidden entries.
    An input that cannot be read, or an article that is refused, yields a
    ``ReadError`` instead, and reading goes on. An article whose id was
    already read is refused, naming where the first one came from.

    Folders in ``exclude`` (a build's own output folder) are never read: a
    folder walk passes over them, and a file inside one named directly is
    refused.
    """
    if text_mode not in TEXT_MODES:
        raise ValueError(f"unknown text mode {text_mode!r}; use one of {', '.join(TEXT_MODES)}")
    first_seen: dict[str, str] = {}
    for item in _input_files(paths, exclude):
        if isinstance(item, ReadError):
            yield item
            continue
        if item is STDIN:
            articles: Iterable[Article | ReadError] = _read_stdin(max_chars, text_mode)
        elif item.suffix.lower() == ".jsonl":
            articles = _read_jsonl(item, max_chars, text_mode)
        else:
            articles = [_read_txt(item, max_chars, text_mode)]
        for article in articles:
            if isinstance(article, Article):
                where = _place(article.source, article.line)
                if article.id in first_seen:
                    yield ReadError(
                        article.source,
                        article.line,
                        article.id,
                        f"duplicate article id '{article.id}', first read from {first_seen[article.id]}",
                        "give each article its own id; the first one was built",
                    )
                    continue
                first_seen[article.id] = where
            yield article


def _place(source: str, line: int | None) -> str:
    return source if line is None else f"{source}:{line}"


def display_path(path: str | Path) -> str:
    """``path`` as text that every output can hold: bytes of a file name that are
    not UTF-8 and control characters are written as ``\\xNN`` escapes."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return _UNSTORABLE.sub(lambda m: "".join(f"\\x{b:02x}" for b in m.group().encode("utf-8", "surrogatepass")), text)


def _name_problem(path: Path) -> str | None:
    """Why the file name of ``path`` cannot be an article id, if it cannot."""
    try:
        os.fsencode(path.name).decode("utf-8")
    except UnicodeDecodeError:
        return "the file name is not valid UTF-8"
    if _UNSTORABLE.search(path.name) or "\n" in path.name or "\t" in path.name:
        return "the file name holds control characters"
    return None


def _resolved(path: Path) -> Path:
    """``path`` made absolute with its symbolic links followed, as far as they lead."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symbolic link loop
        return path.absolute()


def _input_files(
    paths: Sequence[str | Path], exclude: Sequence[str | Path] = ()
) -> Iterator[Path | ReadError | _StandardInput]:
    """The article files named by ``paths``, each once, folders expanded."""
    seen: set[Path] = set()
    excluded = tuple(_resolved(Path(folder)) for folder in exclude)
    for raw in paths:
        if str(raw) == STDIN_NAME:
            yield STDIN
            continue
        path = Path(raw)
        source = display_path(path)
        if excluded and any(_resolved(path).is_relative_to(folder) for folder in excluded):
            yield ReadError(
                source, None, None, "is inside the output folder of this build", "give inputs outside the --out folder"
            )
            continue
        if path.is_dir():
            found = _folder_files(path, excluded)
            if not any(isinstance(item, Path) for item in found):
                found.append(
                    ReadError(source, None, None, "no .txt or .jsonl files in this folder", "check the path, or add articles")
                )
            candidates: list[Path | ReadError] = found
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                yield ReadError(
                    source,
                    None,
                    None,
                    f"unsupported file type '{path.suffix or '(none)'}'",
                    "give .txt files (one article each) or .jsonl files (one article a line)",
                )
                continue
            candidates = [path]
        elif path.exists() or path.is_symlink():
            yield ReadError(source, None, None, _not_regular(path), "give .txt or .jsonl files or folders")
            continue
        else:
            yield ReadError(source, None, None, "no such file or folder", "check the path")
            continue
        for candidate in candidates:
            if isinstance(candidate, Path):
                key = _resolved(candidate)
                if key in seen:
                    continue
                seen.add(key)
            yield candidate


def _not_regular(path: Path) -> str:
    """Why ``path``, which exists or is a link, is neither a regular file nor a folder."""
    try:
        mode = path.stat().st_mode
    except RuntimeError:
        return "a symbolic link loop"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "a symbolic link loop"
        return f"cannot be opened ({error.strerror})"
    return f"not a regular file or folder (a {_file_kind(mode)})"


def _file_kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISFIFO, "named pipe"),
        (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISDIR, "folder"),
    ):
        if test(mode):
            return kind
    return "special file"


def _folder_files(folder: Path, excluded: Sequence[Path] = ()) -> list[Path | ReadError]:
    """The .txt and .jsonl files under ``folder``, sorted, hidden entries skipped.

    A subfolder that cannot be listed is reported, not passed over; folders in
    ``excluded`` are passed over. Symbolic links to folders are not followed.
    """
    found: list[Path] = []
    unreadable: list[ReadError] = []

    def report(error: OSError) -> None:
        where = Path(error.filename) if error.filename else folder
        unreadable.append(
            ReadError(
                display_path(where),
                None,
                None,
                f"cannot read this folder ({error.strerror}); its articles were not built",
                "fix its permissions, or leave it out",
            )
        )

    for root, folders, files in os.walk(folder, onerror=report):
        here = Path(root)
        folders[:] = [
            f for f in folders if not f.startswith(".") and not (excluded and _resolved(here / f) in excluded)
        ]
        for name in files:
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in SUFFIXES:
                found.append(here / name)
    ordered: list[Path | ReadError] = sorted(found, key=lambda p: p.relative_to(folder).parts)
    return ordered + sorted(unreadable, key=lambda e: e.source)


def _open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading, never blocking: a named pipe, a device or a
    socket is refused (``_Refusal``) without a byte read from it."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise _Refusal("a symbolic link loop", "remove the link, or point it at an article file") from None
        if error.errno == errno.ENXIO:
            raise _Refusal("not a regular file (a socket)", "give .txt or .jsonl files") from None
        raise _Refusal(f"cannot read the file ({error.strerror})", "check its permissions") from None
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise _Refusal(f"not a regular file (a {_file_kind(mode)})", "give .txt or .jsonl files")
        os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def _read_txt(path: Path, max_chars: int, text_mode: str = "auto") -> Article | ReadError:
    source = display_path(path)
    bad_name = _name_problem(path)
    article_id = None if bad_name else normalise_text(path.stem).strip()
    limit = MAX_BYTES_PER_CHAR * max_chars
    try:
        with _open_regular(path) as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                return _too_long(source, None, article_id, f"{size:,} bytes", max_chars)
            if bad_name:
                return ReadError(source, None, None, bad_name, "rename the file: its name is the article id")
            data = handle.read(limit + 1)
    except _Refusal as refusal:
        return ReadError(source, None, article_id, refusal.reason, refusal.hint)
    except OSError as error:
        return ReadError(source, None, article_id, f"cannot read the file ({error.strerror})", "check its permissions")
    if len(data) > limit:
        return _too_long(source, None, article_id, f"over {limit:,} bytes", max_chars)
    if not article_id:
        return ReadError(source, None, None, "the file name gives an empty article id", "rename the file")
    return _txt_article(data, source, article_id, max_chars, text_mode)


def _txt_article(data: bytes, source: str, article_id: str, max_chars: int, text_mode: str) -> Article | ReadError:
    """The article of a ``.txt`` file's bytes."""
    if not data:
        return ReadError(source, None, article_id, "empty file", "remove it, or put the article's text in it")
    try:
        text = clean_text(decode_bytes(data))
    except _Refusal as refusal:
        return ReadError(source, None, article_id, refusal.reason, refusal.hint)
    if not text:
        return ReadError(source, None, article_id, "the file holds only whitespace", "remove it, or put the article's text in it")
    if len(text) > max_chars:
        return _too_long(source, None, article_id, f"{len(text):,} characters", max_chars)
    segmented = None if text_mode == "auto" else text_mode == "segmented"
    return Article(id=article_id, text=text, source=source, segmented=segmented)


_SPLIT_HINT = "split it into separate articles"


def _too_long_reason(size: str, max_chars: int) -> str:
    return f"article too long: {size}, over the limit of {max_chars:,} characters"


def _too_long(source: str, line: int | None, article_id: str | None, size: str, max_chars: int) -> ReadError:
    return ReadError(source, line, article_id, _too_long_reason(size, max_chars), _SPLIT_HINT)


def _read_jsonl(path: Path, max_chars: int, text_mode: str = "auto") -> Iterator[Article | ReadError]:
    source = display_path(path)
    try:
        handle = _open_regular(path)
    except _Refusal as refusal:
        yield ReadError(source, None, None, refusal.reason, refusal.hint)
        return
    with handle:
        yield from _jsonl_articles(handle, source, max_chars, text_mode)


def _jsonl_articles(handle: BinaryIO, source: str, max_chars: int, text_mode: str) -> Iterator[Article | ReadError]:
    """The articles of a JSONL stream, ``handle`` positioned at its start."""
    start = handle.peek(4)[:4] if hasattr(handle, "peek") else b""
    wide = _wide_encoding(start)
    lines = _wide_lines(handle, wide, source) if wide else _byte_lines(handle, max_chars)
    empty = True
    for number, line in lines:
        if isinstance(line, ReadError):
            empty = False
            yield line
        elif isinstance(line, _Oversized) or line.strip():
            empty = False
            yield _jsonl_article(line, source, number, max_chars, text_mode)
    if empty:
        yield ReadError(source, None, None, "empty file", "remove it, or put one JSON article on each line")


#: The input name that stands for standard input.
STDIN_NAME = "-"
#: Where standard input is said to come from in errors and in the graph.
STDIN_SOURCE = "<stdin>"


class _StandardInput:
    """The marker of standard input among the input files."""


STDIN = _StandardInput()


def _read_stdin(max_chars: int, text_mode: str) -> Iterator[Article | ReadError]:
    """The articles on standard input: JSONL when it starts with ``{``, else one text article
    with the id ``stdin``."""
    handle = sys.stdin.buffer
    start = handle.peek(64)[:64] if hasattr(handle, "peek") else b""
    if start.lstrip(codecs.BOM_UTF8 + b" \t\r\n").startswith(b"{") or _wide_encoding(start[:4]):
        yield from _jsonl_articles(handle, STDIN_SOURCE, max_chars, text_mode)
        return
    limit = MAX_BYTES_PER_CHAR * max_chars
    data = handle.read(limit + 1)
    if len(data) > limit:
        yield _too_long(STDIN_SOURCE, None, "stdin", f"over {limit:,} bytes", max_chars)
        return
    yield _txt_article(data, STDIN_SOURCE, "stdin", max_chars, text_mode)


def _wide_encoding(start: bytes) -> str | None:
    """UTF-16 or UTF-32, from a byte-order mark or a first ``{`` spelt wide."""
    for bom, encoding in _BOMS:
        if start.startswith(bom):
            return encoding if encoding != "utf-8-sig" else None
    if start.startswith(b"{\x00\x00\x00"):
        return "utf-32-le"
    if start.startswith(b"\x00\x00\x00{"):
        return "utf-32-be"
    if start.startswith(b"{\x00"):
        return "utf-16-le"
    if start.startswith(b"\x00{"):
        return "utf-16-be"
    return None


def _wide_lines(handle: BinaryIO, encoding: str, source: str) -> Iterator[tuple[int, str | ReadError]]:
    """Lines of a UTF-16 or UTF-32 file; a decoding error ends the file."""
    try:
        text = handle.read().decode(encoding)
    except UnicodeDecodeError as error:
        yield 1, ReadError(
            source,
            None,
            None,
            f"not valid {encoding.upper()} (bad bytes at byte {error.start})",
            _CONVERT_HINT,
        )
        return
    for number, line in enumerate(text.removeprefix("\ufeff").split("\n"), start=1):
        yield number, line


def _byte_lines(handle: BinaryIO, max_chars: int) -> Iterator[tuple[int, bytes | _Oversized]]:
    """Lines of a byte-oriented file, each read with bounded memory.

    A line longer than the limit is yielded as its first bytes plus a marker
    and the rest of it is skipped unread.
    """
    limit = MAX_LINE_BYTES_PER_CHAR * max_chars + 65_536
    number = 0
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit:
            skipped = len(line)
            while chunk := handle.readline(1 << 20):
                skipped += len(chunk)
                if chunk.endswith(b"\n"):
                    break
            yield number, _Oversized(line[:4096], skipped)
        else:
            yield number, line.removeprefix(codecs.BOM_UTF8) if number == 1 else line


_ID_NEAR_START = re.compile(rb'"id"\s*:\s*"?([^",}]{1,256})')


def _jsonl_article(
    line: str | bytes | _Oversized, source: str, number: int, max_chars: int, text_mode: str = "auto"
) -> Article | ReadError:
    if isinstance(line, _Oversized):
        found = _ID_NEAR_START.search(line.head)
        article_id = found.group(1).decode("utf-8", "replace") if found else None
        return _too_long(source, number, article_id, f"a line of {line.size:,} bytes", max_chars)
    if isinstance(line, bytes):
        try:
            line = decode_bytes(line)
        except _Refusal as refusal:
            return ReadError(source, number, None, refusal.reason, refusal.hint)
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return ReadError(
            source,
            number,
            None,
            f"not valid JSON: {error.msg} at column {error.colno}",
            "fix or remove the line; each line must be one JSON object",
        )
    except RecursionError:
        return ReadError(
            source, number, None, "JSON nested too deep to read", "flatten the line; an article is one JSON object"
        )
    except ValueError:  # an integer of more digits than Python converts
        return ReadError(
            source,
            number,
            None,
            f"a JSON number of more than {sys.get_int_max_str_digits():,} digits",
            "write long numbers as strings, or remove them",
        )
    if not isinstance(record, dict):
        return ReadError(
            source, number, None, f"a JSON {type(record).__name__}, not an object", "each line must be one JSON object"
        )
    try:
        return _record_article(record, source, number, max_chars, text_mode)
    except _Refusal as refusal:
        try:
            article_id: str | None = _record_id(record.get("id"))
        except _Refusal:
            article_id = None
        return ReadError(source, number, article_id, refusal.reason, refusal.hint)


def _record_article(record: dict, source: str, number: int, max_chars: int, text_mode: str = "auto") -> Article:
    article_id = _record_id(record.get("id"))
    fields = {name: _optional_string(record, name) for name in ("text", "raw", "title", "url", "published")}
    order = ("raw", "text") if text_mode == "raw" else ("text", "raw")
    text, segmented = "", None
    for name in order:
        text = clean_text(fields[name] or "")
        if text:
            segmented = name == "text"
            break
    if not text:
        present = [name for name in ("text", "raw") if name in record]
        reason = "no \"text\" or \"raw\" field" if not present else f"empty {' and '.join(present)}"
        raise _Refusal(reason, 'give the article\'s words in "text" (segmented) or "raw"')
    if len(text) > max_chars:
        raise _Refusal(_too_long_reason(f"{len(text):,} characters", max_chars), _SPLIT_HINT)
    published = fields["published"]
    if published is not None and not _is_iso_8601(published.strip()):
        raise _Refusal(
            f"\"published\" is not an ISO 8601 date: {published[:40]!r}",
            "write it like 2019-03-01 or 2019-03-01T08:00:00+07:00, or remove it",
        )
    if published is not None and not _offset_in_range(published.strip()):
        raise _Refusal(
            f"\"published\" has a time-zone offset outside -14:00 to +14:00: {published[:40]!r}",
            "write the offset of a real time zone, such as +07:00, or remove it",
        )
    title = clean_text(fields["title"]) if fields["title"] is not None else None
    return Article(
        id=article_id,
        text=text,
        source=source,
        line=number,
        title=title or None,
        url=clean_text(fields["url"] or "") or None,
        published=published.strip() if published else None,
        segmented=segmented,
    )


def _record_id(value: object) -> str:
    if value is None:
        raise _Refusal('no "id" field', 'give every line a unique "id"')
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise _Refusal(f'"id" is a JSON {type(value).__name__}', 'make "id" a string or a whole number')
    article_id = normalise_text(str(value)).strip()
    if not article_id:
        raise _Refusal('empty "id"', 'give every line a unique, non-empty "id"')
    if len(article_id) > MAX_ID_CHARS or _UNSTORABLE.search(article_id) or "\n" in article_id or "\t" in article_id:
        raise _Refusal(
            "unusable \"id\" (control characters or longer than 256 characters)",
            "use a short id of letters, digits and punctuation",
        )
    return article_id


def _optional_string(record: dict, name: str) -> str | None:
    value = record.get(name)
    if value is None or isinstance(value, str):
        return value
    raise _Refusal(f'"{name}" is a JSON {type(value).__name__}, not a string', f'make "{name}" a string, or remove it')


#: Farthest time-zone offset XML Schema dates (and so RDF and Neo4j) allow.
MAX_UTC_OFFSET = timedelta(hours=14)


def _offset_in_range(value: str) -> bool:
    """False for a date-time whose offset from UTC lies beyond ±14:00."""
    try:
        offset = datetime.fromisoformat(value).utcoffset()
    except ValueError:
        return True  # a date without a time has no offset
    return offset is None or abs(offset) <= MAX_UTC_OFFSET


def _is_iso_8601(value: str) -> bool:
    for parse in (datetime.fromisoformat, date.fromisoformat):
        try:
            parse(value)
            return True
        except ValueError:
            continue
    return False


def decode_bytes(data: bytes) -> str:
    """Decode the bytes of a text, detecting its encoding.

    UTF-8 (with or without a byte-order mark), UTF-16 and UTF-32 (with a
    byte-order mark, or UTF-16 recognised by its zero bytes) and Vietnamese
    Windows-1258 are read; anything else, binary data and text holding NUL
    bytes are refused with a ``_Refusal`` saying why and what to do.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise _Refusal(
                    f"starts with a {encoding.upper().removesuffix('-SIG')} byte-order mark "
                    f"but is not valid {encoding.upper().removesuffix('-SIG')} (bad bytes at byte {error.start})",
                    _CONVERT_HINT,
                ) from None
    if b"\x00" in data:
        wide = _utf16_without_bom(data)
        if wide is not None:
            return wide
    if _looks_binary(data):
        raise _Refusal("binary data, not text", "give the article as a .txt or .jsonl text file")
    if b"\x00" in data:
        line, column = _line_and_column(data, data.index(b"\x00"))
        raise _Refusal(
            f"holds {data.count(0)} NUL byte(s), the first at line {line}, column {column}",
            "remove the NUL bytes, or save the file as UTF-8 text",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        problem = error
    windows = _as_windows_1258(data)
    if windows is not None:
        return windows
    line, column = _line_and_column(data, problem.start)
    raise _Refusal(
        f"not UTF-8 (byte 0x{data[problem.start]:02X} at line {line}, column {column}) "
        "and not recognisably Windows-1258, UTF-16 or UTF-32",
        _CONVERT_HINT,
    )


def _line_and_column(data: bytes, offset: int) -> tuple[int, int]:
    """The line and the column (in characters, as far as they decode) of a byte offset."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column


def _looks_binary(data: bytes) -> bool:
    if data.startswith(_BINARY_SIGNATURES):
        return True
    sample = data[:65_536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(sample) // 20)


def _utf16_without_bom(data: bytes) -> str | None:
    """``data`` as UTF-16 when its zero bytes fall on one side only, as text's do."""
    if len(data) % 2:
        return None
    pairs = len(data) // 2
    for encoding, zero_side in (("utf-16-le", 1), ("utf-16-be", 0)):
        wanted = data[zero_side::2].count(0)
        other = data[1 - zero_side :: 2].count(0)
        if wanted >= pairs * 0.3 and other == 0:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not _UNSTORABLE.search(text):
                return text
    return None


def _as_windows_1258(data: bytes) -> str | None:
    """``data`` as Windows-1258 when that gives Vietnamese, else None."""
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    foreign = [ch for ch in text if ord(ch) > 127]
    vietnamese = sum(1 for ch in foreign if is_vietnamese_letter(ch))
    plausible = sum(1 for ch in foreign if ch in _TYPOGRAPHY) + vietnamese
    if vietnamese and plausible >= 0.95 * len(foreign):
        return text
    return None


def _marked_by_vietnamese(char: str) -> bool:
    if char in "đĐ":
        return True
    decomposed = unicodedata.normalize("NFD", char)
    return (
        len(decomposed) > 1
        and decomposed[0] in "aeiouyAEIOUY"
        and all(mark in _VIETNAMESE_MARKS for mark in decomposed[1:])
    )


_VIETNAMESE_LETTERS = frozenset(ch for ch in map(chr, range(0xC0, 0x2000)) if _marked_by_vietnamese(ch))


def is_vietnamese_letter(char: str) -> bool:
    """True for a (composed) letter that Vietnamese spelling marks: đ, ă, â, ơ, ư, ế, ạ, …"""
    return char in _VIETNAMESE_LETTERS


def looks_vietnamese(text: str, minimum_letters: int = 40) -> bool:
    """True when ``text`` reads as Vietnamese: enough letters carry its diacritics.

    In Vietnamese news at least a tenth of the letters carry a mark (13% in
    the least marked of 628 real articles); English or unmarked text has
    almost none, and French or Portuguese, whose accents Vietnamese shares,
    fewer than one in twenty. Texts with fewer than ``minimum_letters`` letters are given
    the benefit of the doubt.
    """
    counts = Counter(text)  # each distinct character is tested once
    letters = sum(count for char, count in counts.items() if char.isalpha())
    if letters < minimum_letters:
        return True
    marked = sum(count for char, count in counts.items() if char in _VIETNAMESE_LETTERS)
    return marked >= 0.06 * letters


def normalise_text(text: str) -> str:
    """``text`` in Unicode NFC, so that a name spelt decomposed or composed is one string."""
    return unicodedata.normalize("NFC", text)


def clean_text(text: str) -> str:
    """The text as stored: NFC, ``\\n`` line ends, invisible format characters
    removed, control characters as spaces, trimmed."""
    text = normalise_text(text).replace("\r\n", "\n").replace("\r", "\n")
    if _INVISIBLE.search(text):
        text = normalise_text(_INVISIBLE.sub("", text))
    return _UNSTORABLE.sub(" ", text).strip()
