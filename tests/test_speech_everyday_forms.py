"""Sayings of everyday domestic news: a hope or a worry voiced with "rằng"; a person described with a
demonstrative ("Người phụ_nữ này cho_biết"); a sentence of only the speaker and the verb after a quotation
("… " . Thu_Phương chia_sẻ ."); a speaker set off with where they live ("X , 60 tuổi , ở phường Y , nói");
a list of speakers counted before the first name ("Các ông A , B và C đều cho_rằng"); a reporter told inside
"cho … biết"; a time or place set before what is said with no comma; sharing an experience or a feeling,
which says nothing; a bare title of a level ("Chủ_tịch xã") after a title set in apposition."""

from __future__ import annotations

import pytest

from test_relations_markup import roles_of
from test_speech import assert_speaker, statements_of


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Ông [PER Võ_Văn_Thưởng] hy_vọng rằng hai bên sẽ sớm đạt thỏa_thuận .", "Võ_Văn_Thưởng"),
        ("Bà [PER Trần_Thị_Hạnh] hi_vọng rằng con đường sẽ sớm được sửa .", "Trần_Thị_Hạnh"),
        ("Ông [PER Nguyễn_Hữu_Hiệp] lo_ngại rằng giá phân_bón sẽ tiếp_tục tăng .", "Nguyễn_Hữu_Hiệp"),
        ("Bà [PER Đỗ_Thị_Minh_Hoa] lo_lắng rằng con bà sẽ không được đi học .", "Đỗ_Thị_Minh_Hoa"),
        ("[ORG Hiệp_hội Lương_thực Việt_Nam] kỳ_vọng rằng giá gạo sẽ phục_hồi vào quý tới .", "Hiệp_hội Lương_thực Việt_Nam"),
        ("Ông [PER Lê_Văn_Hải] e_ngại rằng giá xăng sẽ còn tăng .", "Lê_Văn_Hải"),
        # a hope to do something, or hopes and worries of no one named: nothing said
        ("Ông [PER Lê_Văn_Hải] hy_vọng được trở_lại thi_đấu vào mùa sau .", None),
        ("Người_dân lo_ngại rằng giá xăng sẽ còn tăng .", None),
        ("Nhiều chuyên_gia hy_vọng rằng lãi_suất sẽ giảm .", None),
    ],
)
def test_speech_everyday_forms_a_hope_or_worry_voiced_with_that(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Bà [PER Trần_Thị_Thu] bán rau ở chợ . Người phụ_nữ này cho_biết bà đã mất hết vốn .", "Trần_Thị_Thu"),
        ("Ông [PER Nguyễn_Văn_Đức] mở quán từ năm 1990 . Người đàn_ông này cho_biết quán chưa bao_giờ vắng như vậy .", "Nguyễn_Văn_Đức"),
        ("Anh [PER Lê_Văn_Lộc] bị mất xe_máy đêm qua . Nạn_nhân này cho_biết kẻ gian đã phá khóa .", "Lê_Văn_Lộc"),
        ("Ông [PER Hoàng_Văn_Tý] chứng_kiến vụ tai_nạn . Nhân_chứng này kể rằng chiếc xe chạy rất nhanh .", "Hoàng_Văn_Tý"),
        # no pointing word, one of a kind, or two persons the description could mean: no one named speaks
        ("Anh [PER Lê_Văn_Lộc] bị mất xe_máy đêm qua . Nạn_nhân cho_biết kẻ gian đã phá khóa .", None),
        ("Bà [PER Trần_Thị_Thu] bán rau ở chợ . Một người phụ_nữ khác cho_biết giá đã tăng .", None),
        ("Bà [PER Trần_Thị_Thu] và bà [PER Lê_Thị_Mai] bán rau ở chợ . Người phụ_nữ này cho_biết giá đã tăng .", None),
    ],
)
def test_speech_everyday_forms_a_described_person_pointing_back(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        ('Ca_sĩ [PER Thu_Phương] vừa về nước . " Tôi rất vui khi được hát cho khán_giả quê_nhà " . [PER Thu_Phương] chia_sẻ .', "Thu_Phương", "Tôi rất vui khi được hát cho khán giả quê nhà"),
        ('Ông [PER Lê_Văn_Tám] về quê . “ Nước lên nhanh quá , không ai kịp trở_tay ” . Ông [PER Tám] kể .', "Tám", "Nước lên nhanh quá , không ai kịp trở tay"),
        ('Chị [PER Phạm_Thị_Hoa] bán cá ở chợ . " Cá về ít lắm , giá lại cao " . Chị nói thêm .', "Phạm_Thị_Hoa", "Cá về ít lắm , giá lại cao"),
        ('Bà [PER Vũ_Thị_Thoa] về quê . " Lúc đó khoảng 2 giờ sáng , cả nhà đang ngủ " . Bà kể tiếp .', "Vũ_Thị_Thoa", "Lúc đó khoảng 2 giờ sáng , cả nhà đang ngủ"),
    ],
)
def test_speech_everyday_forms_the_speaker_in_a_sentence_after_the_quotation(markup, speaker, quote):
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] == [speaker]
    assert statement.quote == quote


