"""A pronoun or a bare title standing as the subject of a saying, a meeting or a journey:
the named person it refers back to (``kg.extract.antecedents``, ``kg.extract.references``)."""

from __future__ import annotations

import pytest

from kg.extract.antecedents import MAX_SENTENCES_BACK, gender_of_word, same_person_name
from kg.lexicon import syllables_of
from kg.model import EntityType, EventType, Mention
from test_relations_markup import parse_markup, relations, roles_of


def speakers(markup: str) -> list[list[str]]:
    """The agents of the statements read from ``markup``, in order."""
    _, events = relations(markup)
    return [roles_of(e)["agent"] for e in events if e.type is EventType.STATEMENT]


def participants(markup: str, event_type: EventType) -> list[set[str]]:
    _, events = relations(markup)
    return [set(roles_of(e).get("participant", []) + roles_of(e).get("agent", [])) for e in events if e.type is event_type]


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # the person of the sentence before
        ("Bà [PER Marie_Harf] trả_lời báo_chí . Bà nói rằng hai nước hợp_tác tốt .", "Marie_Harf"),
        # the gender of the pronoun passes over a person of the other gender
        ("Ông [PER Kerry] gặp bà [PER Merkel] . Bà cho_biết hai nước hợp_tác .", "Merkel"),
        ("Ông [PER Kerry] gặp bà [PER Merkel] . Ông cho_biết hai nước hợp_tác .", "Kerry"),
        # "cô", "chị", "anh" alone are pronouns too; a name never written with an honorific agrees with either
        ("Ca_sĩ [PER Mỹ_Tâm] vừa ra album . Cô cho_biết album bán rất chạy .", "Mỹ_Tâm"),
        ("[PER Sharapova] thắng trận chung_kết . Chị nói trận đấu rất khó .", "Sharapova"),
        ("Nghệ_sĩ [PER Hữu_Nguyên] sẽ trình_bày hai tác_phẩm . Theo anh , đây là những tác_phẩm hay .", "Hữu_Nguyên"),
        # the object of the sentence before is passed over for its subject
        ("[PER Putin] tiếp [PER Kim_Jong-un] . Ông nói hai nước sẽ hợp_tác .", "Putin"),
        # a capitalised honorific opens a sentence run on after a caption
        (
            "[PER Snowden] Ông [PER Kucherena] từ_chối tiết_lộ tên công_ty . Tuy_nhiên , ông khẳng_định , đây là một website lớn .",
            "Kucherena",
        ),
        # the same person named twice is no rival
        ("Ông [PER Lê_Văn_Lan] đến [CITY Huế] hôm_qua và ông [PER Lan] ở lại đó . Ông nói rằng trời đẹp .", "Lan"),
        # as far back as the limit
        (
            "Bà [PER Mai_Lan] đến [CITY Huế] . Trời mưa to . Đường ngập nặng . Xe chạy chậm . Bà cho_biết giá xăng sẽ giảm .",
            "Mai_Lan",
        ),
    ],
)
def test_antecedents_pronoun_speaker(markup, speaker):
    assert speakers(markup) == [[speaker]]


@pytest.mark.parametrize(
    "markup",
    [
        # a pronoun at the start of the article: no one named before it
        "Ông cho_biết hai nước sẽ hợp_tác .",
        # a woman's "bà" after a man's name
        "Ông [PER Kerry] đến [CITY Paris] . Bà cho_biết hai nước sẽ hợp_tác .",
        # two subjects equally good
        "[PER Putin] và [PER Kim_Jong-un] hội_đàm . Ông nói hai nước sẽ hợp_tác .",
        # an object written with the pronoun's own honorific is as good as the subject
        "Ông [PER Lê_Văn_Lan] gặp ông [PER Kim_Hoa] tại [CITY Huế] . Ông nói rằng hai nước vẫn hợp_tác tốt .",
        # several
        "Ông [PER Kerry] và [PER Lavrov] hội_đàm với [PER Wang_Yi] . Hai ông cho_biết hai nước sẽ hợp_tác .",
        "Ông [PER Kerry] hội_đàm tại [CITY Paris] . Các ông cho_biết hai nước sẽ hợp_tác .",
        # the pronoun says whose the subject is
        "Ông [PER Kerry] đến [CITY Paris] . Mẹ ông cho_biết ông rất mệt .",
        # a person the sentence before names by a title alone
        "Ông [PER Snowden] tiết_lộ thông_tin . [REF Giám_đốc [ORG NSA]] phủ_nhận . Ông cho_biết báo_cáo này sai .",
        # a sentence that opens on someone unnamed
        "Ông [PER Hsiao] đến hiện_trường . Một quan_chức cho biết bà cụ bị thương . Ông này nói thêm khí_gas rò_rỉ .",
        # beyond the limit
        "Bà [PER Mai_Lan] đến [CITY Huế] . Trời mưa to . Đường ngập nặng . Xe chạy chậm . Cây đổ . Bà cho_biết giá xăng sẽ giảm .",
        # a sentence before that opens on a relative of the one it names, whom the article does not name
        "Bà [PER Naida] bị bắt . Bà mẹ [PER Naida] cho_biết con gái rất ngoan . Bà nói con gái hiếm khi gọi_điện .",
        "Ông [PER Lê_Văn_Hải] bị thương . Vợ ông [PER Hải] cho_biết ông rất mệt . Bà nói gia_đình rất lo_lắng .",
        # a person named only inside a quotation
        '" Tôi gặp ông [PER Kerry] hôm_qua " , người lái_xe kể . Ông cho_biết trời mưa .',
    ],
)
def test_antecedents_pronoun_speaker_left_out(markup):
    assert speakers(markup) == []


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a title set equal to the person by "là" is that person, no rival
        ("Ông [PER Lê_Văn_Hải] hiện là [REF Giám_đốc [ORG Công_ty ABC]] . Ông cho_biết công_ty gặp khó_khăn .", "Lê_Văn_Hải"),
        ("[REF Người đứng đầu [ORG Công_ty ABC]] là ông [PER Lê_Văn_Hải] . Ông cho_biết công_ty gặp khó_khăn .", "Lê_Văn_Hải"),
        # a word that only starts like a kin noun ("Con_đường") opens on no relative
        ("Bà [PER Naida] bị bắt . Con_đường tới nhà [PER Naida] rất hẹp . Bà nói con gái hiếm khi gọi_điện .", "Naida"),
    ],
)
def test_antecedents_title_equated_to_the_person(markup, speaker):
    assert speakers(markup) == [[speaker]]


