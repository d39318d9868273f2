"""Members named in a list around the noun of membership.

- "(Các) thành_viên (thường_trực) của Y là A , B và C", "Y có 5 thành_viên thường_trực là A , B …":
  each item after the copula is a member of Y (named after the noun, else the subject of "có",
  else the body that opens the sentence and is its only body before the noun);
- "A và B , hai thành_viên thường_trực Y ,": each item of a list set before an apposition whose
  noun is plural ("hai", "các") is a member of Y;
- "Là thành_viên của Y , A …": the subject after a fronted clause of membership.

Each gives ``member –memberOf→ body``, for countries and bodies: a person "thành_viên" of a
body holds a seat there, a post the roles read. The nouns are ``places.member``.
"""

from __future__ import annotations

from kg.extract.frames import is_barrier, phrase_set, provenance
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list
from kg.model import EntityType, Mention, Statement

EXTRACTOR = "places"
#: Confidence of a membership read from a list (docs/confidence.md).
CONFIDENCE = 0.75
_MEMBER = phrase_set(*word_list("places.member"))
_OF = phrase_set(*word_list("affiliations.of"))
_COPULAS = phrase_set(*word_list("places.copulas"))
_HAVE = phrase_set(*word_list("member-lists.have"))
#: Words that count the members ("hai", "các", "5"), before the noun.
_COUNTS = phrase_set(*word_list("places.plural"))
_MEMBERS = frozenset({EntityType.COUNTRY, EntityType.ORGANIZATION})
_LIST_MARKS = frozenset({",", "và"})
#: How many words may describe the members between the noun and the body or the copula ("thường_trực").
_DESCRIPTION_REACH = 3


def find_member_lists(view: ArticleView) -> list[Statement]:
    """``member –memberOf→ body`` for the lists around each noun of membership."""
    statements: list[Statement] = []
    for k in view.word_starts(_MEMBER):
        end = view.match_any(k, _MEMBER)
        if end is None:
            continue
        statements.extend(_listed_after_copula(view, k, end) or _listed_before(view, k, end) or _fronted(view, k, end))
    return statements


def _listed_after_copula(view: ArticleView, k: int, end: int) -> list[Statement]:
    """"thành_viên (thường_trực) của Y là A , B", "Y có 5 thành_viên thường_trực là A , B"."""
    first, last = view.bounds(k)
    body = None
    j = _past_description(view, end, last)
    if j < last and (link := view.match_any(j, _OF)) is not None:
        j = link
    if j < last and _is_body(view.pieces[j].mention):
        body, j = j, _past_description(view, j + 1, last)
    copula = view.match_any(j, _COPULAS) if j < last else None
    if copula is None:
        return []
    if body is None:
        body = _owner_before(view, k, first) or _sentence_subject(view, k, first)
    if body is None:
        return []
    members = _listed(view, copula, last)
    return [_membership(view, m, body, min(k, body), max(m, body)) for m in members if m != body]


def _listed_before(view: ArticleView, k: int, end: int) -> list[Statement]:
    """"A và B , hai thành_viên thường_trực Y ,": the items of the list before the apposition."""
    first, last = view.bounds(k)
    if k - 1 < first or view.match_any(k - 1, _COUNTS) != k or k - 2 < first or view.pieces[k - 2].text != ",":
        return []
    j = _past_description(view, end, last)
    if j < last and (link := view.match_any(j, _OF)) is not None:
        j = link
    if j >= last or not _is_body(view.pieces[j].mention) or not (j + 1 >= last or is_barrier(view.pieces[j + 1])):
        return []
    members = _listed_ending(view, k - 3, first)
    if len(members) < 2:
        return []  # one name before the apposition is read in kg.extract.places
    return [_membership(view, m, j, m, j) for m in members]


def _fronted(view: ArticleView, k: int, end: int) -> list[Statement]:
    """"Là thành_viên của Y , A …": the name right after the fronted clause."""
    first, last = view.bounds(k)
    if k - 1 != first or view.match_any(first, _COPULAS) != k:
        return []
    j = _past_description(view, end, last)
    if j < last and (link := view.match_any(j, _OF)) is not None:
        j = link
    if j + 2 >= last or not _is_body(view.pieces[j].mention) or view.pieces[j + 1].text != ",":
        return []
    member = view.pieces[j + 2].mention
    if member is None or member.type not in _MEMBERS or member.reference:
        return []
    return [_membership(view, j + 2, j, first, j + 2)]


def _past_description(view: ArticleView, j: int, last: int) -> int:
    """Past a few lowercase words describing the members ("thường_trực", "không thường_trực")."""
    start = j
    while j < min(last, start + _DESCRIPTION_REACH):
        piece = view.pieces[j]
        if piece.mention is not None or is_barrier(piece) or not piece.is_word or piece.text[:1].isupper():
            break
        if view.match_any(j, _OF) is not None or view.match_any(j, _COPULAS) is not None:
            break
        j += 1
    return j


def _owner_before(view: ArticleView, k: int, first: int) -> int | None:
    """"Y có 5 thành_viên": the body right before "có" and the count."""
    j = k - 1
    while j >= first and view.match_any(j, _COUNTS) is not None or (j >= first and view.pieces[j].text.isdigit()):
        j -= 1
    if j < first or view.match_any(j, _HAVE) is None:
        return None
    owner = j - 1
    return owner if owner >= first and _is_body(view.pieces[owner].mention) else None


def _sentence_subject(view: ArticleView, k: int, first: int) -> int | None:
    """"Y đã …, với việc các thành_viên thường_trực là A và B": the body that opens the sentence, the only
    body named before the noun, is whose members these are."""
    bodies = [j for j in range(first, k) if _is_body(view.pieces[j].mention)]
    return first if bodies == [first] else None


def _listed(view: ArticleView, k: int, last: int) -> list[int]:
    """The members listed from piece ``k`` on ("A , B và C"), all countries or bodies."""
    found: list[int] = []
    j = k
    while j < last and _is_member(view.pieces[j].mention):
        found.append(j)
        if j + 2 < last and view.pieces[j + 1].text in _LIST_MARKS:
            j += 2
        else:
            break
    return found


def _listed_ending(view: ArticleView, k: int, first: int) -> list[int]:
    """The members of the list that ends at piece ``k`` ("A , B và C"), all countries or bodies."""
    found: list[int] = []
    j = k
    while j >= first and _is_member(view.pieces[j].mention):
        found.insert(0, j)
        if j - 2 >= first and view.pieces[j - 1].text in _LIST_MARKS:
            j -= 2
        else:
            break
    return found


def _membership(view: ArticleView, member: int, body: int, start: int, end: int) -> Statement:
    evidence = provenance(view, start, end, EXTRACTOR, CONFIDENCE)
    return Statement(view.pieces[member].mention, "memberOf", view.pieces[body].mention, evidence)


def _is_member(mention: Mention | None) -> bool:
    return mention is not None and mention.type in _MEMBERS and not mention.reference


def _is_body(mention: Mention | None) -> bool:
    return mention is not None and mention.type is EntityType.ORGANIZATION and not mention.reference
