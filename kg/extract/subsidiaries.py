"""Subsidiaries told by the nouns of a parent and a child company, with a copula.

- "công_ty mẹ của A là B": A is a part of its parent B;
- "công_ty con (của A) là B (, C và D)": the children named after the copula are parts of A,
  or of the body that opens the clause when no "của A" is written ("A đầu_tư vào công_ty con
  là B");
- "B là (một) công_ty con của A", "A là công_ty mẹ của B": the same told of the subject;
- "B là (một) đơn_vị (trực_)thuộc A", "B là một chi_nhánh của A": a unit the subject is said to be.

Each gives ``child –partOf→ parent``. A company that A only founded ("A thành_lập B") gives
none; the apposition "B , một công_ty con của A" is read in ``kg.extract.bodies``.
"""

from __future__ import annotations

from kg.extract.frames import is_barrier, phrase_set, provenance
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list
from kg.model import EntityType, Mention, Statement

EXTRACTOR = "bodies"
#: Confidence of a subsidiary told by a copula (docs/confidence.md).
CONFIDENCE = 0.7
_CHILD_NOUNS = phrase_set(*word_list("subsidiaries.child-nouns"))
_PARENT_NOUNS = phrase_set(*word_list("subsidiaries.parent-nouns"))
#: Nouns of a unit that a copula says a body is ("X là (một) đơn_vị của/thuộc Y"), read of the subject only:
#: written first ("đơn_vị của A là B") they name who does a task more often than a part.
_UNIT_NOUNS = phrase_set(*word_list("subsidiaries.unit-nouns"))
_OF = phrase_set(*word_list("affiliations.of"))
#: Words that put a body under its parent ("trực_thuộc", "thuộc"): "B là đơn_vị trực_thuộc A".
_UNDER = phrase_set(*word_list("bodies.under"))
_COPULAS = phrase_set(*word_list("places.copulas"))
_ARTICLES = phrase_set(*word_list("places.articles"))
_AND = frozenset({",", "và"})
_BODY_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.NEWS_AGENCY})


def find_subsidiaries(view: ArticleView) -> list[Statement]:
    """``child –partOf→ parent`` told by "công_ty con/mẹ" and a copula."""
    statements: list[Statement] = []
    for k in view.word_starts(_CHILD_NOUNS, _PARENT_NOUNS, _UNIT_NOUNS):
        child_end = view.match_any(k, _CHILD_NOUNS)
        parent_end = view.match_any(k, _PARENT_NOUNS)
        end = child_end or parent_end
        if end is None:
            if (unit_end := view.match_any(k, _UNIT_NOUNS)) is not None:
                statements.extend(_said_of_subject(view, k, unit_end, True))
            continue
        is_child = child_end is not None
        statements.extend(_named_after(view, k, end, is_child) or _said_of_subject(view, k, end, is_child))
    return statements


def _named_after(view: ArticleView, k: int, end: int, is_child: bool) -> list[Statement]:
    """"công_ty mẹ của A là B", "công_ty con (của A) là B , C và D": the bodies after the copula."""
    first, last = view.bounds(k)
    owner = None
    j = end
    if j < last and (link := view.match_any(j, _OF)) is not None:
        owner = _body_at(view, link, last)
        if owner is None:
            return []
        j = owner + 1
    copula = view.match_any(j, _COPULAS) if j < last else None
    if copula is None:
        return []
    named = _listed_bodies(view, copula, last)
    if not named:
        return []
    if owner is None:
        if not is_child:
            return []  # "công_ty mẹ là B": whose parent the text does not say
        owner = _clause_subject(view, k, first)
        if owner is None:
            return []
    statements = []
    for body in named:
        child, parent = (body, owner) if is_child else (owner, body)
        if view.pieces[child].mention.key == view.pieces[parent].mention.key:
            continue
        evidence = provenance(view, min(k, owner), max(body, owner), EXTRACTOR, CONFIDENCE)
        statements.append(Statement(view.pieces[child].mention, "partOf", view.pieces[parent].mention, evidence))
    return statements


def _said_of_subject(view: ArticleView, k: int, end: int, is_child: bool) -> list[Statement]:
    """"B là (một) công_ty con của A", "A là công_ty mẹ của B": the subject right before the copula."""
    first, last = view.bounds(k)
    j = k - 1
    while j >= first and view.match_any(j, _ARTICLES) == j + 1:
        j -= 1
    if j < first or view.match_any(j, _COPULAS) != j + 1 or j - 1 < first:
        return []
    subject = j - 1
    if not _is_body(view.pieces[subject].mention):
        return []
    link = _parent_link(view, end, last)
    other = _body_at(view, link, last) if link is not None else None
    if other is None:
        return []
    child, parent = (subject, other) if is_child else (other, subject)
    evidence = provenance(view, subject, other, EXTRACTOR, CONFIDENCE)
    return [Statement(view.pieces[child].mention, "partOf", view.pieces[parent].mention, evidence)]


def _parent_link(view: ArticleView, end: int, last: int) -> int | None:
    """The piece after "của" or "(trực_)thuộc" at ``end`` ("công_ty con của A", "đơn_vị trực_thuộc A"),
    or ``end`` itself when the noun ends with the word of belonging ("đơn_vị trực_thuộc" as one noun)."""
    if end >= last:
        return None
    if (link := view.match_any(end, _OF) or view.match_any(end, _UNDER)) is not None:
        return link
    return end if view.pieces[end - 1].syllables[-2:] in _UNDER or view.pieces[end - 1].syllables[-1:] in _UNDER else None


def _listed_bodies(view: ArticleView, k: int, last: int) -> list[int]:
    """The body at piece ``k`` and those listed after it ("B , C và D")."""
    if _body_at(view, k, last) is None:
        return []
    bodies = [k]
    j = k + 1
    while j + 1 < last and view.pieces[j].text in _AND and _body_at(view, j + 1, last) is not None:
        bodies.append(j + 1)
        j += 2
    return bodies


def _clause_subject(view: ArticleView, k: int, first: int) -> int | None:
    """The body that opens the clause of the noun at piece ``k``, the only name between it and the noun."""
    names = []
    j = k - 1
    while j >= first and not is_barrier(view.pieces[j]):
        if view.pieces[j].mention is not None:
            names.append(j)
        j -= 1
    if len(names) != 1 or not _is_body(view.pieces[names[0]].mention):
        return None
    start = j + 1
    return names[0] if names[0] == start else None


def _body_at(view: ArticleView, k: int, last: int) -> int | None:
    return k if k < last and _is_body(view.pieces[k].mention) else None


def _is_body(mention: Mention | None) -> bool:
    return mention is not None and mention.type in _BODY_TYPES and not mention.reference
