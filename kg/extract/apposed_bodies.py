"""A body set beside a person's name: "Đại_biểu X - Đoàn ĐBQH Y ,", "giáo_sư X , Trường Đại_học Y ;",
"Hạ_nghị_sĩ X thuộc đảng Cộng_hòa", "Nghị_sĩ X của đảng Y", "Thượng_nghị_sĩ đảng Cộng_hòa X", "X , thượng_nghị_sĩ đảng Cộng_hòa ,",
"X là nghị_sĩ đảng Bảo_thủ".

The body in apposition to a person, closed at once by a mark (";", ")", "," or the
sentence's end), by the verb of saying the person is the subject of ("ông X , Đoàn ĐBQH Y
cho_rằng …") or after the one place where it is ("thạc_sĩ X , công_ty Y , Thanh_Hóa ."),
is the body the person belongs to: ``person –memberOf→ body``; so is the body "thuộc" puts
the person in, and the party "của" ties the person to; in brackets, after "thuộc" or "của",
the body may follow a noun of its kind and a few words ("X ( thuộc hãng nghiên_cứu thị_trường Y )");
so is the party set between a member's title and the name ("Nghị_sĩ Đảng_Xanh ( Đức ) X").
Names listed one after another ("A , Vingroup , Viettel") are a list, not an apposition, but ", và"
then a person goes on to the next person ("giáo_sư X , Viện Y , và kỹ_sư Z");
a person whose title names a post ("Tổng_giám_đốc X , Vingroup") holds that post at the
body, which says more than a membership (a delegate, "Đại_biểu X", is a member; a seat, "Ủy_viên X", is a post);
so does a person titled with a noun of staff ("bác_sĩ X , Bệnh_viện Y", ``staff``), whose tie is a post.
"""

from __future__ import annotations

from kg.extract.frames import HONORIFICS, PLACE_TYPES, ends_with_any, is_barrier, phrase_set, provenance, saying_verbs
from kg.extract.pieces import ArticleView
from kg.extract.roles import is_former
from kg.extract.staff import STAFF_NOUNS, has_staff_title, staff_post, staff_title_before
from kg.lexicon import syllables_of, titles, word_list
from kg.model import EntityType, Mention, Statement

EXTRACTOR = "affiliations"
#: Confidence of a membership told by apposition (docs/confidence.md).
CONFIDENCE_APPOSED = 0.65
#: Marks between a person's name and the body set beside it.
_APPOSING = frozenset({",", "-", "–"})
#: Marks that close the apposition after the body.
_CLOSING = frozenset({";", ")", ",", ".", ":"})
#: Copulas that say a title of the person before them ("X là nghị_sĩ đảng Y").
_COPULAS = frozenset(syllables_of(w) for w in word_list("affiliations.copulas"))
#: Marks and words that join the items of a list.
_LISTING = frozenset({",", "và", ";"})
#: Words that put a person in a body ("thuộc").
_BELONGS = phrase_set(*word_list("affiliations.belongs"))
#: Words that tie a person to a party after the name ("của"), and the kinds of party ("đảng").
_OF = phrase_set(*word_list("affiliations.of"))
_PARTIES = phrase_set(*word_list("affiliations.party-nouns"))
#: Common nouns of kind written before a body's name ("hãng", "công_ty"), and how many words may describe it.
_BODY_NOUNS = phrase_set(*word_list("frames.body-nouns"))
_DESCRIPTION_REACH = 3
#: How many words of title or honorific may stand before the next person of a list (", và kỹ_sư Y", ", và bà Y").
_TITLE_REACH = 3
#: Roles whose holders are members of the body set beside them ("đại_biểu": a delegate of a delegation).
_MEMBER_ROLES = frozenset(word_list("affiliations.member-roles"))
#: The titles of those roles ("nghị_sĩ", "thượng_nghị_sĩ", "đại_biểu"), written before a party and the name.
_MEMBER_TITLES = phrase_set(*(" ".join(words) for words, title in titles().items() if title.role in _MEMBER_ROLES))


def find_apposed_bodies(view: ArticleView) -> list[Statement]:
    """``person –memberOf→ body`` for a body set beside a person's name and closed there."""
    found: list[Statement] = []
    for k, piece in enumerate(view.pieces):
        if not _is(piece.mention, EntityType.PERSON):
            continue
        first, last = view.bounds(k)
        if _holds_a_post(piece.mention):
            # "Tổng_thống Mỹ X thuộc Đảng Dân_chủ": a post elsewhere leaves the party's membership
            body = _belongs_to(view, k, last)
            if body is None or not _is_party(view, body):
                continue
        else:
            body = _belongs_to(view, k, last) or _party_in_title(view, k, first) or _party_after_title(view, k, last)
        if body is None:
            body = _apposed_body(view, k, last)
            if body is None:
                continue
            if not _closed_after(view, k, body, last) or _listed_before(view, k, first):
                continue
        evidence = provenance(view, k, body, EXTRACTOR, CONFIDENCE_APPOSED)
        title = staff_title_before(view, k)
        if title is not None or has_staff_title(piece.mention):
            found.append(staff_post(view, piece.mention, view.pieces[body].mention, title, evidence))
        else:
            found.append(Statement(piece.mention, "memberOf", view.pieces[body].mention, evidence))
    return found


