"""Subjects that refer back to someone named before: a pronoun, a bare title, a counted plural, a description.

"Ông cho_biết", "Người_phát_ngôn nói", "Hai nhà_lãnh_đạo", "nữ ca_sĩ này",
"công_ty này": each is read as the one person (or body, or the things counted)
the article named before it, through ``kg.extract.antecedents`` for pronouns and
plurals and the article's own posts (``ArticleView.post_holders``) for bare
titles, or as nothing when more than one could be meant. A reference is read
only where a subject stands (the opening of its clause), never after a verb or
a preposition. Reads ``frames.pronouns``, ``frames.demonstratives``,
``frames.describing-nouns``, ``frames.another``, ``frames.quantifiers`` and the
``references.*`` lists of plural subjects.
"""

from __future__ import annotations

import re

from kg.extract.antecedents import gender_of_word, group_antecedents, pronoun_antecedent, same_person_name
from kg.extract.clauses import (
    ACCORDING,
    BODY_NOUNS,
    CLAUSE_OPENERS,
    COORDINATORS,
    HONORIFICS,
    OBJECT_MARKERS,
    TITLE_MODIFIERS,
    Argument,
    ends_with_any,
    is_barrier,
    noun_phrase_start,
    person_title,
    phrase_set,
    skip_left,
    title_ending_at,
    title_starting_at,
)
from kg.extract.known_speakers import known_holder
from kg.extract.pieces import ArticleView, Phrases, syllables_of
from kg.lexicon import word_list, word_map, word_numbers
from kg.model import EntityType, Mention

PRONOUNS = phrase_set(*word_list("frames.pronouns"))
#: Nouns of a plural subject ("nhà_lãnh_đạo", "nước") and the entity type of what they count.
_GROUP_TYPE_OF = {syllables_of(w): frozenset({EntityType(t)}) for w, t in word_map("references.group-nouns").items() if t}
_GROUP_NOUNS = Phrases(_GROUP_TYPE_OF)
#: Numbers that count a plural subject ("hai", "cả hai").
_GROUP_COUNT_OF = {syllables_of(w): n for w, n in word_numbers("references.group-counts", whole=True).items() if n}
_GROUP_COUNTS = Phrases(_GROUP_COUNT_OF)
#: Words that may open a subject before its name ("Bản_thân Công_Vinh", "Chính X").
_SUBJECT_LEADS = phrase_set(*word_list("references.subject-leads"))
#: The role of a title that names no narrower post: too vague to tell whom a bare title means.
GENERIC_ROLE = "official"
DEMONSTRATIVES = phrase_set(*word_list("frames.demonstratives"))
#: Nouns that describe one person by trade or standing ("nữ ca_sĩ", "HLV", "chiến_lược_gia"), which an
#: article writes instead of the name of the person it has just named.
_DESCRIBING_NOUNS = phrase_set(*word_list("frames.describing-nouns"))
#: Nouns of a kind of person that stand for the one named before only with a demonstrative ("nhà_lãnh_đạo
#: này", "bị_cáo này"): without one they mean anyone of the kind ("Chuyên_gia cho_rằng …").
_DEMONSTRATED_NOUNS = phrase_set(*word_list("references.demonstrated-nouns"))
#: Words of respect before such a noun that point back as a demonstrative does ("Vị tỷ_phú cho_hay …").
_POINTING_LEADS = phrase_set(*word_list("references.pointing-leads"))
#: Words in a description that make it someone other than the person named before ("một HLV khác").
_ANOTHER = phrase_set(*word_list("frames.another"))
#: How many words may qualify a describing noun ("nữ ca_sĩ đất Quảng", "HLV người Bồ_Đào_Nha").
_DESCRIPTION_QUALIFIER_REACH = 3
#: Words that give a person's origin inside a description ("HLV người Bồ_Đào_Nha"), and the names of origin.
_ORIGIN_WORDS = frozenset(syllables_of(w) for w in word_list("references.origin-words"))
_ORIGIN_TYPES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.REGION})
#: How many pieces a describing noun spans at most.
_DESCRIBING_NOUN_PIECES = 4
#: Words of number before a title: "Một_số đại_biểu", "các Bộ_trưởng" name several holders.
_QUANTIFIERS = phrase_set(*word_list("frames.quantifiers"))
#: Ranks, which name no post: a bare one means the person the article wrote with a rank ending with it.
_RANKS = phrase_set(*word_list("references.ranks"))
#: Words of a level of local body written bare after a title ("Chủ_tịch tỉnh", "Bí_thư xã").
_TITLE_LEVELS = phrase_set(*word_list("references.title-levels"))
_RANK_WORDS = frozenset(syllables_of(w) for w in word_list("references.ranks"))


