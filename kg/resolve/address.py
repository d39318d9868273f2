"""What the word a person is addressed by says of their age.

Vietnamese addresses a person by a word of kinship: "bác", "cụ" for an elder,
"anh", "chị" for one of the writer's generation, "em", "cháu" for a younger
one (``resolver.honorific-generation`` in ``ontology/words.tsv``; "ông" and
"bà" are said to any adult and say no age). Within one article a person keeps
their generation: "bác Hoa" is not the "chị Trần Nguyệt Hoa" the article
names later, but another Hoa. ``generations_in_articles`` gathers, for each
full name, the generations its article addresses it by, and ``fits`` tells
whether a short form's may join it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache

from kg.lexicon import syllables_of, word_map
from kg.resolve.context import TextWindow
from kg.resolve.names import PERSON
from kg.resolve.units import ArticleUnits, Named, UnitKey, full_names_by_article

#: How far before a name the word it is addressed by is read (within ``kg.stream.RESOLVER_CONTEXT``).
_BEFORE = 12

_LAST_WORD = re.compile(r"([^\W\d_]+)[\s_]*$")


@lru_cache(maxsize=1)
def _generations() -> dict[tuple[str, ...], str]:
    return {syllables_of(word): generation for word, generation in word_map("resolver.honorific-generation").items()}


def generation_of(item: Named, texts: Mapping[str, TextWindow]) -> str | None:
    """The generation the word right before a person's name says ("bác" -> "elder"), or None."""
    if item.category != PERSON:
        return None
    if item.mention.honorific:
        said = _generations().get(syllables_of(item.mention.honorific))
        if said:
            return said
    text = texts.get(item.mention.article_id)
    if text is None:
        return None
    start = item.mention.start if item.mention.prefix_start is None else item.mention.prefix_start
    word = _LAST_WORD.search(text[max(0, start - _BEFORE) : start])
    return _generations().get(syllables_of(word.group(1))) if word else None


def generations_in_articles(
    full_units: Mapping[UnitKey, list[Named]], texts: Mapping[str, TextWindow]
) -> dict[tuple[str, UnitKey], set[str]]:
    """(article id, unit) -> the generations the article addresses that full name by."""
    found: dict[tuple[str, UnitKey], set[str]] = defaultdict(set)
    for item in full_names_by_article(full_units):
        if item.unit is None or item.unit[0] != PERSON:
            continue
        generation = generation_of(item, texts)
        if generation:
            found[(item.mention.article_id, item.unit)].add(generation)
    return found


def fits(generation: str | None, known: set[str] | None) -> bool:
    """Whether a short form addressed as ``generation`` may be a person its article addresses as ``known``."""
    return generation is None or not known or generation in known


def of_generation(
    item: Named,
    units: set[UnitKey],
    texts: Mapping[str, TextWindow],
    generations: Mapping[tuple[str, UnitKey], set[str]],
    in_article: ArticleUnits,
    scope: str,
) -> tuple[set[UnitKey], str | None]:
    """The full names of ``units`` a person's short form may join, its word of address heard,
    and why it is a person of its own article when that word rules out every full name there
    ("bác Hoa" beside "chị Trần Nguyệt Hoa"; ``item`` then takes its article as qualifier)."""
    if item.category != PERSON:
        return units, None
    generation = generation_of(item, texts)
    article = item.mention.article_id
    other = {u for u in units if not fits(generation, generations.get((article, u)))}
    units = units - other
    if scope == "article" and not any(in_article.has(article, u) for u in units) and any(
        in_article.has(article, u) for u in other
    ):
        item.qualifier = f"of article {article}"
        return units, (
            f"'{item.name}' is addressed as another generation than the full names it ends in its article; "
            "a person of its own"
        )
    return units, None
