"""The body a title names after it.

The body is the organisation or country written right after the title ("Bộ_trưởng Bộ Y_tế
Nguyễn_Thị_Kim_Tiến"). It may follow a noun of its kind, an outlet's, a company's or a
country's army ("Tổng_biên_tập báo Thanh_Niên", "Giám_đốc tổ_chức HIS", "Người_phát_ngôn
quân_đội Ấn_Độ X"), or a word of a province or city ("Phó Chủ_tịch tỉnh Ninh_Thuận"). The
title may end inside the body's name ("Chánh Văn_phòng Chính_phủ"); a few lowercase words may
tell what the post is in before "của" and the body ("Giám_đốc phát_triển kinh_doanh của
Vietjet_Air"), or name the unit a title heads before a comma and the body ("trưởng khoa
sinh_hóa , bệnh_viện Y ;").

A common noun of a kind of company right after a title ("Tổng_giám_đốc công_ty") stands
for the one company the article is about (named most often, at least twice). A bare noun of another
kind of body ("Hiệu_trưởng nhà_trường", "Chủ_tịch Hội .", ``roles.kind-references``) stands for
the body of that kind the article named last, a few sentences back at most ("Trường THPT Hà_Huy_Tập
… Thầy X , Hiệu_trưởng nhà_trường cho_biết").
"""

from __future__ import annotations

import re

from kg import lexicon
from kg.extract.frames import ends_with_any, most_named, title_ending_at
from kg.extract.pieces import ArticleView, Phrases
from kg.extract.post_titles import APPOSITION_MARKS, BODY_OF, pieces_span
from kg.lexicon import syllables_of, word_list, word_map
from kg.model import EntityType, Mention

