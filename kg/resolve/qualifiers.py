"""What keeps two things of one name apart: a place's level, a body's country or province.

Vietnamese news names a province and its capital alike ("tỉnh Vĩnh Long",
"thành phố Vĩnh Long"), and every country has its "Quốc hội" and its "Bộ
Ngoại giao". ``qualify`` gives such a name a qualifier that becomes part
of its resolution unit, so that the two never merge:

- a place written after a word of administrative level ("tỉnh", "thành phố",
  "huyện", ``resolver.place-levels`` in ``ontology/words.tsv``) has that level;
  a street or a market named after a place ("đường Điện Biên", "chợ Cầu
  Giấy") is of a level of its own. Written bare, a name takes the level
  its article gives it, else the level the build gives it, when that
  level is a province or a city (``resolver.inherited-levels``, the province
  first when the two are given): news names a province bare, and its capital
  or a commune of the same name with its level ("TP Vĩnh Long", "xã Vĩnh
  Long");
- a generic body (``resolver.generic-bodies``, and ``resolver.national-bodies``
  that every country has: a politburo, a Red Cross) is qualified by the place its
  name or the text right after it gives: a country for a national body
  ("Quốc hội Đức"), a province or city for a local one ("UBND tỉnh Quảng
  Nam"; "đại biểu Quốc hội TP Hà Nội" is a delegation, not another
  parliament; a place listed in the alias table or the gazetteer counts
  written bare, "UBND Quảng Nam"), at the level written when that is not the
  place's own ("Công an TP Long An", the provincial capital's, is not "Công
  an tỉnh Long An"; "UBND thành phố Hà Nội" is "UBND Hà Nội"), a country or
  a province for a part of one ("miền Tây Thanh Hóa"), else by the place its article last gave the same body, else by the
  foreign country the article is about, else by none (the body of the
  country the news is from, ``resolver.home-country``); a post held at a
  body named bare ("Phó Thủ tướng Chính phủ") in an article that has named
  the home country's body and another's is the home one's. A body's country
  may follow a word for a country ("Quốc hội nước CHXHCN Việt Nam",
  ``resolver.country-words``); the party the home news names bare ("Đảng")
  is its own listed one (``resolver.home-bodies``). A body the home
  news names bare for its own ("Đảng") takes only a country written right
  after it ("Đảng và Nhà nước Lào"), no guess.

A street or a market is one only within the one city its article names
(every city has its "đường Điện Biên Phủ"); a listed name written after a
word of a natural feature ("sông Sài Gòn", ``resolver.unlisted-levels``) is
that feature, not the listed city. A body whose name goes on past its
generic part with words that are no place ("Đảng Cộng sản Việt Nam") is a
name of its own and takes no place from its article; one named with its
place ("Chính phủ Việt Nam") is the bare body of that place, while a country
only guessed from what the article is about never joins it. An embassy
(``resolver.posted-bodies``) is one in each host country, read after "tại"
or "ở", else only its article's.

A generic body's name written after a word for a newspaper ("báo Quân đội
nhân dân", ``resolver.outlet-words``) is the newspaper, apart from the body.

A Vietnamese given name written without a family name ("Văn Nghĩa") that the
build also writes as the end of a full name ("Lê Văn Nghĩa") is a short form,
of one person only within its article; it reaches further by joining the full
name its article writes. A name never written with a family name (a stage
name, "Mỹ Tâm") is a name of its own.

Names of the alias table are otherwise known things and are never qualified.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import lru_cache

from kg.lexicon import load_lexicon, syllables_of, word_list, word_map
from kg.lexicon.cues import load_titles
from kg.lexicon.syllables import is_vietnamese_syllable
from kg.model import EntityType
from kg.resolve.aliases import AliasTable
from kg.resolve.context import TextWindow
from kg.resolve.names import LOCATION, ORGANIZATION, PERSON, category_of, exact_key
from kg.resolve.streets import HOUSE_NUMBER_REACH, house_number_level_before
from kg.resolve.sentences import countries_by_sentence, sentence_country, side_country
from kg.resolve.units import UNREAD_LEVEL, Named

#: How far after a body's name its place may be read ("Quốc hội Cộng hòa Liên bang Đức").
_PLACE_WORDS = 6


@lru_cache(maxsize=1)
def _levels() -> dict[tuple[str, ...], str]:
    return {syllables_of(word): level or "" for word, level in word_map("resolver.place-levels").items()}


@lru_cache(maxsize=1)
def _local_levels() -> frozenset[str]:
    return frozenset(word_map("resolver.local-levels"))


@lru_cache(maxsize=1)
def _inherited_levels() -> frozenset[str]:
    return frozenset(word_map("resolver.inherited-levels"))


@lru_cache(maxsize=1)
def _level_order() -> tuple[str, ...]:
    """The inherited levels, the one a bare name takes first when its build gives it two."""
    return tuple(word_map("resolver.inherited-levels"))


@lru_cache(maxsize=1)
def _generic_bodies() -> dict[tuple[str, ...], str]:
    """Generic body -> the kind of place that tells two apart ("country", "province", "region" for a
    part of a country or of a province, "named" for a country only its name gives), longest first."""
    listed = {**word_map("resolver.generic-bodies"), **word_map("resolver.national-bodies")}
    bodies = {syllables_of(w): scope or "country" for w, scope in listed.items()}
    return dict(sorted(bodies.items(), key=lambda b: len(b[0]), reverse=True))


@lru_cache(maxsize=1)
def _abbreviations() -> dict[tuple[str, ...], str]:
    return {syllables_of(short): full for short, full in word_map("resolver.body-abbreviations").items() if full}


def _written_out(generic: tuple[str, ...]) -> str:
    """A generic body's name written out ("ubnd" -> "ủy ban nhân dân", ``resolver.body-abbreviations``)."""
    return _abbreviations().get(generic) or " ".join(generic)


