"""Verbs that tell a saying only with a quotation before them or "rằng"/a colon after them
("kể", "than", "lên_án", "trình_bày": the "reply" frame), and "nhận_thấy" with a clause."""

from __future__ import annotations

import pytest

from test_speech import assert_speaker, statements_of


@pytest.mark.parametrize(
    ("markup", "speaker", "quote"),
    [
        ('" Hồi đó chúng_tôi phải đi bộ ba ngày mới tới trường " , ông [PER Lê_Văn_An] kể .', "Lê_Văn_An", "Hồi đó chúng tôi phải đi bộ ba ngày mới tới trường"),
        ('Ông [PER Lê_Văn_An] kể : " Hồi đó chúng_tôi phải đi bộ ba ngày mới tới trường " .', "Lê_Văn_An", "Hồi đó chúng tôi phải đi bộ ba ngày mới tới trường"),
        ("Ông [PER Lê_Văn_An] kể lại rằng hồi đó họ phải đi bộ ba ngày mới tới trường .", "Lê_Văn_An", "hồi đó họ phải đi bộ ba ngày mới tới trường"),
        ('Bà [PER Trần_Thị_Mai] than : " Giá rau tăng gấp đôi chỉ sau một đêm " .', "Trần_Thị_Mai", "Giá rau tăng gấp đôi chỉ sau một đêm"),
        ('" Đây là hành_động khủng_bố hèn_nhát " , [COUNTRY Pháp] lên_án .', "Pháp", "Đây là hành động khủng bố hèn nhát"),
        ('Ông [PER Lê_Văn_An] trình_bày : " Ngân_sách năm nay bội_chi 5 % " .', "Lê_Văn_An", "Ngân sách năm nay bội chi 5 %"),
        ("[ORG Ủy_ban Tài_chính] nhận_thấy việc ban_hành chính_sách mới đã làm tăng chi .", "Ủy_ban Tài_chính", "việc ban hành chính sách mới đã làm tăng chi"),
        ('" Tôi chỉ muốn được sống yên_ổn " , anh [PER Trần_Văn_Bình] bộc_bạch .', "Trần_Văn_Bình", "Tôi chỉ muốn được sống yên ổn"),
        ('Chị [PER Lê_Thị_Hoa] giãi_bày : " Nhà tôi không còn gì để ăn " .', "Lê_Thị_Hoa", "Nhà tôi không còn gì để ăn"),
        ('Ông [PER Lê_Văn_An] đáp : " Chúng_tôi chưa nhận được công_văn nào " .', "Lê_Văn_An", "Chúng tôi chưa nhận được công văn nào"),
        ('Ông [PER Lê_Văn_An] dặn : " Các cháu phải chăm học " .', "Lê_Văn_An", "Các cháu phải chăm học"),
        ("Ông [PER Lê_Văn_An] nhắn_gửi rằng lớp trẻ hãy sống có ước_mơ .", "Lê_Văn_An", "lớp trẻ hãy sống có ước mơ"),
        # a directive with what must be done is said (docs/annotation.md: directives with content)
        ("Ông [PER Lê_Văn_An] dặn các cháu phải chăm học .", "Lê_Văn_An", "các cháu phải chăm học"),
        ("Ông [PER Lê_Văn_An] nhắc_nhở các cán_bộ phải làm_việc nghiêm_túc .", "Lê_Văn_An", "các cán bộ phải làm việc nghiêm túc"),
        ("Ông [PER Lê_Văn_An] dặn_dò các cháu trước khi đi xa .", None, None),
        # a thing told, condemned, presented or noticed, with no saying
        ("Ông [PER Lê_Văn_An] đáp chuyến bay sớm nhất về [CITY Hà_Nội] .", None, None),
        ("Ông [PER Lê_Văn_An] kể chuyện hồi chiến_tranh cho các cháu nghe .", None, None),
        ("[COUNTRY Mỹ] lên_án vụ tấn_công nhằm vào đại_sứ_quán .", None, None),
        ("Ông [PER Lê_Văn_An] trình_bày báo_cáo trước [ORG Quốc_hội] .", None, None),
        ("[ORG Ủy_ban Tài_chính] nhận_thấy những bất_cập trong dự_thảo .", None, None),
        ("Ông [PER Lê_Văn_An] hứa_hẹn nhiều điều .", None, None),
    ],
)
def test_speech_telling_verbs(markup, speaker, quote):
    statement = assert_speaker(markup, speaker)
    if statement is not None:
        assert statement.quote == quote


