"""The body of a post whose title names none, when the titled person leads that body's
delegation: "Đoàn công_tác của Bộ Công_an do Thứ_trưởng Lê_Quý_Vương dẫn_đầu" (a deputy
minister of the ministry), "Đoàn đại_biểu Việt_Nam do Thủ_tướng X dẫn_đầu"."""

from __future__ import annotations

from kg.extract.pieces import ArticleView, Phrases
from kg.extract.post_titles import BODY_OF
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType

_DELEGATIONS = Phrases(syllables_of(w) for w in word_list("events.delegations"))
_LED_BY = frozenset(syllables_of(w) for w in word_list("posts.led-by-openers"))
_LEAD_VERBS = Phrases(syllables_of(w) for w in word_list("events.lead-verbs"))
#: The bodies whose delegation gives a post: a body or a country (a province's is told by its committee).
_BODY_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.COUNTRY})
#: How many pieces after the name the verb of leading may stand ("X , Phó Chủ_tịch tỉnh , dẫn_đầu").
_LEAD_REACH = 8
#: How many pieces the delegation's noun may take ("đoàn công_tác").
_DELEGATION_WORDS = 3


def delegation_body(view: ArticleView, title_start: int, k: int) -> int | None:
    """The piece of the body whose delegation the person at piece ``k`` leads, the title at
    ``title_start`` written after "do" and naming no body, or None."""
    first, last = view.bounds(k)
    opener = title_start - 1
    if opener - 2 < first or view.pieces[opener].syllables not in _LED_BY:
        return None
    body = opener - 1
    mention = view.pieces[body].mention
    if mention is None or mention.reference or mention.type not in _BODY_TYPES:
        return None
    end = body - 1 if view.pieces[body - 1].syllables in BODY_OF else body
    if not any(view.match_any(i, _DELEGATIONS) == end for i in range(max(first, end - _DELEGATION_WORDS), end)):
        return None
    if not any(view.match_any(i, _LEAD_VERBS) is not None for i in range(k + 1, min(last, k + 1 + _LEAD_REACH))):
        return None
    return body
