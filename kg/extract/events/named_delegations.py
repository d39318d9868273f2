"""The named body a delegation's noun phrase stands for: "Đoàn đại_biểu Đảng X", "đoàn công_tác của Bộ Y".
Such a delegation goes and meets as its body (docs/annotation.md); the nouns of a delegation are
``events.travelling-groups``."""

from __future__ import annotations

from kg.extract.frames import Argument, ends_with_any, noun_phrase_start, opens_clause, phrase_set
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list
from kg.model import EntityType, Mention

_GROUPS = phrase_set(*word_list("events.travelling-groups"))
#: Words that may stand before the delegation's noun and still let it open the clause ("một đoàn", "các đoàn").
_DETERMINERS = phrase_set(*word_list("events.group-determiners"))
#: Words between a delegation's noun and its body ("đoàn công_tác của Bộ X", "đoàn kiểm_tra thuộc Sở X").
_OF = phrase_set(*word_list("events.delegation-of"))
#: Nouns for one member of a body ("đại_biểu Đảng X"), which a reading may take after the delegation's noun.
_GROUP_MEMBERS = tuple(tuple(w.lower().split()) for w in word_list("events.group-members"))


def delegation_before(view: ArticleView, j: int, first: int) -> Argument | None:
    """The named body whose delegation's noun phrase ends at piece ``j``, or at the comma there, before the
    one who leads it ("Đoàn đại_biểu Đảng X (,) do ông Y dẫn_đầu"); None otherwise."""
    if j >= first and view.pieces[j].text == ",":
        j -= 1
    return named_delegation(view, j, first) if j >= first else None


def named_delegation(view: ArticleView, j: int, first: int) -> Argument | None:
    """The named body whose delegation's noun phrase, opening its clause, ends at piece ``j`` ("Đoàn
    đại_biểu Đảng X", "các đoàn công_tác của Bộ Y"); None otherwise."""
    if j - 1 < first or (body := view.pieces[j].mention) is None:
        return None
    if body.type is EntityType.PERSON and body.reference and _of_members(body):
        # "Đoàn đại_biểu Đảng X" read as one member of the party ("đại_biểu Đảng X") after the delegation's noun
        bodies = [m for m in view.inner(body) if m.type is EntityType.ORGANIZATION]
        group = ends_with_any(view, noun_phrase_start(view, j) - 1, _GROUPS, first) if len(bodies) == 1 else None
        if group is None or not _opens(view, group, first):
            return None
        return Argument(bodies[0], j)
    if body.type is not EntityType.ORGANIZATION:
        return None
    k = j - 1
    if view.pieces[k].is_word and view.match_any(k, _OF) == k + 1:
        k -= 1
    group = ends_with_any(view, k, _GROUPS, first) if k >= first else None
    if group is None:
        return None
    if not _opens(view, group, first):
        return None
    return Argument(body, j)


def _opens(view: ArticleView, group: int, first: int) -> bool:
    """Whether the delegation's noun at piece ``group``, with a determiner before it ("các đoàn"), opens its clause."""
    opening = ends_with_any(view, group - 1, _DETERMINERS, first) if group - 1 >= first else None
    return opens_clause(view, group if opening is None else opening, first)


def _of_members(mention: Mention) -> bool:
    """Whether a person's title names one member of a body ("đại_biểu Đảng X"): ``events.group-members``."""
    words = tuple((mention.title or mention.text).lower().replace("_", " ").split())
    return any(words[: len(noun)] == noun for noun in _GROUP_MEMBERS)