@pytest.mark.parametrize(
    ("markup", "speaker"),
    [
        # a verb after a comma shares the subject that opens the sentence
        ("[ORG Công_ty Beta] đã gửi văn_bản lên [ORG Bộ_Công_thương] , cho_rằng giá xăng cần giảm .", "Công_ty Beta"),
        ("[COUNTRY Nga] đã điều thêm tàu chiến tới khu_vực , khẳng_định đây là hoạt_động thường_niên .", "Nga"),
        ("[PER Lê_Văn_An] đến [CITY Hà_Nội] hôm qua , cho_biết ông sẽ ở lại một tuần .", "Lê_Văn_An"),
        # not when the name is an object, when no name opens the sentence, or when two persons are named
        ("Cảnh_sát bắt_giữ [PER Lê_Văn_An] , cho_rằng anh ta đã lừa_đảo nhiều người .", None),
        ("Sau khi gặp [PER Lê_Văn_An] , cho_biết hai bên đã thống_nhất .", None),
        ("[PER Lê_Văn_An] tiếp [PER Trần_Văn_Bình] , Bộ_trưởng Tài_chính , cho_biết ngân_sách sẽ tăng .", None),
        ("[PER Lê_Văn_An] , [PER Trần_Văn_Bình] và nhiều người khác đã tới dự , cho_biết họ ủng_hộ dự_án .", None),
        # after a comma a verb that a list of nouns or of purposes may hold is no saying
        ("[PER Lê_Văn_An] đã tìm thấy niềm vui , chia_sẻ từ những người bạn mới .", None),
        ("[COUNTRY Lào] đăng_cai hội_nghị , nhằm trao_đổi , đánh_giá và rút kinh_nghiệm cho năm sau .", None),
        ("[ORG Chính_phủ Lào] ban_bố tình_trạng khẩn_cấp , yêu_cầu hỗ_trợ từ quốc_tế .", None),
        ("[ORG Hội Nông_dân] đã có nhiều hoạt_động thiết_thực , khẳng_định sự trưởng_thành của tổ_chức .", None),
    ],
)
def test_speech_verb_after_a_comma_shares_the_opening_subject(markup, speaker):
    agents = [role.mention.text for statement in statements_of(markup) for role in statement.roles if role.role == "agent"]
    assert agents == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("markup", "quotes"),
    [
        # a second verb of saying of the same speaker tells a second saying
        ("Ông [PER Lê_Văn_An] cho_biết hai nước đã đạt thỏa_thuận và khẳng_định sẽ giữ cam_kết .", ["hai nước đã đạt thỏa thuận", "sẽ giữ cam kết"]),
        ("Bà [PER Trần_Thị_Mai] cho_biết giá điện sẽ tăng , đồng_thời nhấn_mạnh giá nước giữ nguyên .", ["giá điện sẽ tăng", "giá nước giữ nguyên"]),
        ("Ông [PER Lê_Văn_An] cho_biết hai nước đã đạt thỏa_thuận và cũng khẳng_định sẽ giữ cam_kết .", ["hai nước đã đạt thỏa thuận", "sẽ giữ cam kết"]),
        # a name before the joint may be the second verb's subject, and "và" between nouns joins no verb
        ("Ông [PER Lê_Văn_An] cho_biết [COUNTRY Nga] sẽ phản_đối và khẳng_định sẽ đáp_trả .", ["Nga sẽ phản đối và khẳng định sẽ đáp trả"]),
        ("Ông [PER Lê_Văn_An] cho_biết giá xăng và dầu sẽ giảm .", ["giá xăng và dầu sẽ giảm"]),
        # a verb joined as a participle or a noun, or inside a quotation, tells no second saying
        ("Bà [PER Trần_Thị_Mai] cho_biết sau khi được khám_nghiệm và xác_nhận , thi_thể đã được đưa về .", ["sau khi được khám nghiệm và xác nhận , thi thể đã được đưa về"]),
        ("[ORG Bộ_Lao_động Mỹ] cho_biết số việc_làm mới thấp hơn tháng 8 và ước_tính trước đó .", ["số việc làm mới thấp hơn tháng 8 và ước tính trước đó"]),
        ('Ông [PER Lê_Văn_An] nói : " Chúng_tôi hết_sức quan_ngại và khẳng_định sẽ phản_đối " .', ["Chúng tôi hết sức quan ngại và khẳng định sẽ phản đối"]),
    ],
)
def test_speech_second_verb_of_the_same_speaker(markup, quotes):
    assert [s.quote for s in statements_of(markup)] == quotes
