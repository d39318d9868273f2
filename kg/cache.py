"""The extraction cache of a build folder, for ``kg build --update``.

Every build keeps its per-article extractions in ``OUT/cache/extractions.sqlite``,
one row per article id: the article itself (as JSON), its extraction as
data (compressed JSON, ``kg.codec``: reading it never runs code) in two
parts, the tokens of its sentences apart from the rest, which is all a
build reads back (``kg.codec.dumps_apart``), the
absolute path of the file it was read from, whether its text reads as
Vietnamese (``kg.reader.looks_vietnamese``, for the build's summary: an
update reads it instead of each stored text), and the key it was made under,
a digest of the article, of kg's code and lexicons (``ontology/``) and of
how names were found (with the entity tagger, or by the rules alone:
``--rules-only``). The rows are also the list of the articles the build holds.

``--update`` reuses a row whose key still matches, and extracts again an
article whose text or metadata changed, or every stored article when kg
or its lexicons changed (from the article kept in the row), so an update
always gives what a full rebuild of the same articles gives; an update
with the other names setting than the build's (``--rules-only`` or not)
extracts every article again, as the keys differ. A stored
article whose file is gone, or whose file was read again without it, is
removed; with ``prune`` every stored article not among the inputs is.

A cache is made inside the staging folder of a build (``kg.build``): a new
one, or with ``previous`` a copy of the build folder's cache to change. It
becomes the folder's cache only with the rest of the build.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import kg
from kg import codec
from kg.model import Article, Extraction
from kg.paths import ONTOLOGY_DIR
from kg.reader import looks_vietnamese

#: Bump when the layout of the rows changes; older caches then need a full rebuild.
CACHE_FORMAT = 4
#: Older formats a cache is brought to this one from, by adding the columns it lacks of
#: ``_ADDED_COLUMNS``: its rows have nothing there (no language verdict, since format 3; the
#: tokens within the extraction, since format 4), and their keys, made under the older format,
#: no longer match, so each is extracted again.
_OLDER_FORMATS = ("2", "3")
_ADDED_COLUMNS = (("vietnamese", "INTEGER"), ("tokens", "BLOB"))
CACHE_FILE = Path("cache") / "extractions.sqlite"

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS extractions ("
    " article_id TEXT PRIMARY KEY, key TEXT NOT NULL, article TEXT NOT NULL,"
    " source_file TEXT NOT NULL, data BLOB NOT NULL, vietnamese INTEGER, tokens BLOB)",
)


class CacheError(Exception):
    """A cache that cannot be used, with what to do."""


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of kg's version, of its source and data files and of the
    lexicons in ``ontology/`` (beside the package, or installed with it).

    Two installations with the same fingerprint extract the same things from
    the same article; the extraction cache and the Dask workers rely on it.
    """
    package = Path(kg.__file__).parent
    digest = hashlib.sha256(kg.__version__.encode())
    for root, name in ((package, "kg"), (ONTOLOGY_DIR, "ontology")):
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix not in {".pyc", ".pyo"}:
                digest.update(f"{name}/{path.relative_to(root).as_posix()}".encode())
                digest.update(b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()


def article_key(article: Article, learned: bool = True) -> str:
    """The cache key of ``article``: its text, its metadata, kg's code and
    whether names come from the entity tagger (``learned``) or the rules alone.

    Any change to the text, the title, the source file or line, to kg
    itself or to the names setting gives another key, so the article is
    extracted again.
    """
    return _key_of(_article_json(article), learned)


def _key_of(article_json: str, learned: bool) -> str:
    names = "tagger" if learned else "rules-only"
    return hashlib.sha256(f"{CACHE_FORMAT}\0{code_fingerprint()}\0{names}\0{article_json}".encode()).hexdigest()


def stored_ids(cache_file: Path) -> list[str]:
    """The ids of the articles held by the cache file ``cache_file``, sorted."""
    db = sqlite3.connect(f"file:{cache_file}?mode=ro", uri=True)
    try:
        return [row[0] for row in db.execute("SELECT article_id FROM extractions ORDER BY article_id")]
    finally:
        db.close()


class ExtractionCache:
    """The extraction cache being made for one build, in its staging folder.

    Without ``previous`` it starts empty; with ``previous`` (the cache file
    of the build being updated) it starts as a copy of it, which stays as
    it was whatever happens to this one. ``learned`` is the build's names
    setting: a stored extraction made with the other one is never reused.
    """

    def __init__(self, folder: Path, previous: Path | None = None, learned: bool = True) -> None:
        self.learned = learned
        self.path = folder / CACHE_FILE
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.unlink(missing_ok=True)
        self._db = sqlite3.connect(self.path, isolation_level=None)
        self._open = True
        self._tokens = True
        self._mentions_only = False
        try:
            # The file becomes the folder's cache only by a rename once complete: no journal needed.
            self._db.execute("PRAGMA journal_mode=OFF")
            self._db.execute("PRAGMA synchronous=OFF")
            if previous is not None:
                _copy_database(previous, self._db)
            for statement in _SCHEMA:
                self._db.execute(statement)
            self._check_format(previous or self.path)
            self._db.execute("BEGIN")
        except sqlite3.DatabaseError as error:
            self._close()
            raise CacheError(f"{previous or self.path}: unreadable extraction cache ({error}); rebuild without --update") from error

    def _check_format(self, shown: Path) -> None:
        row = self._db.execute("SELECT value FROM meta WHERE name = 'format'").fetchone()
        if row is None:
            self._db.execute("INSERT INTO meta VALUES ('format', ?)", (str(CACHE_FORMAT),))
        elif row[0] in _OLDER_FORMATS:
            present = {column[1] for column in self._db.execute("PRAGMA table_info(extractions)")}
            for name, kind in _ADDED_COLUMNS:
                if name not in present:
                    self._db.execute(f"ALTER TABLE extractions ADD COLUMN {name} {kind}")
            self._db.execute("UPDATE meta SET value = ? WHERE name = 'format'", (str(CACHE_FORMAT),))
        elif row[0] != str(CACHE_FORMAT):
            raise CacheError(
                f"{shown}: extraction cache of format {row[0]}, this kg reads format {CACHE_FORMAT}; "
                "rebuild all articles without --update"
            )

    def reuse(
        self,
        articles: Iterable[Article],
        take: Callable[[Extraction], None],
        read_files: Collection[str] = (),
        prune: bool = False,
        tokens: bool = True,
        mentions_only: bool = False,
    ) -> Iterator[Article]:
        """Pass cached extractions to ``take``; yield the articles to extract.

        First the input ``articles``: a hit goes to ``take``, a miss is
        yielded. Then the stored articles not among the inputs: one whose
        file is gone or was read again (its absolute path in ``read_files``,
        complete by then) without it is removed, as is every one with
        ``prune``; of the others, those whose key no longer matches (kg
        changed) are yielded to be extracted again. ``tokens=False`` reads the
        extractions without their sentences' tokens; ``mentions_only`` reads only
        each one's article and mentions (``codec.loads_mentions``).
        """
        self._tokens = tokens
        self._mentions_only = mentions_only
        seen: set[str] = set()
        for article in articles:
            seen.add(article.id)
            cached = self._get(article)
            if cached is None:
                yield article
            else:
                take(cached)
        # Ids and keys are read first: the caller writes rows while this runs.
        stored = self._db.execute("SELECT article_id, key, source_file FROM extractions ORDER BY article_id").fetchall()
        for article_id, key, source_file in stored:
            if article_id in seen:
                continue
            if prune or source_file in read_files or not os.path.exists(source_file):
                self._db.execute("DELETE FROM extractions WHERE article_id = ?", (article_id,))
                continue
            text, data, tokens = self._db.execute(
                "SELECT article, data, tokens FROM extractions WHERE article_id = ?", (article_id,)
            ).fetchone()
            # The stored record is the article's JSON as its key was made from: hashed as it is,
            # the article itself is read only when it must be extracted again.
            if key == _key_of(text, self.learned):
                take(self._load(data, tokens))
            else:
                yield self._article(text)

    def _get(self, article: Article) -> Extraction | None:
        row = self._db.execute(
            "SELECT key, data, tokens FROM extractions WHERE article_id = ?", (article.id,)
        ).fetchone()
        if row is None or row[0] != article_key(article, self.learned):
            return None
        return self._load(row[1], row[2])

    def _load(self, data: bytes, tokens: bytes | None) -> Extraction:
        try:
            if self._mentions_only:
                return codec.loads_mentions(data)
            return codec.loads(data, self._tokens, tokens)
        except codec.CodecError as error:
            raise CacheError(f"{self.path}: a stored extraction does not read ({error}); rebuild without --update") from error

    def _article(self, stored: str) -> Article:
        try:
            return Article(**json.loads(stored))
        except (TypeError, ValueError) as error:
            raise CacheError(f"{self.path}: a stored article no longer reads ({error}); rebuild without --update") from error

    def put(self, packed: PackedExtraction) -> None:
        """Stage ``packed`` as the extraction of its article, replacing an older one."""
        self._db.execute(
            "INSERT OR REPLACE INTO extractions (article_id, key, article, source_file, data, vietnamese, tokens)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                packed.article_id, packed.key, packed.article, os.path.abspath(packed.source), packed.data,
                packed.vietnamese, packed.tokens,
            ),
        )

    def ids(self) -> list[str]:
        """The ids of the staged articles, sorted."""
        return [row[0] for row in self._db.execute("SELECT article_id FROM extractions ORDER BY article_id")]

    def load(self, article_id: str) -> Extraction:
        """The staged extraction of ``article_id``, without its tokens (also once committed)."""
        row = self._db.execute("SELECT data FROM extractions WHERE article_id = ?", (article_id,)).fetchone()
        if row is None:
            raise CacheError(f"{self.path}: no extraction of article '{article_id}'; rebuild without --update")
        try:
            return codec.loads(row[0], tokens=False)
        except codec.CodecError as error:
            raise CacheError(f"{self.path}: a stored extraction does not read ({error}); rebuild without --update") from error

    def vietnamese(self, article_id: str) -> bool:
        """Whether the staged article ``article_id`` reads as Vietnamese (``kg.reader.looks_vietnamese``),
        as noted when it was extracted."""
        row = self._db.execute("SELECT vietnamese FROM extractions WHERE article_id = ?", (article_id,)).fetchone()
        if row is None:
            raise CacheError(f"{self.path}: no article '{article_id}'; rebuild without --update")
        return bool(row[0]) if row[0] is not None else looks_vietnamese(self.article(article_id).text)

    def article(self, article_id: str) -> Article:
        """The staged article ``article_id`` itself, without reading its extraction."""
        row = self._db.execute("SELECT article FROM extractions WHERE article_id = ?", (article_id,)).fetchone()
        if row is None:
            raise CacheError(f"{self.path}: no article '{article_id}'; rebuild without --update")
        return self._article(row[0])

    def commit(self) -> Path:
        """Finish the cache file (it is renamed into place with the build); returns its path.

        The file stays open for reading (``load``, ``article``), wherever it is renamed to.
        """
        self._db.execute("COMMIT")
        self._close()
        # immutable: no lock and no journal looked for beside a file that is about to be renamed
        self._db = sqlite3.connect(f"file:{quote(str(self.path))}?mode=ro&immutable=1", uri=True)
        return self.path

    def discard(self) -> None:
        """Drop the cache being made; the build folder's cache stays as it was."""
        if not self._open:
            self._db.close()
        if self._open:
            try:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
            finally:
                self._close()
            self.path.unlink(missing_ok=True)

    def _close(self) -> None:
        self._open = False
        self._db.close()


