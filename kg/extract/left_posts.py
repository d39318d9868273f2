"""Posts the text says were left: "X , người đã thôi chức", "X , Chủ_tịch Y , đã nghỉ_hưu".

A post read from a title ("chủ_tịch ngân_hàng Mizuho , ông Takashi_Tsukamoto")
is a current one unless a word before the title says otherwise ("nguyên",
"cựu"). News also tells it after the name, in the clause that describes the
holder: a verb of leaving a post (``roles.left-post`` of
``ontology/words.tsv``: "thôi chức", "nghỉ hưu", "từ chức", "mãn nhiệm")
right after the post's words, past a comma and words that only open such a
clause (``roles.left-openers``: "người", "đã", "vừa"). The post is then a
past one, ``formerlyHeldPostAt``. A verb of leaving followed by a title
("thôi giữ chức Giám_đốc Z") leaves that other post, not this one.

A tenure told with its end is a past post too: "Phó chủ_nhiệm Tổng_cục Y (từ năm
1979 cho_đến khi anh nghỉ_hưu năm 1997)". After the post's words, past marks and
the words of its start and length (``roles.tenure-fillers``: "(", "từ", "năm", "trong suốt"; numbers), a
phrase of until (``roles.tenure-until``: "cho đến khi", "tới lúc"), at most the
holder (a pronoun) and a verb of leaving or of dying
(``roles.tenure-ends``: "qua đời", "từ trần") end the post. A verb of saying or
any other word before "đến khi" ("cho biết sẽ làm đến khi nghỉ hưu") tells of a
plan, not an end.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from kg.extract.frames import title_starting_at
from kg.extract.pieces import ArticleView, Phrases
from kg.extract.roles import CURRENT_POST_PREDICATES, FORMER_POST
from kg.lexicon import syllables_of, word_list
from kg.model import Statement

_LEFT = Phrases(syllables_of(w) for w in word_list("roles.left-post"))
_OPENERS = frozenset(syllables_of(w) for w in word_list("roles.left-openers"))
#: Marks that may stand between the post's words and the clause that tells it was left.
_MARKS = frozenset(word_list("roles.left-marks"))
_UNTIL = Phrases(syllables_of(w) for w in word_list("roles.tenure-until"))
_ENDS = Phrases(syllables_of(w) for w in word_list("roles.left-post") + word_list("roles.tenure-ends"))
_FILLERS = Phrases(syllables_of(w) for w in word_list("roles.tenure-fillers"))
#: Pieces the holder may take between the phrase of until and the verb: a pronoun or
#: honorific ("anh", "ông"); a name there is another person's ("đến khi ông Y nghỉ hưu").
_HOLDER_PIECES = 2


def with_posts_left(view: ArticleView, posts: Sequence[Statement]) -> list[Statement]:
    """``posts`` with each current post that the words after it say was left made a past one."""
    starts = [p.start for p in view.pieces]
    result = []
    for post in posts:
        after = max(post.provenance.end, post.subject.end)
        if post.predicate in CURRENT_POST_PREDICATES and (
            _left_after(view, starts, after) or _tenure_ends_after(view, starts, after)
        ):
            post = replace(post, predicate=FORMER_POST)
        result.append(post)
    return result


def _left_after(view: ArticleView, starts: list[int], offset: int) -> bool:
    """Whether a verb of leaving a post, with no title after it, opens the words from ``offset`` on."""
    j = bisect_left(starts, offset)
    if j >= len(view.pieces):
        return False
    last = view.bounds(j)[1]
    while j < last:
        piece = view.pieces[j]
        if piece.mention is not None:
            return False
        end = view.match_any(j, _LEFT)
        if end is not None:
            return title_starting_at(view, end) is None
        if piece.text not in _MARKS and piece.syllables not in _OPENERS:
            return False
        j += 1
    return False


def _tenure_ends_after(view: ArticleView, starts: list[int], offset: int) -> bool:
    """Whether the words from ``offset`` on, past the post's start, tell when the holder left it."""
    j = bisect_left(starts, offset)
    if j >= len(view.pieces):
        return False
    last = view.bounds(j)[1]
    while j < last and view.match_any(j, _UNTIL) is None:
        piece = view.pieces[j]
        if piece.mention is not None:
            return False
        filler = view.match_any(j, _FILLERS)
        if filler is not None:
            j = filler
        elif piece.text in _MARKS or _is_number_or_date(piece.text):
            j += 1
        else:
            return False
    until = view.match_any(j, _UNTIL) if j < last else None
    if until is None:
        return False
    for k in range(until, min(last, until + _HOLDER_PIECES + 1)):
        if view.match_any(k, _ENDS) is not None:
            return True
        if view.pieces[k].syllables not in _OPENERS:
            return False
    return False


def _is_number_or_date(text: str) -> bool:
    """Whether ``text`` is a number or a date written with digits ("1979", "3/1998")."""
    return text[:1].isdigit() and all(c.isdigit() or c in "/.-" for c in text)
