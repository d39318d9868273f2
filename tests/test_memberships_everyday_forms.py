"""Memberships as everyday Vietnamese news writes them, read from raw sentences: a delegate of a
province's delegation to the National Assembly, a body set beside a person with its short name in
brackets, a school named after a person in brackets after a pupil: (sentence, expected) tables of
sentences written for these tests, negatives included."""

from __future__ import annotations

import pytest

from helpers import TAGGER_MISSES, extracted

_TIES = ("memberOf", "holdsPostAt")


def ties(text: str, segmented: bool = False) -> set[tuple[str, str, str]]:
    """The memberships and posts the whole per-article stage reads in ``text``."""
    extraction = extracted(text, segmented=segmented)
    return {
        (s.subject.name, s.predicate, s.object.name)
        for s in extraction.statements
        if s.predicate in _TIES and not isinstance(s.object, str)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a delegate and the province's delegation, in brackets or set beside the name
        (
            "Đại biểu Hà Minh Khôi (Đoàn ĐBQH tỉnh Thanh Hóa) đề nghị làm rõ trách nhiệm.",
            {("Hà Minh Khôi", "memberOf", "Đoàn ĐBQH tỉnh Thanh Hóa")},
        ),
        (
            "Đại biểu Lâm Thị Quyên (Đoàn ĐBQH Cần Thơ) cho rằng cần tăng ngân sách cho giáo dục.",
            {("Lâm Thị Quyên", "memberOf", "Đoàn ĐBQH Cần Thơ")},
        ),
        (
            "Đại biểu Trịnh Xuân Phong, Đoàn ĐBQH tỉnh Hải Dương, cho rằng luật cần sửa.",
            {("Trịnh Xuân Phong", "memberOf", "Đoàn ĐBQH tỉnh Hải Dương")},
        ),
        # a body set beside a person, its short name in brackets before the apposition closes
        (
            "TS Đặng Hữu Phúc, Viện Nghiên cứu Phát triển Bền vững (IRDS), cho rằng tăng trưởng sẽ chậm lại.",
            {("Đặng Hữu Phúc", "memberOf", "Viện Nghiên cứu Phát triển Bền vững")},
        ),
        (
            "Bà Vương Thu Trang, Trung tâm Nghiên cứu Môi trường (CERM), nhận định như vậy.",
            {("Vương Thu Trang", "memberOf", "Trung tâm Nghiên cứu Môi trường")},
        ),
        # a list goes on after the brackets: no apposition
        (
            "Ông Lý Quốc Bảo, Quỹ Phát triển Nông thôn (RDF) và bà Tạ Thu Vân đã ký biên bản.",
            set(),
        ),
        # a school named after a person, in brackets after a pupil
        (
            "Em Đinh Gia Huy (Trường THPT chuyên Trần Đại Nghĩa) đạt giải nhất cuộc thi.",
            {("Đinh Gia Huy", "memberOf", "Trường THPT chuyên Trần Đại Nghĩa")},
        ),
        (
            "Em Phùng Khánh Linh (Trường THPT chuyên Lê Hồng Phong) giành huy chương vàng.",
            {("Phùng Khánh Linh", "memberOf", "Trường THPT chuyên Lê Hồng Phong")},
        ),
        (
            "Em Mai Phương Thảo (Trường THCS Lê Quý Đôn) nhận học bổng của tỉnh.",
            {("Mai Phương Thảo", "memberOf", "Trường THCS Lê Quý Đôn")},
        ),
        # a person in brackets after a body's kind and a function word names no body
        ("Ông Tạ Văn Hưng (Ban của Lê Minh Tuấn) kể lại chuyện cũ.", set()),
        # a delegation named alone is no one's body; a place in brackets is no body
        ("Đoàn ĐBQH tỉnh Gia Lai đã làm việc với cử tri huyện Chư Sê.", set()),
        ("ĐBQH Phan Thanh Hải (Bình Định) chất vấn Bộ trưởng.", set()),
    ],
)
def test_memberships_everyday_forms(text, expected):
    assert {t for t in ties(text) if t[1] == "memberOf"} == {t for t in expected if t[1] == "memberOf"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body the tagger drops, named right after a noun of membership, maybe after "của" and its kind
        ("Ông Đào Quang Vinh là kỹ sư của hãng Airbus.", {("Đào Quang Vinh", "memberOf", "Airbus")}),
        ("Ông Henrik Sorensen là nghị sĩ đảng Tự do.", {("Henrik Sorensen", "memberOf", "đảng Tự do")}),
        ("Bà Ingrid Holm, nghị sĩ đảng Trung tâm, đã bỏ phiếu chống.", {("Ingrid Holm", "memberOf", "đảng Trung tâm")}),
        # a band's name after "thành viên nhóm nhạc" is the band's, not a person's
        ("Choi Min Ho, thành viên nhóm nhạc Shining Star, đã nhập ngũ.", {("Choi Min Ho", "memberOf", "Shining Star")}),
        ("Anh Lương Bích Hữu, thành viên ban nhạc Ngũ Cung, vừa ra mắt album.", {("Lương Bích Hữu", "memberOf", "Ngũ Cung")}),
        ("Ca sĩ Kang Seul Gi của nhóm Red Moon đã đến Đà Nẵng.", {("Kang Seul Gi", "memberOf", "Red Moon")}),
        # a former member, a wish, a singer beside a band or of a country: no membership
        ("Choi Min Ho, cựu thành viên nhóm nhạc Shining Star, vừa kết hôn.", set()),
        ("Ông Henrik Sorensen muốn trở thành nghị sĩ đảng Tự do.", set()),
        ("Ca sĩ Đông Nhi biểu diễn cùng nhóm nhạc Red Moon.", set()),
        ("Nữ ca sĩ Thu Minh của Việt Nam biểu diễn tại Seoul.", set()),
    ],
)
def test_memberships_named_after_a_noun_of_membership(text, expected):
    assert {t for t in ties(text) if t[1] == "memberOf"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a player's contract with a team or a club, maybe with its length between
        (
            "Tiền vệ Phan Thanh Hậu vừa ký hợp đồng ba năm với CLB Thanh Hóa.",
            {("Phan Thanh Hậu", "memberOf", "CLB Thanh Hóa")},
        ),
        ("Hà Đức Chinh đã ký hợp đồng với Bình Định FC.", {("Hà Đức Chinh", "memberOf", "Bình Định FC")}),
        (
            "Thủ môn Trần Nguyên Mạnh gia hạn hợp đồng với CLB Viettel thêm hai năm.",
            {("Trần Nguyên Mạnh", "memberOf", "CLB Viettel")},
        ),
        # a contract with a company, a wish, a refusal: no membership
        ("Bộ trưởng Đinh Tiến Dũng ký hợp đồng với Tập đoàn Masan.", set()),
        ("Ông Vũ Đức Thịnh ký hợp đồng với Công ty Cơ khí Hà Nội.", set()),
        ("Tiền đạo Phạm Tuấn Hải muốn ký hợp đồng với CLB Yokohama FC.", set()),
    ],
)
def test_memberships_by_a_players_contract(text, expected):
    assert {t for t in ties(text) if t[1] == "memberOf"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a school named after a person, after "trường" and its levels, set beside a pupil
        (
            "Nữ sinh Kiều Thị Ngân, trường THPT Chu Văn An, đạt điểm tuyệt đối môn Toán.",
            {("Kiều Thị Ngân", "memberOf", "THPT Chu Văn An")},
        ),
        (
            "Em Bạch Văn Tuấn, học sinh Trường THPT chuyên Lê Quý Đôn, giành huy chương vàng.",
            {("Bạch Văn Tuấn", "memberOf", "Trường THPT chuyên Lê Quý Đôn")},
        ),
        # a body set beside a person after the common noun of its kind
        (
            "Ông Cao Xuân Thắng, công ty Hòa Phát, cho biết giá thép sẽ tăng.",
            {("Cao Xuân Thắng", "memberOf", "công ty Hòa Phát")},
        ),
        # a level written before a pupil's own name; the figure a school is named after
        ("Học sinh THPT Nguyễn Văn Trỗi đã đạt giải nhất.", set()),
        ("Nhà giáo Chu Văn An sống vào thời nhà Trần.", set()),
        # a national team of a sport named with the sport
        (
            "Vận động viên Hoàng Quý Phước thuộc đội tuyển bơi Việt Nam.",
            {("Hoàng Quý Phước", "memberOf", "đội tuyển bơi Việt Nam")},
        ),
        (
            "Đô vật Nguyễn Văn Công là thành viên đội tuyển vật Việt Nam.",
            {("Nguyễn Văn Công", "memberOf", "đội tuyển vật Việt Nam")},
        ),
    ],
)
def test_memberships_of_schools_and_teams_named_otherwise(text, expected):
    assert {t for t in ties(text) if t[1] == "memberOf"} == expected