def _copy_database(source: Path, target: sqlite3.Connection) -> None:
    if not source.is_file():
        raise CacheError(f"{source}: no extraction cache; rebuild without --update")
    previous = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        previous.backup(target)
    finally:
        previous.close()


@dataclass(frozen=True, slots=True)
class PackedExtraction:
    """An extraction as bytes, with its cache key: what a worker sends back.

    ``data`` is the extraction without its sentences' tokens and ``tokens`` those
    tokens (``kg.codec.dumps_apart``), or ``tokens`` is None and ``data`` holds all."""

    article_id: str
    key: str
    article: str
    source: str
    data: bytes
    #: Whether the article's text reads as Vietnamese (``kg.reader.looks_vietnamese``).
    vietnamese: bool
    tokens: bytes | None = None

    def unpack(self, tokens: bool = True) -> Extraction:
        """The extraction itself (``tokens=False``: without its sentences' tokens)."""
        return codec.loads(self.data, tokens, self.tokens)


def pack(extraction: Extraction, learned: bool = True) -> PackedExtraction:
    """``extraction`` as compact bytes, with the key and record of its article
    (``learned``: whether its names came from the entity tagger)."""
    article = extraction.article
    record = _article_json(article)
    data, tokens = codec.dumps_apart(extraction)
    return PackedExtraction(
        article.id, _key_of(record, learned), record, article.source, data, looks_vietnamese(article.text), tokens
    )


def _article_json(article: Article) -> str:
    return json.dumps(asdict(article), ensure_ascii=False, sort_keys=True)
