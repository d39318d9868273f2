"""Staff of a body hold a post there, not a membership.

A teacher, lecturer, doctor, employee or police officer of a named body
("giáo_viên Trường Y", "X , một nhân_viên của Y", "bác_sĩ X , Bệnh_viện Y",
"thầy_giáo ưu_tú X , Trường Y", "Chiến_sĩ X ( Đội Y )") works there: the tie is an ``official`` post, read
where a membership would otherwise be read (``affiliations``,
``apposed_bodies``). The nouns are ``affiliations.staff-nouns``; "cựu" or
"nguyên" before the noun makes the post a former one.
"""

from __future__ import annotations

from kg.extract.frames import ends_with_any, phrase_set
from kg.extract.pieces import ArticleView
from kg.extract.roles import FORMER_POST, is_former
from kg.lexicon import syllables_of, word_list
from kg.model import Mention, Provenance, Statement

#: The post a staff noun tells; ``kg.lexicon.role_of_title`` reads its role ("official") from the title.
STAFF_POST = "holdsPostAt"
STAFF_NOUNS = phrase_set(*word_list("affiliations.staff-nouns"))
#: Titles of honour a staff noun may take before the name ("thầy_giáo ưu_tú X", "thầy_thuốc nhân_dân X").
_HONOURS = phrase_set(*word_list("affiliations.staff-honours"))


def is_staff_noun(view: ArticleView, start: int, end: int) -> bool:
    """Whether pieces ``start``..``end`` (exclusive) are a staff noun ("giáo_viên", "nhân_viên")."""
    return view.match_any(start, STAFF_NOUNS) == end


def staff_title_before(view: ArticleView, k: int) -> tuple[int, int] | None:
    """The staff noun that titles the person at piece ``k`` ("Chiến_sĩ X", "bác_sĩ X", "thầy_giáo
    ưu_tú X"): the pieces of the noun right before the name, or before a title of honour
    (``affiliations.staff-honours``) right before it, as ``(start, end)``, or None."""
    first = view.bounds(k)[0]
    if k - 1 < first or not view.pieces[k - 1].is_word:
        return None
    honour = ends_with_any(view, k - 1, _HONOURS, first)
    end = k if honour is None or honour - 1 < first else honour
    start = ends_with_any(view, end - 1, STAFF_NOUNS, first)
    if start is None and end != k:
        end, start = k, ends_with_any(view, k - 1, STAFF_NOUNS, first)
    return (start, end) if start is not None else None


def has_staff_title(person: Mention) -> bool:
    """Whether the title the recogniser read with the person's name is a staff noun ("bác_sĩ")."""
    return bool(person.title) and syllables_of(person.title) in STAFF_NOUNS


def staff_post(
    view: ArticleView, person: Mention, body: Mention, noun: tuple[int, int] | None, evidence: Provenance
) -> Statement:
    """``person –holdsPostAt→ body`` titled with the staff noun at pieces ``noun`` (or the
    person's own title), a former post after "cựu" or "nguyên"."""
    if noun is None:
        return Statement(person, STAFF_POST, body, evidence, person.title, person.title_span)
    start, end = noun
    span = (view.pieces[start].start, view.pieces[end - 1].end)
    predicate = FORMER_POST if is_former(view, start) else STAFF_POST
    return Statement(person, predicate, body, evidence, view.text[span[0] : span[1]], span)
