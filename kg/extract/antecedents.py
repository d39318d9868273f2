"""The named person a pronoun standing as a subject refers back to.

Vietnamese news names a person once and goes on with a pronoun: "Ông cho_biết …",
"Bà này nhấn_mạnh …", "Theo chị , …". The pronoun means the person named last
before it whose gender it agrees with: the gender a pronoun says comes from its
first word ("ông", "anh" male; "bà", "chị", "cô" female; "vị này" either), a
person's gender from the honorifics the article writes before their name ("ông
X", "bà X"). A name never written with one agrees with either.

The nearest sentence (the pronoun's own, up to it, then those before, at most
``MAX_SENTENCES_BACK`` of them) naming a person the pronoun agrees with decides:

- its one such person, or the one of them written with an honorific of the
  pronoun's gender when the others are written with none;
- a person named as an object (after "với", "của", a verb) is passed over for a
  subject of that sentence, unless written with the pronoun's own honorific
  ("Ông X gặp ông Y . Ông nói …" tells no one); a sentence naming only objects
  gives the one of them a pronoun of a gender means ("Ông X gặp bà Y . Bà nói …");
- two persons equally good give nothing, and so does a person the sentence names
  by a title alone ("Giám_đốc NSA phủ_nhận . Ông cho_biết …"), whom the pronoun
  may mean, or a sentence before that opens on someone unnamed ("Một quan_chức …").

Persons named only inside a quotation are passed over. Several ("hai ông", "các
bà") and a pronoun that says whose the subject is ("mẹ cô_ta") are left to the
caller (``kg.extract.references.resolve_pronoun``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.pieces import ArticleView, Phrases, syllables_of
from kg.lexicon import word_list, word_map
from kg.model import EntityType, Mention

#: How many sentences before its own a pronoun looks back for the person it means. Measured on
#: dev and train: on dev 1 to 8 find the same; on train 1 misses 2 right ones, 2 and 3 find the
#: same, 4 and 5 two more right, 8 one more wrong (an unnamed official between) among four right.
MAX_SENTENCES_BACK = 4


_APPOSITION_MARKS = frozenset({",", "-", "–", "("})
#: Words that may stand between a name and "là" setting a title equal to it ("X hiện là Giám_đốc Y").
_COPULA_ADVERBS = frozenset(syllables_of(w) for w in word_list("references.copula-adverbs"))


@dataclass(frozen=True, slots=True)
class Antecedent:
    """A person's name (its piece and mention) that a pronoun refers back to."""

    piece: int
    mention: Mention


@lru_cache(maxsize=1)
def _genders() -> dict[tuple[str, ...], str]:
    """The gender each honorific or pronoun head says (``resolver.honorific-gender``; "" for
    the words of ``references.either-gender``)."""
    genders = {syllables_of(word): "" for word in word_list("references.either-gender")}
    genders.update((syllables_of(word), value) for word, value in word_map("resolver.honorific-gender").items())
    return genders


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
        persons = [
            (i, m)
            for i in range(start, min(end, pronoun))
            if (m := view.pieces[i].mention) is not None
            and m.type is EntityType.PERSON
            and not view.pieces[i].quoted
            and not _is_pronoun(m)
            and (m.reference or agrees(view, m, gender))
        ]
        if index != sentence and _opens_with_kin(view, start, end):
            return None  # "Bà mẹ X cho_biết … . Bà nói …": the relative, whom the article does not name
        if not persons:
            if index != sentence and _opens_unnamed(view, start, end):
                return None  # "Một quan_chức … cho AFP biết … . Ông này nói thêm": someone the article does not name
            continue
        if any(m.reference and not is_object(i) and not _apposed(view, i) and not _equated(view, i) for i, m in persons):
            return None  # "Giám_đốc NSA phủ_nhận . Ông cho_biết …": a person the article does not name
        named = [(i, m) for i, m in persons if not m.reference]
        if not named:
            continue
        subjects = [(i, m) for i, m in named if not is_object(i)]
        if subjects:
            # an object written with the pronoun's own honorific stays as likely ("Ông X gặp ông Y . Ông nói")
            rivals = [(i, m) for i, m in named if is_object(i) and _bears(view, i, m, gender)]
            found = _one_of(view, subjects, gender)
            if found is not None and any(not same_person_name(found.mention, m) for _, m in rivals):
                return None
            return found
        # only objects: the one of them a gendered pronoun can mean ("Ông X gặp bà Y . Bà nói"), else none
        return _one_of(view, named, None) if gender is not None else None
    return None


def _opens_unnamed(view: ArticleView, start: int, end: int) -> bool:
    """Whether the sentence of pieces ``start``-``end`` opens on someone unnamed ("Một quan_chức …")."""
    return start < end and view.pieces[start].is_word and view.pieces[start].syllables in _indefinites()


def _opens_with_kin(view: ArticleView, start: int, end: int) -> bool:
    """Whether the sentence of pieces ``start``-``end`` opens on a relative of a person it names ("Bà mẹ X",
    "Vợ ông X"): its subject is someone the article does not name."""
    k = _past_gender_word(view, start, end)
    k = view.match_any(k, _kin_nouns()) if k < end else None
    if k is None:
        return False
    k = _past_gender_word(view, k, end)
    return k < end and (m := view.pieces[k].mention) is not None and m.type is EntityType.PERSON