#: How many words of a title may stand before the body whose name ends it ("Chánh" + "Văn_phòng …").
_TITLE_WORDS_BEFORE_BODY = 2
#: How many syllables of a body's name a title may share ("Văn_phòng" of "Văn_phòng Quốc_gia …").
_SHARED_HEAD_SYLLABLES = 2
#: How many words may tell what a post is in before "của" and its body ("Giám_đốc phát_triển kinh_doanh của X").
_DESCRIPTION_WORDS = 3
#: Words that end such a description: a verb of saying or of holding, a clause opener.
_NOT_DESCRIPTION = Phrases(syllables_of(w) for w in word_list("roles.not-description"))
_SYLLABLE = re.compile(r"[^\s_]+")
#: Fields a post is in, written between the title and its body ("Giám_đốc kỹ_thuật CLB Y").
_POST_FIELDS = Phrases(syllables_of(w) for w in word_list("roles.post-fields"))
#: Verbs of saying: one may follow the body that closes an apposition ("X , trưởng phòng Y , Công_ty Z cho_biết").
_SAYING_VERBS = Phrases(syllables_of(w) for w in word_list("times.saying-verbs"))
#: Marks that close an apposition ending with a unit's body ("X , trưởng khoa Y , bệnh_viện Z ;").
_UNIT_BODY_CLOSERS = frozenset({",", ";", ".", ")", ":"})
#: Titles of the head of a unit inside a body, whose words name the kind of unit ("Trưởng khoa Thần_kinh").
_UNIT_TITLES = frozenset(syllables_of(w) for w in word_list("roles.unit-titles"))
#: Nouns of a unit inside a body, written lowercase after a title of any post before the unit's
#: name ("bác_sĩ khoa Ngoại , Bệnh_viện Y"): the name may then be capitalised, as after a unit's title.
_UNIT_NOUNS = Phrases(syllables_of(w) for w in word_list("roles.unit-nouns"))
#: Common nouns of a kind of body that, right after a title, stand for the body the article is about
#: ("Tổng_giám_đốc công_ty"), unless a word after them says it is another ("công_ty con").
FOCUS_NOUNS = Phrases(syllables_of(w) for w in word_list("roles.focus-body-nouns"))
_OTHER_BODY_WORDS = frozenset(syllables_of(w) for w in word_list("roles.other-body-words"))
#: Common nouns of kind written before a body's name ("Bộ Y_tế", "Công_ty Y").
_KIND_NOUNS = Phrases(syllables_of(w) for w in word_list("frames.body-nouns"))
#: How many syllables such a noun of kind has at most where it opens a body's name ("Tổng_công_ty X").
_KIND_NOUN_WORDS = 3
#: Bare nouns of a kind of body that, after a title, stand for the body of that kind named last
#: ("nhà_trường"), each with the words a name of that kind opens with ("trường").
_KIND_REFERENCES = {
    syllables_of(noun): tuple(syllables_of(head) for head in (heads or noun).split("|"))
    for noun, heads in word_map("roles.kind-references").items()
}
_KIND_REFERENCE_NOUNS = Phrases(_KIND_REFERENCES)
#: Words after such a noun that point back to a body already named ("Giám_đốc sở này", "bệnh_viện trên").
_DEMONSTRATIVES = frozenset(syllables_of(w) for w in word_list("frames.demonstratives"))
#: How many sentences before its own a bare noun of a kind of body looks back for the body it means,
#: and how many pieces at most (a run-on sentence keeps the look back short).
_KIND_REFERENCE_SENTENCES = 4
_KIND_REFERENCE_PIECES = 400
#: How many times the body an article is about is named at least.
_FOCUS_MENTIONS = 2
#: Nouns of a kind of body written between a title and the body's name, each list with the kinds of
#: body its nouns may stand before: a news outlet ("Tổng_biên_tập báo Thanh_Niên"), a company or
#: other body ("Giám_đốc tổ_chức HIS"), a country ("Bộ_trưởng Ngoại_giao nước Lào", "Người_phát_ngôn
#: quân_đội Ấn_Độ"), a province or city ("Phó Chủ_tịch tỉnh Ninh_Thuận").
_KIND_NOUNS_BEFORE_NAME = (
    (
        Phrases(syllables_of(w) for w in word_list("roles.outlet-nouns")),
        frozenset({EntityType.NEWS_AGENCY, EntityType.ORGANIZATION}),
    ),
    (Phrases(syllables_of(w) for w in word_list("roles.body-kind-nouns")), frozenset({EntityType.ORGANIZATION})),
    (Phrases(syllables_of(w) for w in word_list("roles.country-words")), frozenset({EntityType.COUNTRY})),
    (Phrases(syllables_of(w) for w in word_list("roles.place-words")), frozenset({EntityType.REGION, EntityType.CITY})),
)


def focus_body(view: ArticleView, end: int, last: int) -> Mention | None:
    """The body a common noun of its kind at piece ``end`` stands for ("Tổng_giám_đốc công_ty"):
    the organisation the article names most often, at least twice and more often than any
    other, named before the noun (its last mention there), and not named as a body of another
    kind ("Bộ Y_tế" is no company); None when the noun is followed by a name or by a word that
    makes it another body ("công_ty con")."""
    if end >= last or not view.pieces[end].is_word or not view.pieces[end].text[:1].islower():
        return None
    noun_end = view.match_any(end, FOCUS_NOUNS)
    if noun_end is None:
        return None
    following = view.pieces[noun_end] if noun_end < last else None
    if following is not None and (following.mention is not None or following.syllables in _OTHER_BODY_WORDS):
        return None
    noun = tuple(s for piece in view.pieces[end:noun_end] for s in piece.syllables)
    counts: dict[tuple[str, ...], int] = {}
    latest: dict[tuple[str, ...], Mention] = {}
    for piece in view.pieces:
        mention = piece.mention
        if mention is not None and mention.type is EntityType.ORGANIZATION and not mention.reference:
            name = syllables_of(mention.text.lower())
            counts[name] = counts.get(name, 0) + 1
            if mention.start < view.pieces[end].start:
                latest[name] = mention
    name = most_named(counts, _FOCUS_MENTIONS)
    if name is None:
        return None
    kind = next((n for n in range(1, _KIND_NOUN_WORDS + 1) if name[:n] in _KIND_NOUNS), None)
    if kind is not None and name[:kind] != noun:
        return None
    return latest.get(name)  # the last mention of it before the noun