def resolve_reference(view: ArticleView, j: int, first: int) -> Argument | None:
    """The person a pronoun ("ông") or bare title ("Người_phát_ngôn") ending at piece ``j`` means.

    A pronoun means the person named in this or the previous sentence when all
    the persons named there are one, else the first of them when it is written
    with the pronoun's own honorific and no other is ("Bà Harf nhắc tới cuộc gặp
    của ông Kerry và Saud . Bà nói …" is Harf); a bare title means the person the
    article earlier gave that title to, when there is exactly one.
    """
    body = _demonstrated_body(view, j, first)
    if body is not None:
        return body
    pronoun = ends_with_any(view, j, PRONOUNS, first)
    if pronoun is not None and (pronoun == first or not _is_name_part(view, pronoun - 1)):
        return resolve_pronoun(view, pronoun, first)
    demonstrated = j - 1 >= first and view.pieces[j].syllables in DEMONSTRATIVES
    if demonstrated:
        j -= 1  # "Vị ngoại_trưởng này": the title before the demonstrative
    title_end = j
    if j - 1 >= first and (level := ends_with_any(view, j, _TITLE_LEVELS, first)) is not None and level > first:
        title_end = level - 1  # "Chủ_tịch tỉnh": the title of the level's body, the one holder named before
    found = None
    for start in range(max(first, title_end - 4), title_end + 1):
        end_title = title_starting_at(view, start)
        if end_title is not None and end_title[0] == title_end + 1:
            found = end_title[1]
            title_start = start
            break
    if found is None:
        return _rank_holder(view, j, first)
    if found.predicate is None:
        return None
    if title_start - 1 >= first and view.pieces[title_start - 1].syllables[-1:] in TITLE_MODIFIERS:
        return None  # "nguyên Chủ_tịch nước": a former holder, not the one named before
    if title_start - 1 >= first and ends_with_any(view, title_start - 1, _QUANTIFIERS, first) is not None:
        return None  # "Một_số đại_biểu đề_nghị": several holders, none named
    candidates = []
    narrower = []
    for i in range(0, j):
        m = view.pieces[i].mention
        if m is None or m.type is not EntityType.PERSON or m.reference:
            continue
        title = person_title(view, i)
        if title is not None and title.predicate == found.predicate:
            candidates.append((i, m))
        elif title is not None and _narrows(title.syllables, found.syllables):
            narrower.append((i, m))
    if found.role != GENERIC_ROLE:
        # the holders of the same post the article gave in apposition ("X , Bộ_trưởng Bộ Công_an")
        before = view.pieces[title_start].start
        candidates += [(-1, m) for role, m in view.post_holders if role == found.role and m.end <= before]
        # "Bộ_trưởng" for the one named "Bộ_trưởng Ngoại_giao X" before, when no one holds the bare title
        candidates = candidates or narrower
        if not candidates and (known := known_holder(view, view.words(title_start, j + 1), None, title_start)) is not None:
            candidates = [(-1, known)]  # "ông Putin … . Tổng_thống cũng khẳng_định": the holder the table knows
    if title_end != j:
        # "Chủ_tịch tỉnh": only a holder named with a body of that level ("Chủ_tịch UBND tỉnh X")
        level = " ".join(s.lower() for p in view.pieces[title_end + 1 : j + 1] for s in p.syllables)
        candidates = [(i, m) for i, m in candidates if _titled_at_level(view, m, level)]
        narrower = [(i, m) for i, m in narrower if _titled_at_level(view, m, level)]
    if demonstrated and (latest := _latest_holder(candidates + narrower)) is not None:
        # "Vị Bộ_trưởng này": the holder of that title, or of a narrower one, the article named last
        return Argument(latest, title_start, resolved=True)
    return _unique_person(candidates, title_start)


