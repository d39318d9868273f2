"""A mention's category when its article says otherwise than the tagger's type.

The tagger types each mention on its own, so one name in one article may come
out as a person in one sentence and a country or a club in the next. Before
names are grouped, ``recategorise`` reads the article's evidence:

- a name written right after a word of administrative level ("thành phố",
  "tỉnh", "đội bóng thành Milan", ``resolver.place-levels``) is a
  place, whatever the tagger made of it;
- a one-word name that the article also writes as the last word of a person's
  full name ("Erdem Aslan" … "Aslan"), or as the first word of a foreign
  one, is that person's short name when the article writes it so more
  often than as anything else, unless the alias table or the gazetteer lists
  it as a place or a body ("Anh" is the United Kingdom, never the "Anh" of "Trần
  Tuấn Anh") or a level word stands before it;
- a one-word name typed a country that no gazetteer knows, and that is the
  last word of a foreign person's full name in the build, is that surname;
- a one-word name typed a person that is no person's short name in its
  article, but that the article names more often as a body ("Basel" the
  club), is that body; a person is never made a place;
- a one-word name typed a body that is the last word of a foreign person's
  full name in the build, and that its article writes alone more often as
  a person, is that person;
- a name typed a facility or a location that begins with the kind of a
  body ("Bệnh viện Bạch Mai", ``resolver.body-heads``) is that body;
- a bare name typed a facility, in brackets right after another name, alone
  or first of an address ("chợ Nghĩa Tân (Cầu Giấy)", "chị Minh (Triều Khúc,
  Thanh Xuân)"), is the place that name lies in, not a facility of its name
  ("chợ Cầu Giấy");
- a capital typed a country ("Washington cáo buộc", ``resolver.capitals``)
  stands for its country, and is resolved as the country, unless a preposition
  of place, a verb of returning or leaving, a plural noun phrase it ends, or
  words only a place takes (``kg.resolve.place_signs``), makes it the city
  ("tại Bắc Kinh", "trở về Bắc Kinh", "các khách sạn Bắc Kinh", "Washington
  chìm trong tuyết"); typed a city or a body, a foreign capital
  stands for its country where it speaks, decides or deals (``kg.resolve.actors``);
- a country's or a province's bare name written for a side of a match is that
  team, apart from the place (``kg.resolve.teams``).

Each change is noted, and the note is part of the mention's decision.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from kg.lexicon import load_lexicon, syllables_of, word_list, word_map
from kg.lexicon.syllables import is_vietnamese_syllable
from kg.model import EntityType
from kg.resolve.aliases import AliasTable
from kg.resolve.names import LOCATION, ORGANIZATION, PERSON, exact_key, facility_core, words
from kg.resolve.actors import acts, after_place_word, modifies_noun
from kg.resolve.place_signs import place_said_after, place_said_before
from kg.resolve.branches import read_branches
from kg.resolve.clubs import read_clubs, read_rosters, read_sponsored
from kg.resolve.seats import read_seats
from kg.resolve.teams import read_teams, team_place
from kg.resolve.qualifiers import home_country, written_level
from kg.resolve.units import Named


def recategorise(named: list[Named], texts: dict[str, str], table: AliasTable) -> dict[tuple[str, int, int], str]:
    """Change the ``category`` of mentions of ``named`` whose article shows another; returns the notes by mention key."""
    notes: dict[tuple[str, int, int], str] = {}
    for item in named:
        level = written_level(item, texts)
        if level and item.category != LOCATION:
            notes[item.mention.key] = f"a place: written after a word of level '{level}' ({item.category} by type)"
            item.category = LOCATION
        elif item.mention.type in (EntityType.FACILITY, EntityType.LOCATION) and _body_head(item.name):
            notes[item.mention.key] = f"a body: '{item.name}' begins with the kind of a body ({item.mention.type.value} by type)"
            item.category = ORGANIZATION
        elif (
            not level
            and (country := capital_of(item.name)) is not None
            and (_typed_country(item, texts) or _acts_for_country(item, country, texts))
            and not _followed_by_country(texts.get(item.mention.article_id, ""), item.mention.end, country, table)
        ):
            how = "a country by type" if item.mention.type is EntityType.COUNTRY else "it speaks, decides or deals"
            notes[item.mention.key] = f"the country '{country}': '{item.name}' is its capital, written for it ({how})"
            item.name = country
            item.category = LOCATION
            item.alias = table.lookup(LOCATION, country)
            item.capital_for_country = True
    read_branches(named, table, notes)
    surnames = _foreign_surnames(named)
    for items in _by_article(named):
        _read_short_names(items, surnames, table, notes)
    _surnames_typed_bodies(named, surnames, notes)
    _places_in_brackets(named, texts, notes)
    read_clubs(named, texts, notes)
    sports = frozenset(i.mention.article_id for i in named if i.category == ORGANIZATION and team_place(i.name) is not None)
    read_rosters(named, texts, notes, sports)
    read_sponsored(named, texts, notes)
    read_seats(named, texts, notes)
    read_teams(named, texts, table, notes)
    return notes


def _foreign_surnames(named: list[Named]) -> dict[str, set[str]]:
    """The foreign person names of the build by their last word (their surname)."""
    surnames: dict[str, set[str]] = defaultdict(set)
    for item in named:
        parts = words(item.name)
        if item.category == PERSON and len(parts) > 1 and not all(is_vietnamese_syllable(p) for p in parts):
            surnames[exact_key(parts[-1])].add(item.name)
    return surnames


def _by_article(named: list[Named]) -> list[list[Named]]:
    """The mentions of ``named`` article by article (what one article writes is read apart from the rest)."""
    articles: dict[str, list[Named]] = {}
    for item in named:
        articles.setdefault(item.mention.article_id, []).append(item)
    return list(articles.values())


def _read_short_names(
    items: list[Named], surnames: dict[str, set[str]], table: AliasTable, notes: dict[tuple[str, int, int], str]
) -> None:
    """The one-word names of one article's ``items`` read by the other names of that article: a person's
    short name, a surname typed a country, a body typed a person (see the module's docstring)."""
    anchors: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, dict[str, int]] = {}
    for item in items:
        parts = words(item.name)
        counts = kinds.setdefault(exact_key(item.name), {})
        counts[item.category] = counts.get(item.category, 0) + 1
        if item.category == PERSON and len(parts) > 1:
            anchors[exact_key(parts[-1])].add(item.name)
            if not all(is_vietnamese_syllable(p) for p in parts):
                anchors[exact_key(parts[0])].add(item.name)
    for item in items:
        if len(words(item.name)) != 1 or item.mention.key in notes:
            continue
        key = exact_key(item.name)
        full = sorted(anchors.get(key, ()))
        known = _known(item.name, table)
        if item.category != PERSON and full and not known:
            # Votes: the name alone typed a person, and the full names it is a word of, against the rest.
            against = sum(n for c, n in kinds[key].items() if c != PERSON)
            if kinds[key].get(PERSON, 0) + len(full) > against:
                notes[item.mention.key] = (
                    f"a person: '{item.name}' is a word of the person name '{full[0]}' in this article "
                    f"({item.category} by type)"
                )
                item.category = PERSON
        elif item.mention.type is EntityType.COUNTRY and not known and surnames.get(exact_key(item.name)):
            # The gazetteer knows every country: an unknown one is someone's surname.
            notes[item.mention.key] = (
                f"a person: '{item.name}' is no known country and is the last word of the foreign "
                f"person name '{sorted(surnames[exact_key(item.name)])[0]}' in the build (country by type)"
            )
            item.category = PERSON
        elif item.category == PERSON and not full:
            others = [(n, c) for c, n in kinds[key].items() if c != PERSON]
            # never a place or a country: only a body ("Basel" the club) a person's type is taken from
            if len(others) == 1 and others[0][1] == ORGANIZATION and others[0][0] > kinds[key].get(PERSON, 0):
                count, category = others[0]
                notes[item.mention.key] = (
                    f"a {category}: '{item.name}' is no person's name in this article and is written "
                    f"{count} time(s) as a {category} (person by type)"
                )
                item.category = category


