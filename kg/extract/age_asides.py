"""The year of birth or the age set between a person's name and a member noun.

"X ( SN 1995 , sinh_viên Trường Y )", "X ( 21 tuổi , sinh_viên Y )",
"X , 21 tuổi , tiền_đạo của Y": the aside opens with ``roles.birth-asides`` and a
number, or with a number and ``roles.age-words``, and a comma closes it.
"""

from __future__ import annotations

from kg.extract.clauses import phrase_set
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list

_BIRTH_ASIDES = phrase_set(*word_list("roles.birth-asides"))
_AGE_WORDS = phrase_set(*word_list("roles.age-words"))
#: How many pieces the aside may have ("sinh năm 1995").
_ASIDE_REACH = 4


def past_age_aside(view: ArticleView, i: int, last: int) -> int:
    """Past an aside of birth or age opening at piece ``i`` and closed by a comma ("SN 1995 ,",
    "21 tuổi ,"), or ``i`` itself."""
    end = _aside_end(view, i, last)
    return end + 1 if end is not None and end < last and view.pieces[end].text == "," else i


def age_aside_before(view: ArticleView, comma: int, first: int) -> int | None:
    """The piece of the mark opening an aside of birth or age that the comma at piece ``comma``
    closes (", 21 tuổi ,", ", SN 1995 ,"), or None."""
    for mark in range(comma - 2, max(first - 1, comma - _ASIDE_REACH - 2), -1):
        if view.pieces[mark].text in {",", "("}:
            return mark if _aside_end(view, mark + 1, comma + 1) == comma else None
    return None


def _aside_end(view: ArticleView, i: int, last: int) -> int | None:
    """The piece right after an aside of birth or age opening at piece ``i``, or None."""
    if i + 1 >= last:
        return None
    opened = view.match_any(i, _BIRTH_ASIDES)
    if opened is not None and opened < last and view.pieces[opened].text.isdigit():
        return opened + 1
    if view.pieces[i].text.isdigit() and (end := view.match_any(i + 1, _AGE_WORDS)) is not None:
        return end
    return None