def _latest_holder(holders: list[tuple[int, Mention]]) -> Mention | None:
    """The holder written last among ``holders`` (pairs of piece and mention), when no other holder
    stands in that one's sentence ("HLV A và HLV B dự họp_báo . Vị HLV này …" means neither surely)."""
    if not holders:
        return None
    latest = max(holders, key=lambda h: h[1].start)[1]
    if any(m.sentence == latest.sentence and not same_person_name(m, latest) for _, m in holders):
        return None
    return latest


def _titled_at_level(view: ArticleView, person: Mention, level: str) -> bool:
    """Whether the title written before ``person``, or set after the name between marks ("X , Chủ_tịch
    UBND xã Y ,"), names a body of the level ``level`` ("tỉnh")."""
    written = view.text[person.prefix_start : person.start] if person.prefix_start is not None else ""
    after = view.text[person.end : person.end + _APPOSED_TITLE_CHARS].lstrip()
    if after[:1] in _APPOSITION_OPENERS:
        written += " " + re.split(r"[,.;:()\-–\n]", after[1:].lstrip(), maxsplit=1)[0]
    words = written.replace("_", " ").lower().split()
    return f" {level} " in f" {' '.join(words)} "


#: Marks that set a title after a name, and how many characters such a title may take.
_APPOSITION_OPENERS = frozenset({",", "-", "–", "("})
_APPOSED_TITLE_CHARS = 80


def resolve_titled_body(view: ArticleView, j: int, first: int) -> Argument | None:
    """The person a title and the body named after it, ending at piece ``j``, stand for ("Chủ_tịch
    Quốc_hội đề_nghị …" after "Chủ_tịch Quốc_hội Nguyễn_Sinh_Hùng"): opening its clause, the one person
    the article named before with that title at that body; not a former or one of several holders."""
    body = view.pieces[j].mention
    if body is None or body.type is EntityType.PERSON or view.pieces[j].quoted:
        return None
    titled = title_ending_at(view, j)
    if titled is None or titled[0] < first or titled[1].predicate is None or not _opens_phrase(view, titled[0], first):
        return None
    title_start, title = titled
    if title_start - 1 >= first and (
        view.pieces[title_start - 1].syllables[-1:] in TITLE_MODIFIERS or ends_with_any(view, title_start - 1, _QUANTIFIERS, first) is not None
    ):
        return None  # "nguyên Chủ_tịch Quốc_hội", "các Bộ_trưởng ASEAN"
    candidates = [
        (i, m)
        for i in range(1, title_start)
        if (m := view.pieces[i].mention) is not None
        and m.type is EntityType.PERSON
        and not m.reference
        and not view.pieces[i].quoted
        and (at := view.pieces[i - 1].mention) is not None
        and _same_or_narrower_body(at, body)
        and (held := person_title(view, i)) is not None
        and held.syllables == title.syllables
    ]
    return _unique_person(candidates, title_start)


def _same_or_narrower_body(named: Mention, bare: Mention) -> bool:
    """Whether ``named`` is the body ``bare`` names, or that body with its place ("UBND tỉnh Quảng_Nam" of "UBND tỉnh")."""
    x, y = syllables_of(named.text.lower()), syllables_of(bare.text.lower())
    return x[: len(y)] == y


