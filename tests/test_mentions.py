"""Mentions: gold standard on the seeds, and behaviours built in each test."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from kg.analyse import analyse
from kg.extract.mentions import find_mentions
from kg.model import Article, EntityType, Mention
from kg.reader import read_inputs

ROOT = Path(__file__).resolve().parents[1]
GOLD = json.loads((ROOT / "tests" / "gold" / "mentions.json").read_text(encoding="utf-8"))["articles"]
#: Measured on the seeds: every mention the gold has is found, and nothing else, in every type.
MIN_PRECISION = 1.0
MIN_RECALL = 1.0


def _mentions(text: str) -> tuple[Mention, ...]:
    return find_mentions(analyse(Article(id="a", text=text, source="test", title="t")))


def _by_text(text: str) -> dict[str, Mention]:
    return {m.text: m for m in _mentions(text)}


def test_mentions_gold_precision_and_recall_per_type_on_seeds() -> None:
    found: Counter[str] = Counter()
    expected: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    articles = {a.id: a for a in read_inputs([ROOT / "seeds"]) if isinstance(a, Article)}
    assert set(articles) == set(GOLD)
    for article_id, article in articles.items():
        gold = {(g["start"], g["end"], g["type"], g.get("reference", False)) for g in GOLD[article_id]}
        for g in GOLD[article_id]:
            assert article.text[g["start"] : g["end"]] == g["text"]
        system = {(m.start, m.end, m.type.value, m.reference) for m in find_mentions(analyse(article))}
        for key in gold:
            expected["reference" if key[3] else key[2]] += 1
        for key in system:
            label = "reference" if key[3] else key[2]
            found[label] += 1
            correct[label] += key in gold
    print()
    for label in sorted(expected | found):
        precision = correct[label] / found[label] if found[label] else 0.0
        recall = correct[label] / expected[label] if expected[label] else 0.0
        print(f"{label:>13}: precision {precision:.3f} ({correct[label]}/{found[label]})  "
              f"recall {recall:.3f} ({correct[label]}/{expected[label]})")
    # Precision for every type the program emits, recall for every type the gold has.
    for label in found:
        assert correct[label] / found[label] >= MIN_PRECISION, f"{label}: precision {correct[label]}/{found[label]}"
    for label in expected:
        assert correct[label] / expected[label] >= MIN_RECALL, f"{label}: recall {correct[label]}/{expected[label]}"


@pytest.mark.parametrize(
    ("text", "name", "title", "honorific", "prefix"),
    [
        ("Hôm_qua , Tổng_thống Nga Vladimir_Putin nói .", "Vladimir_Putin", "Tổng_thống Nga", None, "Tổng_thống"),
        ("Sau đó phát_ngôn_viên Điện_Kremlin Dmitry_Peskov nói .", "Dmitry_Peskov", "phát_ngôn_viên Điện_Kremlin", None, "phát_ngôn_viên"),
        ("Họ gặp Chủ_tịch Kim_Jong-un hôm_nay .", "Kim_Jong-un", "Chủ_tịch", None, "Chủ_tịch"),
        ("Sau đó ông Putin nói .", "Putin", None, "ông", "ông"),
        ("Ông Putin nói .", "Putin", None, "ông", "Ông"),
        ("Phát_ngôn Bộ Ngoại_giao Mỹ Matthew_Miller nói .", "Matthew_Miller", "Phát_ngôn Bộ Ngoại_giao Mỹ", None, "Phát_ngôn"),
        ("Bộ_trưởng Quốc_phòng Nga Sergei_Shoigu kiểm_tra .", "Sergei_Shoigu", "Bộ_trưởng Quốc_phòng Nga", None, "Bộ_trưởng"),
        ("Hôm_qua bà Angela_Merkel nói .", "Angela_Merkel", None, "bà", "bà"),
        # An institution after a title is its qualifier, and the name after it stays a person.
        ("Tham_dự có Phó_Chủ tịch Quốc_hội Uông_Chu_Lưu , đại_diện .", "Uông_Chu_Lưu", "Phó_Chủ tịch Quốc_hội", None, "Phó_Chủ"),
        # The country name cut in two by the segmenter: "Ấn Độ_Manmohan_Singh".
        ("Thủ_tướng Ấn Độ_Manmohan_Singh cho rằng .", "Manmohan_Singh", "Thủ_tướng Ấn Độ", None, "Thủ_tướng"),
        # Professions spelt with "sỹ" as with "sĩ".
        ("Tối_qua ca_sỹ Hà_Anh_Thư hát .", "Hà_Anh_Thư", "ca_sỹ", None, "ca_sỹ"),
        ("Bài hát của nhạc_sỹ Trần_Văn_Bình được chọn .", "Trần_Văn_Bình", "nhạc_sỹ", None, "nhạc_sỹ"),
        ("Nghệ_sỹ Lê_Thu_Hà biểu_diễn .", "Lê_Thu_Hà", "Nghệ_sỹ", None, "Nghệ_sỹ"),
        # a particle of an Arabic name joined to the syllable before it by the segmenter
        ("Hôm_qua ông Saud_al - Faisal nói .", "Saud_al - Faisal", None, "ông", "ông"),
        ("Sau đó bà Aisha_bin Saleh nói .", "Aisha_bin Saleh", None, "bà", "bà"),
    ],
)
def test_mentions_title_and_honorific_attach_to_the_name(
    text: str, name: str, title: str | None, honorific: str | None, prefix: str
) -> None:
    mention = _by_text(text)[name]
    assert mention.type == EntityType.PERSON
    assert (mention.title, mention.honorific) == (title, honorific)
    assert mention.prefix_start == text.index(prefix)
    assert not mention.reference


@pytest.mark.parametrize(
    ("text", "reference", "qualifier", "qualifier_type"),
    [
        ("Tổng_thống Nga cho biết sẽ thăm .", "Tổng_thống Nga", "Nga", EntityType.COUNTRY),
        ("Ông Kim cảm_ơn ông chủ Điện_Kremlin .", "ông chủ Điện_Kremlin", "Điện_Kremlin", EntityType.ORGANIZATION),
        ("Người_phát_ngôn Điện_Kremlin cũng xác_nhận .", "Người_phát_ngôn Điện_Kremlin", "Điện_Kremlin", EntityType.ORGANIZATION),
        ("Lãnh_đạo Triều_Tiên hôm 12/9 đến Nga .", "Lãnh_đạo Triều_Tiên", "Triều_Tiên", EntityType.COUNTRY),
        ("Công_văn gửi Chủ_tịch UBND_TP Hà_Nội đề_nghị .", "Chủ_tịch UBND_TP Hà_Nội", "Hà_Nội", EntityType.CITY),
    ],
)
def test_mentions_role_phrase_without_name_is_a_reference(
    text: str, reference: str, qualifier: str, qualifier_type: EntityType
) -> None:
    found = _by_text(text)
    mention = found[reference]
    assert mention.reference and mention.type == EntityType.PERSON and mention.title == reference
    assert found[qualifier].type == qualifier_type and not found[qualifier].reference


@pytest.mark.parametrize(
    ("text", "name", "entity_type"),
    [
        ("Ông đến thành_phố Novokuznetsk hôm_qua .", "Novokuznetsk", EntityType.CITY),
        ("Đoàn tàu đến vùng Tambovia ở phía đông .", "Tambovia", EntityType.REGION),
        ("Ông thăm Đại_học Bách_khoa Hà_Nội .", "Đại_học Bách_khoa Hà_Nội", EntityType.ORGANIZATION),
        ("Họ tham_quan sân_bay vũ_trụ Plesetsk .", "sân_bay vũ_trụ Plesetsk", EntityType.FACILITY),
        # a ground named after "sân", as after "sân_vận_động"
        ("Đội khách thua trên sân Anfield tối_qua .", "sân Anfield", EntityType.FACILITY),
        ("Trận đấu diễn ra tại sân Hàng_Đẫy .", "sân Hàng_Đẫy", EntityType.FACILITY),
        ("Ông thăm Nhà_máy sản_xuất ô_tô Gorky .", "Nhà_máy sản_xuất ô_tô Gorky", EntityType.FACILITY),
        ("Ông đến Baikonur_Cosmodrome hôm_qua .", "Baikonur_Cosmodrome", EntityType.FACILITY),
        ("hãng thông_tấn Nga Interfax đưa tin .", "Interfax", EntityType.NEWS_AGENCY),
        ("Ông gặp Tổng_thống Zelensky . Sau đó Zelensky nói .", "Zelensky", EntityType.PERSON),
        ("Hội_đồng Bảo_an Liên_Hợp_Quốc họp .", "Hội_đồng Bảo_an Liên_Hợp_Quốc", EntityType.ORGANIZATION),
        ("Ông thăm Viện_Hàn_lâm Khoa_học Nga .", "Viện_Hàn_lâm Khoa_học Nga", EntityType.ORGANIZATION),
        ("Ông nói tại Washington hôm_qua .", "Washington", EntityType.CITY),
        ("Theo bộ này , chính_quyền Biden sẽ áp_đặt trừng_phạt .", "Biden", EntityType.PERSON),
        ("Tòa nhà ở Mỹ_Đình , Hà_Nội .", "Mỹ_Đình", EntityType.LOCATION),
        # a district the gazetteer lists keeps its type after "ở"
        ("Tòa nhà ở Cầu_Giấy , Hà_Nội .", "Cầu_Giấy", EntityType.REGION),
        ("Trận đấu giữa Arsenal và Dortmund diễn ra .", "Dortmund", EntityType.ORGANIZATION),
        ("Ông làm ở Bộ Tài chính từ năm 2010 .", "Bộ Tài chính", EntityType.ORGANIZATION),
        ("Tờ “ Hoàn_Cầu ” dẫn nguồn tin .", "Hoàn_Cầu", EntityType.NEWS_AGENCY),
        ("Khán_giả cổ_vũ cho U-21 Việt_Nam .", "U-21 Việt_Nam", EntityType.ORGANIZATION),
        ("Sau đó lãnh_đạo UBND_TP xử_lý .", "UBND_TP", EntityType.ORGANIZATION),
        # a known body whose words after the first are written in lowercase
        ("Ông làm ở Bộ kế_hoạch và đầu_tư từ năm 2010 .", "Bộ kế_hoạch và đầu_tư", EntityType.ORGANIZATION),
        ("Bộ_trưởng Bộ tài_chính Trần_Minh_Hoà phát_biểu .", "Bộ tài_chính", EntityType.ORGANIZATION),
    ],
)
def test_mentions_typed_by_gazetteer_and_cues(text: str, name: str, entity_type: EntityType) -> None:
    assert _by_text(text)[name].type == entity_type


@pytest.mark.parametrize(
    "text",
    [
        "Đây là chuyến công_du đầu_tiên .",
        "Khi được hỏi , họ không trả_lời .",
        "Theo bộ này , họ sẽ trừng_phạt .",
        "Lãnh_đạo hai nước gặp nhau .",
        "Ông bắt_tay lãnh_đạo hai nước .",
        "Tuy_nhiên , chúng_tôi tin_tưởng .",
        "\" Chiến_dịch quân_sự đặc_biệt \" là cách gọi .",
        # Acronyms of common nouns, units, numerals and unknown lone words.
        "Tổng vốn đạt 5,5 tỷ USD và 4,8% GDP .",
        "Ông là ủy_viên khóa V , VI , VII .",
        "Họ gọi Gear là bạn đồng_hành .",
        "Hát live liên_tục hơn 20 ca_khúc .",
        "Giá của Galaxy S4 giảm .",
        "Họ không hiểu tiếng Việt và tiếng Anh .",
    ],
)
def test_mentions_sentence_initial_common_words_are_not_names(text: str) -> None:
    assert _mentions(text) == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ông gặp Tổng_thống Hàn_Quốc Park_Geun - hye hôm_qua .", "Park_Geun - hye"),
        ("Họ trừng_phạt Tổng_thống Bashar al - Assad , đồng_minh của Iran .", "Bashar al - Assad"),
        ("Sang set 2 , tay_vợt Juan_Martin del Potro đã vùng lên .", "Juan_Martin del Potro"),
        ("Hoàng_tử Bandar_bin Sultan đến Paris .", "Bandar_bin Sultan"),
        # a middle initial with its period
        ("Cựu Tổng_thống George_W . Bush đến Hà_Nội .", "George_W . Bush"),
    ],
)
def test_mentions_foreign_names_cut_by_the_segmenter_stay_whole(text: str, name: str) -> None:
    assert _by_text(text)[name].type == EntityType.PERSON


@pytest.mark.parametrize(
    "text",
    [
        # a Vietnamese word whose last syllable is also a particle of foreign names is no name
        "Họ bàn về Tự_do báo_chí hôm_qua .",
        "Giá Đô_la tăng hôm_qua .",
    ],
)
def test_mentions_vietnamese_words_ending_like_a_particle_are_not_names(text: str) -> None:
    assert [m for m in _mentions(text) if m.type == EntityType.PERSON] == []


def test_mentions_hyphen_between_places_does_not_join_them() -> None:
    assert [m.text for m in _mentions("Quan_hệ Việt_Nam - Lào và Nga - Triều tốt_đẹp .")] == ["Việt_Nam", "Lào", "Nga", "Triều"]


@pytest.mark.parametrize(
    "text",
    ["Quan_chức và chuyên_gia Mỹ cáo_buộc Nga .", "Khi các cầu_thủ Barca chưa kịp quen sân ."],
)
def test_mentions_profession_without_name_is_not_a_reference(text: str) -> None:
    mentions = _mentions(text)
    assert not any(m.reference for m in mentions)
    assert len({m.key for m in mentions}) == len(mentions)


def test_mentions_are_in_text_order_and_spans_do_not_overlap() -> None:
    text = "Tổng_thống Nga Vladimir_Putin tiếp lãnh_đạo Triều_Tiên Kim_Jong-un tại Vostochny_Cosmodrome , vùng Amur ."
    mentions = _mentions(text)
    assert [m.text for m in mentions] == ["Nga", "Vladimir_Putin", "Triều_Tiên", "Kim_Jong-un", "Vostochny_Cosmodrome", "Amur"]
    for before, after in zip(mentions, mentions[1:]):
        assert before.end <= after.start
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place inside a Vietnamese personal name is a given name
        ("Ông Trần_Tuấn Anh cho_biết giá điện sẽ tăng .", {("Trần_Tuấn Anh", EntityType.PERSON)}),
        ("Ông Thái Anh_Văn cho_biết như vậy .", {("Thái Anh_Văn", EntityType.PERSON)}),
        # a ministry's name stops before the name of its minister
        (
            "Bộ_trưởng Bộ Công_Thương Trần_Tuấn Anh cho_biết .",
            {("Bộ Công_Thương", EntityType.ORGANIZATION), ("Trần_Tuấn Anh", EntityType.PERSON)},
        ),
        # the place after a name that is not Vietnamese stays a place
        ("Ông Putin thăm Anh .", {("Putin", EntityType.PERSON), ("Anh", EntityType.COUNTRY)}),
    ],
)
def test_mentions_a_place_word_inside_a_personal_name(text, expected) -> None:
    found = {(m.text, m.type) for m in _mentions(text) if not m.reference}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "reference_kept"),
    [
        # a role phrase after a body's head word is part of the body's name
        ("Hội_đồng Bộ_trưởng Cuba đã thông_qua lộ_trình .", False),
        ("Người_phát_ngôn của Phủ Tổng_thống Philippines cho_biết .", False),
        # standing alone, it stands for a person
        ("Tổng_thống Nga cho_biết sẽ tới .", True),
    ],
)
def test_mentions_a_role_phrase_inside_a_body_name_is_no_reference(text, reference_kept) -> None:
    from kg.extract import extract

    extraction = extract(analyse(Article(id="a", text=text, source="test", title="t")), learned=False)
    assert any(m.reference for m in extraction.mentions) is reference_kept


# (sentence, name expected, its type): a cue that is part of the name it heads types it.
CUE_TYPED_NAMES = [
    ("Máy_bay hạ_cánh xuống sân_bay Tân_Sơn_Nhất lúc 9 giờ .", "sân_bay Tân_Sơn_Nhất", "Facility"),
    ("Bệnh_nhân được chuyển tới bệnh_viện Chợ_Rẫy trong đêm .", "bệnh_viện Chợ_Rẫy", "Organization"),
    ("Chị Lan mở nhà_hàng Hoa_Sen ở quận 1 .", "nhà_hàng Hoa_Sen", "Organization"),
    ("Người dân tập_trung ở quảng_trường Lê_Lợi chiều qua .", "quảng_trường Lê_Lợi", "Location"),
    ("Người dân tập_trung ở Quảng_trường Đỏ chiều qua .", "Quảng_trường Đỏ", "Location"),
    ("Tàu cá neo ở đảo Lý_Sơn .", "Lý_Sơn", "Location"),
    # A national team is a body, its head kept: "tuyển Pháp" is no country.
    ("Benzema đang khoác áo tuyển Pháp và CLB Real_Madrid .", "tuyển Pháp", "Organization"),
    ("Hai thủ_thành được gọi vào đội_hình tuyển Việt_Nam .", "tuyển Việt_Nam", "Organization"),
    # A facility named by a listed city or body: the listed name stands.
    ("Anh ấy mắc_kẹt ở một sân_bay Moscow suốt một tháng .", "Moscow", "City"),
    ("Việc nhà_máy Nokia đi vào hoạt_động thu_hút lao_động .", "Nokia", "Organization"),
]


# (sentence, a name no cue heads, its type)
NOT_CUE_TYPED = [
    ("Chị ấy trúng_tuyển vào Trường Đại_học Bách_khoa .", "Trường Đại_học Bách_khoa", "Organization"),
    ("Đoàn Pháp tới Hà_Nội hôm_qua .", "Pháp", "Country"),
]


@pytest.mark.parametrize(("text", "name", "entity_type"), NOT_CUE_TYPED)
def test_mentions_a_word_that_only_contains_a_cue_types_nothing(text: str, name: str, entity_type: str) -> None:
    assert _by_text(text)[name].type == EntityType(entity_type)


@pytest.mark.parametrize(("text", "name", "entity_type"), CUE_TYPED_NAMES)
def test_mentions_a_cue_heading_a_name_types_it(text: str, name: str, entity_type: str) -> None:
    assert _by_text(text)[name].type == EntityType(entity_type)
