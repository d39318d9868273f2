"""Name normalisation: keys for comparing names, slugs for ids, title stripping.

Vietnamese text is compared in Unicode NFC; "folding" additionally removes
diacritics (đ -> d) so that "Moskva", "Mát-xcơ-va" and "mat xco va" can be
compared. Underscores from word segmentation are spaces, and hyphens inside
names ("Kim_Jong-un", "Kim Jong Un") separate syllables.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.lexicon import load_lexicon, syllables_of, word_list, word_map
from kg.lexicon.syllables import is_vietnamese_syllable, standard_tone
from kg.model import EntityType

#: Coarse categories used in entity ids, so that refining a type (Location ->
#: Country) never changes an id.
PERSON = "person"
ORGANIZATION = "organization"
LOCATION = "location"

#: Honorifics and forms of address that may stand in front of a name.
HONORIFICS = load_lexicon().honorifics | load_lexicon().address

#: Titles that may stand in front of a person's name; compared folded, longest first.
TITLES = tuple(sorted(load_lexicon().name_titles))

#: A person's name written with the initial of the given name ("V.Putin", "V. Putin").
INITIALLED = re.compile(r"^([A-ZĐ])\.\s?([A-ZĐ]\w+)$")

_SPACES = re.compile(r"[\s_]+")
_SEPARATORS = re.compile(r"[\s_\-‐‑–]+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_LETTER = re.compile(r"\w", re.UNICODE)


def category_of(entity_type: EntityType) -> str:
    """The coarse category of a type: "person", "organization" or "location"."""
    if entity_type is EntityType.PERSON:
        return PERSON
    if entity_type.is_organization:
        return ORGANIZATION
    return LOCATION


@lru_cache(maxsize=65536)
def display(text: str) -> str:
    """A name as written, with spaces instead of underscores and single spaces."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """``text`` without diacritics, lowercased: "Điện_Kremlin" -> "dien_kremlin"."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold()


@lru_cache(maxsize=65536)
def exact_key(text: str) -> str:
    """Key of a name as spelt: case, underscores, hyphens and the placement of
    tone marks ("Hoà"/"Hòa") ignored, diacritics kept."""
    parts = _SEPARATORS.split(unicodedata.normalize("NFC", text).casefold())
    return " ".join(standard_tone(part) for part in parts if part)


@lru_cache(maxsize=65536)
def folded_key(text: str) -> str:
    """Key of a name with diacritics removed too: "Kim_Jong-un" -> "kim jong un"."""
    return " ".join(_SEPARATORS.split(fold(text))).strip()


@lru_cache(maxsize=65536)
def has_diacritics(text: str) -> bool:
    """Whether ``text`` carries any letter that folding changes."""
    return fold(text) != unicodedata.normalize("NFC", text).casefold()


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """Words of a name (space or underscore separated; hyphenated parts stay together)."""
    return tuple(w for w in _SPACES.split(unicodedata.normalize("NFC", text).strip()) if w)


def slug(text: str) -> str:
    """The id part of a name: diacritics folded, lowercase, hyphens: "Kim Jong-un" -> "kim-jong-un"."""
    value = _NOT_SLUG.sub("-", fold(text)).strip("-")
    return value or "unnamed"


def entity_id(category: str, name: str) -> str:
    """The stable local id of an entity: "person/kim-jong-un"."""
    return f"{category}/{slug(name)}"


def initials(text: str) -> str:
    """Folded initials of the syllables of a name: "Liên_Hợp_Quốc" -> "lhq"."""
    return "".join(part[0] for part in folded_key(text).split() if part and part[0].isalnum())


def is_acronym(text: str) -> bool:
    """Whether a name is written as an acronym: 2-8 capitals/digits, no lowercase ("LHQ", "NATO")."""
    compact = text.replace("_", "").replace("-", "").replace(".", "")
    return 2 <= len(compact) <= 8 and compact.isalnum() and compact.upper() == compact and any(
        c.isalpha() for c in compact
    )


def is_capitalised(word: str) -> bool:
    """Whether a word starts with a capital letter (or a digit)."""
    match = _LETTER.search(word)
    return bool(match) and (match.group().isupper() or match.group().isdigit())


_FOLDED_HONORIFICS = frozenset(fold(h) for h in HONORIFICS)
#: Honorifics that, capitalised, are as often a given or middle name ("Anh Tuấn").
_NAME_HONORIFICS = frozenset(word_list("names.name-honorifics"))
_FOLDED_TITLES: dict[str, list[tuple[str, ...]]] = {}
for _title in sorted(TITLES, key=lambda t: -len(t.split())):
    _FOLDED_TITLES.setdefault(fold(_title.split()[0]), []).append(tuple(fold(t) for t in _title.split()))


@lru_cache(maxsize=1)
def _genders() -> dict[tuple[str, ...], str]:
    return {syllables_of(word): gender or "" for word, gender in word_map("resolver.honorific-gender").items()}


def honorific_gender(honorific: str | None) -> str | None:
    """The gender an honorific says ("ông" -> "male", "bà" -> "female"; ``resolver.honorific-gender``), or None."""
    return _genders().get(syllables_of(honorific)) if honorific else None


@lru_cache(maxsize=1)
def _middle_name_genders() -> dict[str, str]:
    return {exact_key(word): gender or "" for word, gender in word_map("resolver.middle-name-gender").items()}


