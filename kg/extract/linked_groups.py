"""Groups tied to a larger network: "nhóm phiến_quân Nusra có liên_hệ với tổ_chức al-Qaeda".

A body written after the noun of a group or movement (``places.group-kinds``: "nhóm",
"lực_lượng", "phiến_quân"), then a phrase of tie (``linked-groups.ties``: "có liên_hệ với",
"liên_kết với"), then a body, maybe after a few words naming its kind ("tổ_chức khủng_bố"):
the group is affiliated with that body, ``group –memberOf→ network``.
"""

from __future__ import annotations

from kg.extract.frames import ends_with_any, is_barrier, phrase_set, provenance
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list
from kg.model import EntityType, Mention, Statement

EXTRACTOR = "affiliations"
#: Confidence of a group's tie to a network (docs/confidence.md).
CONFIDENCE = 0.7
_GROUP_KINDS = phrase_set(*word_list("places.group-kinds"))
_TIES = phrase_set(*word_list("linked-groups.ties"))
#: How many words may name the network's kind before its name ("tổ_chức khủng_bố").
_KIND_REACH = 3


def find_linked_groups(view: ArticleView) -> list[Statement]:
    """``group –memberOf→ network`` told by a group's noun and a phrase of tie."""
    statements: list[Statement] = []
    for k, piece in enumerate(view.pieces):
        if not _is_body(piece.mention):
            continue
        first, last = view.bounds(k)
        if k - 1 < first or not view.pieces[k - 1].is_word or ends_with_any(view, k - 1, _GROUP_KINDS, first) is None:
            continue
        tie = view.match_any(k + 1, _TIES) if k + 1 < last else None
        if tie is None:
            continue
        network = _body_after_kind(view, tie, last)
        if network is not None and view.pieces[network].mention.key != piece.mention.key:
            evidence = provenance(view, k, network, EXTRACTOR, CONFIDENCE)
            statements.append(Statement(piece.mention, "memberOf", view.pieces[network].mention, evidence))
    return statements


def _body_after_kind(view: ArticleView, j: int, last: int) -> int | None:
    """The body at piece ``j``, or after a few lowercase words naming its kind, or None."""
    for step in range(j, min(last, j + _KIND_REACH + 1)):
        piece = view.pieces[step]
        if piece.mention is not None:
            return step if _is_body(piece.mention) else None
        if is_barrier(piece) or not piece.is_word or piece.text[:1].isupper():
            return None
    return None


def _is_body(mention: Mention | None) -> bool:
    return mention is not None and mention.type is EntityType.ORGANIZATION and not mention.reference