def _rank_holder(view: ArticleView, j: int, first: int) -> Argument | None:
    """The person a bare rank ending at piece ``j`` means ("Đại_tướng viết", "Vị tướng này nói"): opening
    its clause, it stands for the one person the article wrote before with a rank ending with it."""
    for start in range(max(first, j - 2), j + 1):
        if view.match_any(start, _RANKS) != j + 1:
            continue
        if not _opens_phrase(view, start, first) or (start - 1 >= first and ends_with_any(view, start - 1, _QUANTIFIERS, first) is not None):
            return None  # "gặp Đại_tướng", "các tướng": not the one named before
        rank = tuple(s.lower() for p in view.pieces[start : j + 1] for s in p.syllables)
        candidates = [
            (i, m)
            for i in range(start)
            if (m := view.pieces[i].mention) is not None
            and m.type is EntityType.PERSON
            and not m.reference
            and not view.pieces[i].quoted
            and _written_rank(view, i, m)[-len(rank) :] == rank
        ]
        return _unique_person(candidates, start)
    return None


def _written_rank(view: ArticleView, i: int, mention: Mention) -> tuple[str, ...]:
    """The syllables of the rank written before the name at piece ``i`` (its title, or the words right before it)."""
    if mention.title is not None:
        title = syllables_of(mention.title.lower())
        return title if title in _RANK_WORDS else ()  # "Thủ_tướng" is a post, not the rank "tướng"
    rank = ends_with_any(view, i - 1, _RANKS, view.bounds(i)[0]) if i - 1 >= view.bounds(i)[0] else None
    return () if rank is None else tuple(s.lower() for p in view.pieces[rank:i] for s in p.syllables)


def _narrows(title: tuple[str, ...], bare: tuple[str, ...]) -> bool:
    """Whether ``title`` is ``bare`` with the field of the post added ("bộ trưởng ngoại giao" of "bộ trưởng")."""
    return len(title) > len(bare) and title[: len(bare)] == bare


def resolve_pronoun(view: ArticleView, pronoun: int, first: int) -> Argument | None:
    """The person the pronoun starting at piece ``pronoun`` means (``kg.extract.antecedents``):
    none for several ("hai ông", "các bà")."""
    if pronoun - 1 >= first and ends_with_any(view, pronoun - 1, _QUANTIFIERS, first) is not None:
        return None
    if not _opens_phrase(view, pronoun, first):
        return None  # "mẹ cô_ta phản_đối": the pronoun says whose the subject is
    gender = gender_of_word(view.pieces[pronoun].syllables)
    found = pronoun_antecedent(view, pronoun, gender, lambda i: _stands_as_object(view, i))
    return None if found is None else Argument(found.mention, pronoun, resolved=True)


def resolve_object_pronoun(view: ArticleView, pronoun: int, first: int) -> Argument | None:
    """The person a pronoun standing as the object of a verb at piece ``pronoun`` means ("X đến gặp
    ông"), found as for a subject pronoun (``kg.extract.antecedents``); none for several ("các bà")."""
    if pronoun - 1 >= first and ends_with_any(view, pronoun - 1, _QUANTIFIERS, first) is not None:
        return None
    gender = gender_of_word(view.pieces[pronoun].syllables)
    found = pronoun_antecedent(view, pronoun, gender, lambda i: _stands_as_object(view, i))
    return None if found is None else Argument(found.mention, pronoun, resolved=True)


def _stands_as_object(view: ArticleView, k: int) -> bool:
    """Whether the name at piece ``k`` stands where no subject stands (after a verb or a preposition)."""
    return not _opens_phrase(view, _described_start(view, k), view.bounds(k)[0])


def resolve_group(view: ArticleView, j: int, first: int) -> list[Argument]:
    """The things a plural subject ending at piece ``j`` means ("Hai nhà_lãnh_đạo", "Cả hai nước
    này"): a number and a noun of ``references.group-nouns`` opening the clause, and exactly that
    many things of the noun's type named just before (``kg.extract.antecedents.group_antecedents``)."""
    if j >= first and view.pieces[j].is_word and view.pieces[j].syllables in DEMONSTRATIVES:
        j -= 1
    if j < first or not view.pieces[j].is_word:
        return []
    noun = ends_with_any(view, j, _GROUP_NOUNS, first)
    if noun is None or noun - 1 < first:
        return []
    counted = ends_with_any(view, noun - 1, _GROUP_COUNTS, first)
    if counted is None or not _opens_phrase(view, counted, first):
        return []
    count = _GROUP_COUNT_OF[tuple(s for p in view.pieces[counted:noun] for s in p.syllables)]
    kinds = _GROUP_TYPE_OF[tuple(s for p in view.pieces[noun : j + 1] for s in p.syllables)]
    members = group_antecedents(view, counted, count, kinds)
    return [Argument(m.mention, counted, resolved=True) for m in members]