def _apposed_body(view: ArticleView, k: int, last: int) -> int | None:
    """The body set right after the mark after the person at piece ``k``, maybe after a common noun of
    its kind that its name leaves out ("X , trường THPT Y ,"), or None."""
    body = k + 2
    if body >= last or view.pieces[k + 1].text not in _APPOSING:
        return None
    if view.pieces[body].is_word and (named := view.match_any(body, _BODY_NOUNS)) is not None and named < last:
        body = named
    return body if _is(view.pieces[body].mention, EntityType.ORGANIZATION) else None


def _belongs_to(view: ArticleView, k: int, last: int) -> int | None:
    """The body after "thuộc" ("X thuộc đảng Y", "X ( thuộc Viện Y )"), or the party after "của"
    ("Nghị_sĩ X của đảng Y"), right after the person at piece ``k``."""
    j = k + 2 if k + 1 < last and view.pieces[k + 1].text == "(" else k + 1
    if j >= last:
        return None
    link = view.match_any(j, _BELONGS)
    party_only = link is None
    if link is None:
        link = view.match_any(j, _OF)
    if link is not None and j == k + 2 and link < last and (described := _described_body(view, link, last)) is not None:
        return described  # "X ( thuộc hãng nghiên_cứu thị_trường Y )", "X ( của công_ty Y )"
    if link is None or link >= last or not _is(view.pieces[link].mention, EntityType.ORGANIZATION):
        return None
    if party_only and not _is_party(view, link):
        return None
    return link


def _party_in_title(view: ArticleView, k: int, first: int) -> int | None:
    """The party between a member's title and the person at piece ``k``, maybe with its country
    in brackets ("Thượng_nghị_sĩ đảng Cộng_hòa X", "Nghị_sĩ Đảng_Xanh ( Đức ) X"); a former
    member ("cựu nghị_sĩ") gives none."""
    j = k - 1
    if j - 2 >= first and view.pieces[j].text == ")" and view.pieces[j - 2].text == "(" and _is_place(view.pieces[j - 1].mention):
        j -= 3
    if j - 1 < first or not _is(view.pieces[j].mention, EntityType.ORGANIZATION) or not _is_party(view, j):
        return None
    start = ends_with_any(view, j - 1, _MEMBER_TITLES, first)
    if start is None or is_former(view, start):
        return None
    return j


def _party_after_title(view: ArticleView, k: int, last: int) -> int | None:
    """The party after a member's title set beside the person at piece ``k`` or said of it by a copula,
    maybe after "của", and closing the apposition ("X , thượng_nghị_sĩ đảng Cộng_hòa ,", "X – nghị_sĩ
    của Đảng_Xanh .", "X là nghị_sĩ đảng Bảo_thủ .")."""
    if k + 2 >= last or (view.pieces[k + 1].text not in _APPOSING and view.pieces[k + 1].syllables not in _COPULAS):
        return None
    j = view.match_any(k + 2, _MEMBER_TITLES)
    if j is None or j >= last:
        return None
    j = view.match_any(j, _OF) or j
    if j >= last or not _is(view.pieces[j].mention, EntityType.ORGANIZATION) or not _is_party(view, j):
        return None
    return j if _closes(view, j + 1, last) or view.match_any(j + 1, saying_verbs()) is not None else None


def _is_party(view: ArticleView, j: int) -> bool:
    """Whether the body at piece ``j`` is named as a party, its name opening with a party noun ("Đảng Dân_chủ")."""
    return any(view.pieces[j].syllables[:n] in _PARTIES for n in range(1, 3))


def _described_body(view: ArticleView, j: int, last: int) -> int | None:
    """The body named after a noun of its kind and a few words at piece ``j``, closing the brackets."""
    end = view.match_any(j, _BODY_NOUNS)
    if end is None or view.pieces[j].mention is not None:
        return None
    for step in range(end, min(last, end + _DESCRIPTION_REACH + 1)):
        piece = view.pieces[step]
        if piece.mention is not None:
            closed = step + 1 < last and view.pieces[step + 1].text == ")"
            return step if closed and _is(piece.mention, EntityType.ORGANIZATION) else None
        if is_barrier(piece):
            return None
    return None