@lru_cache(maxsize=1)
def _home() -> str:
    return exact_key(next(iter(word_map("resolver.home-country")), ""))


def home_country() -> str:
    """The key of the country the news is from (``resolver.home-country``)."""
    return _home()


def qualify(named: list[Named], texts: dict[str, str], table: AliasTable) -> None:
    """Set the ``qualifier`` of every place of a level and every generic body in ``named``."""
    places: list[Named] = []
    bodies: list[Named] = []
    tails = _given_names_of_full_names(named)
    for item in named:
        if item.category == LOCATION and _generic_part(item.name) is not None:
            bodies.append(item)  # "miền Trung" of one country or another
        elif item.category == LOCATION and table.lookup(LOCATION, item.name) is None:
            places.append(item)
        elif item.category == LOCATION and _level_is_unlisted(texts, item):
            # "sông Sài Gòn" is a river, not the city the alias table lists
            item.unlisted = True
            places.append(item)
        elif item.category == ORGANIZATION and _posted(item.name):
            _qualify_posted(item, texts, table)
        elif item.category == ORGANIZATION and _generic_part(item.name) is not None and _outlet_before(texts, item):
            # "báo Quân đội nhân dân" is the newspaper, not the army
            item.qualifier = "outlet"
        elif item.category == ORGANIZATION and _generic_part(item.name) is not None:
            bodies.append(item)
        elif item.category == PERSON and exact_key(item.name) in tails and table.lookup(PERSON, item.name) is None:
            # "Văn Nghĩa" of "Lê Văn Nghĩa": a short form, of one person only within its article
            item.qualifier = f"of article {item.mention.article_id}"
        elif item.category == ORGANIZATION and _kind_only(item.name) and table.lookup(ORGANIZATION, item.name) is None:
            # "Ủy ban", "Hội đồng quản trị": a kind of body, not a name; only its article knows which
            item.qualifier = f"of article {item.mention.article_id}"
    _features_written_bare(named, texts, table)
    cities = _main_cities(named, texts, table)
    _qualify_places(places, texts, cities)
    following = _places_by_start(named)
    _qualify_bodies(bodies, texts, table, _main_countries(named, table), cities, following, countries_by_sentence(named, table))