def _described_start(view: ArticleView, k: int) -> int:
    """Where the noun phrase of the name at piece ``k`` starts, a describing noun before it included
    ("nghệ_sĩ Hữu_Nguyên", "nữ ca_sĩ X")."""
    start = noun_phrase_start(view, k)
    first = view.bounds(k)[0]
    if start - 1 < first:
        return start
    described = ends_with_any(view, start - 1, _DESCRIBING_NOUNS, first)
    if described is None:
        described = ends_with_any(view, start - 1, _DEMONSTRATED_NOUNS, first)
    return start if described is None else described


def _opens_phrase(view: ArticleView, start: int, first: int) -> bool:
    """Whether the phrase at piece ``start`` stands where a subject stands: at the opening of its
    sentence or clause, past adverbs and time words ("Sau đó ông …", ", bà …", "và ông …")."""
    opening = view.pieces[start]
    if start > first and opening.is_word and opening.text[:1].isupper() and opening.syllables in HONORIFICS:
        return True  # "… Snowden Ông Kucherena từ_chối": a capitalised honorific opens a sentence run on
    lead = ends_with_any(view, start - 1, _SUBJECT_LEADS, first) if start - 1 >= first else None
    j = skip_left(view, (start if lead is None else lead) - 1, first, ())
    if j < first:
        return True
    piece = view.pieces[j]
    if ends_with_any(view, j, OBJECT_MARKERS, first) is not None:
        return False
    return (
        is_barrier(piece)
        or ends_with_any(view, j, COORDINATORS, first) is not None
        or ends_with_any(view, j, CLAUSE_OPENERS, first) is not None
        or ends_with_any(view, j, ACCORDING, first) is not None
    )


def resolve_description(view: ArticleView, j: int, first: int) -> Argument | None:
    """The person a description ending at piece ``j`` means ("nữ ca_sĩ đất Quảng cho_biết", "…" ,
    HLV người Bồ_Đào_Nha nói"): a describing noun that opens its clause, with at most a few words
    after it and none saying it is someone else, means the person named in this or the previous
    sentence when all the persons named there are one."""
    for start in range(max(first, j + 1 - _DESCRIPTION_QUALIFIER_REACH - _DESCRIBING_NOUN_PIECES), j + 1):
        noun_end = view.match_any(start, _DESCRIBING_NOUNS)
        pointed = start - 1 >= first and ends_with_any(view, start - 1, _POINTING_LEADS, first) is not None
        demonstrated_only = noun_end is None and (view.pieces[j].syllables in DEMONSTRATIVES or pointed)
        if demonstrated_only:
            noun_end = view.match_any(start, _DEMONSTRATED_NOUNS)
        if noun_end is None or noun_end > j + 1 or j + 1 - noun_end > _DESCRIPTION_QUALIFIER_REACH:
            continue
        words = range(start, j + 1)
        if any(
            not _nationality_at(view, i, start)
            and (view.pieces[i].mention is not None or not view.pieces[i].is_word or view.pieces[i].quoted)
            for i in words
        ):
            return None
        if any(view.match_any(i, _ANOTHER) is not None for i in words):
            return None
        if view.pieces[j].syllables in DEMONSTRATIVES and _opens_phrase(view, start, first):
            # "tiền_đạo này", "nữ diễn_viên này": a pronoun of the description's gender
            found = pronoun_antecedent(view, start, gender_of_word(view.pieces[start].syllables), lambda i: _stands_as_object(view, i))
            return None if found is None else Argument(found.mention, start, resolved=True)
        lead = ends_with_any(view, start - 1, _SUBJECT_LEADS, first) if start - 1 >= first else None
        opening = start if lead is None else lead  # "Vị HLV người Bồ_Đào_Nha"
        before = view.pieces[opening - 1] if opening > first else None
        if before is not None and before.text not in {",", "-", "–"}:
            return None  # "một HLV", "gặp HLV": not a subject that stands for someone named
        return _person_named_before(view, start)
    return None


