"""Two people named before and then told of as a pair: "… Kim và Lee … . Hiện_tại , cặp đôi đang đi
du_lịch tại Z", "công_ty cho_biết , hai người mới_đây sang Z". The pair is the two persons of the nearest
sentence before that names any, when it names exactly two (the sentence of the pair itself counts when it
names both before it). Reads ``events.pair-nouns``."""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.antecedents import same_person_name
from kg.extract.frames import Argument, ends_with_any, phrase_set, skip_left
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list
from kg.model import EntityType, Mention, TimeExpression

#: Nouns that tell two people as one pair ("cặp đôi", "hai người", "cả hai").
_PAIR_NOUNS = phrase_set(*word_list("events.pair-nouns"))
#: Marks after which a clause opens, so that a pair noun after them is its subject.
_OPENERS = frozenset({",", ":"})
#: How many sentences before the pair's own are looked at for the two persons.
_REACH = 3


def named_pair(view: ArticleView, j: int, first: int, times: Sequence[TimeExpression]) -> list[Argument]:
    """The two persons a pair noun ending at piece ``j`` and opening its clause stands for, each given at
    the noun's piece and marked resolved; none when the noun is not there, or the persons named before
    are not exactly two."""
    start = ends_with_any(view, j, _PAIR_NOUNS, first) if j >= first else None
    if start is None:
        return []
    before = skip_left(view, start - 1, first, times)
    if before >= first and view.pieces[before].text not in _OPENERS:
        return []  # "… của hai người": the noun is no subject
    named = _persons(view, first, start)
    sentence = view.pieces[start].sentence
    for earlier in range(sentence - 1, sentence - 1 - _REACH, -1):
        if len(named) >= 2 or earlier not in view.sentence_range:
            break
        found = _persons(view, *view.sentence_range[earlier])
        if found:
            if named and not all(any(same_person_name(m, f) for f in found) for m in named):
                return []  # one named in the pair's sentence who is not of the pair before
            named = found
    if len(named) != 2:
        return []
    return [Argument(mention, start, resolved=True) for mention in named]


def _persons(view: ArticleView, first: int, last: int) -> list[Mention]:
    """The persons named by name (no title standing alone) from piece ``first`` to ``last``, one mention
    each: a name that may be another's short form ("Geun_Young", "Moon_Geun_Young") is one person."""
    found: list[Mention] = []
    for k in range(first, last):
        mention = view.pieces[k].mention
        if mention is None or mention.type is not EntityType.PERSON or mention.reference:
            continue
        if not any(same_person_name(mention, other) for other in found):
            found.append(mention)
    return found
