"""A country or a city that names a side in some sentences and the place itself in others: two entities.

Each article below marks its names: ``[Name|S]`` a side of a match (the team or the club the place names),
``[Name|P]`` the place itself (or, for a capital, the city), ``[Name|G]`` a capital standing for its
state. The whole per-article stage and the resolver read the article with the marks taken out; the
mentions of one mark are one entity, and the entities of two marks are apart. Words a place takes and a
side never does ("thời tiết Hà Nội", "bay sang UAE", "Hồng Kông là trung tâm tài chính") keep the place;
where the text gives no sign, the place and its side are not split.
"""

from __future__ import annotations

import re

import pytest

from kg.article import extract_article
from kg.model import Article
from kg.resolve import resolve
from kg.resolve.actors import acts
from kg.resolve.place_signs import place_said, place_said_after, place_said_before
from kg.resolve.teams import in_match

_MARK = re.compile(r"\[([^|\]]+)\|([SPG])\]")


def _entities_by_mark(marked: str) -> dict[str, set[str]]:
    """The entity ids of each mark's mentions in ``marked`` (its marks taken out), by mark ("UAE|S")."""
    spans: list[tuple[int, int, str]] = []
    text, at = "", 0
    for found in _MARK.finditer(marked):
        text += marked[at : found.start()]
        spans.append((len(text), len(text) + len(found.group(1)), f"{found.group(1)}|{found.group(2)}"))
        text += found.group(1)
        at = found.end()
    text += marked[at:]
    extraction = extract_article(Article(id="a", text=text, source="test.txt"), True)
    resolution = resolve([extraction])
    entity_at = {(d.mention.start, d.mention.end): d.entity_id for d in resolution.decisions if not d.mention.reference}
    found_ids: dict[str, set[str]] = {}
    for start, end, mark in spans:
        found_ids.setdefault(mark, set()).add(entity_at.get((start, end)) or f"no mention at {start}")
    return found_ids


