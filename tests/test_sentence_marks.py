"""Sentence ends that are not: an exclamation mark inside a name; a heading run into its text."""

from __future__ import annotations

import pytest

from kg.analyse import analyse
from kg.article import extract_article
from kg.model import Article


def sentences(text: str) -> list[str]:
    analysed = analyse(Article(id="a", text=text, source="test", title="t"))
    return [analysed.article.text[s.start : s.end] for s in analysed.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name listed with its mark
        (
            "Theo Slashgear , khi mở Yahoo ! Mail hôm_nay , người dùng sẽ thấy giao_diện mới . Ứng_dụng có trên Android .",
            ["Theo Slashgear , khi mở Yahoo ! Mail hôm_nay , người dùng sẽ thấy giao_diện mới .", "Ứng_dụng có trên Android ."],
        ),
        # a name the article writes with its mark before a lowercase word
        (
            "Công_ty Zing ! ra_mắt bản mới . Người dùng Zing ! Mail vui .",
            ["Công_ty Zing ! ra_mắt bản mới .", "Người dùng Zing ! Mail vui ."],
        ),
        # an exclamation after a name called out still ends the sentence
        ("Cố lên Khánh ! Anh sẽ thắng . Mọi người cổ_vũ .", ["Cố lên Khánh !", "Anh sẽ thắng .", "Mọi người cổ_vũ ."]),
        # a heading without a mark, then a clause word opening the text
        (
            "Ông nói ở đó . Mỹ trấn_an Liên_Hiệp_Quốc Những cáo_buộc trên được tiết_lộ hôm_qua . Ông về .",
            ["Ông nói ở đó .", "Mỹ trấn_an Liên_Hiệp_Quốc", "Những cáo_buộc trên được tiết_lộ hôm_qua .", "Ông về ."],
        ),
    ],
)
def test_sentence_marks_split(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clause word inside a name, before a capitalised word
        "Ông đến thành_phố Phú_Yên Tuy Hòa hôm_qua .",
        # a clause word after a lowercase word is not capitalised by a heading
        "Họ đọc cuốn sách Những người khốn_khổ ở trường .",
        # a pronoun after a salutation's addressee opens no heading's text
        "Kính_gửi : Đồng_chí Nguyễn_Thế_Thảo - Chủ_tịch Ủy_ban nhân_dân Thành_phố Hà_Nội Tôi là Nguyễn_Văn_Nam , giảng_viên .",
        # a comma before: the name of a programme goes on
        "Song_song đó , Hành_trình Vì khát_vọng Việt về nông_thôn sẽ diễn ra .",
        # the head of an event's name goes on into the name
        "Phát_biểu với các phóng_viên sau Hội_nghị Những người bạn của Syria , ông nói .",
        # a long sentence is no heading
        "Bộ Ngoại_giao Mỹ cho_biết sẽ cử đoàn công_tác gồm nhiều quan_chức cấp cao tới thăm các nước Đông_Nam_Á và Liên_Hiệp_Quốc Trong tuần tới họ sẽ về .",
    ],
)
def test_sentence_marks_no_split(text):
    assert len(sentences(text)) == 1


def test_sentence_marks_heading_before_the_headline_end_is_the_headline():
    analysed = analyse(Article(id="a", text="Tư_Hoàng Tại buổi sơ_kết giữa Tổng_cục Cảnh_sát và Tổng_cục Thuế , ông nói . Ông về .", source="test"))
    text = analysed.article.text
    spans = [text[s.start : s.end] for s in analysed.sentences]
    assert "Tổng_cục Cảnh_sát" in spans[1]


def test_sentence_marks_offsets_stay_true_for_raw_input():
    raw = (
        "Theo trang tin Slashgear, khi mở Yahoo! Mail ngày hôm nay, người dùng sẽ được cung cấp nhiều chủ đề. "
        "Ông nói ở đó. Mỹ trấn an Liên Hiệp Quốc Những cáo buộc trên được tiết lộ hôm qua. Ông về nhà."
    )
    extraction = extract_article(Article(id="a", text=raw, source="test", segmented=False), learned=False)
    text = extraction.article.text
    assert text == raw
    spans = [text[s.start : s.end] for s in extraction.analysed.sentences]
    assert spans[0].startswith("Theo trang tin Slashgear, khi mở Yahoo! Mail")
    assert "Mỹ trấn an Liên Hiệp Quốc" in spans
    assert "Những cáo buộc trên được tiết lộ hôm qua." in spans