def _surnames_typed_bodies(named: list[Named], surnames: dict[str, set[str]], notes: dict[tuple[str, int, int], str]) -> None:
    """A one-word name typed a body that is the surname of a foreign person of the build, and that
    its article (as read so far) writes alone more often as a person, is that person ("Aslan")."""
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for item in named:
        if len(words(item.name)) == 1:
            counts[(item.mention.article_id, exact_key(item.name))][item.category] += 1
    for item in named:
        key = (item.mention.article_id, exact_key(item.name))
        if item.category != ORGANIZATION or len(words(item.name)) != 1 or item.mention.key in notes:
            continue
        found = sorted(surnames.get(exact_key(item.name), ()))
        tally = counts[key]
        if found and tally[PERSON] > sum(n for c, n in tally.items() if c != PERSON):
            notes[item.mention.key] = (
                f"a person: '{item.name}' is the last word of the foreign person name '{found[0]}' in the build, "
                f"and its article writes it alone more often as a person ({item.category} by type)"
            )
            item.category = PERSON


#: The word before an opening bracket at the end of a text: "chợ Nghĩa Tân (".
_WORD_BEFORE_BRACKET = re.compile(r"([^\W\d_]+)[\s_]*\(\s*$")


def _places_in_brackets(named: list[Named], texts: dict[str, str], notes: dict[tuple[str, int, int], str]) -> None:
    """A bare name typed a facility, written in brackets right after another name, alone or first of an
    address ("chợ Nghĩa Tân (Cầu Giấy)", "chị Minh (Triều Khúc, Thanh Xuân)"), is the place that name lies
    in: a district or a town, never one facility with the "chợ Cầu Giấy" of its name."""
    for item in named:
        if item.mention.type is not EntityType.FACILITY or item.category != LOCATION or item.mention.key in notes:
            continue
        if facility_core(item.name) != item.name:
            continue  # a kind of its own ("sân bay Nội Bài"): a facility
        text = texts.get(item.mention.article_id, "")
        start, end = item.mention.start, item.mention.end
        word = _WORD_BEFORE_BRACKET.search(text[max(0, start - 30) : start])
        if word and word.group(1)[:1].isupper() and _address_closes(text[end : end + _ADDRESS_REACH]):
            notes[item.mention.key] = f"a place: '{item.name}' stands in brackets after a name, where it lies (facility by type)"
            item.lies_in = True