def body_of_kind_named_before(view: ArticleView, end: int, last: int) -> tuple[Mention, int] | None:
    """The body a bare noun of its kind at piece ``end`` stands for ("Hiệu_trưởng nhà_trường
    cho_biết", "làm Chủ_tịch Hội .", "Giám_đốc sở này ,"): the body named last before it, in its sentence or the
    ``_KIND_REFERENCE_SENTENCES`` before, whose name opens with that kind ("Trường THPT Y",
    "Hội Sinh_viên Z"); with the piece after the noun. None when a name or any
    word that is not a verb of saying follows the noun (it names another body: "Hội Nông_dân",
    "hội đồng_hương")."""
    if end >= last or view.pieces[end].mention is not None:
        return None
    noun_end = view.match_any(end, _KIND_REFERENCE_NOUNS)
    if noun_end is None:
        return None
    heads = _KIND_REFERENCES[tuple(s for piece in view.pieces[end:noun_end] for s in piece.syllables)]
    if noun_end < last and view.pieces[noun_end].syllables in _DEMONSTRATIVES:
        noun_end += 1  # "Giám_đốc sở này": the word points back, whatever follows it
    elif noun_end < last and view.pieces[noun_end].text[:1].isalnum() and view.match_any(noun_end, _SAYING_VERBS) is None:
        return None  # a word goes on the noun: the name of another body ("Hội Nông_dân", "hội đồng_hương")
    earliest = view.pieces[end].sentence - _KIND_REFERENCE_SENTENCES
    k = end - 1
    while k >= max(0, end - _KIND_REFERENCE_PIECES) and view.pieces[k].sentence >= earliest:
        mention = view.pieces[k].mention
        if mention is not None and mention.type is EntityType.ORGANIZATION and not mention.reference:
            name = syllables_of(mention.text.lower())
            if any(name[: len(head)] == head and len(name) > len(head) for head in heads):
                return mention, noun_end
        k -= 1
    return None


def kind_reference_ending_at(view: ArticleView, end: int, first: int) -> tuple[Mention, int] | None:
    """A bare noun of a kind of body and a demonstrative ending just before piece ``end``, written
    after a title ("Giám_đốc sở này , ông X"): the body named last before it that the noun stands
    for, with the noun's first piece; None when no demonstrative ends there."""
    if end - 1 < first or view.pieces[end - 1].syllables not in _DEMONSTRATIVES:
        return None
    for noun in range(end - 2, max(first, end - 1 - _KIND_NOUN_WORDS) - 1, -1):
        found = body_of_kind_named_before(view, noun, end)
        if found is not None and found[1] == end:
            return found[0], noun
    return None


