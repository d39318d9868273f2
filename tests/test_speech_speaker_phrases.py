"""Statements whose speaker's phrase holds more than the speaker: a word before a bare title
("nữ Bộ_trưởng"), a count ("một quan_chức"), the document a body gives out ("thông_cáo của X",
"X ra thông_cáo cho_biết"); a title and a country standing for the holder the article named before; and data a body gives
out, which says nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from test_relations_markup import parse_markup, roles_of
from test_speech import assert_speaker

from kg.extract.relations import find_relations
from kg.model import EventType

TIEN = "[PER Bộ_trưởng [ORG Bộ Y_tế]|Nguyễn_Thị_Kim_Tiến]"
SAID = '" Tình_trạng quá_tải phải được giải_quyết ngay "'


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        (f"{TIEN} thăm bệnh_viện . {SAID} , nữ Bộ_trưởng nhấn_mạnh .", "Nguyễn_Thị_Kim_Tiến"),
        (f"{TIEN} thăm bệnh_viện . {SAID} , vị Bộ_trưởng cho_biết .", "Nguyễn_Thị_Kim_Tiến"),
        (f"{TIEN} thăm bệnh_viện . {SAID} , tân Bộ_trưởng nói .", "Nguyễn_Thị_Kim_Tiến"),
        # a former holder is someone else, and two ministers named before leave the title unsure
        (f"{TIEN} thăm bệnh_viện . {SAID} , nguyên Bộ_trưởng nói .", None),
        (
            f"{TIEN} gặp [PER Bộ_trưởng [ORG Bộ Tài_chính]|Đinh_Tiến_Dũng] . {SAID} , nữ Bộ_trưởng nói .",
            None,
        ),
    ],
)
def test_speech_bare_title_after_a_word_of_description_says_the_quotation(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ('" Chúng_tôi sẽ điều_tra đến cùng " , một quan_chức [COUNTRY Mỹ] nói .', "Mỹ"),
        ('" Chúng_tôi sẽ điều_tra đến cùng " , các quan_chức [COUNTRY Mỹ] cho_biết .', "Mỹ"),
        ('" Chúng_tôi sẽ điều_tra đến cùng " , một người phát_ngôn [ORG Bộ Ngoại_giao Mỹ] nói .', "Bộ Ngoại_giao Mỹ"),
        ('" Chúng_tôi sẽ điều_tra đến cùng " , thông_cáo của [ORG Bộ Ngoại_giao Mỹ] nêu_rõ .', "Bộ Ngoại_giao Mỹ"),
        # unnamed people who speak for no one (docs/annotation.md)
        ('" Chúng_tôi rất lo_lắng " , một nhân_viên của [ORG Vietcombank] nói .', None),
        ('" Chúng_tôi rất lo_lắng " , một đại_biểu [ORG Quốc_hội] nói .', None),
        ('" Chúng_tôi rất lo_lắng " , nhiều người dân [CITY Hà_Nội] nói .', None),
    ],
)
def test_speech_counted_officials_and_documents_after_the_quotation(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("[ORG Nhà_Trắng] ra thông_cáo cho_biết [COUNTRY Mỹ] sẽ điều_tra vụ_việc .", "Nhà_Trắng"),
        ("Ông [PER Obama] ra tuyên_bố khẳng_định [COUNTRY Mỹ] sẽ điều_tra vụ_việc .", "Obama"),
        ("[ORG Bộ Lao_động Mỹ] công_bố báo_cáo cho_biết kinh_tế tạo thêm 149.000 việc_làm .", "Bộ Lao_động Mỹ"),
        ("[ORG Bộ Ngoại_giao] đã phát_đi một bản thông_cáo nhấn_mạnh hai nước cần kiềm_chế .", "Bộ Ngoại_giao"),
        # the document is told but nothing it says, or another names the saying
        ("[ORG Bộ Tài_chính] ra thông_báo về lịch nghỉ lễ .", None),
        ("Sau khi [ORG Nhà_Trắng] ra thông_cáo , ông [PER Obama] cho_biết [COUNTRY Mỹ] sẽ điều_tra .", "Obama"),
    ],
)
def test_speech_body_giving_out_a_document_that_says(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Theo số_liệu của [ORG Bộ Tài_chính] , giá xăng đang thấp hơn giá cơ_sở .", None),
        ("Theo thống_kê của [ORG Tổng_cục Hải_quan] , xuất_khẩu tăng 15 % .", None),
        # a body's report does say it (docs/annotation.md)
        ("Theo báo_cáo của [ORG Bộ Tài_chính] , giá xăng đang thấp hơn giá cơ_sở .", "Bộ Tài_chính"),
    ],
)
def test_speech_data_a_body_gives_out_is_no_saying(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Theo [REF lãnh_đạo [ORG Sở Y_tế Hà_Nội]] , các bệnh_viện cần giảm_tải .", "Sở Y_tế Hà_Nội"),
        ("Theo [REF người_phát_ngôn [ORG Bộ Ngoại_giao Nga]] , hai bên sẽ tiếp_tục đối_thoại .", "Bộ Ngoại_giao Nga"),
        (
            "[PER Người_phát_ngôn [ORG Bộ Ngoại_giao Nga]|Maria_Zakharova] họp_báo . "
            "Theo [REF người_phát_ngôn [ORG Bộ Ngoại_giao Nga]] , hai bên sẽ tiếp_tục đối_thoại .",
            "Maria_Zakharova",
        ),
        # one who speaks for no one
        ("Theo một nhân_viên của [ORG Vietcombank] , lãi_suất sẽ giảm .", None),
    ],
)
def test_speech_according_to_one_who_speaks_for_a_body(markup, speaker):
    assert_speaker(markup, speaker)


def speakers_on(markup: str, published: str | None) -> list[list[str]]:
    """The agents of the statements of ``markup`` read as an article published on ``published``."""
    analysed, mentions, times = parse_markup(markup)
    analysed = replace(analysed, article=replace(analysed.article, published=published))
    _, events = find_relations(analysed, mentions, times)
    return [roles_of(e)["agent"] for e in events if e.type is EventType.STATEMENT]


@pytest.mark.parametrize(
    ("markup", "published", "expected"),
    [
        # the holder the table of officeholders knows, named before without the title
        (
            "Ông [PER Putin] cho_biết [COUNTRY Nga] sẵn_sàng hợp_tác . "
            "[REF Tổng_thống [COUNTRY Nga]] cũng khẳng_định [CITY Moskva] sẽ không nhượng_bộ .",
            "2013-10-25",
            [["Putin"], ["Putin"]],
        ),
        (
            "[PER Salman_Khurshid] đến [CITY Manila] . Theo [REF Ngoại_trưởng [COUNTRY Ấn_Độ]] , hai nước sẽ hợp_tác .",
            "2013-10-25",
            [["Salman_Khurshid"]],
        ),
        (
            "Ông [PER Anders_Fogh_Rasmussen] đến [CITY Kabul] . "
            "[REF Tổng_thư_ký [ORG NATO]] cho_biết liên_minh sẽ rút quân vào năm 2014 .",
            "2013-10-25",
            [["Anders_Fogh_Rasmussen"]],
        ),
        # a bare title: the one holder the table knows among those named
        (
            "Ông [PER Putin] cho_biết [COUNTRY Nga] sẵn_sàng hợp_tác . Tổng_thống cũng khẳng_định [CITY Moskva] sẽ không nhượng_bộ .",
            "2013-10-25",
            [["Putin"], ["Putin"]],
        ),
        ("Ông [PER Putin] và ông [PER Obama] điện_đàm . Tổng_thống cũng khẳng_định [CITY Moskva] sẽ không nhượng_bộ .", "2013-10-25", []),
        # the post the one named no longer holds
        (
            "Ông [PER Putin] cho_biết [COUNTRY Nga] sẵn_sàng hợp_tác . Thủ_tướng cũng khẳng_định [CITY Moskva] sẽ không nhượng_bộ .",
            "2013-10-25",
            [["Putin"]],
        ),
        # a body's officer whom the table does not know among those named keeps the title
        (
            "Ông [PER Lê_Văn_Hải] đến [CITY Kabul] . [REF Tổng_thư_ký [ORG NATO]] cho_biết liên_minh sẽ rút quân vào năm 2014 .",
            "2013-10-25",
            [["Tổng_thư_ký NATO"]],
        ),
        # the one named does not hold the post then, or no date tells when: the country speaks
        (
            "Ông [PER Putin] cho_biết [COUNTRY Nga] sẵn_sàng hợp_tác . "
            "Nguyên [REF Tổng_thống [COUNTRY Nga]] cũng khẳng_định [CITY Moskva] sẽ không nhượng_bộ .",
            "2013-10-25",
            [["Putin"], ["Nga"]],
        ),
        (
            "Ông [PER Putin] cho_biết [COUNTRY Nga] sẵn_sàng hợp_tác . "
            "[REF Tổng_thống [COUNTRY Nga]] cũng khẳng_định [CITY Moskva] sẽ không nhượng_bộ .",
            "2010-10-25",
            [["Putin"], ["Nga"]],
        ),
        (
            "Ông [PER Obama] cho_biết [COUNTRY Mỹ] sẵn_sàng hợp_tác . "
            "[REF Tổng_thống [COUNTRY Nga]] cũng khẳng_định [CITY Moskva] sẽ không nhượng_bộ .",
            "2013-10-25",
            [["Obama"], ["Nga"]],
        ),
        (
            "Ông [PER Putin] cho_biết [COUNTRY Nga] sẵn_sàng hợp_tác . "
            "[REF Tổng_thống [COUNTRY Nga]] cũng khẳng_định [CITY Moskva] sẽ không nhượng_bộ .",
            None,
            [["Putin"], ["Nga"]],
        ),
    ],
)
def test_speech_title_and_country_stand_for_the_known_holder_named_before(markup, published, expected):
    assert speakers_on(markup, published) == expected