@pytest.mark.parametrize(
    "markup",
    [
        # the sentence before is no quotation, or its quotation is a title
        "Ông [PER Lê_Văn_Tám] về quê . Nước lên nhanh quá , không ai kịp trở_tay . Ông [PER Tám] kể .",
        'Ông [PER Lê_Văn_Tám] về quê . Bài hát “ Mùa_thu ” rất hay . Ông [PER Tám] nói .',
    ],
)
def test_speech_everyday_forms_no_quotation_before_a_bare_verb_says_nothing(markup):
    assert statements_of(markup) == []


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Bà [PER Trần_Thị_Nga] , 60 tuổi , ở phường [REGION Hưng_Bình] , nói nước đã vào tới giường .", "Trần_Thị_Nga"),
        ("Anh [PER Phạm_Văn_Tư] , ở thôn [REGION Đông_Hạ] , cho_biết nước đã rút .", "Phạm_Văn_Tư"),
        ("Ông [PER Lê_Văn_Năm] , 45 tuổi , trú tại xã [REGION Phú_Lâm] , cho_biết ruộng nhà ông đã ngập .", "Lê_Văn_Năm"),
    ],
)
def test_speech_everyday_forms_a_speaker_set_off_with_where_they_live(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speakers"),
    [
        ("Các ông [PER Trần_Văn_Sỹ] , [PER Lê_Văn_Hai] và [PER Phạm_Văn_Ba] đều cho_rằng giá đền_bù quá thấp .", {"Trần_Văn_Sỹ", "Lê_Văn_Hai", "Phạm_Văn_Ba"}),
        ("Ba bà [PER Nguyễn_Thị_Sen] , [PER Trần_Thị_Súng] và [PER Lê_Thị_Mận] cho_biết họ chưa nhận được tiền .", {"Nguyễn_Thị_Sen", "Trần_Thị_Súng", "Lê_Thị_Mận"}),
        ("Những người như [PER Trần_Văn_Sỹ] , [PER Lê_Văn_Hai] và [PER Phạm_Văn_Ba] cho_rằng giá đền_bù quá thấp .", {"Lê_Văn_Hai", "Phạm_Văn_Ba"}),
    ],
)
def test_speech_everyday_forms_a_list_of_speakers_counted_before_its_first_name(markup, speakers):
    (statement,) = statements_of(markup)
    assert set(roles_of(statement)["agent"]) == speakers


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Bà [PER Nguyễn_Thị_Lụa] cho phóng_viên biết bà đã chờ ba ngày .", "Nguyễn_Thị_Lụa"),
        ("Ông [PER Lê_Văn_Mười] cho PV [AGENCY Thanh_Niên] biết , gia_đình ông đã mất hết tài_sản .", "Lê_Văn_Mười"),
        ("Ông [PER Đỗ_Văn_Hải] cho chúng_tôi biết nước đã rút từ chiều qua .", "Đỗ_Văn_Hải"),
        ("Ông [PER Trần_Văn_Hạnh] cho phóng_viên báo [AGENCY Lao_Động] hay , công_ty đã trả lương .", "Trần_Văn_Hạnh"),
        # one told who is no reporter, or a reporter shown something: nothing said
        ("Ông [PER Đỗ_Văn_Hải] cho con biết nước đã rút .", None),
        ("Ông [PER Đỗ_Văn_Hải] cho phóng_viên xem giấy_tờ của gia_đình .", None),
    ],
)
def test_speech_everyday_forms_a_reporter_told_inside_cho_biet(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        ("Ông [PER Trần_Văn_Nam] cho_rằng trong giai_đoạn hiện_nay doanh_nghiệp cần được hỗ_trợ .", "Trần_Văn_Nam", "trong giai đoạn hiện nay doanh nghiệp cần được hỗ trợ"),
        ("Bà [PER Lê_Thị_Hoa] cho_biết tại khu_vực này nước đã rút .", "Lê_Thị_Hoa", "tại khu vực này nước đã rút"),
        ("Ông [PER Phạm_Văn_Cường] khẳng_định trong năm 2024 doanh_thu của công_ty sẽ tăng 20 % .", "Phạm_Văn_Cường", "trong năm 2024 doanh thu của công ty sẽ tăng 20 %"),
        ("Ông [PER Đinh_Văn_Hùng] nhận_định ở [COUNTRY Việt_Nam] tỷ_lệ hộ nghèo đã giảm mạnh .", "Đinh_Văn_Hùng", "ở Việt Nam tỷ lệ hộ nghèo đã giảm mạnh"),
    ],
)
def test_speech_everyday_forms_a_time_or_place_before_what_is_said_without_a_comma(markup, speaker, quote):
    (statement,) = statements_of(markup)
    assert roles_of(statement)["agent"] == [speaker]
    assert statement.quote == quote


