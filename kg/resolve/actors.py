"""A place that acts: a capital written for its country's government.

News writes a state by its capital when the state speaks, decides or deals
("Seoul sẽ chuyển giao 12 chiếc máy bay", "Seoul và Manila đã đàm phán",
"gây sức ép với Seoul"), and the city where something happens in it ("hội
nghị tại Seoul"). ``acts`` reads the words around a name: a verb of saying,
deciding or dealing after it (``resolver.actor-verbs``, adverbs such as "đã",
"sẽ" between, ``resolver.actor-adverbs``; or after "và" and a second name),
or, for two places joined by "và", a verb of dealing with each other,
``resolver.reciprocal-verbs``), or a word before it that makes it a party (``resolver.party-before``: "phản
đối", "sức ép với", "giữa"; the second of two names joined by "và" after one:
"quan hệ giữa Washington và Bắc Kinh"). A preposition of place right before it
(``resolver.place-prepositions``: "tại", "ở", "tới"), a verb of returning to or
leaving it ("trở về Bắc Kinh", "rời Tokyo"), or a body or the people of the city
("cảnh sát Bắc Kinh cho biết"), makes it the city. So does a noun
phrase a plural marker opens that the name ends (``resolver.noun-phrase-openers``:
"các khách sạn Bắc Kinh giúp", "những nhà hàng Seoul đã"): the verb after is
the noun's, and the name only says where the noun is; a preposition or a
possessive word between ("các đồng minh của Washington", "các cuộc đàm phán với
Seoul", ``resolver.noun-phrase-breaks``) makes the name a party again.
"""

from __future__ import annotations

import re

from kg.resolve.context import TextWindow, contains, ends_with, phrases, starts_with
from kg.stream import RESOLVER_CONTEXT

#: How far before and after a name its words are read (within ``kg.stream.RESOLVER_CONTEXT``).
_BEFORE, _AFTER = 36, 80

#: How many lowercase words a noun may hold between its plural marker and the name ("các khách sạn").
_NOUN_WORDS = 2

_PUNCTUATION = re.compile(r"([^\w\s])")


def _syllables(text: str) -> list[str]:
    """The words of ``text`` as lowercase syllables, a punctuation mark as a word of its own."""
    spaced = _PUNCTUATION.sub(r" \1 ", text.replace("_", " "))
    return [w.casefold() for w in spaced.split()]


def after_place_word(text: TextWindow, start: int) -> bool:
    """Whether a preposition of place or a body of a city stands right before ``start`` ("tại", "cảnh sát")."""
    return ends_with(_syllables(text[max(0, start - _BEFORE) : start]), phrases("resolver.place-prepositions"))


def modifies_noun(text: TextWindow, start: int) -> bool:
    """Whether the name at ``start`` ends a noun phrase a plural marker opens ("các khách sạn Bắc Kinh"),
    with no preposition or possessive word between ("các đồng minh của Washington" is a party's allies)."""
    tokens = text[max(0, start - _BEFORE) : start].replace("_", " ").split()
    openers = phrases("resolver.noun-phrase-openers")
    run: list[str] = []
    for token in reversed(tokens):
        if token.isalpha() and token.islower():
            run.insert(0, token)
            continue
        if token.isalpha() and (token.casefold(),) in {phrase[:1] for phrase in openers}:
            run.insert(0, token.casefold())  # a sentence opening with its plural marker: "Các khách sạn"
        break
    for size in range(1, min(_NOUN_WORDS, len(run) - 1) + 1):
        noun = run[len(run) - size :]
        if contains(noun, phrases("resolver.noun-phrase-breaks")):
            return False
        if ends_with(run[: len(run) - size], openers) and not starts_with(noun, openers):
            return True
    return False


#: A name and "và" closing the words before a name: the first of a pair ("giữa Washington và").
_FIRST_OF_PAIR = re.compile(r"[A-ZĐ][\w\-]*(?:[\s_]+[A-ZĐ][\w\-]*){0,2}[\s_]+và\s*$")
#: How far before a name the pair and the word before it are looked for: all the text the
#: resolver keeps before a mention (``kg.stream.RESOLVER_CONTEXT``).
_PAIR_BEFORE = RESOLVER_CONTEXT[0]


def _second_of_parties(text: TextWindow, start: int) -> bool:
    """Whether the name at ``start`` is the second of two names joined by "và" after a word that makes them
    parties ("quan hệ giữa Washington và Bắc Kinh", "đàm phán với Seoul và Tokyo"): a party as the first is."""
    window = text[max(0, start - _PAIR_BEFORE) : start]
    pair = _FIRST_OF_PAIR.search(window)
    return pair is not None and ends_with(_syllables(window[: pair.start()]), phrases("resolver.party-before"))


def acts(text: TextWindow, start: int, end: int) -> bool:
    """Whether the name at ``start``-``end`` of ``text`` is written as a party that speaks, decides or deals."""
    before = _syllables(text[max(0, start - _BEFORE) : start])
    if after_place_word(text, start):
        return False
    if ends_with(before, phrases("resolver.party-before")) or _second_of_parties(text, start):
        return True
    if modifies_noun(text, start):
        return False
    after_text = text[end : min(len(text), end + _AFTER)]
    after = _syllables(after_text)
    # "Seoul và Manila đã đàm phán": two places that deal with each other are states
    second = re.match(r"\s*và\s+((?:[A-ZĐ][\w\-]*[\s_]*){1,3})", after_text)
    verbs = phrases("resolver.actor-verbs")
    if second:
        after, verbs = after[1 + len(_syllables(second.group(1))) :], phrases("resolver.reciprocal-verbs")
    elif re.search(r"[A-ZĐ][\w\-]*[\s_]+và\s*$", text[max(0, start - _BEFORE) : start]):
        verbs = phrases("resolver.reciprocal-verbs")  # the second of a pair ("Tokyo và Manila")
    adverbs = phrases("resolver.actor-adverbs")
    while size := starts_with(after, adverbs):
        after = after[size:]
    return starts_with(after, verbs) > 0
