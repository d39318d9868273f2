"""The unnamed leaders or officials of a named place, met for it: "làm_việc với lãnh_đạo tỉnh X",
"làm_việc với tỉnh X", "hội_đàm với các quan_chức Nhật_Bản". Unnamed officials of a named body or
country speak for it (docs/annotation.md), and so do a province's or a city's leaders.

A country needs a word for its officials (``events.place-officials``): "gặp Nhật_Bản" alone is a match.
A province or a city needs that word or the noun of its kind (``events.met-place-units``: "tỉnh",
"thành_phố"), which a match never has.
"""

from __future__ import annotations

from kg.extract.events.reader import title_words
from kg.extract.frames import Argument, ends_with_any, phrase_set
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list
from kg.model import EntityType

#: Words for a place's unnamed officials: "lãnh_đạo", "các quan_chức", "chính_quyền".
_OFFICIALS = phrase_set(*word_list("events.place-officials"))
_OFFICIAL_WORDS = tuple(tuple(w.lower().split()) for w in word_list("events.place-officials"))
#: Words that may name a country's one leader rather than its officials ("lãnh_đạo Triều_Tiên gặp Y").
_ONE_LEADER = frozenset(tuple(w.lower().split()) for w in word_list("events.one-leader"))
#: Nouns of the kind of place led: "tỉnh", "thành_phố".
_UNITS = phrase_set(*word_list("events.met-place-units"))
_WITH = ("với",)
_OF = ("của",)
#: Places whose officials meet for them.
MET_PLACES = frozenset({EntityType.REGION, EntityType.CITY, EntityType.COUNTRY})


def places_met(view: ArticleView, start: int) -> list[Argument]:
    """The places whose unnamed officials the words from piece ``start`` name ("(với) (các) lãnh_đạo
    (chủ_chốt) (của) (các) (tỉnh) X (, Y và Z)"), or none when they name anything else or a person
    follows the place (then the words are that person's title)."""
    last = view.bounds(start)[1] if start < len(view) else len(view)
    j = start
    if j < last and view.pieces[j].syllables == _WITH:
        j += 1
    officials = view.match_any(j, _OFFICIALS) if j < last else None
    if officials is not None:
        j = officials
        if j < last and view.pieces[j].syllables == _OF:
            j += 1
    unit = view.match_any(j, _UNITS) if j < last else None
    if unit is not None:
        j = unit
    if j >= last or (officials is None and unit is None):
        return []
    mention = view.pieces[j].mention
    if mention is None or mention.type not in MET_PLACES:
        return []
    if mention.type is EntityType.COUNTRY and officials is None:
        return []
    places = [Argument(mention, j)] + _listed_places(view, j, last)
    following = view.pieces[places[-1].piece + 1].mention if places[-1].piece + 1 < last else None
    if following is not None and following.type is EntityType.PERSON:
        return []
    return places


def _listed_places(view: ArticleView, k: int, last: int) -> list[Argument]:
    """The places of the same type as the one at piece ``k`` listed after it by commas and closed by "và"
    ("các tỉnh X , Y và Z"); none when the list is not closed so."""
    kind = view.pieces[k].mention.type
    found = []
    j = k + 1
    while j + 1 < last and view.pieces[j].text in {",", "và"}:
        mention = view.pieces[j + 1].mention
        if mention is None or mention.type is not kind:
            return []
        found.append(Argument(mention, j + 1))
        if view.pieces[j].text == "và":
            return found
        j += 2
    return []


def opens_officials_subject(view: ArticleView, place: int, first: int) -> bool:
    """Whether the place at piece ``place`` ends a subject of unnamed officials opening its clause at or
    after piece ``first`` ("Lãnh_đạo (tỉnh) X tiếp …")."""
    j = place
    unit = ends_with_any(view, j - 1, _UNITS, first) if j - 1 >= first else None
    if unit is not None:
        j = unit
    if j - 1 >= first and view.pieces[j - 1].syllables == _OF:
        j -= 1
    officials = ends_with_any(view, j - 1, _OFFICIALS, first) if j - 1 >= first else None
    return officials is not None and (officials == first or view.pieces[officials - 1].text == ",")


def officials_place(view: ArticleView, argument: Argument) -> Argument:
    """"các quan_chức Nhật_Bản", "lãnh_đạo tỉnh X" told as one reference to a person: the one place named
    in the title of unnamed officials it stands for; the argument itself otherwise, also for "lãnh_đạo"
    of a country, which may be its one leader."""
    mention = argument.mention
    if mention.type is not EntityType.PERSON or not mention.reference:
        return argument
    words = title_words(mention)
    nouns = [noun for noun in _OFFICIAL_WORDS if words[: len(noun)] == noun and len(words) > len(noun)]
    if not nouns:
        return argument
    inner = view.inner(mention)
    places = [m for m in inner if m.type in MET_PLACES]
    if len(places) != 1 or len(inner) != 1:
        return argument
    if places[0].type is EntityType.COUNTRY and max(nouns, key=len) in _ONE_LEADER:
        return argument  # "lãnh_đạo Triều_Tiên": the country's one leader, whom the article may name
    return Argument(places[0], argument.piece)