@pytest.mark.parametrize(
    "marked",
    [
        # a national side, and the country of an embassy and of a journey
        "[Việt Nam|S] thắng [UAE|S] 2-1 ở vòng loại World Cup. Sau trận, Đại sứ quán Việt Nam tại [UAE|P] mời các "
        "cầu thủ dự tiệc. Hàng nghìn cổ động viên đã bay sang [UAE|P] để cổ vũ. [UAE|S] sẽ gặp Thái Lan vào tháng sau.",
        # the capital of a country, its weather and a journey to it, beside its side in a tournament
        "[Uzbekistan|S] đánh bại Qatar 2-0 ở bán kết. Người hâm mộ Việt Nam đã bay sang [Uzbekistan|P] từ tuần "
        "trước. Thủ đô của [Uzbekistan|P] là Tashkent. [Uzbekistan|S] sẽ gặp Nhật Bản ở chung kết.",
        # a club named by its city: the city's weather, a journey to it, what is said of it
        "[Huế|S] cầm hòa Bình Định 1-1 trên sân Tự Do. Thời tiết [Huế|P] hôm đó mưa lớn. "
        "Trước trận, các cầu thủ Bình Định đã đi thăm [Huế|P].",
        "[Hà Nội|S] vẫn dẫn đầu bảng sau trận thắng Quảng Nam 2-0. Thời tiết [Hà Nội|P] những ngày qua nắng nóng. "
        "[Hà Nội|S] sẽ làm khách trên sân của Viettel.",
        "[Hồng Kông|S] thua Việt Nam 1-3 trong trận giao hữu. Trước trận, các cầu thủ Việt Nam đã đi thăm "
        "[Hồng Kông|P]. [Hồng Kông|P] là trung tâm tài chính lớn của châu Á.",
        # a province's club, and the province's government
        "[Thanh Hóa|S] thắng Sông Lam Nghệ An 2-0. Chính quyền [Thanh Hóa|P] thưởng cho đội 1 tỷ đồng. "
        "[Thanh Hóa|S] lên thứ ba.",
        # a club named in full, and its city as the end of a journey
        "Hà Nội FC thắng Thanh Hóa 3-0 trên sân Hàng Đẫy. Hàng trăm cổ động viên đã bay ra [Hà Nội|P] "
        "xem trận đấu.",
        # the host a side plays away at, and the country of its fans
        "Đội tuyển Việt Nam thắng UAE 2-1. [UAE|S] sẽ làm khách của [Việt Nam|S] ở lượt về. Các cổ động viên "
        "[Việt Nam|P] đã mua hết vé.",
        "Tuyển Indonesia hòa 1-1. Tháng sau [Indonesia|S] làm khách của [Malaysia|S] ở lượt về. Người dân "
        "[Malaysia|P] rất mong chờ trận đấu.",
        # a side a club receives, and the city it came from
        "Hà Nội FC tiếp [Hải Phòng|S] ở vòng 10. Hà Nội đang có phong độ cao, trong khi [Hải Phòng|S] vừa thua "
        "hai trận. Hàng nghìn người dân [Hải Phòng|P] đã ra sân cổ vũ.",
        # a journey out to the city of a club
        "Hà Nội FC thắng Thanh Hóa 3-0 trên sân Hàng Đẫy. Hàng trăm cổ động viên Thanh Hóa đã ra [Hà Nội|P] "
        "xem trận đấu. Chiều qua [Hà Nội|P] mưa lớn.",
        # a side named by its country alone, and the country of the weather and of a journey
        "[UAE|S] nhập cuộc tốt hơn và sớm có bàn mở tỷ số. Thời tiết ở [UAE|P] khá nóng.",
        "Trận lượt đi, Việt Nam đã hòa [Malaysia|S] 2-2. Cổ động viên Việt Nam sang [Malaysia|P] rất đông. "
        "[Malaysia|S] xếp thứ hai.",
        # points won from a side, and the province of its fans; the staff of a side, and the city
        "Vòng 5 V-League: [Thanh Hóa|S] giành 3 điểm trước [Hải Phòng|S]. Người dân [Hải Phòng|P] vẫn tin đội "
        "nhà. [Thanh Hóa|S] vươn lên nhóm dẫn đầu.",
        "Tuyển Hồng Kông sẽ gặp Việt Nam vào tháng 10. Ban huấn luyện [Hồng Kông|S] đánh giá cao đối thủ. "
        "[Hồng Kông|P] là trung tâm tài chính của châu Á.",
        # a capital standing for its state, and the city itself
        "[Bắc Kinh|G] tuyên bố sẽ trả đũa các biện pháp của Mỹ. Ông Tập Cận Bình tiếp Tổng thống Pháp "
        "tại [Bắc Kinh|P]. Không khí [Bắc Kinh|P] ô nhiễm nặng.",
        "[Moskva|G] cảnh báo Mỹ về các lệnh trừng phạt. Hàng nghìn người xuống đường ở [Moskva|P].",
        "[Washington|G] cáo buộc Nga can thiệp bầu cử. [Washington|P] chìm trong tuyết suốt tuần qua.",
        "Quan hệ giữa Mỹ và [Bắc Kinh|G] xấu đi nhanh chóng. [Bắc Kinh|G] từ lâu đã phản đối các lệnh trừng phạt. "
        "Tổng thống Mỹ từng tới [Bắc Kinh|P] năm 2017.",
    ],
)
def test_the_side_and_the_place_are_two_entities(marked):
    found = _entities_by_mark(marked)
    for mark, ids in found.items():
        assert len(ids) == 1, f"{mark}: {sorted(ids)}"
    ids = [next(iter(v)) for v in found.values()]
    assert len(set(ids)) == len(ids), found


@pytest.mark.parametrize(
    "marked",
    [
        # with no word of a place, every mention of a side is the one side
        "[Uzbekistan|S] đánh bại Qatar 2-0 ở bán kết. [Uzbekistan|S] sẽ gặp Nhật Bản ở chung kết. "
        "Huấn luyện viên của [Uzbekistan|S] hài lòng.",
        "[Thanh Hóa|S] thắng Sông Lam Nghệ An 2-0. [Thanh Hóa|S] lên thứ ba.",
        # outside sports, a place and its weather are one place
        "Thời tiết [Đà Nẵng|P] hôm nay nắng đẹp. Nhiều du khách đổ về [Đà Nẵng|P] dịp lễ.",
        "[Hải Phòng|P] là trung tâm công nghiệp. Ông An sinh ra ở [Hải Phòng|P].",
        # a capital for its state twice, the nouns of a state before it included
        "[Bắc Kinh|G] phản đối tuyên bố của Mỹ. Chính quyền [Bắc Kinh|G] đã triệu tập đại sứ.",
    ],
)
def test_no_sign_no_split(marked):
    found = _entities_by_mark(marked)
    for mark, ids in found.items():
        assert len(ids) == 1, f"{mark}: {sorted(ids)}"


