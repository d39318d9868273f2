"""Where places and bodies lie and whose parts bodies are, in raw sentences of everyday news, through the
whole pipeline (names found by the tagger and the rules): administrative chains and addresses, bodies
and their seats, parts of bodies; and the sentences that must give no link (lists of places, a person
or an event somewhere)."""

from __future__ import annotations

import pytest


from kg.model import Article
from kg.pipeline import extract_article

_LINKS = frozenset({"locatedIn", "partOf"})


def _links(text: str) -> set[tuple[str, str, str]]:
    extraction = extract_article(Article(id="a", text=text, source="test"))
    return {(s.subject.text, s.predicate, s.object.text) for s in extraction.statements if s.predicate in _LINKS}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # administrative chains and addresses
        (
            "Lũ quét đã cuốn trôi 3 ngôi nhà ở xã Tà Xùa, huyện Bắc Yên, tỉnh Sơn La.",
            {("Tà Xùa", "locatedIn", "Bắc Yên"), ("Bắc Yên", "locatedIn", "Sơn La")},
        ),
        ("Người dân phường Tân Định, quận 3, TP.HCM đã được di dời.", {("Tân Định", "locatedIn", "TP.HCM")}),
        ("Huyện Mường Tè thuộc tỉnh Lai Châu có địa hình hiểm trở.", {("Mường Tè", "locatedIn", "Lai Châu")}),
        ("Kỳ Sơn là một huyện miền núi của tỉnh Nghệ An.", {("Kỳ Sơn", "locatedIn", "Nghệ An")}),
        (
            "Ông Lê Văn Tám, trú tại xã Phước An, huyện Tuy Phước, tỉnh Bình Định đã bị bắt.",
            {("Phước An", "locatedIn", "Tuy Phước"), ("Tuy Phước", "locatedIn", "Bình Định")},
        ),
        # bodies and installations where they are
        ("Công ty TNHH Minh Long, trụ sở ở Bình Dương, đã xuất khẩu gốm.", {("Công ty TNHH Minh Long", "locatedIn", "Bình Dương")}),
        ("Công ty cổ phần Thép Việt Ý có trụ sở chính đặt tại Hải Phòng.", {("Công ty cổ phần Thép Việt Ý", "locatedIn", "Hải Phòng")}),
        ("Bệnh viện Đa khoa Xanh Pôn ở Hà Nội đã tiếp nhận bệnh nhân.", {("Bệnh viện Đa khoa Xanh Pôn", "locatedIn", "Hà Nội")}),
        (
            "Trường THPT Nguyễn Du (huyện Krông Pắc, tỉnh Đắk Lắk) có 1.200 học sinh.",
            {("Trường THPT Nguyễn Du", "locatedIn", "Krông Pắc"), ("Krông Pắc", "locatedIn", "Đắk Lắk")},
        ),
        ("Nhà máy lọc dầu Dung Quất đặt tại tỉnh Quảng Ngãi.", {("Nhà máy lọc dầu Dung Quất", "locatedIn", "Quảng Ngãi")}),
        ("Chuyến bay hạ cánh tại sân bay Nội Bài (Hà Nội) lúc 9h.", {("Nội Bài", "locatedIn", "Hà Nội")}),
        ("Đại học Bách khoa Hà Nội tọa lạc tại quận Hai Bà Trưng.", {("Đại học Bách khoa Hà Nội", "locatedIn", "Hai Bà Trưng")}),
        ("Đại diện Đại sứ quán Hàn Quốc tại Việt Nam cho biết thêm.", {("Đại sứ quán Hàn Quốc", "locatedIn", "Việt Nam")}),
        # parts of bodies
        ("Cục Quản lý thị trường (Bộ Công Thương) đã kiểm tra 200 cơ sở.", {("Cục Quản lý thị trường", "partOf", "Bộ Công Thương")}),
        ("Cục Cảnh sát giao thông thuộc Bộ Công an đã ra thông báo.", {("Cục Cảnh sát giao thông", "partOf", "Bộ Công an")}),
        (
            "Sở Tài nguyên và Môi trường trực thuộc UBND tỉnh Quảng Ninh đã phê duyệt dự án.",
            {("Sở Tài nguyên và Môi trường", "partOf", "UBND tỉnh Quảng Ninh")},
        ),
        (
            "Viện Toán học thuộc Viện Hàn lâm Khoa học và Công nghệ Việt Nam tổ chức hội thảo.",
            {("Viện Toán học", "partOf", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam")},
        ),
        ("Công ty Hưng Thịnh, một công ty con của Tập đoàn Hòa Bình, đã phá sản.", {("Công ty Hưng Thịnh", "partOf", "Tập đoàn Hòa Bình")}),
        (
            "Sinh viên Trường Đại học Công nghệ (Đại học Quốc gia Hà Nội) đoạt giải nhất.",
            {("Trường Đại học Công nghệ", "partOf", "Đại học Quốc gia Hà Nội")},
        ),
        ("Bộ Tư lệnh Cảnh sát biển thuộc Bộ Quốc phòng đã điều tàu.", {("Bộ Tư lệnh Cảnh sát biển", "partOf", "Bộ Quốc phòng")}),
        ("Bà Lê Thị Thu, Cục Quản lý dược, Bộ Y tế cho biết thêm.", {("Cục Quản lý dược", "partOf", "Bộ Y tế")}),
        # nothing stated
        ("Hà Nội, Đà Nẵng và TP.HCM đều có mưa lớn.", set()),
        ("Anh Nguyễn Văn Hùng ở Hà Nội cho biết anh rất lo lắng.", set()),
        ("Hội nghị được tổ chức tại Hà Nội vào ngày 12/11.", set()),
        ("Đoàn đã thăm Huế, Quảng Trị và Quảng Bình.", set()),
        ("Công ty Toyota Việt Nam có nhà máy tại tỉnh Vĩnh Phúc.", set()),
        # an organ named after the body it serves: no part by its name alone; a bridge over a river is not in it
        ("Đoàn Thanh niên Trường Đại học Bách khoa tổ chức hiến máu.", set()),
        ("Cầu Rồng bắc qua sông Hàn được thông xe năm 2013.", set()),
    ],
)
def test_place_links_raw_news_forms(text, expected):
    assert _links(text) == expected