#: How far after a name in brackets the rest of its address is read ("Triều Khúc, Thanh Xuân)").
_ADDRESS_REACH = 40


def _address_closes(after: str) -> bool:
    """Whether the bracket closes right after a name, or after more names of places that a comma opens
    (", Thanh Xuân)"): an address, as "(Triều Khúc, Thanh Xuân)" after a person's name."""
    if ")" not in after:
        return False
    rest = after[: after.index(")")]
    if not rest.strip():
        return True
    parts = rest.split(",")
    return not parts[0].strip() and all(p.strip()[:1].isupper() for p in parts[1:])


@lru_cache(maxsize=1)
def _body_heads() -> tuple[tuple[str, ...], ...]:
    return tuple(syllables_of(w) for w in word_list("resolver.body-heads"))


def _body_head(name: str) -> bool:
    """Whether a name begins with the kind of a body and goes on ("Bệnh viện Bạch Mai", ``resolver.body-heads``)."""
    syllables = syllables_of(name)
    return any(len(syllables) > len(head) and syllables[: len(head)] == head for head in _body_heads())


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return {exact_key(capital): country or "" for capital, country in word_map("resolver.capitals").items()}


def capital_of(name: str) -> str | None:
    """The country whose capital ``name`` is ("Bắc Kinh" -> "Trung Quốc"; ``resolver.capitals``), or None."""
    return _capitals().get(exact_key(name))


def _typed_country(item: Named, texts: dict[str, str]) -> bool:
    """Whether a capital is typed a country and no preposition of place, nor a noun it ends, nor words only a
    place takes (``kg.resolve.place_signs``, not the nouns of a state) make it the city ("tại Bắc Kinh", "các
    khách sạn Bắc Kinh", "thời tiết Bắc Kinh", "Washington chìm trong tuyết")."""
    if item.mention.type is not EntityType.COUNTRY:
        return False
    text = texts.get(item.mention.article_id)
    if text is None:
        return True
    start, end = item.mention.start, item.mention.end
    return not (after_place_word(text, start) or modifies_noun(text, start) or place_said_before(text, start, state=False) or place_said_after(text, end))


def _acts_for_country(item: Named, country: str, texts: dict[str, str]) -> bool:
    """Whether a foreign capital typed a city or a body is written as a party that acts (``kg.resolve.actors``):
    "Seoul sẽ chuyển giao", "Manila cũng đã quyết định" ("Roma" the club is typed a body too, and acts
    in no such way); the home country's capital is its city's own government."""
    if item.mention.type not in (EntityType.CITY, EntityType.ORGANIZATION) or exact_key(country) == home_country():
        return False
    text = texts.get(item.mention.article_id)
    return text is not None and acts(text, item.mention.start, item.mention.end)


_ADDRESS_SEPARATOR = re.compile(r"^[\s,\-–—(]*")


def _followed_by_country(text: str, end: int, country: str, table: AliasTable) -> bool:
    """Whether the text at ``end`` goes on with ``country`` itself: "Nairobi, Kenya" is the city of an address."""
    after = text[end : end + 40]
    after = after[_ADDRESS_SEPARATOR.match(after).end() :]
    entry = table.lookup(LOCATION, country)
    names = entry.names if entry else (country,)
    written = exact_key(" ".join(re.findall(r"\w+", after))) + " "
    return any(written.startswith(exact_key(name) + " ") for name in names if name)


def _known(name: str, table: AliasTable) -> bool:
    """Whether the alias table or the gazetteer knows ``name`` as a place or a body."""
    return name in load_lexicon().names or any(table.lookup(c, name) for c in (LOCATION, ORGANIZATION))
