"""The named person a pronoun standing as a subject refers back to.

Vietnamese news names a person once and goes on with a pronoun: "Ông cho_biết …",
"Bà này nhấn_mạnh …", "Theo chị , …". The pronoun means the person named last
before it whose gender it agrees with: the gender a pronoun says comes from its
first word ("ông", "anh" male; "bà", "chị", "cô" female; "vị này" either), a
person's gender from the honorifics the article writes before their name ("ông
X", "bà X"). A name never written with one agrees with either.

The nearest sentence (the pronoun's own, up to it, then those before, at most
``MAX_SENTENCES_BACK`` of them) naming a person the pronoun agrees with decides:
its one such person, or the person opening it when that one bears the pronoun's
own honorific and no other person it names does. Two persons of that sentence
equally good give nothing. A person named as an object (after "với", "của", a
verb) is passed over for a subject of that sentence; a sentence naming only
objects the pronoun agrees with gives the one of them a pronoun of a gender
means ("Ông X gặp bà Y . Bà nói …"), else nothing: the person before them is too
far to be sure of. Persons named only inside a quotation are passed over.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.pieces import ArticleView, syllables_of
from kg.lexicon import word_map
from kg.model import EntityType, Mention

#: How many sentences before its own a pronoun looks back for the person it means (measured
#: on the dev split: 1 and 2 find the same right persons; further back the first wrong ones come).
MAX_SENTENCES_BACK = 2


@dataclass(frozen=True, slots=True)
class Antecedent:
    """A person's name (its piece and mention) that a pronoun refers back to."""

    piece: int
    mention: Mention


@lru_cache(maxsize=1)
def _genders() -> dict[tuple[str, ...], str]:
    """The gender each honorific or pronoun head says (``references.gender``; "" for either)."""
    return {syllables_of(word): value or "" for word, value in word_map("references.gender").items()}


def gender_of_word(syllables: tuple[str, ...]) -> str | None:
    """The gender the honorific or pronoun head ``syllables`` says ("male", "female"), or None."""
    gender = _genders().get(tuple(s.lower() for s in syllables[:1]))
    return gender or None


def same_person_name(a: Mention, b: Mention) -> bool:
    """Whether two person names can be one person: one is a prefix or suffix of the other."""
    x, y = syllables_of(a.text.replace("-", "_")), syllables_of(b.text.replace("-", "_"))
    if len(x) > len(y):
        x, y = y, x
    return y[: len(x)] == x or y[len(y) - len(x) :] == x


def honorific_before(view: ArticleView, i: int, mention: Mention) -> tuple[str, ...] | None:
    """The honorific written with the name at piece ``i``: its own, or the word just before it."""
    if mention.honorific is not None:
        return syllables_of(mention.honorific.lower())
    before = view.pieces[i - 1] if i > 0 else None
    if before is None or not before.is_word or before.mention is not None:
        return None
    syllables = tuple(s.lower() for s in before.syllables)
    return syllables if syllables in _genders() else None


def genders_of_person(view: ArticleView, mention: Mention) -> frozenset[str]:
    """The genders the honorifics written before any name of this person in the article say."""
    found = set()
    for i, piece in enumerate(view.pieces):
        other = piece.mention
        if other is None or other.type is not EntityType.PERSON or other.reference or not same_person_name(mention, other):
            continue
        honorific = honorific_before(view, i, other)
        gender = gender_of_word(honorific) if honorific else None
        if gender:
            found.add(gender)
    return frozenset(found)


def agrees(view: ArticleView, mention: Mention, gender: str | None) -> bool:
    """Whether a pronoun of ``gender`` (None: either) can mean the person named ``mention``:
    the article never writes that person with an honorific of the other gender only."""
    if gender is None:
        return True
    genders = genders_of_person(view, mention)
    return not genders or gender in genders


def pronoun_antecedent(
    view: ArticleView,
    pronoun: int,
    gender: str | None,
    is_object: Callable[[int], bool],
    sentences_back: int = MAX_SENTENCES_BACK,
) -> Antecedent | None:
    """The person the pronoun at piece ``pronoun``, of ``gender``, means (see the module's rules).

    ``is_object(i)`` says whether the name at piece ``i`` stands where no subject stands (after a
    preposition or a verb); such a person is not the one the pronoun goes on with.
    """
    sentence = view.pieces[pronoun].sentence
    earlier = sorted((s for s in view.sentence_range if s <= sentence), reverse=True)[: sentences_back + 1]
    for index in earlier:
        start, end = view.sentence_range[index]
        named = [
            (i, m)
            for i in range(start, min(end, pronoun))
            if (m := view.pieces[i].mention) is not None
            and m.type is EntityType.PERSON
            and not m.reference
            and not view.pieces[i].quoted
            and agrees(view, m, gender)
        ]
        if not named:
            continue
        subjects = [(i, m) for i, m in named if not is_object(i)]
        if subjects:
            return _one_of(view, subjects, gender)
        # only objects: the one of them a gendered pronoun can mean ("Ông X gặp bà Y . Bà nói"), else none
        return _one_of(view, named, None) if gender is not None else None
    return None


def _one_of(view: ArticleView, named: list[tuple[int, Mention]], gender: str | None) -> Antecedent | None:
    """The one person ``named`` (in one sentence) all name, else the first when it bears an
    honorific of ``gender`` and no person of another name there does; None for a tie."""
    first_at, first = named[0]
    if all(same_person_name(first, m) for _, m in named):
        return Antecedent(named[-1][0], named[-1][1])

    def bears(i: int, mention: Mention) -> bool:
        honorific = honorific_before(view, i, mention)
        return honorific is not None and gender is not None and gender_of_word(honorific) == gender

    if bears(first_at, first) and not any(bears(i, m) for i, m in named[1:] if not same_person_name(first, m)):
        return Antecedent(first_at, first)
    return None
