"""Forms of events told without their usual frame: a quotation in the first person standing after a
sentence about one person, the person's thing opening it ("sạp rau của chị X …") or a quoted
description before the name ("“ thuyền_trưởng ” X")."""

from __future__ import annotations

import pytest

from test_speech import assert_speaker


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        (
            "Đã quá trưa nhưng sạp rau của chị [PER Hoa] vẫn còn đầy . “ Hôm_nay mưa nên chúng_tôi bán chậm hơn mọi ngày . ”",
            "Hoa",
        ),
        (
            "Căn nhà của ông [PER Lương_Văn_Quý] bị nước cuốn trôi . “ Tôi chưa từng thấy trận lũ nào lớn như vậy . ”",
            "Lương_Văn_Quý",
        ),
        (
            "Sau trận hòa , “ thuyền_trưởng ” [PER Kovac] tỏ ra thất_vọng . “ Chúng_tôi đã bỏ lỡ quá nhiều cơ_hội ghi bàn . ”",
            "Kovac",
        ),
        # the person is named inside a clause about something else: a poem, a document, not the speaker
        (
            "Bài thơ bày_tỏ tiếc_thương trước việc [PER Lương_Văn_Quý] qua_đời . “ Tất_cả chúng_tôi sẽ tiếp_tục sự_nghiệp của ngài . ”",
            None,
        ),
        # the person is the object of an act
        (
            "Cảnh_sát đã bắt_giữ [PER Lương_Văn_Quý] tại nhà riêng . “ Tôi chưa từng thấy vụ án nào lớn như vậy . ”",
            None,
        ),
        # a quotation that does not speak in the first person is no saying of the person the sentence is about
        (
            "Đã quá trưa nhưng sạp rau của chị [PER Hoa] vẫn còn đầy . “ Trời mưa to nên người mua thưa thớt hẳn đi . ”",
            None,
        ),
    ],
)
def test_event_recall_forms_first_person_quotation_after_its_speakers_sentence(markup, speaker):
    assert_speaker(markup, speaker)
