"""Sayings of court, police, business, sport and showbiz news read from raw text through the whole
per-article stage, as a user feeds it: the speaker a role of the courtroom names ("bị_can",
"bị_hại"), one who speaks to the press for a company ("đại_diện truyền_thông của X"), and the
forms of tests/test_speech_domains.py with the recogniser's own mentions."""

from __future__ import annotations

import pytest

from helpers import TAGGER_MISSES

from kg.article import extract_article
from kg.model import Article, EventType


def speakers(text: str) -> list[list[str]]:
    """The agents of each statement read from raw ``text``."""
    extraction = extract_article(Article(id="a", text=text, source="test.txt", segmented=False))
    return [
        sorted(r.mention.text for r in event.roles if r.role == "agent")
        for event in extraction.events
        if event.type is EventType.STATEMENT
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # courts and police
        ("Theo lời khai của bị can Nguyễn Văn Lợi, y đã bán ma túy cho nhiều người.", [["Nguyễn Văn Lợi"]]),
        ("Bị can Nguyễn Văn Lợi khai đã vứt hung khí xuống sông.", [["Nguyễn Văn Lợi"]]),
        ("Bị hại Nguyễn Thị Bích cho biết bà đã mất toàn bộ tiền tiết kiệm.", [["Nguyễn Thị Bích"]]),
        ("Tại tòa, bị cáo Nguyễn Văn An một mực khai rằng mình không biết số tiền đó.", [["Nguyễn Văn An"]]),
        pytest.param(
            "Công an tỉnh Nghệ An thông tin đã bắt giữ 5 đối tượng trong đường dây ma túy.",
            [["Công an tỉnh Nghệ An"]],
            marks=TAGGER_MISSES,
        ),
        ("Bộ trưởng Hồ Đức Phớc giải trình trước Quốc hội rằng ngân sách vẫn bảo đảm.", [["Hồ Đức Phớc"]]),
        # business
        ("Đại diện truyền thông của Grab cho biết công ty sẽ hoàn tiền cho khách hàng.", [["Grab"]]),
        ("Bộ Công Thương khẳng định nguồn cung xăng dầu được bảo đảm.", [["Bộ Công Thương"]]),
        ("Vietcombank đánh giá lại tài sản bảo đảm của khách hàng.", []),
        # sport and showbiz
        ('"Các cầu thủ đã làm tốt nhiệm vụ". Đó là chia sẻ của HLV Park Hang-seo sau trận đấu.', [["Park Hang-seo"]]),
        ('HLV Mai Đức Chung trải lòng: "Tôi rất tự hào về các cô gái".', [["Mai Đức Chung"]]),
        ('Hồ Quỳnh Hương gửi gắm tới các thí sinh: "Hãy là chính mình".', [["Hồ Quỳnh Hương"]]),
        ("Quang Hải chia sẻ bức ảnh chụp cùng bạn gái lên mạng xã hội.", []),
        # no named speaker
        ("Tại phiên tòa, các bị cáo đều thừa nhận hành vi phạm tội.", []),
        ("Một nhân viên siêu thị cho biết hàng hóa bị mua hết từ sáng.", []),
        ("Theo cáo trạng, bị can đã chiếm đoạt 50 tỷ đồng.", []),
    ],
)
def test_speech_beats_raw_speakers(text, expected):
    assert speakers(text) == expected
