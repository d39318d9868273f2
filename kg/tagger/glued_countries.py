"""A country run on into the name after a state's title: split off.

The segmenter may join a country to the foreign name after it ("Tổng_thống
Mexico_Nieto"), and the rules and the tagger then read one person. After a
title whose post is of a country (``roles.tsv``: a body that may be a country
and is never a city or province: "Tổng_thống", "Thủ_tướng", "Ngoại_trưởng"),
a name that opens with a country the gazetteer lists and goes on with a
capitalised name is the post's country and the person ("Mexico" + "Nieto"),
as "Tổng_thống Nga Vladimir_Putin" is written when nothing is glued.
A Vietnamese given name that opens with such a word ("Đức_Chinh", "Mỹ_Tâm")
follows no state's title and is left whole.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.post_titles import state_title
from kg.lexicon import load_lexicon
from kg.model import EntityType, Mention


def glued_countries_split(text: str, names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each person named after a state's title and opening with a country
    split into the country and the person."""
    result: list[Mention] = []
    for mention in tagged:
        result += _split(text, mention) or [mention]
    return result


def _split(text: str, mention: Mention) -> list[Mention] | None:
    if mention.type != EntityType.PERSON or mention.title_span is None:
        return None
    if state_title(text[mention.title_span[0] : mention.title_span[1]]) is None:
        return None
    words = mention.text.replace("_", " ").split(" ")
    listed = load_lexicon().names
    for count in range(len(words) - 1, 0, -1):
        rest = words[count:]
        if listed.get(" ".join(words[:count])) != EntityType.COUNTRY or not all(w[:1].isupper() for w in rest):
            continue
        country_end = mention.start + len(" ".join(words[:count]))
        person_start = country_end + 1
        country = Mention(
            mention.article_id,
            mention.sentence,
            mention.start,
            country_end,
            text[mention.start : country_end],
            EntityType.COUNTRY,
            confidence=mention.confidence,
        )
        return [country, replace(mention, start=person_start, text=text[person_start : mention.end])]
    return None