def _qualify_places(places: list[Named], texts: dict[str, str], cities: dict[str, str]) -> None:
    in_article: dict[tuple[str, str], set[str]] = defaultdict(set)
    in_build: dict[str, set[str]] = defaultdict(set)
    bare: list[Named] = []
    for item in places:
        level = written_level(item, texts)
        if level is None:
            bare.append(item)
            continue
        if level in _local_levels():
            # Every city has its "đường Điện Biên Phủ": a street is one only within one city.
            level = f"{level} in " + (cities.get(item.mention.article_id) or f"article {item.mention.article_id}")
        item.qualifier = level
        in_article[(item.mention.article_id, exact_key(item.name))].add(level)
        in_build[exact_key(item.name)].add(level)
    for item in bare:
        key = exact_key(item.name)
        levels = (in_article.get((item.mention.article_id, key)) or in_build.get(key, set())) & _inherited_levels()
        if levels:
            # a province and its capital of one name ("tỉnh Thanh Hóa", "TP Thanh Hóa"): bare, it is the province
            item.qualifier = next(level for level in _level_order() if level in levels)


def _features_written_bare(named: list[Named], texts: dict[str, str], table: AliasTable) -> None:
    """A listed city's name typed only a location in an article that writes it after a word of a
    natural feature ("sông Sài Gòn" … "hệ thống Sài Gòn") is that feature, as the one after the word is."""
    features: dict[tuple[str, str], str] = {}
    for item in named:
        if item.category == LOCATION and item.unlisted:
            level = written_level(item, texts)
            if level in _unlisted_levels():
                features[(item.mention.article_id, exact_key(item.name))] = level
    for item in named:
        level = features.get((item.mention.article_id, exact_key(item.name)))
        if level is None or item.unlisted or item.category != LOCATION or item.mention.type is not EntityType.LOCATION:
            continue
        entry = table.lookup(LOCATION, item.name)
        if entry is not None and entry.type is not EntityType.LOCATION:
            item.unlisted = True
            item.alias = None
            item.qualifier = level


def _main_cities(named: list[Named], texts: dict[str, str], table: AliasTable) -> dict[str, str]:
    """Per article, the one city or province it names, as a key (none when it names two:
    "Xa lộ Hà Nội" is a road of TP.HCM)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for item in named:
        if item.category != LOCATION:
            continue
        level = written_level(item, texts)
        if item.mention.type is EntityType.CITY or level in _inherited_levels():
            entry = table.lookup(LOCATION, item.name)
            counts[item.mention.article_id][exact_key(entry.canonical if entry else item.name)] += 1
    return {article_id: next(iter(cities)) for article_id, cities in counts.items() if len(cities) == 1}


#: What may stand between words and a level word before a name: a dot ("TP."), an opening bracket or quote.
_OPENING = re.compile(r"[.(\[“\"‘']")
#: A dot that ends a sentence right before a name: after a word, not a level's abbreviation of two letters ("thủ đô. ",
#: "thành phố . ", not "TP. ", "tp. ").
_SENTENCE_END = re.compile(r"(?:[^\W\d_]*[^\W\d_A-Za-z][^\W\d_]*|[^\W\d_]{3,})\s*\.\s+$")
#: How many characters before a name its level word is looked for in (no more than ``HOUSE_NUMBER_REACH``).
_LEVEL_WORD_REACH = 20


def level_before(text: str, start: int) -> str | None:
    """The administrative level written just before offset ``start`` ("tỉnh ", "TP. ", "(Thành phố "),
    or a street's after a house number ("ở 171 ", ``kg.resolve.streets``)."""
    # One read of the text for both: the level word lies within its last characters.
    written = text[max(0, start - HOUSE_NUMBER_REACH) : start]
    near = written[-_LEVEL_WORD_REACH:]
    if _SENTENCE_END.search(near) or "\n" in near[len(near.rstrip()) :]:
        return None  # "trận derby thủ đô. Hà Nội thắng", a title ending "… từ tỉnh": the level word ends the sentence before
    before = syllables_of(_OPENING.sub(" ", near))
    levels = _levels()
    for size in (2, 1):
        if len(before) >= size and (level := levels.get(before[-size:])) is not None:
            return level
    return house_number_level_before(written)


