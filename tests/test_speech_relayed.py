"""An outlet reporting another named speaker's saying is its source, not its speaker."""

from __future__ import annotations

import pytest

from test_relations_markup import roles_of
from test_speech import statements_of


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the report opens with another speaker's saying: that speaker says it, the outlet is the source
        (
            "Tờ [AGENCY Asahi] đưa tin , [COUNTRY Úc] đã đề_nghị [COUNTRY Indonesia] tạm_dừng dự_án cảng .",
            [("Úc", "Asahi")],
        ),
        (
            "Hãng tin [AGENCY AFP] đưa tin [PER Thủ_tướng [COUNTRY Canada]|Justin_Trudeau] cho_biết nước này sẽ tăng viện_trợ .",
            [("Justin_Trudeau", "AFP")],
        ),
        # with no comma after the outlet's verb, a body or country opening what it reports speaks too
        (
            "Tờ [AGENCY Asahi] đưa_tin [COUNTRY Úc] được cho_là đã đề_nghị [COUNTRY Indonesia] tạm_dừng dự_án cảng .",
            [("Úc", "Asahi")],
        ),
        (
            "Hãng [AGENCY AFP] loan_tin [ORG Bộ Quốc_phòng Chile] cho_biết hai binh_sĩ bị_thương .",
            [("Bộ Quốc_phòng Chile", "AFP")],
        ),
        ("Hãng [AGENCY AFP] đưa_tin [COUNTRY Chile] đã đóng_cửa ba cửa_khẩu .", [("AFP", "AFP")]),
        # the outlet reports a fact, no one else speaks: the outlet speaks
        (
            "Hãng tin [AGENCY AFP] đưa tin , [COUNTRY Chile] đã đóng_cửa ba cửa_khẩu phía bắc .",
            [("AFP", "AFP")],
        ),
        # a saying later in what the outlet reports, not opening it, is told by the outlet
        (
            "[AGENCY Kyodo] đưa tin , sau cuộc họp kéo_dài , [PER Fumio_Kishida] cho_biết sẽ từ_chức .",
            [("Kyodo", "Kyodo"), ("Fumio_Kishida", None)],
        ),
        # a saying with no outlet before it keeps no source
        (
            "[COUNTRY Úc] đã đề_nghị [COUNTRY Indonesia] tạm_dừng dự_án cảng .",
            [("Úc", None)],
        ),
    ],
)
def test_speech_relayed_by_outlet(markup, expected):
    found = []
    for statement in statements_of(markup):
        roles = roles_of(statement)
        found.append((roles["agent"][0], roles.get("reportedBy", [None])[0]))
    assert found == expected


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a saying told as reported ("được cho là"): the one it is told of said it
        ("[COUNTRY Úc] được cho_là đã đề_nghị [COUNTRY Indonesia] tạm_dừng dự_án cảng .", "Úc"),
        ("Ông [PER Fumio_Kishida] được cho_là đã nói với ông [PER Joe_Biden] rằng [COUNTRY Nhật_Bản] sẽ tăng chi_tiêu .", "Fumio_Kishida"),
        # no verb of saying after it: nothing is said
        ("[COUNTRY Úc] được cho_là đã rút khỏi dự_án cảng .", None),
    ],
)
def test_speech_saying_told_as_reported(markup, speaker):
    found = [roles_of(s)["agent"][0] for s in statements_of(markup)]
    assert found == ([speaker] if speaker else [])
