"""Who studied at a school, told with a span of time or by a clause the verb opens; teachers and
doctors titled with a title of honour hold a post, not a membership; a musician "trong" an orchestra
is its member."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, triples

_TIES = frozenset({"memberOf", "holdsPostAt"})


def ties(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] in _TIES}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a span of time spent, then the verb of study: the subject of the verb of spending studies there
        ("Anh [PER Vũ_Minh_Tâm] có hai năm học tiếng Nhật tại [ORG Đại_học Waseda] .", {("Vũ_Minh_Tâm", "memberOf", "Đại_học Waseda")}),
        ("Chị [PER Lê_Thu_Hà] đã có 6 tháng học tiếng Anh tại [ORG Đại_học Sydney] trước khi về nước .", {("Lê_Thu_Hà", "memberOf", "Đại_học Sydney")}),
        ("[PER Trần_Quốc_Nam] dành hơn 3 năm theo_học tại [ORG Học_viện Ngoại_giao] .", {("Trần_Quốc_Nam", "memberOf", "Học_viện Ngoại_giao")}),
        ("Bà [PER Đinh_Thị_Yến] mất gần một năm học nghề tại [ORG Trường Cao_đẳng Du_lịch Huế] .", {("Đinh_Thị_Yến", "memberOf", "Trường Cao_đẳng Du_lịch Huế")}),
        # ... not a span only wished for, nor one of whom the person only has children
        ("[PER Trần_Quốc_Nam] muốn có hai năm học tại [ORG Đại_học Harvard] .", set()),
        ("[PER Hoàng_Văn_Sáu] có 3 người con học tại [ORG Trường THPT Phan_Bội_Châu] .", set()),
        ("[PER Lê_Văn_Hậu] cho_biết [ORG Trường Đại_học Vinh] có 5 năm học .", set()),
        # a clause the verb of study opens at the start of the sentence: its subject opens the main clause
        ("Tốt_nghiệp [ORG Đại_học Kinh_tế Quốc_dân] năm 2005 , anh [PER Đỗ_Văn_Long] về quê lập_nghiệp .", {("Đỗ_Văn_Long", "memberOf", "Đại_học Kinh_tế Quốc_dân")}),
        ("Từng học tại [ORG Đại_học Sân_khấu Điện_ảnh] , [PER Lê_Minh_Khoa] nhanh_chóng được chú_ý .", {("Lê_Minh_Khoa", "memberOf", "Đại_học Sân_khấu Điện_ảnh")}),
        ("Được đào_tạo bài_bản tại [ORG Học_viện Âm_nhạc Huế] , chị [PER Phạm_Thu_Lan] sớm có chỗ đứng .", {("Phạm_Thu_Lan", "memberOf", "Học_viện Âm_nhạc Huế")}),
        # ... not when the main clause opens with another word, a possessor, or the school is only visited
        ("Tốt_nghiệp [ORG Đại_học Y_Dược] , theo ông [PER Lê_Văn_Hưng] , là điều_kiện cần .", set()),
        ("Học tại [ORG Trường THPT Chu_Văn_An] , con_trai ông [PER Phan_Văn_Tú] rất chăm_chỉ .", set()),
        ("Đến thăm [ORG Đại_học Huế] , ông [PER Hà_Văn_Thịnh] trò_chuyện với sinh_viên .", set()),
        ("Kiện [ORG Đại_học Tôn_Đức_Thắng] ra tòa , bà [PER Lý_Thị_Mơ] đòi bồi_thường .", set()),
    ],
)
def test_schools_studied_at(markup, expected):
    assert ties(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a teacher or a doctor titled with a title of honour, the body set after the name: a post
        (
            "Giải_thưởng trao cho : tiến_sĩ [PER Hồ_Văn_An] , [ORG viện Lúa Cửu_Long] ; giáo_sư , thầy_giáo ưu_tú "
            "[PER Lê_Văn_Bình] , [ORG trường đại_học Xây_dựng] ; thạc_sĩ [PER Lý_Thị_Cúc] , [ORG công_ty cổ_phần Tân_Tiến] .",
            {
                ("Hồ_Văn_An", "memberOf", "viện Lúa Cửu_Long"),
                ("Lê_Văn_Bình", "holdsPostAt", "trường đại_học Xây_dựng"),
                ("Lý_Thị_Cúc", "memberOf", "công_ty cổ_phần Tân_Tiến"),
            },
        ),
        ("Thầy_thuốc nhân_dân [PER Trần_Văn_Hải] , [ORG Bệnh_viện Bạch_Mai] , cho_biết bệnh_nhân đã qua cơn nguy_kịch .", {("Trần_Văn_Hải", "holdsPostAt", "Bệnh_viện Bạch_Mai")}),
        ("Cô_giáo [PER Nguyễn_Thu_Hà] , [ORG Trường THCS Lê_Lợi] , được tặng bằng_khen .", {("Nguyễn_Thu_Hà", "holdsPostAt", "Trường THCS Lê_Lợi")}),
        ("Nhà_giáo ưu_tú [PER Vương_Đình_Khải] , [ORG Trường THPT Lam_Sơn] , phát_biểu tại lễ kỷ_niệm .", {("Vương_Đình_Khải", "holdsPostAt", "Trường THPT Lam_Sơn")}),
        # a researcher with a degree only: a member, as before
        ("Tiến_sĩ [PER Hồ_Đức_Vinh] , [ORG Viện Nghiên_cứu Hải_sản] , cho_rằng nguồn lợi cá đang giảm .", {("Hồ_Đức_Vinh", "memberOf", "Viện Nghiên_cứu Hải_sản")}),
        # a teacher who only visits or writes to a body is tied to none
        ("Thầy_giáo ưu_tú [PER Đặng_Quốc_Việt] đã gửi thư tới [ORG Bộ Giáo_dục và Đào_tạo] .", set()),
    ],
)
def test_staff_titled_with_honours(markup, expected):
    assert ties(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a musician's part, a copula, then "trong" and the orchestra or band
        (
            "[PER Đỗ_Quang_Vinh] hiện là violon solo thứ ba trong [ORG Dàn_nhạc Giao_hưởng Berlin] từ năm 2009 .",
            {("Đỗ_Quang_Vinh", "memberOf", "Dàn_nhạc Giao_hưởng Berlin")},
        ),
        ("Anh [PER Lý_Minh_Đức] là nhạc_công trong [ORG Dàn_nhạc Giao_hưởng Việt_Nam] .", {("Lý_Minh_Đức", "memberOf", "Dàn_nhạc Giao_hưởng Việt_Nam")}),
        # ... not "trong" an occasion, a match or a clause that names no body after it
        ("[PER Lý_Minh_Đức] là nhạc_công trong đêm nhạc của [ORG Nhà_hát Lớn] .", set()),
        ("[PER Trương_Văn_Tài] là cầu_thủ xuất_sắc nhất trong trận gặp [ORG Becamex Bình_Dương] .", set()),
        ("[PER Lý_Minh_Đức] là người duy_nhất trong [ORG Bộ Y_tế] phản_đối .", set()),
        ("[PER Lý_Minh_Đức] muốn là nhạc_công trong [ORG Dàn_nhạc Giao_hưởng Việt_Nam] .", set()),
    ],
)
def test_musicians_in_orchestras(markup, expected):
    assert ties(markup) == expected