#: How many characters after a name a copula and the level it says are read in ("là một tỉnh").
_SAID_LEVEL_REACH = 30
#: The levels of a unit of government a copula may say a name is.
_SAID_LEVELS = frozenset({"province", "city", "district", "town", "commune", "ward"})


def level_said_after(text: TextWindow, end: int) -> bool:
    """Whether a copula after the name ending at ``end`` says it is a unit of government ("Thanh Hóa là
    một tỉnh", "Huế là thành phố"; ``places.copulas``, ``places.articles``): the name is the place."""
    after = syllables_of(re.split(r"[.!?;:\n]", text[end : end + _SAID_LEVEL_REACH])[0].replace(",", " "))
    copula = next((n for n in (2, 1) if tuple(after[:n]) in _copulas()), 0)
    if not copula:
        return False
    after = after[copula:]
    if after[:1] and (after[0],) in _articles():
        after = after[1:]
    return any(_levels().get(tuple(after[:size])) in _SAID_LEVELS for size in (2, 1))


@lru_cache(maxsize=1)
def _copulas() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("places.copulas"))


@lru_cache(maxsize=1)
def _articles() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("places.articles"))


def written_level(item: Named, texts: Mapping[str, TextWindow]) -> str | None:
    """``level_before`` of ``item``'s mention in its article: read once per mention, as several
    rules ask."""
    if item.level == UNREAD_LEVEL:
        item.level = level_before(texts.get(item.mention.article_id, ""), item.mention.start)
    return item.level