@pytest.mark.parametrize(
    "markup",
    [
        # the title is said of someone else: the one named by it is a rival
        "Con ông [PER Lê_Văn_Hải] là [REF Giám_đốc [ORG Công_ty ABC]] . Ông cho_biết công_ty gặp khó_khăn .",
    ],
)
def test_antecedents_title_not_equated_left_out(markup):
    assert speakers(markup) == []


def test_antecedents_limit_is_what_the_tables_hold():
    assert MAX_SENTENCES_BACK == 4


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a meeting told with a pronoun subject: the person, at the pronoun's sentence
        ("Trong thời_gian này , bà [PER Lewthwaite] sống ở [CITY London] . Sau đó , cô gặp [PER Lindsay] .", {"Lewthwaite", "Lindsay"}),
        # an object pronoun is no subject: "gặp ông" gives no meeting of the person named before
        ("Ông [PER Kerry] đến [CITY Paris] . Công_đoàn đến gặp ông .", None),
    ],
)
def test_antecedents_pronoun_meeting(markup, expected):
    found = participants(markup, EventType.MEETING)
    assert found == ([] if expected is None else [expected])


def test_antecedents_pronoun_travel_keeps_the_pronoun_as_evidence():
    markup = "Ca_sĩ [PER Aslan] sinh ở [COUNTRY Thổ_Nhĩ_Kỳ] . Anh đến [COUNTRY Việt_Nam] năm 2006 ."
    analysed, _, _ = parse_markup(markup)
    _, events = relations(markup)
    (travel,) = [e for e in events if e.type is EventType.TRAVEL]
    assert roles_of(travel)["agent"] == ["Aslan"]
    agent = next(r.mention for r in travel.roles if r.role == "agent")
    text = analysed.article.text
    # the person keeps the span of its own name; the fact is told where the pronoun stands
    assert text[agent.start : agent.end] == "Aslan" and agent.sentence == 0
    assert travel.provenance.sentence_index == 1
    assert text[travel.provenance.start : travel.provenance.end].startswith("Anh đến")
    assert travel.provenance.confidence < 0.8


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a bare title means the one person the article gave that post in apposition
        (
            "Đại_tướng [PER Trần_Đại_Quang] , Bộ_trưởng [ORG Bộ Công_an] tặng hoa . Đồng_chí Bộ_trưởng nêu rõ , quyết_định này là niềm vinh_dự .",
            "Trần_Đại_Quang",
        ),
        ("Bộ_trưởng [PER Trần_Đại_Quang] tặng hoa . Vị Bộ_trưởng nêu rõ , quyết_định này là niềm vinh_dự .", "Trần_Đại_Quang"),
    ],
)
def test_antecedents_bare_title_speaker(markup, speaker):
    assert speakers(markup) == [[speaker]]


