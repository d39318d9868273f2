"""Posts told as held before a move: "Trước khi về Bộ Tài_chính , ông X làm Giám_đốc Ngân_hàng Y".

A sentence that opens with a clause of what came before a move (``roles.before-move-openers``:
"trước khi", "trước lúc", then a verb of moving to a new post or body, ``roles.move-verbs``: "về",
"gia_nhập", "trở_thành", "nghỉ_hưu", maybe after the clause's subject) tells in its main clause, after the comma closing that clause, what the
person did until then: a post read there is a past one, ``formerlyHeldPostAt``. A post named inside
the opening clause ("Trước khi trở_thành Bộ_trưởng Y , …") is the later one and stays as read.
A clause of another event ("Trước khi khai_mạc , Chủ_tịch X …") and a bare "Trước_đó ," open no
such clause: news writes them before any earlier event.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.extract.pieces import ArticleView, Phrases
from kg.extract.roles import CURRENT_POST_PREDICATES, FORMER_POST
from kg.lexicon import syllables_of, word_list
from kg.model import Statement

_OPENERS = Phrases(syllables_of(w) for w in word_list("roles.before-move-openers"))
_MOVES = Phrases(syllables_of(w) for w in word_list("roles.move-verbs"))
#: How many pieces the subject of the opening clause may take before its verb ("Trước khi ông X về …").
_SUBJECT_PIECES = 2
#: The mark that closes the opening clause.
_CLAUSE_END = ","


def with_posts_before_a_move(view: ArticleView, posts: Sequence[Statement]) -> list[Statement]:
    """``posts`` with each current post told in the main clause of a sentence that opens with a
    clause of what came before a move made a past one."""
    main_starts = _main_clause_starts(view)
    if not main_starts:
        return list(posts)
    result = []
    for post in posts:
        start = main_starts.get(post.provenance.sentence_index)
        if post.predicate in CURRENT_POST_PREDICATES and start is not None and post.provenance.start >= start:
            post = replace(post, predicate=FORMER_POST)
        result.append(post)
    return result


def _main_clause_starts(view: ArticleView) -> dict[int, int]:
    """For each sentence that opens with such a clause, where its main clause starts (characters)."""
    starts: dict[int, int] = {}
    k = 0
    while k < len(view.pieces):
        first, last = view.bounds(k)
        opened = view.match_any(first, _OPENERS)
        if opened is not None and _tells_a_move(view, opened, last):
            comma = next((j for j in range(first, last) if view.pieces[j].text == _CLAUSE_END), None)
            if comma is not None and comma + 1 < last:
                starts[view.pieces[first].sentence] = view.pieces[comma + 1].start
        k = last
    return starts


def _tells_a_move(view: ArticleView, i: int, last: int) -> bool:
    """Whether a verb of a move stands at piece ``i``, maybe past the clause's subject ("ông X")."""
    for j in range(i, min(last, i + _SUBJECT_PIECES + 1)):
        if view.match_any(j, _MOVES) is not None:
            return True
        piece = view.pieces[j]
        if not (piece.mention is not None or (piece.is_word and piece.text[:1].islower() and j == i)):
            return False
    return False