def _main_countries(named: list[Named], table: AliasTable) -> dict[str, str]:
    """Per article, the foreign country it is about: named more often than any other
    country and more often than the home country, at least twice."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for item in named:
        if item.mention.type is EntityType.COUNTRY:
            entry = table.lookup(LOCATION, item.name)
            counts[item.mention.article_id][exact_key(entry.canonical if entry else item.name)] += 1
    home = _home()
    main = {}
    for article_id, countries in counts.items():
        ranked = countries.most_common(2)
        top, times = ranked[0]
        runner_up = ranked[1][1] if len(ranked) > 1 else 0
        if top != home and times >= 2 and times > runner_up:
            main[article_id] = top
    return main


def _places_by_start(named: list[Named]) -> dict[tuple[str, int], Named]:
    """The places of ``named`` by (article id, start offset)."""
    return {(i.mention.article_id, i.mention.start): i for i in named if i.category == LOCATION}


def _place_right_after(item: Named, text: str, following: dict[tuple[str, int], Named], table: AliasTable) -> str | None:
    """The place named right after ``item`` ("miền Tây Thanh Hóa"; a list "miền Trung, Tây Nguyên" names none), as a key."""
    gap = _GAP.match(text[item.mention.end : item.mention.end + 2])
    place = following.get((item.mention.article_id, item.mention.end + (gap.end() if gap else 0)))
    if place is None or _generic_part(place.name) is not None:
        return None
    entry = table.lookup(LOCATION, place.name)
    return exact_key(entry.canonical if entry else place.name)


_GAP = re.compile(r"[ _]{0,2}")


def _qualify_bodies(
    bodies: list[Named],
    texts: dict[str, str],
    table: AliasTable,
    main: dict[str, str],
    cities: dict[str, str],
    following: dict[tuple[str, int], Named] | None = None,
    in_sentence: dict[tuple[str, int], list[tuple[int, str]]] | None = None,
) -> None:
    last_place: dict[tuple[str, tuple[str, ...]], str] = {}
    given: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
    for item in sorted(bodies, key=lambda i: (i.mention.article_id, i.mention.start)):
        generic = _generic_part(item.name)
        assert generic is not None
        scope = _generic_bodies()[generic]
        rest = _words(item.name)[len(generic) :]
        text = texts.get(item.mention.article_id, "")
        after = _words(text[item.mention.end : item.mention.end + 80])
        if rest and syllables_of(" ".join(rest)) in _levels():
            # "UBND tỉnh" followed by "Quảng Nam": the level is in the name, the place after it
            rest, after = [], rest + after
        place = _place_in(rest, table, scope) or (
            None if rest else _place_in(_past_coordination(after)[:_PLACE_WORDS], table, scope)
        )
        if place is None and not rest and scope == "region":
            # a region of a country or of a province: the place named right after it
            place = _place_right_after(item, text, following or {}, table)
        if not rest or (place is not None and _names_place(rest, table, place)):
            # "Chính phủ Việt Nam" is the "Chính phủ" of Việt Nam: one unit with the bare body, its
            # abbreviation written out ("UBND tỉnh X" is "Ủy ban nhân dân tỉnh X")
            item.unit_name = _written_out(generic)
        if rest and place is None:
            # a name of its own ("Đảng Cộng sản Việt Nam"): no place read from around it
            continue
        if scope == "named":
            # no guess: the body of another country only where its name says so ("Đảng và Nhà nước Lào")
            item.qualifier = "" if place in (None, _home()) else place
            if not item.qualifier and not rest:
                # bare, the home news' own: "Đảng" is the listed "Đảng Cộng sản Việt Nam"
                item.alias = table.lookup(ORGANIZATION, _home_bodies().get(" ".join(generic), "")) or item.alias
            continue
        key = (item.mention.article_id, generic)
        if place is not None:
            last_place[key] = place
            given[key].add(place)
        qualifier = place or last_place.get(key)
        if place is None and _home() in given[key] and len(given[key]) > 1 and _held_as_post(text, item):
            # the article has named the body of the home country and of another: a post held bare is the home one's
            qualifier = _home()
        if not qualifier and scope == "country":
            qualifier = side_country(item, in_sentence or {}, texts, _home()) or ""
        if not qualifier and scope == "country" and not _held_as_post(text, item):
            # "người dân Ấn Độ … kêu gọi Chính phủ": the one foreign country its sentence named before it,
            # a guess like the article's country, kept apart from the body a text names
            guessed = sentence_country(item, in_sentence or {}, _home())
            qualifier = f"{guessed} (the article's country)" if guessed else ""
        article = item.mention.article_id
        if not qualifier and scope in ("country", "region") and article in main:
            # A guess from what the article is about; kept apart from the body a text names.
            qualifier = f"{main[article]} (the article's country)"
        elif not qualifier and scope == "province":
            # Every province has its own: bare, it is the one province its article names, else its article's.
            qualifier = f"{cities[article]} (the article's province)" if article in cities else f"of article {article}"
        item.qualifier = "" if qualifier == _home() else qualifier


def _held_as_post(text: str, item: Named) -> bool:
    """Whether a title stands right before the body ("Thủ tướng Chính phủ"): a post as the home news writes it."""
    before = _words(text[max(0, item.mention.start - 30) : item.mention.start])
    return any(tuple(w.casefold() for w in before[-n:]) in _titles() for n in (4, 3, 2, 1) if len(before) >= n)


@lru_cache(maxsize=1)
def _outlet_words() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_map("resolver.outlet-words"))


def _outlet_before(texts: dict[str, str], item: Named) -> bool:
    """Whether a word for a newspaper or a station ("báo", "tờ", ``resolver.outlet-words``) stands right before ``item``."""
    text = texts.get(item.mention.article_id, "")
    before = syllables_of(text[max(0, item.mention.start - 12) : item.mention.start])
    return any(len(before) >= n and before[-n:] in _outlet_words() for n in (2, 1))


@lru_cache(maxsize=1)
def _unlisted_levels() -> frozenset[str]:
    return frozenset(word_map("resolver.unlisted-levels"))


def _level_is_unlisted(texts: dict[str, str], item: Named) -> bool:
    """Whether a level written before a listed name makes it another thing ("sông Hàn", "đường Hà Nội")."""
    return written_level(item, texts) in _unlisted_levels()


@lru_cache(maxsize=1)
def _kinds() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_map("resolver.kinds-of-body"))


@lru_cache(maxsize=1)
def _coordinated() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_map("resolver.coordinated-bodies"))


def _past_coordination(words: list[str]) -> list[str]:
    """``words`` past a list of bodies joined to the one before them: "Chính phủ, nhân dân Nga"
    and "Chính phủ và Quốc hội Nga" name the country of every body of the list; so do the
    posts of one person ("Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ Lào")."""
    i = 0
    while i < len(words) and words[i].casefold() in (",", "và"):
        size = _coordinated_at(words, i + 1)
        if not size and words[i] == ",":
            size = _post_at(words, i + 1)
        if not size:
            return words
        i += 1 + size
    return words[i:]


def _coordinated_at(words: list[str], i: int) -> int:
    """How many words of a coordinated body (``resolver.coordinated-bodies``) start at ``i``, or 0."""
    for size in (5, 4, 3, 2, 1):
        if syllables_of(" ".join(words[i : i + size])) in _coordinated():
            return size
    return 0


def _post_at(words: list[str], i: int) -> int:
    """How many words of a post start at ``i``: a title (``roles.tsv``) and the generic body it is
    held at ("Phó Thủ tướng Chính phủ"), or 0."""
    for title in range(4, 0, -1):
        if syllables_of(" ".join(words[i : i + title])) not in _titles():
            continue
        body = _generic_part(" ".join(words[i + title : i + title + 8]))
        if body is not None:
            return title + len(body)
    return 0


@lru_cache(maxsize=1)
def _titles() -> frozenset[tuple[str, ...]]:
    return frozenset(load_titles())


def _kind_only(name: str) -> bool:
    """Whether a name is only a kind of body ("Ủy ban", "Hội đồng quản trị", ``resolver.kinds-of-body``)."""
    return syllables_of(name) in _kinds()


def _names_place(words: list[str], table: AliasTable, place: str) -> bool:
    """Whether ``words`` are the place ``place`` and nothing more ("Việt Nam", "tỉnh Quảng Nam",
    "nước CHXHCN Việt Nam")."""
    level, words = _past_level(_past_country_word(words))
    listed = _listed_place(" ".join(words), table)
    key, own = listed if listed else (exact_key(" ".join(words)), None)
    return _at_level(key, level, own) == place


@lru_cache(maxsize=1)
def _posted_bodies() -> tuple[tuple[str, ...], ...]:
    return tuple(syllables_of(w) for w in word_map("resolver.posted-bodies"))


def _posted(name: str) -> bool:
    """Whether a name is that of a mission posted abroad ("Đại sứ quán Việt Nam")."""
    syllables = syllables_of(name)
    return any(syllables[: len(body)] == body for body in _posted_bodies())


def _qualify_posted(item: Named, texts: dict[str, str], table: AliasTable) -> None:
    """A country's embassy is one in each host country: the host its name or the text right
    after it gives after "tại", else only its article's."""
    name_words = _words(item.name)
    text = texts.get(item.mention.article_id, "")
    after = _words(text[item.mention.end : item.mention.end + 60])[:_PLACE_WORDS]
    host = None
    prepositions = set(word_map("resolver.host-prepositions"))
    for words in (name_words, after):
        at = [i for i, w in enumerate(words) if w.casefold() in prepositions]
        if at:
            host = _place_in(words[at[0] + 1 :], table, "country") or _capitalised_run(words[at[0] + 1 :], table)
            if host and words is name_words:
                item.unit_name = " ".join(words[: at[0]])
            break
    item.qualifier = f"in {host}" if host else f"in the host of article {item.mention.article_id}"


