"""Teachers and doctors titled with a title of honour hold a post at the body set after them, not a
membership."""

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
