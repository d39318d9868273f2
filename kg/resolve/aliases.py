"""The shipped alias table (``ontology/aliases.tsv``): known names of known things.

Each line is ``canonical<TAB>type<TAB>aliases<TAB>wikidata``: the canonical
name, a type (an ``EntityType`` value such as ``Country``, or ``Role`` for a
post and the phrases that stand for it, such as "ông chủ Điện Kremlin" for
"Tổng thống Nga"), the other names separated by ``|``, and a Wikidata id
("Q159") or nothing. Blank lines and lines starting with ``#`` are ignored.
A new alias is a new name on a line; a new thing is a new line.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.model import EntityType
from kg.paths import ONTOLOGY_DIR
from kg.resolve.names import category_of, display, exact_key, folded_key, has_diacritics

DEFAULT_ALIAS_PATH = ONTOLOGY_DIR / "aliases.tsv"
ROLE = "Role"
WIKIDATA = "http://www.wikidata.org/entity/"


class AliasTableError(ValueError):
    """A malformed line in an alias table, with its file and line."""


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One known thing: its canonical name, type, other names and Wikidata id."""

    canonical: str
    type: EntityType | None  # None for a role
    aliases: tuple[str, ...]
    wikidata: str | None
    line: int

    @property
    def category(self) -> str:
        return "role" if self.type is None else category_of(self.type)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.canonical, *self.aliases)

    @property
    def same_as(self) -> tuple[str, ...]:
        return (WIKIDATA + self.wikidata,) if self.wikidata else ()


class AliasTable:
    """Look-up of names (by category) to their alias entries."""

    def __init__(self, entries: Iterable[AliasEntry]) -> None:
        self.entries = tuple(entries)
        self._exact: dict[tuple[str, str], AliasEntry] = {}
        folded: dict[tuple[str, str], set[AliasEntry]] = defaultdict(set)
        for entry in self.entries:
            for name in entry.names:
                self._exact.setdefault((entry.category, exact_key(name)), entry)
                folded[(entry.category, folded_key(name))].add(entry)
        self._folded = {key: next(iter(found)) for key, found in folded.items() if len(found) == 1}

    def lookup(self, category: str, name: str) -> AliasEntry | None:
        """The entry naming ``name`` in ``category``; names written without
        diacritics also match a spelling with them when only one entry fits."""
        entry = self._exact.get((category, exact_key(name)))
        if entry is None and not has_diacritics(name):
            entry = self._folded.get((category, folded_key(name)))
        return entry

    def role(self, phrase: str) -> str:
        """The canonical post a role phrase stands for ("ông chủ Điện Kremlin" -> "Tổng thống Nga")."""
        entry = self.lookup("role", phrase)
        return entry.canonical if entry else display(phrase)


def parse_alias_lines(lines: Iterable[str], source: str = "<aliases>") -> AliasTable:
    """Parse alias-table lines; raises ``AliasTableError`` naming ``source`` and the line."""
    entries = []
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n").rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 2 or len(fields) > 4:
            raise AliasTableError(
                f"{source}:{number}: expected 2 to 4 tab-separated fields (canonical, type, aliases, wikidata), "
                f"found {len(fields)}; separate fields with a single tab"
            )
        canonical, type_name, *rest = (f.strip() for f in fields)
        aliases = tuple(display(a) for a in (rest[0].split("|") if rest else ()) if a.strip())
        wikidata = rest[1] if len(rest) > 1 and rest[1] else None
        if not canonical:
            raise AliasTableError(f"{source}:{number}: the canonical name is empty; write the name in the first field")
        if type_name == ROLE:
            entity_type = None
        else:
            try:
                entity_type = EntityType(type_name)
            except ValueError:
                known = ", ".join([t.value for t in EntityType] + [ROLE])
                raise AliasTableError(f"{source}:{number}: unknown type '{type_name}'; use one of {known}") from None
        if wikidata is not None and not (wikidata.startswith("Q") and wikidata[1:].isdigit()):
            raise AliasTableError(f"{source}:{number}: '{wikidata}' is not a Wikidata id; write it as Q followed by digits")
        entries.append(AliasEntry(display(canonical), entity_type, aliases, wikidata, number))
    _check_unique(entries, source)
    return AliasTable(entries)


def _check_unique(entries: list[AliasEntry], source: str) -> None:
    seen: dict[tuple[str, str], AliasEntry] = {}
    for entry in entries:
        for name in entry.names:
            key = (entry.category, exact_key(name))
            other = seen.setdefault(key, entry)
            if other is not entry:
                raise AliasTableError(
                    f"{source}:{entry.line}: the name '{name}' is already listed on line {other.line}; "
                    "a name may stand for one thing per category only"
                )


def load_alias_table(path: Path | str = DEFAULT_ALIAS_PATH) -> AliasTable:
    """Read an alias table from ``path``."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise AliasTableError(f"{path}: cannot read the alias table ({error.strerror})") from error
    return parse_alias_lines(text.splitlines(), str(path))


@lru_cache(maxsize=1)
def default_alias_table() -> AliasTable:
    """The shipped table, read once."""
    return load_alias_table(DEFAULT_ALIAS_PATH)