def _capitalised_run(words: list[str], table: AliasTable) -> str | None:
    """The capitalised words at the start of ``words`` as a place key ("Kuala Lumpur")."""
    name = []
    for word in words[:4]:
        if not word[:1].isupper():
            break
        name.append(word)
    if not name:
        return None
    entry = table.lookup(LOCATION, " ".join(name))
    return exact_key(entry.canonical if entry else " ".join(name))


_WORD_BREAK = re.compile(r"[\s_]+")
_PUNCTUATION = re.compile(r"[,.;:()\"“”]")


def _words(text: str) -> list[str]:
    """The syllables of ``text`` as written (case kept), punctuation apart."""
    return [w for w in _WORD_BREAK.split(_PUNCTUATION.sub(" \\g<0> ", text)) if w]


@lru_cache(maxsize=1)
def _family_names() -> frozenset[str]:
    middle = {exact_key(w) for w in word_list("resolver.middle-names")}
    return frozenset(exact_key(w) for w in word_list("names.vietnamese-surnames")) - middle


def given_name_only(name: str) -> bool:
    """Whether a person's name is a Vietnamese given name without a family name ("Văn Nghĩa",
    "Tiến Minh"; not "Lê Nghĩa"): two syllables, the first no family name (``resolver.middle-names``
    are middle names before all)."""
    parts = exact_key(name).split()
    return len(parts) == 2 and all(is_vietnamese_syllable(p) for p in parts) and parts[0] not in _family_names()


