"""Wider forms of news sayings: where or in what the speaker spoke, set between the speaker and the verb
("X trong một thông_cáo cho_biết"); an agency that "trích lời" someone; "tuyên_bố" of an act
("tuyên_bố phá_sản"), which says nothing."""

from __future__ import annotations

import pytest

from test_relations_markup import roles_of
from test_speech import assert_speaker, statements_of


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        ("[ORG Bộ_Quốc_phòng Anh] trong một thông_cáo cho_biết hai tàu_chiến đã tới vùng_biển này .", "Bộ_Quốc_phòng Anh"),
        ("Ông [PER Uông_Văn_Bân] tại cuộc họp_báo thường_kỳ chiều 5/3 khẳng_định [COUNTRY Trung_Quốc] phản_đối lệnh trừng_phạt .", "Uông_Văn_Bân"),
        ("[ORG Bộ_Ngoại_giao Iran] trong tuyên_bố hôm 7/4 nói [CITY Tehran] sẽ đáp_trả .", "Bộ_Ngoại_giao Iran"),
        ("Bà [PER Ursula_von_der_Leyen] trong bài phát_biểu tại [CITY Strasbourg] nhấn_mạnh châu_Âu phải tự_chủ về năng_lượng .", "Ursula_von_der_Leyen"),
        ("[ORG Tập_đoàn Meta] trong thông_báo gửi nhân_viên cho_biết sẽ cắt_giảm 10.000 việc_làm .", "Tập_đoàn Meta"),
        ("Ông [PER Đỗ_Minh_Phú] trên trang cá_nhân chia_sẻ rằng ông sẽ nghỉ_hưu vào cuối năm .", "Đỗ_Minh_Phú"),
        ("[COUNTRY Hàn_Quốc] trong một bản thông_cáo khẳng_định sẽ đáp_trả mọi hành_động khiêu_khích .", "Hàn_Quốc"),
        # a setting with no verb of saying after it, or a place only before the verb, tells nothing more
        ("Ông [PER Lê_Văn_Khoa] tại buổi lễ đã trao bằng_khen cho các tập_thể xuất_sắc .", None),
        ("Ông [PER Phạm_Văn_Trà] trong thời_gian công_tác đã có nhiều đóng_góp cho ngành .", None),
        # an unnamed speaker stays unnamed whatever the setting
        ("Một quan_chức trong cuộc họp_báo cho_biết hai bên đã đạt thỏa_thuận .", None),
        ("Các chuyên_gia tại hội_thảo cho_rằng lãi_suất sẽ còn giảm .", None),
    ],
)
def test_speech_wider_forms_a_setting_between_speaker_and_verb(markup, speaker):
    assert_speaker(markup, speaker)


def test_speech_wider_forms_an_interview_set_between_gives_its_outlet():
    markup = "Ông [PER Volodymyr_Zelensky] trong cuộc phỏng_vấn với [AGENCY CNN] cho_biết [COUNTRY Ukraine] cần thêm vũ_khí ."
    (statement,) = statements_of(markup)
    assert roles_of(statement) == {"agent": ["Volodymyr_Zelensky"], "reportedBy": ["CNN"]}


@pytest.mark.parametrize(
    ("markup", "speaker", "agency"),
    [
        ("Hãng tin [AGENCY Reuters] trích lời ông [PER Jake_Sullivan] nói [COUNTRY Mỹ] sẵn_sàng đàm_phán .", "Jake_Sullivan", "Reuters"),
        ("Tờ [AGENCY Asahi] trích dẫn lời Bộ_trưởng [PER Yoshimasa_Hayashi] cho_biết [COUNTRY Nhật] sẽ tăng viện_trợ .", "Yoshimasa_Hayashi", "Asahi"),
        ('" Chúng_tôi không rút quân " , báo [AGENCY Izvestia] trích lời ông [PER Sergei_Rudskoi] nói .', "Sergei_Rudskoi", "Izvestia"),
    ],
)
def test_speech_wider_forms_an_agency_quoting_with_trich_loi(markup, speaker, agency):
    (statement,) = statements_of(markup)
    assert roles_of(statement) == {"agent": [speaker], "reportedBy": [agency]}


@pytest.mark.parametrize(
    "markup",
    [
        "Ông [PER Đỗ_Văn_Sơn] đã tuyên_bố phá_sản công_ty của mình .",
        "Chính_phủ [COUNTRY Thái_Lan] tuyên_bố tình_trạng khẩn_cấp tại thủ_đô [CITY Bangkok] .",
        "Tay vợt [PER Lý_Hoàng_Nam] tuyên_bố giải_nghệ ở tuổi 35 .",
        "[ORG Công_ty Hoàng_Long] tuyên_bố giải_thể sau ba năm thua_lỗ .",
    ],
)
def test_speech_wider_forms_declaring_an_act_says_nothing(markup):
    assert statements_of(markup) == []