def unit_then_body(view: ArticleView, end: int, last: int, title: lexicon.Title) -> int | None:
    """Past a few lowercase words naming the unit a title heads and a comma, a body whose
    name closes the apposition: "trưởng khoa sinh_hóa , bệnh_viện Y ;", "trưởng phòng kế_hoạch ,
    Công_ty Y cho_biết" (the piece of the body), or None. After a title whose words name the
    kind of unit, the unit's name may open with a capital and the body be in brackets or right after it
    ("Trưởng khoa Thần_kinh , Bệnh_viện Y ,", "Vụ_trưởng Pháp_chế ( Bộ Y ) cho_biết", "Trưởng
    khoa Cấp_cứu Bệnh_viện Y"); so may it after a lowercase noun of a unit ("bác_sĩ khoa Ngoại ,
    Bệnh_viện Y")."""
    unit_title = title.syllables in _UNIT_TITLES or (end < last and view.match_any(end, _UNIT_NOUNS) is not None)
    j = end
    while j < last and j - end < _DESCRIPTION_WORDS:
        piece = view.pieces[j]
        if piece.mention is not None or not piece.is_word or not piece.text[:1].isalpha():
            break
        if not (piece.text[:1].islower() or unit_title):
            break
        if view.match_any(j, _NOT_DESCRIPTION) is not None:
            return None
        j += 1
    if unit_title and end < j < last and names_body(view, j) and view.pieces[end].text[:1].isupper():
        return j  # "Trưởng khoa Cấp_cứu Bệnh_viện Y", "Trưởng phòng Quản_lý xuất_nhập_cảnh Công_an tỉnh Y": the unit's name, then its body
    if j + 1 >= last or not names_body(view, j + 1):
        return None
    after = view.pieces[j + 2] if j + 2 < last else None
    if view.pieces[j].text == "(" and unit_title and j > end:
        return j + 1 if after is not None and after.text == ")" else None
    if view.pieces[j].text != ",":
        return None
    if after is not None and after.text not in _UNIT_BODY_CLOSERS and view.match_any(j + 2, _SAYING_VERBS) is None:
        return None  # the body closes the apposition, or a verb of saying follows it
    return j + 1


def unit_title_before(view: ArticleView, j: int, first: int) -> tuple[int, tuple[int, lexicon.Title]] | None:
    """A title of the head of a unit and the unit's name, written right before piece ``j`` (the
    body's): "Trưởng_khoa Nhi Bệnh_viện Y", "Trưởng_phòng Tổ_chức cán_bộ Sở Y_tế Z" — (first piece
    of the title, title), or None. The unit's name is a few words with no name among them, the
    first capitalised; the post is of the body after it."""
    for unit in range(j - 1, max(first, j - 1 - _DESCRIPTION_WORDS), -1):
        piece = view.pieces[unit]
        if piece.mention is not None or not piece.is_word or not piece.text[:1].isalpha():
            return None
        if view.match_any(unit, _NOT_DESCRIPTION) is not None:
            return None
        if not piece.text[:1].isupper():
            continue
        found = title_ending_at(view, unit)
        if found is not None and found[1].syllables in _UNIT_TITLES:
            return unit, found
    return None


def title_into_body(view: ArticleView, start: int, last: int) -> tuple[int, lexicon.Title, tuple[int, int]] | None:
    """A title whose last words open the name of the body after it: "Chánh Văn_phòng Quốc_gia X",
    "Phó phòng GD&ĐT TP Nha_Trang" (the body's name keeps its head noun, the title shares it).
    (piece of the body, title, title span), or None."""
    for body in range(start + 1, min(last, start + _TITLE_WORDS_BEFORE_BODY + 1)):
        mention = view.pieces[body].mention
        if mention is not None:
            break
    else:
        return None
    if any(not view.pieces[i].is_word or view.pieces[i].text in APPOSITION_MARKS for i in range(start, body)):
        return None
    if mention.type is EntityType.PERSON or mention.reference:
        return None
    words = tuple(s for i in range(start, body) for s in view.pieces[i].syllables)
    head = syllables_of(mention.text)
    titles = lexicon.titles()
    for shared in range(min(_SHARED_HEAD_SYLLABLES, len(head) - 1), 0, -1):
        title = titles.get(words + head[:shared])
        if title is not None:
            end = mention.start + _syllables_length(mention.text, shared)
            return body, title, (view.pieces[start].start, end)
    return None


def title_into_body_before(view: ArticleView, body: int, first: int) -> tuple[int, lexicon.Title, tuple[int, int]] | None:
    """The title ending inside the name of the body at piece ``body``, its words written just
    before it ("Chánh Văn_phòng Chính_phủ"): (first piece, title, title span), or None."""
    for start in range(max(first, body - _TITLE_WORDS_BEFORE_BODY), body):
        found = title_into_body(view, start, body + 1)
        if found is not None and found[0] == body:
            return start, found[1], found[2]
    return None


