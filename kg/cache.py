"""The extraction cache of a build folder, for ``kg build --update``.

Every build keeps its per-article extractions in ``OUT/cache/extractions.sqlite``,
one row per article id: the article itself (as JSON), the pickled
``Extraction``, and the key it was made under, a digest of the article and
of kg's code. The rows are also the list of the articles the build holds.

``--update`` reuses a row whose key still matches, and extracts again an
article whose text or metadata changed, or every stored article when kg
itself changed (from the article kept in the row), so an update always gives
what a full rebuild of the same articles gives.

Changes are staged while the build runs and become the folder's cache only in
``commit``, after the exports are written; ``discard`` leaves the previous
cache as it was. The rows hold pickles: point ``--update`` only at a build
folder you made yourself.
"""

from __future__ import annotations

import copyreg
import dataclasses
import hashlib
import io
import json
import os
import pickle
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

import kg
import kg.model
from kg.model import Article, Extraction, Sentence, Token
from kg.paths import ONTOLOGY_DIR

#: Bump when the layout of the rows changes; older caches then need a full rebuild.
CACHE_FORMAT = 1
CACHE_FILE = Path("cache") / "extractions.sqlite"

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS extractions ("
    " article_id TEXT PRIMARY KEY, key TEXT NOT NULL, article TEXT NOT NULL, data BLOB NOT NULL)",
)


class CacheError(Exception):
    """A cache that cannot be used, with what to do."""


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of kg's version, of its source and data files and of the
    lexicons in ``ontology/`` next to the package (when run from a checkout).

    Two installations with the same fingerprint extract the same things from
    the same article; the extraction cache and the Dask workers rely on it.
    """
    package = Path(kg.__file__).parent
    digest = hashlib.sha256(kg.__version__.encode())
    for root in (package, ONTOLOGY_DIR):
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".pyc", ".pyo"}:
                digest.update(path.relative_to(root.parent).as_posix().encode())
                digest.update(b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()


def article_key(article: Article) -> str:
    """The cache key of ``article``: its text, its metadata and kg's code.

    Any change to the text, the title, the source file or line, or to kg
    itself gives another key, so the article is extracted again.
    """
    return _key_of(_article_json(article))


def _key_of(article_json: str) -> str:
    return hashlib.sha256(f"{CACHE_FORMAT}\0{code_fingerprint()}\0{article_json}".encode()).hexdigest()


class ExtractionCache:
    """The staged extraction cache of one build folder.

    Without ``update`` the staged cache starts empty and replaces the
    folder's cache on commit; with ``update`` it is the folder's cache,
    changed inside one transaction.
    """

    def __init__(self, out: Path, update: bool = False) -> None:
        self.path = out / CACHE_FILE
        self.update = update
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if update:
            if not self.path.is_file():
                raise CacheError(
                    f"{self.path}: no extraction cache, so {out} holds no build to update; "
                    f"run `kg build INPUT --out {out}` first"
                )
            self._staging = self.path
        else:
            # A build killed before its commit leaves its staged file behind.
            for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
                if not _running(stale.name.split(".")[-2]):
                    stale.unlink(missing_ok=True)
            self._staging = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        self._db = sqlite3.connect(self._staging, isolation_level=None)
        try:
            if not update:
                # A fresh file replaced by rename on commit needs no journal.
                self._db.execute("PRAGMA journal_mode=OFF")
                self._db.execute("PRAGMA synchronous=OFF")
            for statement in _SCHEMA:
                self._db.execute(statement)
            self._check_format()
            self._db.execute("BEGIN")
        except sqlite3.DatabaseError as error:
            self._db.close()
            raise CacheError(f"{self.path}: unreadable extraction cache ({error}); rebuild without --update") from error

    def _check_format(self) -> None:
        row = self._db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
        if row is None:
            self._db.execute("INSERT INTO meta VALUES ('format', ?)", (str(CACHE_FORMAT),))
        elif row[0] != str(CACHE_FORMAT):
            raise CacheError(
                f"{self.path}: extraction cache of format {row[0]}, this kg reads format {CACHE_FORMAT}; "
                "rebuild all articles without --update"
            )

    def reuse(self, articles: Iterable[Article], take: Callable[[Extraction], None]) -> Iterator[Article]:
        """Pass cached extractions to ``take``; yield the articles to extract.

        First the input ``articles``: a hit goes to ``take``, a miss is
        yielded. Then the stored articles not among the inputs: those whose
        key no longer matches (kg changed) are yielded to be extracted again.
        """
        seen: set[str] = set()
        for article in articles:
            seen.add(article.id)
            cached = self._get(article)
            if cached is None:
                yield article
            else:
                take(cached)
        # Ids and keys are read first: the caller writes rows while this runs.
        stored = self._db.execute("SELECT article_id, key FROM extractions ORDER BY article_id").fetchall()
        for article_id, key in stored:
            if article_id in seen:
                continue
            text, data = self._db.execute(
                "SELECT article, data FROM extractions WHERE article_id = ?", (article_id,)
            ).fetchone()
            article = self._article(text)
            if key == article_key(article):
                take(_load(data))
            else:
                yield article

    def _get(self, article: Article) -> Extraction | None:
        row = self._db.execute("SELECT key, data FROM extractions WHERE article_id = ?", (article.id,)).fetchone()
        if row is None or row[0] != article_key(article):
            return None
        return _load(row[1])

    def _article(self, stored: str) -> Article:
        try:
            return Article(**json.loads(stored))
        except (TypeError, ValueError) as error:
            raise CacheError(f"{self.path}: a stored article no longer reads ({error}); rebuild without --update") from error

    def put(self, packed: PackedExtraction) -> None:
        """Stage ``packed`` as the extraction of its article, replacing an older one."""
        self._db.execute(
            "INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?)",
            (packed.article_id, packed.key, packed.article, packed.data),
        )

    def ids(self) -> list[str]:
        """The ids of the staged articles, sorted."""
        return [row[0] for row in self._db.execute("SELECT article_id FROM extractions ORDER BY article_id")]

    def commit(self) -> Path:
        """Make the staged cache the build folder's cache; returns its path."""
        self._db.execute("COMMIT")
        self._db.close()
        if self._staging != self.path:
            os.replace(self._staging, self.path)
        return self.path

    def discard(self) -> None:
        """Drop the staged changes; the build folder's cache stays as it was."""
        try:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
        finally:
            self._db.close()
        if self._staging != self.path:
            self._staging.unlink(missing_ok=True)


