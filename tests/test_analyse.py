"""Tokens, repair of glued tokens, sentences and article structure."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.analyse import analyse, tokenise
from kg.analyse.tokens import is_foreign_word, is_vietnamese_syllable, raw_tokens
from kg.model import Article


def _article(text: str, title: str | None = None, published: str | None = None) -> Article:
    return Article(id="a", text=text, source="test", title=title, published=published)


@pytest.mark.parametrize(
    ("text", "glued", "pieces"),
    [
        # A name glued to the next word; the article uses the name on its own elsewhere.
        ("ông Kim nói , ông Kim cười . Đây là chuyến đi của ông Kim_kể từ năm 2019 .", "Kim_kể", ["Kim", "kể"]),
        ("ông Kim nói , ông Kim cười . Các hoạt_động của ông Kim_tại Nga .", "Kim_tại", ["Kim", "tại"]),
        ("ông Kim nói , ông Kim cười . Ông Putin và ông Kim_sau đó hội_đàm .", "Kim_sau", ["Kim", "sau"]),
        ("ông Kim nói , ông Kim cười . \" Nga đang trỗi dậy \" , ông Kim_phát_biểu .", "Kim_phát_biểu", ["Kim", "phát_biểu"]),
        # A credit glued to the next sentence.
        ("lãnh_đạo tại Amur . Ảnh : AFP_Phát_ngôn_viên Peskov cho biết .", "AFP_Phát_ngôn_viên", ["AFP", "Phát_ngôn_viên"]),
        ("tại vùng Amur . Ảnh : Reuters_Ông Kim đến Nga .", "Reuters_Ông", ["Reuters", "Ông"]),
        ("ngày 15/9 . Video : Zvezda_Phát_ngôn_viên Bộ Ngoại_giao Mỹ nói .", "Zvezda_Phát_ngôn_viên", ["Zvezda", "Phát_ngôn_viên"]),
        ("Viễn_Đông . Đồ_họa : BBC_Như_Tâm ( Theo Reuters )", "BBC_Như_Tâm", ["BBC", "Như_Tâm"]),
        # Two names glued.
        ("hãng thông_tấn trung_ương Triều_Tiên_KCNA đưa tin .", "Triều_Tiên_KCNA", ["Triều_Tiên", "KCNA"]),
        ("tại vùng Amur , Viễn_Đông_Nga ngày 13/9 .", "Viễn_Đông_Nga", ["Viễn_Đông", "Nga"]),
        ("Thủ_tướng Nhật_Bản_Shinzo_Abe nói .", "Nhật_Bản_Shinzo_Abe", ["Nhật_Bản", "Shinzo_Abe"]),
        # A word glued to a name or a date.
        ("chuyến thăm_Nga của ông .", "thăm_Nga", ["thăm", "Nga"]),
        ("chuyên_gia Mỹ_cáo_buộc Nga .", "Mỹ_cáo_buộc", ["Mỹ", "cáo_buộc"]),
        ("lập_trường của đảng_Lao_động Triều_Tiên .", "đảng_Lao_động", ["đảng", "Lao_động"]),
        ("cuộc họp ở Nga hôm_13/9 , ông nói .", "hôm_13/9", ["hôm", "13/9"]),
        # Punctuation glued to a word.
        ("của Nga ._Phát_ngôn_viên Peskov cho biết .", "._Phát_ngôn_viên", [".", "Phát_ngôn_viên"]),
        ("các nhiệm_vụ chi NSNN” - báo_cáo", "NSNN”", ["NSNN", "”"]),
        # A clause word, a cue or a title glued to the name after it.
        ("Khi_Bằng_Kiều làm giám_khảo .", "Khi_Bằng_Kiều", ["Khi", "Bằng_Kiều"]),
        ("Tờ_Chosun_Ilbo dẫn lại báo Nhật .", "Tờ_Chosun_Ilbo", ["Tờ", "Chosun_Ilbo"]),
        ("Đại_sứ Mỹ_Anthony_Wayne tới ngay .", "Mỹ_Anthony_Wayne", ["Mỹ", "Anthony_Wayne"]),
        ("người đồng cấp Saudi_Arabia_Saud al-Faisal tại Paris", "Saudi_Arabia_Saud", ["Saudi_Arabia", "Saud"]),
        ("Thủ_tướng Ấn Độ_Manmohan_Singh cho rằng", "Độ_Manmohan_Singh", ["Độ", "Manmohan_Singh"]),
        # ... also when the previous token holds more than one syllable
        ("Tổng_thư_ký Liên_Hợp Quốc_Ban Ki-moon nói .", "Quốc_Ban", ["Quốc", "Ban"]),
        ("Bộ_trưởng Ngoại_giao Hàn Quốc_Yun Byung-se nói .", "Quốc_Yun", ["Quốc", "Yun"]),
        # The longest known name at the start decides where to cut ("Hồ" and "Đài" are cues too).
        ("Chủ_tịch Trung_Quốc_Hồ_Cẩm_Đào nói", "Trung_Quốc_Hồ_Cẩm_Đào", ["Trung_Quốc", "Hồ_Cẩm_Đào"]),
        ("nhà địa_chất_học Đài_Loan_Hsiao_Wen nói", "Đài_Loan_Hsiao_Wen", ["Đài_Loan", "Hsiao_Wen"]),
        ("hòa_bình trên Biển_Đông_Ngoại trưởng Ấn Độ nói", "Biển_Đông_Ngoại", ["Biển_Đông", "Ngoại"]),
        # The segmenter put the boundary one syllable early: "Phó_Chủ tịch".
        ("Phó_Chủ tịch nước phát_biểu .", "Phó_Chủ", ["Phó", "Chủ"]),
        ("đoạn qua tỉnh Bình_Dương_Lực lượng chức_năng đã", "Bình_Dương_Lực", ["Bình_Dương", "Lực"]),
    ],
)
def test_tokens_repair_splits_glued_token(text: str, glued: str, pieces: list[str]) -> None:
    tokens = tokenise(text)
    start = text.index(glued)
    inside = [t for t in tokens if start <= t.start < start + len(glued)]
    assert [t.text for t in inside] == pieces
    assert all(text[t.start : t.end] == t.text for t in tokens)


@pytest.mark.parametrize(
    "text",
    [
        "Lãnh_đạo Triều_Tiên Kim_Jong-un đến Nga .",  # a name and common words capitalised at a start
        "Tổng_thống Nga Vladimir_Putin nói .",
        "Thái_Bình_Dương và Hội_đồng Bảo_an Liên_Hợp_Quốc .",  # a gazetteer name made of names
        "ông Nguyễn_Văn_An phát_biểu .",  # a Vietnamese full name
        "Người_phát_ngôn Điện_Kremlin cho_hay Tuy_nhiên .",
        "Viện_Hàn_lâm Khoa_học Nga ở Vladivostok .",
        # Names whose parts are also places, clause words or numbers.
        "Trung_tâm thành_phố Tuy_Hòa ngập .",
        "quận Từ_Liêm , Hà_Nội .",
        "Việt_Anh - Thu_Phương song_ca .",
        "ông Trần_Quang_Quý , Demba_Ba và Thủ_Dầu_Một .",
        # Foreign names of two words, one of which is also a name.
        "Samsung_Galaxy S4 và Atletico_Madrid ở Paris_Masters .",
        "tờ Sydney_Morning_Herald và Bangkok_Post ; Ảnh : Getty_Images .",
    ],
)
def test_tokens_repair_keeps_words_whole(text: str) -> None:
    assert [t.text for t in tokenise(text)] == text.split()


@pytest.mark.parametrize(
    ("syllable", "vietnamese"),
    [("Kim", True), ("Nga", True), ("nghiêng", True), ("Putin", False), ("Reuters", False), ("Zvezda", False)],
)
def test_tokens_vietnamese_syllable_shape(syllable: str, vietnamese: bool) -> None:
    assert is_vietnamese_syllable(syllable) is vietnamese
    assert is_foreign_word(syllable) is not vietnamese


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Kim_kể", "AFP_Phát_ngôn_viên", "._Ông", "hôm_13/9", "Nga", ".", "ông", " ", "  ", "_", "a__b", "Ảnh", ":", "(", ")", "Theo"]), max_size=30))
def test_analyse_tokens_are_slices_of_the_unchanged_text(parts: list[str]) -> None:
    text = " ".join(parts)
    analysed = analyse(_article(text))
    assert analysed.article.text == text
    for sentence in analysed.sentences:
        assert sentence.start == sentence.tokens[0].start and sentence.end == sentence.tokens[-1].end
        for token in sentence.tokens:
            assert text[token.start : token.end] == token.text
    starts = [t.start for s in analysed.sentences for t in s.tokens]
    assert starts == sorted(starts)


def test_analyse_captions_become_credits_and_caption_sentences() -> None:
    text = (
        "Ông Putin gặp ông Kim Lãnh_đạo Triều_Tiên đến Nga hôm 12/9 . "
        "Tổng_thống Nga Vladimir_Putin ( phải ) và lãnh_đạo Triều_Tiên tại Amur hôm 13/9 . "
        "Ảnh : AFP_Phát_ngôn_viên Điện_Kremlin Dmitry_Peskov cho biết . "
        "Cảnh ông Kim tại nhà_máy . Video : RIA_Novosti Ông Putin nói ."
    )
    analysed = analyse(_article(text))
    kinds = [(s.kind, text[s.start : s.end].split()[0]) for s in analysed.sentences]
    assert kinds == [
        ("title", "Ông"),
        ("body", "Lãnh_đạo"),
        ("caption", "Tổng_thống"),
        ("body", "Phát_ngôn_viên"),
        ("caption", "Cảnh"),
        ("body", "Ông"),
    ]
    assert [(c.kind, c.name, text[c.start : c.end]) for c in analysed.credits] == [
        ("photo", "AFP", "AFP"),
        ("video", "RIA Novosti", "RIA_Novosti"),
    ]
    words = [t.text for s in analysed.sentences for t in s.tokens]
    assert "Ảnh" not in words and "AFP" not in words and "Video" not in words


@pytest.mark.parametrize(
    ("credit", "name"),
    [
        # a photographer's Vietnamese name cut by the segmenter, the next sentence run into it
        ("Ảnh : Việt Dũng Đây là điểm đáng chú_ý .", "Việt Dũng"),
        ("Ảnh : Sỹ Bình Theo đó , cháy_nổ do chập điện .", "Sỹ Bình"),
        ("Ảnh : Lý Võ Phú Hưng .", "Lý Võ Phú Hưng"),
        # an agency: a Vietnamese word after it is no part of it
        ("Ảnh : AFP Tổng_thống Mỹ phát_biểu .", "AFP"),
        # a listed name or a title ends the name
        ("Ảnh : Minh Tuấn Nga đã đồng_ý .", "Minh Tuấn"),
        ("Ảnh : Minh Tuấn Bộ_trưởng cho biết .", "Minh Tuấn"),
        # initials before the name: the credit is the initials alone
        ("Ảnh : N.Khánh Hoàng Công Thái cho biết .", "N.Khánh"),
        # at most four syllables
        ("Ảnh : Hoàng Minh Tuấn Kiệt Khang đến .", "Hoàng Minh Tuấn Kiệt"),
    ],
)
def test_analyse_caption_credit_takes_a_vietnamese_name_whole(credit: str, name: str) -> None:
    text = f"Nga và Triều_Tiên hợp_tác về không_gian . Quang_cảnh cuộc họp - {credit}"
    analysed = analyse(_article(text, title="Tin"))
    assert [c.name for c in analysed.credits if c.kind == "photo"] == [name]


@pytest.mark.parametrize(
    ("ending", "author", "sources"),
    [
        ("Huyền_Lê ( Theo AFP , Reuters )", "Huyền Lê", ["AFP", "Reuters"]),
        ("Ngọc_Ánh ( Theo TASS )", "Ngọc Ánh", ["TASS"]),
        ("NGUYỆT_PHƯƠNG", "NGUYỆT PHƯƠNG", []),
        ("CT ( Theo AP/RIA Novosti )", "CT", ["AP", "RIA Novosti"]),
        ("Theo BBC", None, ["BBC"]),
        # a second source after "Theo" in the byline's outlet
        ("Bích_Đào / VOV online Theo AP", "Bích Đào", ["VOV online", "AP"]),
        ("Bích_Đào / VOV online theo Reuters", "Bích Đào", ["VOV online", "Reuters"]),
        # words of the work done name no source
        ("Quang_Tám ( Tổng_hợp )", "Quang Tám", []),
        ("Ngân_Giang ( Dịch )", "Ngân Giang", []),
        ("PV / VOV online Tổng_hợp", "PV", ["VOV online"]),
        ("Hải_Yến ( Tổng_hợp ANTĐ / Infonet )", "Hải Yến", ["ANTĐ", "Infonet"]),
    ],
)
def test_analyse_closing_byline_is_metadata(ending: str, author: str | None, sources: list[str]) -> None:
    text = f"Nga và Triều_Tiên hợp_tác về không_gian . {ending}"
    analysed = analyse(_article(text, title="Tin"))
    assert analysed.author == author
    if author is not None:
        assert analysed.author_span is not None
        assert text[analysed.author_span[0] : analysed.author_span[1]].replace("_", " ") == author
    assert [c.name for c in analysed.credits if c.kind == "source"] == sources
    assert analysed.sentences[-1].tokens[-1].text == "."


def test_analyse_headline_on_its_own_line() -> None:
    text = "Ông Putin gặp ông Kim\nTổng_thống Nga Vladimir_Putin tiếp lãnh_đạo Triều_Tiên ."
    analysed = analyse(_article(text))
    assert analysed.title == "Ông Putin gặp ông Kim"
    assert [s.kind for s in analysed.sentences] == ["title", "body"]


def test_analyse_single_sentence_has_no_headline() -> None:
    analysed = analyse(_article("Tổng_thống Nga Vladimir_Putin tiếp lãnh_đạo Triều_Tiên Kim_Jong-un tại Moskva ."))
    assert analysed.title is None
    assert [s.kind for s in analysed.sentences] == ["body"]


def test_analyse_keeps_given_title_and_reads_body_only() -> None:
    text = "Lãnh_đạo Triều_Tiên đến Nga . Ông Putin nói ."
    analysed = analyse(_article(text, title="Ông Kim thăm Nga"))
    assert analysed.title == "Ông Kim thăm Nga"
    assert analysed.title_span is None
    assert [s.kind for s in analysed.sentences] == ["body", "body"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # "Lãnh_đạo" is written lowercase later, so its capital here starts a sentence.
        ("Ông Kim_Jong-un : Nga sẽ đại_thắng trước đối_thủ Lãnh_đạo Triều_Tiên tin Nga sẽ thắng . "
         "TASS dẫn lời lãnh_đạo Triều_Tiên .",
         "Ông Kim Jong-un : Nga sẽ đại thắng trước đối thủ"),
        # A title after a lowercase word is its object, not a new sentence.
        ("Ông Putin và ông Kim_Jong-un tặng súng cho nhau Điện_Kremlin xác_nhận Tổng_thống Nga Vladimir_Putin tặng súng . Ông nói .",
         "Ông Putin và ông Kim Jong-un tặng súng cho nhau"),
        ("Ông Putin gặp ông Kim_Jong-un Tổng_thống Putin tiếp lãnh_đạo Triều_Tiên . Ông nói .", "Ông Putin gặp ông Kim Jong-un"),
        ("Ông Kim_Jong-un thăm nhà_máy máy_bay Nga Lãnh_đạo Triều_Tiên đến thăm nhà_máy . Ông nói .",
         "Ông Kim Jong-un thăm nhà máy máy bay Nga"),
    ],
)
def test_analyse_splits_headline_from_body(text: str, title: str) -> None:
    analysed = analyse(_article(text))
    assert analysed.title == title
    assert analysed.sentences[0].kind == "title"
    assert analysed.title_span == (analysed.sentences[0].start, analysed.sentences[0].end)


def test_analyse_quoted_sentences_keep_their_quotes() -> None:
    text = "Ông nói . \" Tôi tin Nga . Có hạn_chế \" , ông Putin nói . \" Đây là sân_bay \" ."
    analysed = analyse(_article(text, title="t"))
    sentences = [text[s.start : s.end] for s in analysed.sentences]
    assert sentences == ["Ông nói .", "\" Tôi tin Nga .", "Có hạn_chế \" , ông Putin nói .", "\" Đây là sân_bay \" ."]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a name's initial and its period do not end the sentence
        ("Ông tiếp ông Sergei V . Mikhailov , tổng_giám_đốc . Hai bên ký thỏa_thuận .", 2),
        ("Ông George_W . Bush đến Hà_Nội .", 1),
        # nor does the period of an abbreviation written before a name
        ("Nợ xấu của các ngân_hàng trên địa_bàn TP . HCM tăng . Ngân_hàng bán nợ .", 2),
        ("Theo PGS . Nghiêm_Đình_Vỳ , sách quá dài .", 1),
        ("UBND_TP . Hà_Nội họp chiều qua .", 1),
        ("Khán_giả cổ_vũ Mr . Đàm rất nhiệt_tình .", 1),
        # a period after a lowercase word or a number still does
        ("Ông đến lúc 9 . Sau đó ông về .", 2),
        # and after a word no list gives as an abbreviation before names
        ("Mã BVH tăng lên 40.700 đồng/CP . MSN tăng 0,6% .", 2),
        ("Nhà_máy đặt ở xã Tân_Lập . Sau đó ông về .", 2),
    ],
)
def test_analyse_initials_do_not_end_a_sentence(text: str, count: int) -> None:
    assert len(analyse(_article(text, title="t")).sentences) == count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("   ", []),
        ("Ông Ba_Tư đến .", [("Ông", 0, 3), ("Ba_Tư", 4, 9), ("đến", 10, 13), (".", 14, 15)]),
        ("  ta  ta ", [("ta", 2, 4), ("ta", 6, 8)]),
        ("a\u00a0b\u3000c\td\ne", [("a", 0, 1), ("b", 2, 3), ("c", 4, 5), ("d", 6, 7), ("e", 8, 9)]),
        ("x\u200by z", [("x\u200by", 0, 3), ("z", 4, 5)]),  # a zero-width space is no whitespace
        ("ab abc ab", [("ab", 0, 2), ("abc", 3, 6), ("ab", 7, 9)]),
    ],
)
def test_analyse_raw_tokens_are_the_whitespace_separated_runs_with_offsets(text, expected):
    assert raw_tokens(text) == expected
    assert all(text[start:end] == word for word, start, end in raw_tokens(text))
