"""Memberships told by studying or joining when the person is named in a description before
the verb or opens the main clause after a fronted one (``kg.extract.described_subjects``)."""

from __future__ import annotations

import pytest

from test_affiliations import memberships


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a description after a dash or comma, opened by a noun of a person
        ("Nghệ_sĩ [PER Trần_Văn_Khoa] – thủ_khoa tốt_nghiệp môn piano tại [ORG Nhạc_viện Hà_Nội] – sẽ biểu_diễn .", {("Trần_Văn_Khoa", "memberOf", "Nhạc_viện Hà_Nội")}),
        ("Chúng_tôi gặp [PER Lò_Thị_Hương] , cô gái học ngành y tại [ORG Đại_học Y Thái_Bình] .", {("Lò_Thị_Hương", "memberOf", "Đại_học Y Thái_Bình")}),
        # "người" and a word of tense or voice, whatever the description holds before the verb
        ("Về [PER Lê_Minh_Tuấn] , người từng rời [ORG Hải_Phòng] năm 2010 để sang [COUNTRY Thái_Lan] khoác_áo [ORG Muangthong] , ông không bình_luận .", {("Lê_Minh_Tuấn", "memberOf", "Muangthong")}),
        ("Đó là [PER Phan_Văn_Long] , người đã tốt_nghiệp [ORG Đại_học Bách_khoa] năm 2005 .", {("Phan_Văn_Long", "memberOf", "Đại_học Bách_khoa")}),
        # "người" opening a clause of its own ("người hâm_mộ" are the fans), not a description
        ("Nhắc tới [PER Lê_Minh_Tuấn] , người hâm_mộ nhớ về một cầu_thủ đang khoác_áo [ORG Muangthong] .", set()),
        # the description names a person of its own: the verb is that person's
        ("Anh [PER Vũ_Hải] , người mà [PER Trần_Bình] từng học tại [ORG Đại_học Huế] cùng , nói vậy .", set()),
        # no mark between the name and the noun: no description
        ("[PER Vũ_Hải] gặp cô gái học tại [ORG Đại_học Huế] .", set()),
    ],
)
def test_described_subjects_a_description_after_the_name(markup, expected):
    assert memberships(markup) == expected


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a clause of concession before the main one, past an aside in brackets
        ("Dù đang bận_rộn với việc học_tập tại [ORG Đại_học Sân_khấu] ( [CITY TP.HCM] ) , [PER Y_Linh] vẫn đến cổ_vũ .", {("Y_Linh", "memberOf", "Đại_học Sân_khấu")}),
        ("Mặc_dù chỉ mới tốt_nghiệp [ORG Học_viện Ngoại_giao] , chị [PER Hà_My] đã làm phiên_dịch .", {("Hà_My", "memberOf", "Học_viện Ngoại_giao")}),
        # a clause of time after a comma, the main clause's subject after it
        ("Năm 2009 , sau 8 tháng học tiếng Việt tại [ORG Trường Đại_học Hà_Nội] , [PER Kim_Min_Su] về nước .", {("Kim_Min_Su", "memberOf", "Trường Đại_học Hà_Nội")}),
        # the fronted clause names a person of its own, or the main clause opens with no person
        ("Dù [PER Vũ_Hải] đang học tại [ORG Đại_học Huế] , [PER Trần_Bình] vẫn đến .", {("Vũ_Hải", "memberOf", "Đại_học Huế")}),
        ("Dù đang học tại [ORG Đại_học Huế] , bạn của [PER Trần_Bình] vẫn đến .", set()),
        # no word of time or concession opens the clause: the studying is another's
        ("Cô_giáo khen những em chăm học tại [ORG Đại_học Huế] , [PER Trần_Bình] cảm_ơn cô .", set()),
    ],
)
def test_described_subjects_a_fronted_clause_shares_the_main_subject(markup, expected):
    assert memberships(markup) == expected