def test_a_school_named_after_a_person_is_one_body():
    names = {(m.name, m.type.value) for m in extracted("Nữ sinh Kiều Thị Ngân, trường THPT Chu Văn An, đạt giải.").mentions}
    assert ("THPT Chu Văn An", "Organization") in names
    assert ("Chu Văn An", "Person") not in names


@pytest.mark.parametrize(
    ("text", "member", "body"),
    [
        ("Ông Mạc Văn Khoa là Đảng viên Đảng Cộng sản Việt Nam từ năm 1980.", "Mạc Văn Khoa", "Đảng Cộng sản Việt Nam"),
        ("Bà Đinh Thị Gấm, Đảng viên Đảng Cộng sản Việt Nam, đã nhận huy hiệu.", "Đinh Thị Gấm", "Đảng Cộng sản Việt Nam"),
    ],
)
def test_a_capitalised_noun_of_membership_is_no_part_of_the_body(text, member, body):
    extraction = extracted(text)
    assert (member, "memberOf", body) in ties(text)
    assert not any(m.name.startswith("Đảng viên") for m in extraction.mentions)


def test_a_team_named_by_its_members_keeps_its_name():
    # "Sinh viên" opens the team's own name here: no body's kind follows it
    names = {(m.name, m.type.value) for m in extracted("Bảng B gồm các đội Sinh viên Nhật Bản, Hải Phòng FC và Quảng Nam FC.").mentions}
    assert ("Nhật Bản", "Organization") not in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a student's year and field before the school
        (
            "Anh Phí Văn Lực đang là sinh viên năm hai ngành Luật tại Đại học Huế.",
            {("Phí Văn Lực", "memberOf", "Đại học Huế")},
        ),
        pytest.param(
            "Chị Ông Thị Ngọc là sinh viên năm cuối khoa Báo chí Học viện Báo chí và Tuyên truyền.",
            {("Ông Thị Ngọc", "memberOf", "Học viện Báo chí và Tuyên truyền")},
            marks=TAGGER_MISSES,
        ),
        # the school is where one speaks, not one's own, past a mark
        ("Anh Phí Văn Lực là sinh viên năm hai, đã đến thăm Đại học Huế.", set()),
    ],
)
def test_memberships_of_students_told_with_their_year_and_field(text, expected):
    assert {t for t in ties(text) if t[1] == "memberOf"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a province's delegation named in full with its place, beside or after a delegate
        (
            "Ông Hồ Sỹ Minh, Đoàn đại biểu Quốc hội tỉnh Quảng Trị, nhấn mạnh yêu cầu minh bạch.",
            {("Hồ Sỹ Minh", "memberOf", "Đoàn đại biểu Quốc hội tỉnh Quảng Trị")},
        ),
        (
            "Đại biểu Tô Thị Lụa (Đoàn đại biểu Quốc hội tỉnh Sóc Trăng) cho rằng cần sửa luật.",
            {("Tô Thị Lụa", "memberOf", "Đoàn đại biểu Quốc hội tỉnh Sóc Trăng")},
        ),
        # the head inside a deputy head's title names no delegation of the person
        ("Phó trưởng đoàn Đại biểu Quốc hội TP Cần Thơ, ông Kha Văn Lực cho rằng cần sửa luật.", set()),
    ],
)
def test_memberships_of_a_provinces_delegation_named_in_full(text, expected):
    assert {t for t in ties(text) if t[1] == "memberOf"} == expected