@dataclass(frozen=True, slots=True)
class PackedExtraction:
    """An extraction as bytes, with its cache key: what a worker sends back."""

    article_id: str
    key: str
    article: str
    data: bytes

    def unpack(self) -> Extraction:
        """The extraction itself."""
        return _load(self.data)


def pack(extraction: Extraction) -> PackedExtraction:
    """``extraction`` as compact bytes, with the key and record of its article."""
    article = extraction.article
    record = _article_json(article)
    return PackedExtraction(article.id, _key_of(record), record, _dump(extraction))


def _running(pid: str) -> bool:
    """Whether the process ``pid`` (from a staged file's name) still runs."""
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _article_json(article: Article) -> str:
    return json.dumps(asdict(article), ensure_ascii=False, sort_keys=True)


# Pickling a frozen slotted dataclass goes through dataclasses.fields() for
# every object, which makes the default pickle of an extraction three times
# slower than these reducers: each record becomes its class and field values,
# and a sentence carries its tokens as three flat tuples.


def _dump(extraction: Extraction) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _dispatch_table()
    pickler.dump(extraction)
    return zlib.compress(buffer.getvalue(), 1)


def _load(data: bytes) -> Extraction:
    return pickle.loads(zlib.decompress(data))


@lru_cache(maxsize=1)
def _dispatch_table() -> dict[type, Callable[[object], tuple]]:
    table = copyreg.dispatch_table.copy()
    for record in vars(kg.model).values():
        if isinstance(record, type) and dataclasses.is_dataclass(record) and record.__module__ == kg.model.__name__:
            table[record] = _field_reducer(record)
    table[Sentence] = _reduce_sentence
    return table


def _field_reducer(record: type) -> Callable[[object], tuple]:
    names = [f.name for f in dataclasses.fields(record)]
    values = attrgetter(*names)
    if len(names) == 1:
        return lambda obj: (record, (values(obj),))
    return lambda obj: (record, values(obj))


_token_texts, _token_starts, _token_ends = attrgetter("text"), attrgetter("start"), attrgetter("end")


def _reduce_sentence(sentence: Sentence) -> tuple:
    tokens = sentence.tokens
    return (
        _sentence,
        (
            sentence.index,
            sentence.start,
            sentence.end,
            sentence.kind,
            tuple(map(_token_texts, tokens)),
            tuple(map(_token_starts, tokens)),
            tuple(map(_token_ends, tokens)),
        ),
    )


_new = object.__new__
_set_text, _set_start, _set_end = Token.text.__set__, Token.start.__set__, Token.end.__set__  # type: ignore[attr-defined]


def _token(text: str, start: int, end: int) -> Token:
    # The slots are set directly: a frozen dataclass's __init__ is slower, and these values come from a Token.
    token = _new(Token)
    _set_text(token, text)
    _set_start(token, start)
    _set_end(token, end)
    return token


def _sentence(
    index: int, start: int, end: int, kind: str, texts: tuple[str, ...], starts: tuple[int, ...], ends: tuple[int, ...]
) -> Sentence:
    return Sentence(index, start, end, tuple(map(_token, texts, starts, ends)), kind)