def _past_gender_word(view: ArticleView, k: int, end: int) -> int:
    """Past a pronoun or honorific at piece ``k`` ("Bà mẹ X", "Vợ ông X")."""
    if k < end and view.pieces[k].mention is None and gender_of_word(view.pieces[k].syllables) is not None:
        return k + 1
    return k


@lru_cache(maxsize=1)
def _kin_nouns() -> Phrases:
    return Phrases(syllables_of(w) for w in word_list("frames.kin-nouns"))


@lru_cache(maxsize=1)
def _indefinites() -> frozenset[tuple[str, ...]]:
    return frozenset(syllables_of(w) for w in word_list("frames.indefinites"))


def _apposed(view: ArticleView, i: int) -> bool:
    """Whether the mention at piece ``i`` is set after a person's name by a comma, dash or bracket
    ("Bà Julie_Bishop , Bộ_trưởng Ngoại_giao Australia"): it describes that person."""
    if i < 2 or view.pieces[i - 1].text not in _APPOSITION_MARKS:
        return False
    before = view.pieces[i - 2].mention
    return before is not None and before.type is EntityType.PERSON and not before.reference


def _equated(view: ArticleView, i: int) -> bool:
    """Whether the title at piece ``i`` is set equal to a person named in its sentence by "là" ("Ông X hiện
    là Giám_đốc Y", "Người đứng đầu Y là ông X"): it is that person, no one else."""
    sentence = view.pieces[i].sentence
    if i >= 1 and view.pieces[i - 1].syllables == ("là",):
        k = i - 2
        while k >= 0 and view.pieces[k].is_word and view.pieces[k].syllables in _COPULA_ADVERBS:
            k -= 1
        if k >= 0 and _named_person(view, k, sentence) and _opens_clause(view, k):
            return True
    k = i + 1
    if k < len(view) and view.pieces[k].syllables == ("là",):
        k += 1
        if k < len(view) and view.pieces[k].mention is None and gender_of_word(view.pieces[k].syllables) is not None:
            k += 1  # "là ông X"
        return k < len(view) and _named_person(view, k, sentence)
    return False


def _opens_clause(view: ArticleView, k: int) -> bool:
    """Whether the name at piece ``k`` (with its honorific) opens its sentence or a clause after a comma,
    so that it is the subject "là" sets the title equal to ("Con ông X là …" tells of someone else)."""
    start = k - 1 if k >= 1 and view.pieces[k - 1].mention is None and gender_of_word(view.pieces[k - 1].syllables) else k
    first = view.bounds(k)[0]
    return start == first or view.pieces[start - 1].text == ","


def _named_person(view: ArticleView, k: int, sentence: int) -> bool:
    m = view.pieces[k].mention
    return m is not None and m.type is EntityType.PERSON and not m.reference and view.pieces[k].sentence == sentence


def _is_pronoun(mention: Mention) -> bool:
    """Whether a name is only a pronoun or honorific read as a name ("Anh dành nhiều lời_khuyên")."""
    return syllables_of(mention.text.lower()) in _genders()


def _one_of(view: ArticleView, named: list[tuple[int, Mention]], gender: str | None) -> Antecedent | None:
    """The one person ``named`` (in one sentence) all name, else the one person of them written
    with an honorific of ``gender`` ("Snowden … Ông Kucherena từ_chối …"); None for a tie."""
    if all(same_person_name(named[0][1], m) for _, m in named):
        return Antecedent(named[-1][0], named[-1][1])
    if gender is None:
        return None
    bearing = [(i, m) for i, m in named if _bears(view, i, m, gender)]
    if bearing and all(same_person_name(bearing[0][1], m) for _, m in bearing):
        return Antecedent(bearing[0][0], bearing[0][1])
    return None


def _bears(view: ArticleView, i: int, mention: Mention, gender: str | None) -> bool:
    """Whether the name at piece ``i`` is written with an honorific of ``gender`` ("ông X")."""
    honorific = honorific_before(view, i, mention)
    return gender is not None and honorific is not None and gender_of_word(honorific) == gender


def group_antecedents(view: ArticleView, start: int, count: int, types: frozenset[EntityType]) -> list[Antecedent]:
    """The ``count`` things of ``types`` a plural subject opening at piece ``start`` means ("Hai nhà
    lãnh_đạo", "Cả hai nước"): those named earlier in its sentence, else in the sentence just before,
    when that names exactly ``count`` of them (outside quotations); none otherwise."""
    sentence = view.pieces[start].sentence
    own_first = view.sentence_range[sentence][0]
    before = [s for s in view.sentence_range if s < sentence]
    spans = [(own_first, start)] + ([view.sentence_range[max(before)]] if before else [])
    for first, end in spans:
        named = [
            (i, m)
            for i in range(first, end)
            if (m := view.pieces[i].mention) is not None and m.type in types and not m.reference and not view.pieces[i].quoted
        ]
        if not named:
            continue
        members: list[Antecedent] = []
        for i, m in named:
            same = next((k for k, a in enumerate(members) if _one_thing(a.mention, m)), None)
            if same is None:
                members.append(Antecedent(i, m))
            else:
                members[same] = Antecedent(i, m)
        return members if len(members) == count else []
    return []


def _one_thing(a: Mention, b: Mention) -> bool:
    """Whether two mentions of one type name one thing: a person by a part of the name, else by its words."""
    if a.type is not b.type:
        return False
    return same_person_name(a, b) if a.type is EntityType.PERSON else a.text == b.text