def _given_names_of_full_names(named: list[Named]) -> set[str]:
    """The given names (last two syllables, as keys) of the Vietnamese full names of people in ``named``."""
    tails = set()
    for item in named:
        parts = exact_key(item.name).split()
        if item.category == PERSON and len(parts) > 2 and all(is_vietnamese_syllable(p) for p in parts):
            tails.add(" ".join(parts[-2:]))
    return {t for t in tails if given_name_only(t)}


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in word_list("resolver.country-words"))


def _past_country_word(words: list[str]) -> list[str]:
    """``words`` less a word for a country before a country's name ("nước" of "nước CHXHCN Việt Nam")."""
    return words[1:] if len(words) > 1 and words[0].casefold() in _country_words() else words


@lru_cache(maxsize=1)
def _home_bodies() -> dict[str, str]:
    """A body the home news names bare for its own -> the name of it the alias table lists (``resolver.home-bodies``)."""
    return {exact_key(body): name or "" for body, name in word_map("resolver.home-bodies").items()}


@lru_cache(maxsize=65536)
def _generic_part(name: str) -> tuple[str, ...] | None:
    """The generic body a name begins with ("Quốc hội" of "Quốc hội Đức"), if any."""
    syllables = syllables_of(name)
    for generic in _generic_bodies():
        if syllables[: len(generic)] == generic:
            return generic
    return None


def _place_in(words: list[str], table: AliasTable, scope: str) -> str | None:
    """The place of ``scope`` named at the start of ``words``, as a key: a known country
    ("Đức"), or for a province's body a known city or the capitalised words after a level
    word ("tỉnh Quảng Nam")."""
    level, words = _past_level(_past_country_word(words))
    for size in range(min(4, len(words)), 0, -1):
        listed = _listed_place(" ".join(words[:size]), table)
        if listed is not None and (listed[1] == "country") == (scope in ("country", "region", "named")):
            return _at_level(listed[0], level, listed[1])
    if level is not None and scope == "province":
        name = []
        for word in words[:4]:
            if not word[:1].isupper():
                break
            name.append(word)
        if name:
            return _at_level(exact_key(" ".join(name)), level, None)
    return None


def _past_level(words: list[str]) -> tuple[str | None, list[str]]:
    """The level word ``words`` begin with ("tỉnh", "TP", "TP." of "TP.HCM") as its level, and the words after it."""
    for size in (2, 1):
        if len(words) > size and (level := _levels().get(syllables_of(" ".join(words[:size])))) is not None:
            rest = words[size:]
            return level, rest[1:] if rest[0] == "." and len(rest) > 1 else rest
    return None, words


#: The level a listed place of a type is at when its level word is left out ("Quảng Nam" is the province).
_OWN_LEVELS = {EntityType.COUNTRY: "country", EntityType.REGION: "province", EntityType.CITY: "city"}


def _listed_place(name: str, table: AliasTable) -> tuple[str, str | None] | None:
    """The key of a place the alias table or the gazetteer lists as ``name``, and its own level, or None."""
    entry = table.lookup(LOCATION, name)
    if entry is not None:
        return exact_key(entry.canonical), _OWN_LEVELS.get(entry.type)
    listed = load_lexicon().names.get(name)
    if listed is None or category_of(listed) != LOCATION:
        return None
    return exact_key(name), _OWN_LEVELS.get(listed)


def _at_level(place: str, level: str | None, own: str | None) -> str:
    """The key of a body's place with its level when that is not the place's own ("long an (city)" for "TP Long
    An", the capital of the province): the province's police and the city's are two bodies."""
    if not level or level == (own or "province"):
        return place
    return f"{place} ({level})"
