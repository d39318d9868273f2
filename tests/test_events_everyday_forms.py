"""Meetings and journeys in forms everyday news uses: time made for an act, or an act done at once, between
a subject and its verb ("X dành thời_gian tiếp Y", "X tranh_thủ gặp Y", "ngay sau_đó", "có dịp"); a meeting
noun set before the clause that names whom it met without "với" ("Trong buổi tiếp Đại_sứ Y , X …"), the clause
after it opening with the title and body of the one who met ("… , Giám_đốc Sở X ông Y đề_nghị", "Tại buổi
tiếp , Chủ_tịch UBND tỉnh X ông Y cảm_ơn ông Z"); a delegation received warmly ("tiếp thân_mật đoàn đại_biểu Đảng
X"); a named body's delegation led by someone named ("Đoàn đại_biểu Đảng X do ông Y dẫn_đầu thăm Z": the party
visits); a matter talked over with someone named ("X trao_đổi với Y về …"), not with the press; fleeing
in any direction, and being extradited, escorted or deported to a place ("bỏ_trốn vào Z", "bị dẫn_độ về Z").
A meeting called off or put off ("cuộc gặp … bị hủy", "hoãn cuộc gặp với Y"), a press conference, a meeting
with no one named, a talk to the press and a flight denied give nothing."""

from __future__ import annotations

import pytest