@pytest.mark.parametrize(
    "markup",
    [
        # two holders of the post: no one can be told
        "[PER Trần_Đại_Quang] , Bộ_trưởng [ORG Bộ Công_an] gặp [PER Bùi_Văn_Nam] , Bộ_trưởng [ORG Bộ Y_tế] . Bộ_trưởng nêu rõ , hai bộ sẽ hợp_tác .",
        # "có đại_biểu": some deputy, not the one named before
        "Đại_biểu [PER Đỗ_Kim_Tuyến] , đại_biểu [ORG Quốc_hội] phát_biểu . Cũng có đại_biểu đề_nghị nghiên_cứu thêm vấn_đề này .",
        # a former holder is not the one the title means now
        "[PER Nguyễn_Văn_An] , nguyên Bộ_trưởng [ORG Bộ Công_an] đến dự . Bộ_trưởng nêu rõ , quyết_định này là niềm vinh_dự .",
    ],
)
def test_antecedents_bare_title_speaker_left_out(markup):
    assert speakers(markup) == []


@pytest.mark.parametrize(
    ("word", "gender"),
    [("ông", "male"), ("Ông", "male"), ("anh", "male"), ("bà", "female"), ("chị", "female"), ("cô", "female"), ("vị", None), ("ngài", None), ("thầy", None)],
)
def test_antecedents_gender_of_word(word, gender):
    assert gender_of_word(syllables_of(word)) == gender


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Nguyễn_Tấn_Dũng", "Dũng", True), ("Kim_Jong-un", "Kim", True), ("Lê_Văn_Lan", "Kim_Hoa", False)],
)
def test_antecedents_same_person_name(a, b, same):
    def person(text: str) -> Mention:
        return Mention("t", 0, 0, len(text), text, EntityType.PERSON)

    assert same_person_name(person(a), person(b)) is same


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a number and a noun of persons: the persons named just before, when they are that many
        (
            "Thủ_tướng [COUNTRY Ấn_Độ] [PER Manmohan_Singh] và người đồng_cấp [COUNTRY Pakistan] [PER Nawaz_Sharif] đã hội_kiến . "
            "Hai nhà_lãnh_đạo đã cam_kết cải_thiện an_ninh biên_giới .",
            [["Manmohan_Singh", "Nawaz_Sharif"]],
        ),
        ("[PER Kim_Bum] và [PER Moon_Geun_Young] thân_thiết . Hai người cho_biết sẽ kết_hôn .", [["Kim_Bum", "Moon_Geun_Young"]]),
        ("Ông [PER Kerry] và [PER Lavrov] hội_đàm . Hai ông cho_biết hai nước sẽ hợp_tác .", [["Kerry", "Lavrov"]]),
        # a person named twice is counted once
        ("[PER Kim_Bum] gặp [PER Moon_Geun_Young] và [PER Kim] rất vui . Hai người cho_biết sẽ kết_hôn .", [["Kim", "Moon_Geun_Young"]]),
        # three named where two are counted
        ("[PER Kim_Bum] , [PER Lee] và [PER Moon_Geun_Young] thân_thiết . Hai người cho_biết sẽ kết_hôn .", []),
        # the group is named two sentences before: not just before
        ("[PER Kim_Bum] và [PER Moon_Geun_Young] thân_thiết . Phim ra_mắt . Hai người cho_biết sẽ kết_hôn .", []),
        # "họ" and a bare plural name no count: nothing
        ("[PER Kim_Bum] và [PER Moon_Geun_Young] thân_thiết . Họ cho_biết sẽ kết_hôn .", []),
        # the number counts the object of a preposition, not the subject
        ("[PER Kim_Bum] và [PER Moon_Geun_Young] thân_thiết . Bạn_bè của hai người cho_biết họ sẽ kết_hôn .", []),
    ],
)
def test_antecedents_plural_subject(markup, expected):
    assert speakers(markup) == expected


def test_antecedents_pronoun_statement_is_told_where_the_pronoun_stands():
    markup = "Bà [PER Marie_Harf] trả_lời báo_chí . Bà nói rằng hai nước hợp_tác tốt ."
    analysed, _, _ = parse_markup(markup)
    _, events = relations(markup)
    (statement,) = [e for e in events if e.type is EventType.STATEMENT]
    agent = statement.roles[0].mention
    text = analysed.article.text
    assert text[agent.start : agent.end] == "Marie_Harf" and agent.sentence == 0
    assert statement.provenance.sentence_index == 1
    assert text[statement.provenance.start : statement.provenance.end].startswith("Bà nói")


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a describing noun with "này" refers back as a pronoun of the noun's gender would
        (
            "Nữ diễn_viên [PER Manon_Marsault] xuất_hiện cùng [PER Benzema] . Ngoài_ra , nữ diễn_viên này còn cho_biết cô thường đến sân .",
            [["Manon_Marsault"]],
        ),
        ("Tiền_đạo [PER Rooney] ghi bàn . Tiền_đạo này cho_biết anh rất vui .", [["Rooney"]]),
        # "nữ" passes over a man
        ("Ông [PER Benzema] ghi bàn . Nữ diễn_viên này cho_biết cô rất vui .", []),
        # the description is the object of a verb, not the subject
        ("Tiền_đạo [PER Rooney] ghi bàn . Mọi người khen tiền_đạo này .", []),
    ],
)
def test_antecedents_description_with_demonstrative(markup, expected):
    assert speakers(markup) == expected
