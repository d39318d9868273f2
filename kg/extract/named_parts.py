"""Parts of a body told by their names: "Ủy_ban Pháp_luật của Quốc_hội", "Hội_đồng Thành_viên ACBS",
"Ban thanh_tra nhân_dân trường Tân_Lập 1"; a governing organ named after its body ("Ủy_ban Thường_vụ
Quốc_hội", "Ban Chấp_hành Trung_ương Đảng", ``bodies.governing-organs``) stands for the body's
leadership and is no part read from its name.

A body whose name opens with the kind of a part (``bodies.part-heads``: "ban", "ủy_ban",
"hội_đồng", "phòng", "cục" …) and ends with the name of another body of the same
article, written there on its own, is a part of that body: ``part –partOf→ whole``.
The whole must be named alone somewhere in the article, so that a place ("Sở Y_tế
Hà_Nội") or a word that is no body's name never becomes a parent; a body named in a
person's title counts ("lãnh_đạo Công_an Hà_Nội cho_biết , Phòng Cảnh_sát Hình_sự
Công_an Hà_Nội …"), and a dash may join the part's own words to the whole's name
("Sở Giao_dịch - Ngân_hàng Nhà_nước").
"""

from __future__ import annotations

from kg.extract.frames import phrase_set, provenance
from kg.extract.pieces import ArticleView
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention, Statement

EXTRACTOR = "bodies"
#: Confidence of a part read from its name (docs/confidence.md).
CONFIDENCE_NAMED_PART = 0.75
#: Kinds of part that open a part's name ("Ban …", "Ủy_ban …", "Hội_đồng …").
_PART_HEADS = phrase_set(*word_list("bodies.part-heads"))
#: A word that may join the part's own words to its whole's name ("Ủy_ban Pháp_luật của Quốc_hội").
_OF = frozenset(syllables_of(w) for w in word_list("affiliations.of")) | {("-",), ("–",)}
#: Kinds of group that are no part of the body they are named after ("Ban tổ_chức" of a show, "Ban nhạc").
_NOT_PARTS = phrase_set(*word_list("bodies.not-part-heads"))
#: Bodies of their own that a part's words may name before the whole ("Ban chấp_hành Công_đoàn
#: Ngân_hàng X" is a part of the bank's union, not of the bank).
_BODIES_WITHIN = phrase_set(*word_list("bodies.bodies-within"))
#: Words of a governing organ's own name ("Ủy_ban Thường_vụ Quốc_hội", "Hội_đồng Điều_hành OPCW"): the organ
#: stands for its body's leadership, so its name tells no part of the body.
_GOVERNING = phrase_set(*word_list("bodies.governing-organs"))
#: How many syllables a kind of part has at most.
_HEAD_REACH = 3
#: How many syllables of its own a part's name may have between its kind and its whole
#: ("Ban cha_mẹ học_sinh …"); more is a clause the name has swallowed.
_OWN_REACH = 5


def find_named_parts(view: ArticleView) -> list[Statement]:
    """``part –partOf→ whole`` for every body whose name ends with the name of another body of the article."""
    wholes: dict[tuple[str, ...], Mention] = {}
    for piece in view.pieces:
        for mention in _named_alone(view, piece.mention):
            wholes.setdefault(syllables_of(mention.text), mention)
    statements: list[Statement] = []
    for k, piece in enumerate(view.pieces):
        mention = piece.mention
        if not _is_body(mention):
            continue
        whole = _whole_named_in(syllables_of(mention.text), wholes)
        if whole is not None and whole.key != mention.key:
            statements.append(Statement(mention, "partOf", whole, provenance(view, k, k, EXTRACTOR, CONFIDENCE_NAMED_PART)))
    return statements


def _named_alone(view: ArticleView, mention: Mention | None) -> list[Mention]:
    """The bodies a mention names on their own: the body itself, or those inside a person's title
    ("lãnh_đạo Công_an Hà_Nội"); a body inside another body's name is not named alone."""
    if mention is None:
        return []
    if _is_body(mention):
        return [mention]
    if mention.type is EntityType.PERSON:
        return [m for m in view.nested.get(mention.key, ()) if _is_body(m)]
    return []


def _is_body(mention: Mention | None) -> bool:
    return mention is not None and mention.type is EntityType.ORGANIZATION and not mention.reference


def _whole_named_in(name: tuple[str, ...], wholes: dict[tuple[str, ...], Mention]) -> Mention | None:
    """The body whose whole name ends ``name`` after a kind of part and at least one word of the part's own."""
    head = max((n for n in range(1, min(_HEAD_REACH, len(name)) + 1) if name[:n] in _PART_HEADS), default=0)
    if head == 0 or any(name[:n] in _NOT_PARTS for n in range(1, min(_HEAD_REACH, len(name)) + 1)):
        return None
    for cut in range(head + 1, min(len(name), head + _OWN_REACH + 1)):
        if _names_a_body(name[head:cut]) or _names_a_governing_organ(name[1:cut]):
            return None
        rest = name[cut + 1 :] if name[cut : cut + 1] in _OF else name[cut:]
        whole = wholes.get(rest)
        if whole is not None:
            return whole  # the longest whole: "Ban X Công_an Hà_Nội" is a part of "Công_an Hà_Nội"
    return None


def _names_a_governing_organ(words: tuple[str, ...]) -> bool:
    """Whether the part's words past its first one call it its body's governing organ ("Chấp_hành", "Thường_vụ")."""
    return any(words[i:j] in _GOVERNING for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _names_a_body(words: tuple[str, ...]) -> bool:
    """Whether the part's own words hold a body of its own ("chấp_hành Công_đoàn")."""
    return any(words[i:j] in _BODIES_WITHIN for i in range(len(words)) for j in range(i + 1, len(words) + 1))
