"""A foreign capital written for its state is the country's mention.

News writes a state by its capital where the state speaks, decides or deals
("Seoul sẽ chuyển_giao 12 chiếc máy_bay", "Bắc_Kinh phản_đối", "gây sức_ép với
Seoul"), and the annotation types that mention a Country; where something
happens in the city ("hội_nghị tại Seoul") it is the City. The tagger reads
both as the city. ``capitals_acting`` types a Country each mention the tagger
typed a City whose name is a foreign capital (``resolver.capitals``) and that
the words around it make a party (``kg.resolve.actors.acts``: a verb of
saying, deciding or dealing after it, a word that makes it a party before it;
never after a preposition of place), unless a lowercase word before it that
neither makes it a party nor opens a clause (``tagger.clause-openers``: "và",
"mà", "sao") makes it the city's ("các khách_sạn Bắc_Kinh giúp"). The home
country's capital is its city's own government and stays a City.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from kg.lexicon import syllables_of, word_list, word_map
from kg.model import EntityType, Mention
from kg.resolve.actors import acts
from kg.resolve.context import ends_with, phrases

#: How far before a capital its words are read.
_BEFORE = 36
#: "và", "mà": words that open a clause whose subject the capital is ("Tokyo và Manila đàm_phán").
_CLAUSE_WORDS = frozenset(word_list("tagger.clause-openers"))


@cache
def _foreign_capitals() -> frozenset[tuple[str, ...]]:
    """The foreign capitals of ``resolver.capitals``, as lowercased syllables."""
    home = set(word_list("resolver.home-country"))
    return frozenset(syllables_of(capital) for capital, country in word_map("resolver.capitals").items() if country not in home)


def capitals_acting(text: str, tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each foreign capital typed a City that acts for its state typed a Country."""
    capitals = _foreign_capitals()
    return [
        replace(m, type=EntityType.COUNTRY)
        if m.type == EntityType.CITY
        and syllables_of(m.text) in capitals
        and acts(text, m.start, m.end)
        and not _after_a_noun(text, m.start)
        else m
        for m in tagged
    ]


def _after_a_noun(text: str, start: int) -> bool:
    """Whether a lowercase word stands right before ``start`` that makes no party of what follows
    (``resolver.party-before``): "các khách_sạn Bắc_Kinh giúp" is the city's hotels."""
    before = text[max(0, start - _BEFORE):start]
    words = before.replace("_", " ").split()
    if not words or not words[-1].isalpha() or not words[-1].islower():
        return False
    lowered = [w.casefold() for w in words]
    return not ends_with(lowered, phrases("resolver.party-before")) and lowered[-1] not in _CLAUSE_WORDS