from test_events_domestic_forms import told


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # time made for a meeting, or a meeting at once or by chance
        (
            "Ông [PER Lê_Văn_An] đã dành thời_gian tiếp Đại_sứ [COUNTRY Chile] [PER Pablo_Ruiz] .",
            [("Meeting", {"Lê_Văn_An", "Pablo_Ruiz"}, None, False)],
        ),
        (
            "Bà [PER Trần_Thu_Hà] tranh_thủ gặp Bộ_trưởng [PER Kim_Min_Jae] bên_lề hội_nghị .",
            [("Meeting", {"Trần_Thu_Hà", "Kim_Min_Jae"}, None, False)],
        ),
        (
            "Ông [PER Đỗ_Quang_Huy] ngay sau_đó đã tiếp ông [PER Hans_Becker] .",
            [("Meeting", {"Đỗ_Quang_Huy", "Hans_Becker"}, None, False)],
        ),
        (
            "Ông [PER Vũ_Hải_Nam] có dịp gặp_gỡ nhạc_sĩ [PER Phó_Đức_Phương] tại [CITY Huế] .",
            [("Meeting", {"Vũ_Hải_Nam", "Phó_Đức_Phương"}, "Huế", False)],
        ),
        (
            "Ông [PER Hoàng_Văn_Tuấn] tranh_thủ về thăm [REGION Hải_Dương] .",
            [("Visit", {"Hoàng_Văn_Tuấn"}, "Hải_Dương", False)],
        ),
        # time made for the press or for customers meets no one named
        ("Bà [PER Trần_Thu_Hà] dành thời_gian trả_lời báo_chí .", []),
        ("[ORG Công_ty Hòa_Bình] dành thời_gian cho khách_hàng .", []),
        # a meeting noun before the clause, whom it met named without "với"
        (
            "Trong buổi tiếp Tổng_lãnh_sự [COUNTRY Canada] [PER Emily_Scott] , bà [PER Ngô_Thị_Hoa] cho_biết"
            " thành_phố luôn chào_đón nhà_đầu_tư .",
            [("Meeting", {"Ngô_Thị_Hoa", "Emily_Scott"}, None, False)],
        ),
        (
            "Tại buổi tiếp_xã_giao ông [PER Kenji_Mori] , Chủ_tịch [ORG UBND tỉnh Long_An] [PER Lưu_Văn_Út]"
            " giới_thiệu tiềm_năng của tỉnh .",
            [("Meeting", {"Lưu_Văn_Út", "Kenji_Mori"}, None, False)],
        ),
        (
            "Trong cuộc gặp Bộ_trưởng [PER Lý_Quốc_Hùng] , ông [PER Carlos_Mendes] cho_biết công_ty muốn mở_rộng đầu_tư .",
            [("Meeting", {"Carlos_Mendes", "Lý_Quốc_Hùng"}, None, False)],
        ),
        # the clause after it opens with the title and the body of the one who met
        (
            "Tại buổi làm_việc với ông [PER Hans_Becker] , Giám_đốc [ORG Sở Y_tế Hà_Nam] [PER Lê_Minh_Châu]"
            " đề_nghị hai bên phối_hợp .",
            [("Meeting", {"Lê_Minh_Châu", "Hans_Becker"}, None, False)],
        ),
        ("Tại buổi làm_việc với ông [PER Hans_Becker] , Giám_đốc [ORG Sở Y_tế Hà_Nam] cho_biết sẽ phối_hợp .", []),
        # a meeting noun that names no one met, a press conference, a meeting with the press
        ("Trong buổi tiếp , ông [PER Hà_Văn_Bình] cho_biết tỉnh sẽ hỗ_trợ doanh_nghiệp .", []),
        ("Trong buổi họp_báo chiều nay , ông [PER Phạm_Đức_Lâm] cho_biết giá cước sẽ giữ nguyên .", []),
        ("Trong cuộc gặp_gỡ báo_chí , bà [PER Lê_Thu_Hằng] khẳng_định lập_trường của [COUNTRY Việt_Nam] .", []),
        # a delegation received warmly: its body is met
        (
            "Ông [PER Phan_Văn_Tấn] đã tiếp thân_mật đoàn đại_biểu [ORG Đảng Cộng_sản Chile] .",
            [("Meeting", {"Phan_Văn_Tấn", "Đảng Cộng_sản Chile"}, None, False)],
        ),
        (
            "Bà [PER Hà_Thị_Nga] tiếp riêng đoàn công_tác [ORG Bộ Nội_vụ Lào] .",
            [("Meeting", {"Hà_Thị_Nga", "Bộ Nội_vụ Lào"}, None, False)],
        ),
        ("Ông [PER Phan_Văn_Tấn] tiếp thân_mật đoàn cán_bộ hưu_trí .", []),
        # after "Tại buổi tiếp ,", the host named with a title and body thanks the guest
        (
            "Tại buổi tiếp , Chủ_tịch [ORG UBND tỉnh Bình_Phước] [PER Trần_Tuệ_Hiền] cảm_ơn ông [PER Marco_Rossi] .",
            [("Meeting", {"Trần_Tuệ_Hiền", "Marco_Rossi"}, None, False)],
        ),
        ("Tại buổi tiếp , Chủ_tịch [ORG UBND tỉnh Bình_Phước] cảm_ơn ông [PER Marco_Rossi] .", []),
        (
            "Tại buổi tiếp , Chủ_tịch [ORG UBND tỉnh Bình_Phước] [PER Trần_Tuệ_Hiền] cho_biết ông [PER Marco_Rossi]"
            " sẽ đầu_tư .",
            [],
        ),
        # a named body's delegation goes and meets as the body, also when the one who leads it is named;
        # an unnamed delegation goes as the one who leads it
        (
            "Đoàn đại_biểu [ORG Đảng Cộng_sản Chile] do bà [PER Ana_Torres] dẫn_đầu đang thăm [COUNTRY Việt_Nam] .",
            [("Visit", {"Đảng Cộng_sản Chile"}, "Việt_Nam", False)],
        ),
        (
            "Đoàn đại_biểu [ORG Đảng Cộng_sản Chile] , do bà [PER Ana_Torres] dẫn_đầu đã hội_kiến Chủ_tịch nước"
            " [PER Lương_Văn_Tú] .",
            [("Meeting", {"Đảng Cộng_sản Chile", "Lương_Văn_Tú"}, None, False)],
        ),
        (
            "Đoàn đại_biểu [ORG Đảng Cộng_sản Chile] , do bà [PER Ana_Torres] dẫn_đầu sang thăm [COUNTRY Lào] .",
            [("Visit", {"Đảng Cộng_sản Chile"}, "Lào", False)],
        ),
        (
            "Đoàn công_tác của [ORG Bộ Xây_dựng] do Thứ_trưởng [PER Bùi_Hồng_Minh] dẫn_đầu đã có_mặt tại"
            " [REGION Quảng_Trị] .",
            [("Travel", {"Bộ Xây_dựng", "Quảng_Trị"}, None, False)],
        ),
        (
            "Đoàn công_tác do Phó_Thủ_tướng [PER Đinh_Văn_Khoa] dẫn_đầu đã đến thăm tỉnh [REGION Quảng_Ngãi] .",
            [("Visit", {"Đinh_Văn_Khoa"}, "Quảng_Ngãi", False)],
        ),
        # a matter talked over with someone, told by the verb alone; with the press, with no one named
        (
            "Chủ_tịch [ORG UBND tỉnh Hà_Tĩnh] [PER Võ_Trọng_Hải] trao_đổi với Tổng_lãnh_sự [COUNTRY Nga]"
            " [PER Ivan_Sokolov] về hợp_tác du_lịch .",
            [("Meeting", {"Võ_Trọng_Hải", "Ivan_Sokolov"}, None, False)],
        ),
        (
            "Ông [PER Phạm_Văn_Đức] đã trao_đổi với [ORG Công_ty Hòa_Phát] về hợp_đồng .",
            [("Meeting", {"Phạm_Văn_Đức", "Công_ty Hòa_Phát"}, None, False)],
        ),
        ("Ông [PER Lê_Văn_Hòa] trao_đổi với phóng_viên [AGENCY Tuổi_Trẻ] về dự_án .", []),
        ("Trao_đổi với [AGENCY VnExpress] , ông [PER Lê_Văn_Hòa] cho_biết công_ty sẽ khắc_phục .", []),
        ("Bà [PER Nguyễn_Thị_Hạnh] trao_đổi với [AGENCY Dân_trí] rằng trường đã báo_cáo .", []),
        ("Ông [PER Lê_Văn_Hòa] trao_đổi với báo_chí bên_lề kỳ họp .", []),
        # the one talked with is the one who speaks after the comma: a reporter, unnamed, asked
        ("Trao_đổi với bà [PER Hoàng_Thị_Mến] , bà [PER Mến] cho_biết đã báo công_an .", []),
        ("Tại buổi làm_việc với ông [PER Đinh_Văn_Lộc] , ông [PER Lộc] cho_biết sẽ hợp_tác .", []),
        ("Ông [PER Phạm_Văn_Đức] không trao_đổi với bà [PER Lê_Thị_Hà] .", []),
        # a meeting called off or put off did not happen; one told alone did
        ("Cuộc gặp giữa ông [PER Trần_Văn_Hưng] và bà [PER Lê_Thị_Hà] đã bị hủy .", []),
        ("Ông [PER Vũ_Đức_Long] đã hoãn cuộc gặp với Bộ_trưởng [PER Anutin_Charn] .", []),
        ("Cuộc hội_đàm giữa Tổng_thống [PER Joe_Biden] và Chủ_tịch [PER Tập_Cận_Bình] bị hoãn lại vì bão .", []),
        (
            "Cuộc gặp giữa ông [PER Trần_Văn_Hưng] và bà [PER Lê_Thị_Hà] diễn ra tại [CITY Huế] .",
            [("Meeting", {"Trần_Văn_Hưng", "Lê_Thị_Hà"}, "Huế", False)],
        ),
        (
            "Sau cuộc gặp với ông [PER Đào_Văn_Hưng] , bà [PER Lê_Thị_Ngân] quyết_định hủy hợp_đồng .",
            [("Meeting", {"Đào_Văn_Hưng", "Lê_Thị_Ngân"}, None, False)],
        ),
        # fleeing in any direction
        (
            "Sau khi gây_án , [PER Nguyễn_Văn_Tài] bỏ_trốn vào [CITY TP.HCM] .",
            [("Travel", {"Nguyễn_Văn_Tài", "TP.HCM"}, None, False)],
        ),
        (
            "Nghi_phạm [PER Trần_Minh_Quân] chạy_trốn ra [CITY Hà_Nội] .",
            [("Travel", {"Trần_Minh_Quân", "Hà_Nội"}, None, False)],
        ),
        (
            "Đối_tượng [PER Lê_Văn_Hậu] đã tẩu_thoát về [REGION Thanh_Hóa] .",
            [("Travel", {"Lê_Văn_Hậu", "Thanh_Hóa"}, None, False)],
        ),
        # taken there by the authorities
        (
            "[PER Phạm_Văn_Danh] bị dẫn_độ về [COUNTRY Việt_Nam] từ [COUNTRY Đức] .",
            [("Travel", {"Phạm_Văn_Danh", "Việt_Nam"}, None, False)],
        ),
        (
            "[PER Hà_Văn_Sơn] đã được di_lý về [CITY Hà_Nội] .",
            [("Travel", {"Hà_Văn_Sơn", "Hà_Nội"}, None, False)],
        ),
        (
            "Ông [PER Mark_Lee] bị trục_xuất về [COUNTRY Úc] .",
            [("Travel", {"Mark_Lee", "Úc"}, None, False)],
        ),
        # a flight denied, a hiding place unnamed, things carried: no journey
        ("[PER Nguyễn_Văn_Tài] không bỏ_trốn sang [COUNTRY Lào] .", []),
        ("[PER Trần_Minh_Quân] trốn vào rừng .", []),
        ("Tang_vật được đưa về trụ_sở [ORG Công_an quận Đống_Đa] .", []),
    ],
)
def test_events_everyday_forms(markup, expected):
    assert sorted(told(markup), key=repr) == sorted(expected, key=repr)