def title_of_bodies(
    view: ArticleView, found: tuple[int, lexicon.Title] | None, end: int, body: int | None, first: int
) -> tuple[int, lexicon.Title, tuple[int, int]] | None:
    """The title before the bodies: ``found`` ending at piece ``end``, else one ending inside the
    name of the first body at piece ``body`` ("Trưởng Công_an huyện X"): (first piece, title, title
    span), or None."""
    if found is not None:
        start, title = found
        return start, title, pieces_span(view, start, end)
    return title_into_body_before(view, body, first) if body is not None else None


def _syllables_length(text: str, count: int) -> int:
    """How many characters of ``text`` its first ``count`` syllables take."""
    seen = 0
    for match in _SYLLABLE.finditer(text):
        seen += 1
        if seen == count:
            return match.end()
    return len(text)


def described_body_of(view: ArticleView, end: int, last: int) -> int | None:
    """Past a few lowercase words that tell what the post is in, to "của" and a body:
    "Giám_đốc phát_triển kinh_doanh của Vietjet_Air" (the piece of "của"), or None."""
    for j in range(end, min(last, end + _DESCRIPTION_WORDS + 1)):
        piece = view.pieces[j]
        if piece.mention is not None or not piece.is_word or not piece.text[:1].islower():
            return None
        if piece.syllables in BODY_OF:
            return j if j > end and j + 1 < last and names_body(view, j + 1) else None
        if view.match_any(j, _NOT_DESCRIPTION) is not None:
            return None
    return None


def field_then_body(view: ArticleView, end: int, last: int) -> int | None:
    """Past the field a post is in, written in lowercase right after the title, to the body named
    next: "Giám_đốc kỹ_thuật CLB Y", "Giám_đốc marketing Công_ty Y" (the piece of the body), or None."""
    field_end = view.match_any(end, _POST_FIELDS) if end < last and view.pieces[end].text[:1].islower() else None
    if field_end is None or field_end >= last or not names_body(view, field_end):
        return None
    return field_end


def field_ending_at(view: ArticleView, j: int, first: int) -> int | None:
    """The first piece of the field a post is in, written in lowercase and ending at piece ``j``
    between a title and its body before the holder's name ("kỹ_thuật" of "Giám_đốc kỹ_thuật
    Công_ty Y X"), or None."""
    start = ends_with_any(view, j, _POST_FIELDS, first) if j >= first else None
    return start if start is not None and view.pieces[start].text[:1].islower() else None


def kind_named_at(view: ArticleView, k: int, last: int) -> int | None:
    """The piece of the body named right after a noun of its kind at piece ``k`` ("báo Thanh_Niên",
    "kênh truyền_hình Phố_Bolsa_TV", "tổ_chức HIS", "nước Lào"), or None."""
    if k >= last or view.pieces[k].mention is not None:
        return None
    for nouns, kinds in _KIND_NOUNS_BEFORE_NAME:
        end = view.match_any(k, nouns)
        if end is None or end >= last:
            continue
        mention = view.pieces[end].mention
        if mention is not None and not mention.reference and mention.type in kinds:
            return end
    return None


def kind_noun_ending_at(view: ArticleView, j: int, first: int) -> int | None:
    """The first piece of a noun of a kind of body that ends at piece ``j`` and stands before the
    body named at piece ``j + 1`` ("báo" of "báo Thanh_Niên"), or None."""
    for nouns, _ in _KIND_NOUNS_BEFORE_NAME:
        start = ends_with_any(view, j, nouns, first)
        if start is not None and kind_named_at(view, start, j + 2) == j + 1:
            return start
    return None


def names_body(view: ArticleView, k: int) -> bool:
    """Whether piece ``k`` is a name of a body or country, not of a person."""
    mention = view.pieces[k].mention
    return mention is not None and mention.type is not EntityType.PERSON and not mention.reference