def _nationality_at(view: ArticleView, i: int, start: int) -> bool:
    """Whether the name at piece ``i`` is the country or place a description gives as the person's origin
    ("HLV người Bồ_Đào_Nha", "tiền_đạo gốc Brazil"), after a word of origin inside the description from ``start``."""
    mention = view.pieces[i].mention
    return (
        mention is not None
        and not view.pieces[i].quoted
        and mention.type in _ORIGIN_TYPES
        and i - 1 > start
        and view.pieces[i - 1].is_word
        and view.pieces[i - 1].syllables in _ORIGIN_WORDS
    )


def _person_named_before(view: ArticleView, at: int) -> Argument | None:
    """The one person named (outside quotations) in the sentence of piece ``at`` before it or in the sentence before."""
    return _unique_person(_persons_named_before(view, at), at)


def _persons_named_before(view: ArticleView, at: int) -> list[tuple[int, Mention]]:
    """(piece, mention) of the persons named by name, outside quotations, in the sentence of piece
    ``at`` before it and in the sentence before; and in the one before that when the sentence before
    opens with a pronoun ("Mourinho phấn_khích . Ông khen Torres . HLV người Bồ_Đào_Nha nói":
    the one the pronoun means is talked of, so both are)."""
    sentence = view.pieces[at].sentence
    previous = max((s for s in view.sentence_range if s < sentence), default=sentence)
    start = view.sentence_range[previous][0]
    if previous < sentence and view.match_any(start, PRONOUNS) is not None:
        start = view.sentence_range[max((s for s in view.sentence_range if s < previous), default=previous)][0]
    return [
        (i, m)
        for i in range(start, at)
        if (m := view.pieces[i].mention) is not None
        and m.type is EntityType.PERSON
        and not m.reference
        and not view.pieces[i].quoted
    ]


def _demonstrated_body(view: ArticleView, j: int, first: int) -> Argument | None:
    """"nhà_mạng này", "công_ty này" ending at piece ``j``: the body named last before it,
    in its sentence or the one before; the last one whose name opens with the same noun, when
    one does ("Ủy_ban X … của Chính_phủ . Ủy_ban này" is X)."""
    if j < first or view.pieces[j].syllables not in DEMONSTRATIVES:
        return None
    noun = ends_with_any(view, j - 1, BODY_NOUNS, first)
    if noun is None:
        return None
    sentence = view.pieces[j].sentence
    earlier = sorted((s for s in view.sentence_range if s < sentence), reverse=True)
    # the sentence before with words: not a mark the splitter left alone after a quotation ('… ” .')
    previous = next((s for s in earlier if any(p.text[:1].isalnum() for p in view.pieces[slice(*view.sentence_range[s])])), sentence)
    bodies = [
        m
        for i in range(noun - 1, view.sentence_range[previous][0] - 1, -1)
        if (m := view.pieces[i].mention) is not None and m.type.is_organization and not m.reference and not view.pieces[i].quoted
    ]
    head = tuple(s.lower() for p in view.pieces[noun:j] for s in p.syllables)
    same_head = next((m for m in bodies if syllables_of(m.text.lower())[: len(head)] == head), None)
    found = same_head or (bodies[0] if bodies else None)
    return Argument(found, noun, resolved=True) if found is not None else None


def _is_name_part(view: ArticleView, i: int) -> bool:
    return i >= 0 and view.pieces[i].mention is not None


def _unique_person(candidates: list[tuple[int, Mention]], at: int) -> Argument | None:
    """The one person all ``candidates`` name, as an argument written at piece ``at``."""
    if not candidates:
        return None
    last = candidates[-1][1]
    if all(same_person_name(last, m) for _, m in candidates):
        return Argument(last, at, resolved=True)
    return None