@pytest.mark.parametrize(
    ("text", "name", "before", "after"),
    [
        ("Thời tiết Hà Nội hôm nay mưa.", "Hà Nội", True, False),
        ("Thủ đô của Uzbekistan là Tashkent.", "Uzbekistan", True, False),
        ("Đoàn đã bay sang UAE hôm qua.", "UAE", True, False),
        ("Các cầu thủ đi thăm Hồng Kông.", "Hồng Kông", True, False),
        ("Chính quyền Huế hỗ trợ đội bóng.", "Huế", True, False),
        ("Hồng Kông là trung tâm tài chính.", "Hồng Kông", False, True),
        ("Washington chìm trong tuyết.", "Washington", False, True),
        ("Đà Nẵng nằm cách Hà Nội 800 km.", "Đà Nẵng", False, True),
        # a side's words, and words a sentence apart, are no sign
        ("Hà Nội thắng Thanh Hóa 2-0.", "Thanh Hóa", False, False),
        ("Hà Nội là đội bóng mạnh nhất.", "Hà Nội", False, False),
        ("Trời nắng. Hà Nội thắng 2-0.", "Hà Nội", False, False),
        ("Thời tiết xấu. UAE thắng 1-0.", "UAE", False, False),
        ("Cầu thủ của Thái Lan ghi bàn.", "Thái Lan", False, False),
        # a side in its group of a draw lies there too
        ("Việt Nam nằm ở bảng A cùng Thái Lan.", "Việt Nam", False, False),
        ("U23 Lào nằm tại bảng B.", "Lào", False, False),
        ("Việt Nam, là trung tâm của giải, thắng.", "Việt Nam", False, False),
    ],
)
def test_place_signs(text, name, before, after):
    start = text.index(name)
    end = start + len(name)
    assert place_said_before(text, start) is before
    assert place_said_after(text, end) is after
    assert place_said(text, start, end) is (before or after)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a noun of a state keeps no capital from its state; a noun of the place does
        ("Chính quyền Bắc Kinh phản đối.", "Bắc Kinh", False),
        ("Chính phủ Moskva ra tuyên bố.", "Moskva", False),
        ("Không khí Bắc Kinh ô nhiễm.", "Bắc Kinh", True),
    ],
)
def test_nouns_of_a_state_only_with_state(text, name, expected):
    assert place_said_before(text, text.index(name), state=False) is expected


@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        # the second of two names joined by "và" after a word that makes them parties
        ("Căng thẳng giữa Washington và Bình Nhưỡng leo thang.", "Bình Nhưỡng", True),
        ("Mỹ muốn đàm phán với Seoul và Tokyo về thuế.", "Tokyo", True),
        # adverbs of long standing between the state and its verb, and verbs of a state's conduct
        ("Manila từ lâu đã phản đối yêu sách này.", "Manila", True),
        ("Bắc Kinh lâu nay vẫn coi đây là lợi ích cốt lõi.", "Bắc Kinh", True),
        ("Theo giới phân tích, Moskva sẽ không nhượng bộ.", "Moskva", True),
        ("Bắc Kinh đang đẩy mạnh xây dựng trên các đảo.", "Bắc Kinh", True),
        # a pair of places with nothing that makes them parties, and the city of a journey
        ("Tokyo và Seoul mưa lớn suốt đêm.", "Seoul", False),
        ("Ông Kim đã tới Bắc Kinh và Thượng Hải.", "Thượng Hải", False),
        ("Hà Nội và Tokyo từ lâu là hai thành phố kết nghĩa.", "Tokyo", False),
        ("Đoàn rời Bắc Kinh và Moskva sẽ tiếp đón họ.", "Bắc Kinh", False),
    ],
)
def test_a_capital_that_acts_for_its_state(text, name, party):
    start = text.index(name)
    assert acts(text, start, start + len(name)) is party


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # points a side wins or drops, and the side they were won from
        ("Thanh Hóa đã giành 3 điểm ở vòng 5.", "Thanh Hóa", True),
        ("Huế giành trọn ba điểm trước Bình Định.", "Bình Định", True),
        ("Hải Phòng bất ngờ đánh rơi 2 điểm trên sân nhà.", "Hải Phòng", True),
        ("Đội bóng của HLV Park lấy 1 điểm từ Malaysia.", "Malaysia", True),
        # points of a rate, places to visit, prizes: no side
        ("Trung Quốc mất 2 điểm phần trăm tăng trưởng.", "Trung Quốc", False),
        ("Đà Nẵng có thêm 3 điểm đến mới.", "Đà Nẵng", False),
        ("Đà Nẵng giành 3 giải thưởng du lịch.", "Đà Nẵng", False),
        ("Lãi suất giảm 2 điểm so với Nhật Bản.", "Nhật Bản", False),
        # a title won right before the name: the points are the subject's
        ("Đội bóng từng ba lần vô địch Nam Mỹ mới có được 9 điểm.", "Nam Mỹ", False),
    ],
)
def test_points_make_a_side(text, name, side):
    start = text.index(name)
    assert in_match(text, start, start + len(name)) is side