@pytest.mark.parametrize(
    "markup",
    [
        # where or when the saying was given, with a clause of its own noun or none: nothing said
        "Ông [PER Võ_Văn_Tám] phát_biểu tại hội_nghị đã diễn ra hôm_qua .",
        "Ông [PER Võ_Văn_Tám] nói tại hội_nghị ở [CITY Hà_Nội] đã diễn ra hôm_qua .",
        "Ông [PER Võ_Văn_Tám] phát_biểu tại lễ kỷ_niệm 50 năm thành_lập trường .",
        "Ông [PER Võ_Văn_Tám] cho_biết về tình_hình tại khu_vực này .",
    ],
)
def test_speech_everyday_forms_a_time_or_place_of_the_saying_alone_says_nothing(markup):
    assert statements_of(markup) == []


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Ông [PER Lê_Văn_Hùng] chia_sẻ kinh_nghiệm trồng rau sạch với bà_con .", None),
        ("Bà [PER Lê_Thị_Diệu] chia_sẻ niềm_vui với các cháu .", None),
        ("Ông [PER Nguyễn_Văn_Bốn] chia_sẻ nỗi_đau với gia_đình nạn_nhân .", None),
        ("Ông [PER Lê_Văn_Hùng] chia_sẻ niềm_vui khi con trai đỗ đại_học .", None),
        # what is shared told after a colon or "rằng" is said
        ('Ông [PER Lê_Văn_Hùng] chia_sẻ kinh_nghiệm : " Phải bón phân đúng lúc " .', "Lê_Văn_Hùng"),
        ("Ông [PER Lê_Văn_Hùng] chia_sẻ rằng kinh_nghiệm trồng rau là phải kiên_nhẫn .", "Lê_Văn_Hùng"),
    ],
)
def test_speech_everyday_forms_sharing_an_experience_or_a_feeling_says_nothing(markup, speaker):
    assert_speaker(markup, speaker)


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("Ông [PER Phạm_Văn_Hòa] , Chủ_tịch [ORG UBND xã Tân_Phú] , có_mặt tại hiện_trường . Chủ_tịch xã khẳng_định không có sai_phạm .", "Phạm_Văn_Hòa"),
        ("Ông [PER Phạm_Văn_Hòa] , Chủ_tịch [ORG UBND xã Tân_Phú] , có_mặt tại hiện_trường . Vị chủ_tịch xã cho_biết đã di_dời 50 hộ dân .", "Phạm_Văn_Hòa"),
        ("Ông [PER Trần_Văn_Hải] , Giám_đốc [ORG Sở Y_tế Nghệ_An] , đã đến bệnh_viện . Vị giám_đốc sở cho_biết bệnh_viện đã đủ thuốc .", "Trần_Văn_Hải"),
        ("HLV [PER Kim_Sang-sik] dẫn_dắt đội_tuyển . Nhà cầm_quân người [COUNTRY Hàn_Quốc] cho_rằng các cầu_thủ đã chơi tốt .", "Kim_Sang-sik"),
        # a holder of a body of another level, or of no body of the level named: no one the title means
        ("Ông [PER Phạm_Văn_Hòa] , Chủ_tịch [ORG UBND tỉnh Bình_Phước] , có_mặt tại hiện_trường . Chủ_tịch xã khẳng_định không có sai_phạm .", None),
        ("Ông [PER Trần_Văn_Hải] , Giám_đốc [ORG Công_ty Điện_lực Nghệ_An] , đã đến . Vị giám_đốc sở cho_biết bệnh_viện đã đủ thuốc .", None),
    ],
)
def test_speech_everyday_forms_a_bare_title_of_a_level_after_a_title_in_apposition(markup, speaker):
    assert_speaker(markup, speaker)