def test_a_provinces_delegation_is_one_body_with_its_place():
    names = {(m.name, m.type.value) for m in extracted("Đoàn đại biểu Quốc hội tỉnh Kon Tum đã tiếp xúc cử tri.").mentions}
    assert names == {("Đoàn đại biểu Quốc hội tỉnh Kon Tum", "Organization")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # staff and seats hold posts, not memberships (docs/annotation.md)
        (
            "Bác sĩ Trương Hữu Khanh, Bệnh viện Nhi đồng 1, khuyến cáo người dân tiêm phòng.",
            {("Trương Hữu Khanh", "holdsPostAt", "Bệnh viện Nhi đồng 1")},
        ),
        (
            "Anh Quách Văn Lợi, nhân viên Công ty Cấp nước Huế, đã sửa xong đường ống.",
            {("Quách Văn Lợi", "holdsPostAt", "Công ty Cấp nước Huế")},
        ),
        ("Ủy viên Bộ Chính trị Đỗ Văn Chiến đã dự buổi lễ.", {("Đỗ Văn Chiến", "holdsPostAt", "Bộ Chính trị")}),
        # one who visits, speaks of or sues a body is no member of it
        ("Ông Khuất Văn Hải đến thăm Viện Hàn lâm Khoa học xã hội Việt Nam.", set()),
        ("Ông Lại Văn Sâm nói về Đảng Lao động Triều Tiên trong bài phát biểu.", set()),
        ("Bà Giáp Thị Nụ kiện Công ty Điện máy Xanh ra tòa.", set()),
        ("Ông Khuất Văn Hải làm việc với Đoàn ĐBQH tỉnh Phú Thọ.", set()),
    ],
)
def test_staff_seats_and_mere_dealings_are_no_memberships(text, expected):
    assert ties(text) == expected