def name_gender(name: str) -> str | None:
    """The gender a Vietnamese full name's middle name says ("Nguyễn Thị Hoa" -> "female",
    "Lê Văn Nam" -> "male"; ``resolver.middle-name-gender``), or None: a name of fewer
    than three syllables, a foreign name or one with no such middle name says none."""
    parts = exact_key(name).split()
    if len(parts) < 3 or not all(is_vietnamese_syllable(p) for p in parts):
        return None
    said = {gender for part in parts[1:-1] if (gender := _middle_name_genders().get(part))}
    return said.pop() if len(said) == 1 else None


def person_gender(honorific: str | None, name: str) -> str | None:
    """The gender a person's mention says: its honorific's ("ông", "bà"), else its middle name's."""
    return honorific_gender(honorific) or name_gender(name)


@lru_cache(maxsize=1)
def _words_of_address() -> frozenset[str]:
    listed = {**word_map("resolver.honorific-gender"), **word_map("resolver.honorific-generation")}
    return frozenset(exact_key(word) for word in listed)


def is_word_of_address(name: str) -> bool:
    """Whether ``name`` is a word of address as written, tone and all ("Anh", "Chị", "Em";
    ``resolver.honorific-gender`` and ``resolver.honorific-generation``), not a name that folds to one ("Ánh")."""
    return exact_key(name) in _words_of_address()


def is_honorific(word: str) -> bool:
    """Whether ``word`` is a form of address ("ông", "bà", "ngài")."""
    return fold(word) in _FOLDED_HONORIFICS


@lru_cache(maxsize=65536)
def strip_prefixes(text: str) -> tuple[str, str | None]:
    """Split leading honorifics and titles off a name.

    Returns the bare name and the stripped prefix (or None). A prefix is only
    stripped when a capitalised name remains: "ông Kim" -> ("Kim", "ông"),
    "Tổng_thống Nga Putin" keeps "Nga Putin" because country names in titles
    are not known here (the mention finder keeps titles apart).
    """
    parts = list(words(text))
    removed: list[str] = []
    changed = True
    while changed and len(parts) > 1:
        changed = False
        if fold(parts[0]) in _FOLDED_HONORIFICS and (parts[0].islower() or fold(parts[0]) not in _NAME_HONORIFICS):
            removed.append(parts.pop(0))
            changed = True
            continue
        for title_words in _FOLDED_TITLES.get(fold(parts[0]), ()):
            n = len(title_words)
            if len(parts) > n and tuple(fold(p) for p in parts[:n]) == title_words:
                removed.extend(parts[:n])
                del parts[:n]
                changed = True
                break
    if not removed or not is_capitalised(parts[0]):
        return display(text), None
    return " ".join(parts), " ".join(removed)


def trim_person_name(name: str) -> str:
    """Drop lowercase syllables that segmentation glued onto the end of a person's name.

    "Kim kể" (from "ông Kim_kể từ") -> "Kim"; particles inside a name
    ("Mohammed bin Salman") are kept because a capitalised word follows them,
    and so are those hyphenated to one ("Bashar al-Assad").
    """
    parts = list(words(name))
    # "al-Assad", "el-Sisi": a particle joined to a capitalised name is part of it
    while len(parts) > 1 and not any(is_capitalised(p) for p in parts[-1].split("-")):
        parts.pop()
    return " ".join(parts)


#: Function words that never begin a name; capitalised at the start of a
#: sentence they get glued to the name that follows ("Nhưng Thu_Phương").
LEAD_IN_WORDS = frozenset(word_list("names.lead-in-words"))


def drop_lead_in(name: str) -> str:
    """``name`` without function words glued in front: "Nhưng Thu Phương" -> "Thu Phương"."""
    parts = list(words(name))
    # Compared with diacritics: "Cho" is a lead-in, "Chợ Rẫy" a name.
    while len(parts) > 1 and parts[0].casefold() in LEAD_IN_WORDS and is_capitalised(parts[1]):
        parts.pop(0)
    return " ".join(parts)


@lru_cache(maxsize=65536)
def bare_name(text: str, category: str) -> str:
    """The name a mention's text gives, without lead-in words; for a person also
    without titles, honorifics and glued-on trailing words."""
    if category != PERSON:
        return drop_lead_in(display(text))
    return trim_person_name(drop_lead_in(strip_prefixes(drop_lead_in(text))[0]))


def facility_core(name: str) -> str:
    """A facility's name without the lowercase kind in front: "sân bay vũ trụ Vostochny" -> "Vostochny"."""
    parts = list(words(name))
    while len(parts) > 1 and not is_capitalised(parts[0]):
        parts.pop(0)
    return " ".join(parts)


#: Kinds of company written in front of a brand ("Tập đoàn Nokia", "Công ty SJC").
COMPANY_KINDS = word_list("names.company-kinds")


def company_core(name: str) -> str | None:
    """The brand of "Tập đoàn Nokia": "Nokia"; None unless the rest is a foreign-spelt name.

    Vietnamese remainders ("Công ty Điện lực") are kinds of company, not brands.
    """
    key = exact_key(name)
    for kind in COMPANY_KINDS:
        if key.startswith(kind + " "):
            rest = " ".join(words(name)[len(kind.split()) :])
            if rest and is_capitalised(rest) and not has_diacritics(rest):
                return rest
    return None