def _is(mention: Mention | None, kind: EntityType) -> bool:
    return mention is not None and mention.type is kind and not mention.reference


def _holds_a_post(person: Mention) -> bool:
    """Whether the person's title names a post other than a member's ("Tổng_giám_đốc", not "Đại_biểu")."""
    if not person.title:
        return False
    words = syllables_of(person.title)
    known = titles()
    for i in range(len(words)):
        for j in range(i + 1, len(words) + 1):
            title = known.get(words[i:j])
            if title is not None and title.predicate is not None and title.role not in _MEMBER_ROLES and words[i:j] not in STAFF_NOUNS:
                return True  # a staff noun ("bác_sĩ") is a post this rule reads itself
    return False


def _closed_after(view: ArticleView, k: int, body: int, last: int) -> bool:
    """Whether a mark or a verb of saying closes the apposition right after the body, or a mark right
    after the one place that says where the body is ("công_ty Y , Thanh_Hóa ;"), with no further name
    listed after it."""
    body = _past_own_name(view, body, last)
    seat = body + 2
    if seat < last and view.pieces[body + 1].text == "," and _is_place(view.pieces[seat].mention):
        return _closes(view, seat + 1, last)
    if body + 1 < last and view.match_any(body + 1, saying_verbs()) is not None:
        # "ông X , Đoàn ĐBQH Y cho_rằng …": the verb of saying of the person who opens the clause
        # closes the apposition ("làm_việc với ông X , NH Y nói" makes the body the speaker)
        return _opens_clause(view, k)
    return _closes(view, body + 1, last)


def _past_own_name(view: ArticleView, body: int, last: int) -> int:
    """The closing bracket of the body's other name written right after it ("Viện Y ( VEPR )"), where
    the apposition may close, or the body's piece itself when no such name follows."""
    close = body + 3
    if close >= last or view.pieces[body + 1].text != "(" or view.pieces[close].text != ")":
        return body
    inner = view.pieces[body + 2]
    if inner.mention is not None:
        return close if _is(inner.mention, EntityType.ORGANIZATION) else body
    return close if _is_acronym(inner.text) else body


def _is_acronym(text: str) -> bool:
    """Whether ``text`` is written as a short name: a capital first, no lowercase letter ("VEPR", "ĐHQG")."""
    return text[:1].isupper() and not any(c.islower() for c in text)


def _opens_clause(view: ArticleView, k: int) -> bool:
    """Whether the person at piece ``k``, with the title or honorific the recogniser read before
    it ("bác_sĩ X", "PGS.TS X") or a noun of staff ("dược_sĩ X"), or an honorific before it, opens its clause."""
    first = view.bounds(k)[0]
    j = k - 1
    prefix = view.pieces[k].mention.prefix_start if view.pieces[k].mention is not None else None
    if prefix is not None:
        while j >= first and view.pieces[j].is_word and view.pieces[j].start >= prefix:
            j -= 1
    elif (staff := staff_title_before(view, k)) is not None:
        j = staff[0] - 1
    if j >= first and view.pieces[j].is_word and (start := ends_with_any(view, j, HONORIFICS, first)) is not None:
        j = start - 1
    return j < first or is_barrier(view.pieces[j])


def _is_place(mention: Mention | None) -> bool:
    """Whether ``mention`` is the name (not a reference) of a place."""
    return mention is not None and mention.type in PLACE_TYPES and not mention.reference


def _closes(view: ArticleView, after: int, last: int) -> bool:
    """Whether a mark at piece ``after`` (or the sentence's end) closes the apposition, no name listed after it."""
    if after >= last:
        return True
    if view.pieces[after].text not in _CLOSING:
        return False
    following = view.pieces[after + 1] if after + 1 < last else None
    return (
        view.pieces[after].text != ","
        or following is None
        or (following.mention is None and following.text not in _LISTING)
        or (following.text == "và" and _person_follows(view, after + 2, last))
    )


def _person_follows(view: ArticleView, j: int, last: int) -> bool:
    """Whether the name of a person comes at piece ``j``, maybe after a few words of title or an honorific:
    ", và kỹ_sư Y" after a body goes on to the next person of a list, not to another body."""
    for i in range(j, min(last, j + _TITLE_REACH + 1)):
        piece = view.pieces[i]
        if piece.mention is not None:
            return piece.mention.type is EntityType.PERSON and not piece.mention.reference
        if not piece.is_word or is_barrier(piece):
            return False
    return False


def _listed_before(view: ArticleView, k: int, first: int) -> bool:
    """Whether the person at piece ``k`` follows another name in a list ("A , B , Vingroup")."""
    return k - 2 >= first and view.pieces[k - 1].text in _LISTING and view.pieces[k - 2].mention is not None
