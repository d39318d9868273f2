"""Repairs of the tagger's spans: each rule of kg/tagger/ on sentences written for it,
with a stand-in for the CRF so that only the repair is tested."""

from __future__ import annotations

import pytest

from kg.analyse import analyse
from kg.model import Article, EntityType, Mention
from kg.tagger.mentions import learned_mentions
from kg.tagger.tagger import TaggedSpan


class _FixedTagger:
    """Stands in for the CRF: tags the given surfaces wherever they occur in a sentence."""

    def __init__(self, spans: dict[str, tuple[str, float]]) -> None:
        self.spans = spans

    def tag_units(self, text, offsets, hints, article_types=None):
        if not offsets:
            return []
        start, end = offsets[0][0], offsets[-1][1]
        found = []
        for surface, (entity_type, confidence) in self.spans.items():
            at = text.find(surface, start, end)
            while at >= 0:
                found.append(TaggedSpan(at, at + len(surface), entity_type, confidence))
                at = text.find(surface, at + len(surface), end)
        return found


def _names(sentence: str, tagged: dict[str, tuple[str, float]], rules: tuple[Mention, ...] = ()) -> list[tuple[str, str]]:
    article = analyse(Article(id="t", text=sentence, source="test", segmented=True))
    return sorted((m.text, m.type.value) for m in learned_mentions(article, rules, _FixedTagger(tagged)))


_ORG = ("Organization", 0.9)

# (sentence, names the tagger finds, expected (text, type) of every name after the repairs)
TICKERS = [
    # a ticker right after "mã", and a list of them, each with its figures in brackets
    ("Phiên này mã TQV tăng 2 % .", {"TQV": _ORG}, []),
    ("Hai mã BXT và LMK đứng giá .", {"BXT": _ORG, "LMK": _ORG}, []),
    ("Giảm mạnh là các mã như QNC ( -2,1 % ) , HVT ( -1,3 % ) và PXA ( -0,8 % ) .", {"QNC": _ORG, "HVT": _ORG, "PXA": _ORG}, []),
    # a few lowercase words ending with an opener may stand between "mã" and the list
    ("Một_số mã cổ_phiếu lớn khác như DRX , MVN vẫn tăng .", {"DRX": _ORG, "MVN": _ORG}, []),
    # the list ends at the first other word: a body after it stays
    ("Các mã TQV , HVT tăng nhờ Ngân_hàng Nhà_nước .", {"TQV": _ORG, "HVT": _ORG, "Ngân_hàng Nhà_nước": _ORG}, [("Ngân_hàng Nhà_nước", "Organization")]),
    # a ticker standing for the company itself, with no "mã" before it, stays
    ("TQV công_bố lãi quý ba .", {"TQV": _ORG}, [("TQV", "Organization")]),
    # lowercase words without an opener, or too many of them: no list
    ("Mã độc do nhóm BXT phát_tán .", {"BXT": _ORG}, [("BXT", "Organization")]),
    # a name that is no run of capitals after "mã" stays
    ("Mã như Hòa_Phát tăng .", {"Hòa_Phát": _ORG}, [("Hòa_Phát", "Organization")]),
]


@pytest.mark.parametrize(("sentence", "tagged", "expected"), TICKERS)
def test_tagger_tickers_listed_after_ma_are_no_names(sentence, tagged, expected) -> None:
    assert _names(sentence, tagged) == sorted(expected)
