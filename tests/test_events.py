"""Meetings, visits, travels, invitations and gifts, and their shortcuts."""

from __future__ import annotations

import pytest

from kg.model import EventType
from test_relations_markup import relations, roles_of, triples

PUTIN = "[PER Tổng_thống [COUNTRY Nga]|Vladimir_Putin]"
KIM = "[PER lãnh_đạo [COUNTRY Triều_Tiên]|Kim_Jong-un]"


def events_of(markup: str, event_type: EventType):
    _, events = relations(markup)
    return [e for e in events if e.type is event_type]


@pytest.mark.parametrize(
    ("markup", "participants", "place", "date"),
    [
        (f"{PUTIN} tiếp {KIM} tại [FAC Vostochny_Cosmodrome] {{ngày 13/9|--09-13}} .", {"Vladimir_Putin", "Kim_Jong-un"}, "Vostochny_Cosmodrome", "--09-13"),
        (f"{PUTIN} gặp ông [PER Kim_Jong-un] .", {"Vladimir_Putin", "Kim_Jong-un"}, None, None),
        # the date told after an apposed partner is the meeting's
        (
            "Sau cuộc gặp giữa Thủ_tướng [COUNTRY Lào] [PER Somsak] và người đồng_cấp [COUNTRY Thái_Lan] , ông [PER Prayut] tại [CITY Viêng_Chăn] {hôm 5-11|--11-05} , hai bên ra thông_cáo .",
            {"Somsak", "Prayut"},
            "Viêng_Chăn",
            "--11-05",
        ),
        (f"{PUTIN} ( phải ) và {KIM} gặp nhau tại vùng [REGION Amur] {{ngày 13/9|--09-13}} .", {"Vladimir_Putin", "Kim_Jong-un"}, "Amur", "--09-13"),
        (f"{KIM} gặp và hội_đàm với {PUTIN} tại một sân_bay vũ_trụ ở [REGION Viễn_Đông] .", {"Vladimir_Putin", "Kim_Jong-un"}, "Viễn_Đông", None),
        (f"{PUTIN} ( trái ) bắt_tay {KIM} tại [FAC Vostochny_Cosmodrome] , vùng [REGION Amur] , {{ngày 13/9|--09-13}} .", {"Vladimir_Putin", "Kim_Jong-un"}, "Vostochny_Cosmodrome", "--09-13"),
        ("Ông [PER Putin] và ông [PER Kim] sau đó hội_đàm cùng với các thành_viên .", {"Putin", "Kim"}, None, None),
        (f"ông [PER Putin] đã trở về [CITY Moskva] sau khi gặp ông [PER Kim_Jong-un] ở vùng [REGION Viễn_Đông] .", {"Putin", "Kim_Jong-un"}, "Viễn_Đông", None),
        ("Sau cuộc gặp giữa [PER Vladimir_Putin] và [PER Kim_Jong-un] , hai bên ra tuyên_bố .", {"Vladimir_Putin", "Kim_Jong-un"}, None, None),
        # "X có cuộc gặp với Y"; a place between the meeting noun and "giữa"; the counterpart's country is not a party
        (
            "Bà [PER Park_Geun-hye] đã có cuộc gặp với Tổng_thống [PER Benigno_Aquino] {ngày 17/10|--10-17} tại [CITY Seoul] .",
            {"Park_Geun-hye", "Benigno_Aquino"},
            "Seoul",
            "--10-17",
        ),
        (
            "Trước cuộc họp thượng_đỉnh tại [CITY Seoul] giữa bà [PER Park_Geun-hye] và người đồng_cấp [COUNTRY Philippines] [PER Benigno_Aquino] .",
            {"Park_Geun-hye", "Benigno_Aquino"},
            "Seoul",
            None,
        ),
        ("Ông [PER Barack_Obama] đã điện_đàm với ông [PER Enrique_Pena_Nieto] .", {"Barack_Obama", "Enrique_Pena_Nieto"}, None, None),
        # place and date told before the subject
        (
            "{Tối 22/10|--10-22} , tại [CITY Hà_Nội] , ông [PER Trương_Tấn_Sang] đã tiếp ông [PER Hiroshi_Fukada] .",
            {"Trương_Tấn_Sang", "Hiroshi_Fukada"},
            "Hà_Nội",
            "--10-22",
        ),
        ("Ông [PER Lê_Văn_An] đàm_phán với ông [PER John_Kerry] về hợp_đồng .", {"Lê_Văn_An", "John_Kerry"}, None, None),
        # a title between "và" and the second party; modifiers between the meeting noun and "với"
        (
            "Cuộc hội_đàm giữa Chủ_tịch [PER Trần_Văn_Bình] và Thủ_tướng [COUNTRY Lào] [PER Bounthong_Chitmany] kết_thúc .",
            {"Trần_Văn_Bình", "Bounthong_Chitmany"},
            None,
            None,
        ),
        ("Ông [PER Lý_Minh_Khoa] có cuộc gặp riêng với ông [PER Hans_Weber] tại [CITY Đà_Nẵng] .", {"Lý_Minh_Khoa", "Hans_Weber"}, "Đà_Nẵng", None),
        # a meeting told as the circumstance of the next clause: its subject met whom "với" names
        (
            "Trong cuộc điện_đàm vừa_qua với Tổng_thống [PER Marco_Ferri] , Thủ_tướng [PER Lê_Quang_Hải] khẳng_định quan_hệ tốt_đẹp .",
            {"Marco_Ferri", "Lê_Quang_Hải"},
            None,
            None,
        ),
        ("Bên_lề cuộc gặp với ông [PER Hans_Weber] , [ORG Bộ Công_Thương] ra thông_cáo .", None, None, None),
        # states negotiate with states; a person does not negotiate "với" a country as a meeting
        ("[COUNTRY Philippines] đang thương_lượng với [COUNTRY Hàn_Quốc] về hợp_đồng .", {"Philippines", "Hàn_Quốc"}, None, None),
        ("[COUNTRY Chile] và [COUNTRY Peru] đàm_phán về đường biên_giới .", {"Chile", "Peru"}, None, None),
        ("Ông [PER Lê_Văn_An] đàm_phán với [COUNTRY Chile] .", None, None, None),
        ("[COUNTRY Chile] gặp [COUNTRY Peru] ở vòng loại .", None, None, None),
        # a contest word glued to its neighbours by the segmenter still tells a match
        ("Tại_trận đầu_ra_quân , [ORG ĐT U22 Lào] sẽ gặp [ORG ĐT U23 Brunei] .", None, None, None),
        # coordinated subjects "có cuộc họp với" unnamed counterparts meet the state the counterparts stand for
        (
            "[PER Sergei_Shoigu] và [PER Sergei_Lavrov] có cuộc họp với những người đồng_cấp [COUNTRY Nhật] .",
            {"Sergei_Shoigu", "Sergei_Lavrov", "Nhật"},
            None,
            None,
        ),
        # a sports match is no meeting; coordinated subjects who meet someone "với" do not meet each other
        ("[PER Del_Potro] gặp [PER Djokovic] ở chung_kết [ORG Masters] .", None, None, None),
        ("[PER Sergei_Shoigu] và [PER Sergei_Lavrov] hội_đàm với người đồng_cấp [COUNTRY Nhật_Bản] .", {"Sergei_Shoigu", "Sergei_Lavrov", "Nhật_Bản"}, None, None),
        # "gặp nhiều khó_khăn" meets no one; a comma is no coordination
        ("Trong trận với [ORG Dortmund] , [PER Oezil] đã gặp nhiều khó_khăn .", None, None, None),
        # a body named after a common noun is not met: "các nữ đại_biểu Quốc_hội"
        ("[PER Thủ_tướng|Nguyễn_Tấn_Dũng] gặp_mặt các nữ đại_biểu [ORG Quốc_hội] .", None, None, None),
        (f"Hôm_qua {PUTIN} tiếp_tục chương_trình nghị_sự .", None, None, None),
        (f"{PUTIN} không gặp {KIM} .", None, None, None),
    ],
)
def test_events_meeting_participants_place_date(markup, participants, place, date):
    meetings = events_of(markup, EventType.MEETING)
    if participants is None:
        assert meetings == []
        return
    (meeting,) = meetings
    found = roles_of(meeting)
    assert set(found["participant"]) == participants
    assert found.get("place", [None])[0] == place
    assert (meeting.time.xsd()[0] if meeting.time else None) == date


def test_events_meeting_gives_met_for_each_pair():
    statements, _ = relations(f"{PUTIN} tiếp {KIM} .")
    assert ("Vladimir_Putin", "met", "Kim_Jong-un") in triples(statements)


def test_events_pronoun_subject_resolved_when_one_person_is_named():
    markup = f'" Tôi rất vui " , {PUTIN} nói . Ông bắt_tay {KIM} .'
    (meeting,) = events_of(markup, EventType.MEETING)
    assert set(roles_of(meeting)["participant"]) == {"Vladimir_Putin", "Kim_Jong-un"}
    assert meeting.provenance.confidence < 0.8


def test_events_pronoun_subject_left_out_when_two_subjects_are_named():
    markup = f"{PUTIN} và {KIM} hội_đàm . Ông bắt_tay [PER Sergei_Shoigu] ."
    meetings = events_of(markup, EventType.MEETING)
    assert all("Sergei_Shoigu" not in roles_of(e)["participant"] for e in meetings)


def test_events_pronoun_subject_passes_over_the_object_of_the_sentence_before():
    markup = f"{PUTIN} tiếp {KIM} . Ông bắt_tay [PER Sergei_Shoigu] ."
    meetings = events_of(markup, EventType.MEETING)
    assert {"Vladimir_Putin", "Sergei_Shoigu"} in [set(roles_of(e)["participant"]) for e in meetings]


@pytest.mark.parametrize(
    ("markup", "agent", "place", "planned"),
    [
        ("Ông [PER Kim_Jong-un] sau đó đến thăm [FAC Nhà_máy sản_xuất máy_bay Komsomolsk-on-Amur] .", "Kim_Jong-un", "Nhà_máy sản_xuất máy_bay Komsomolsk-on-Amur", False),
        (f"{KIM} đến thăm nhà_máy máy_bay ở thành_phố [CITY Komsomolsk-on-Amur] .", "Kim_Jong-un", "Komsomolsk-on-Amur", False),
        ("[PER Ngoại_trưởng|Sergey_Lavrov] sẽ thăm [COUNTRY Triều_Tiên] vào {tháng 10|--10} .", "Sergey_Lavrov", "Triều_Tiên", True),
        ("ông [PER Putin] dẫn ông [PER Kim_Jong-un] tham_quan [FAC Vostochny_Cosmodrome] .", "Kim_Jong-un", "Vostochny_Cosmodrome", False),
        ("ông [PER Kim_Jong-un] vẫn tiếp_tục ở thăm [COUNTRY Nga] vài ngày tới .", "Kim_Jong-un", "Nga", False),
        ("Ông [PER Trương_Tấn_Sang] sẽ thăm chính_thức [COUNTRY Nhật_Bản] .", "Trương_Tấn_Sang", "Nhật_Bản", True),
    ],
)
def test_events_visit_agent_place_planned(markup, agent, place, planned):
    (visit,) = events_of(markup, EventType.VISIT)
    assert roles_of(visit)["agent"] == [agent] and roles_of(visit)["place"] == [place]
    assert visit.planned is planned


@pytest.mark.parametrize(
    "markup",
    [
        "ông [PER Putin] không có kế_hoạch thăm [CITY Bình_Nhưỡng] .",
        "ông [PER Putin] chưa có kế_hoạch đến [CITY Bình_Nhưỡng] .",
        "[PER Kim_Jong-un] cảm_ơn [PER Putin] về lời mời thăm [COUNTRY Nga] .",
        "[PER Kim_Jong-un] quan_tâm đến [COUNTRY Nga] .",
        # a wish or an offer is not a journey
        "Họ có nhã_ý mời [PER Aslan] sang [COUNTRY Việt_Nam] .",
        # a street named after a person does not travel
        "Tôi đi bộ từ_đường [PER Ngô_Thì_Nhậm] đến [LOC Ô_Chợ_Dừa] .",
        # the experts of a body travel, not the body
        "Các chuyên_gia của [ORG EC] tới [COUNTRY Philippines] .",
        # "vào" before a time, "đầu_tư vào" a country: nobody goes anywhere
        "Ông [PER Obama] vào năm 2009 nói .",
        "Vốn đầu_tư vào [COUNTRY Việt_Nam] tăng .",
    ],
)
def test_events_no_visit_or_travel_when_negated_or_only_proposed(markup):
    _, events = relations(markup)
    assert [e for e in events if e.type in (EventType.VISIT, EventType.TRAVEL)] == []


def test_events_visit_shortcut_is_not_emitted_for_planned_visit():
    statements, _ = relations("[PER Sergey_Lavrov] sẽ thăm [COUNTRY Triều_Tiên] .")
    assert ("Sergey_Lavrov", "visited", "Triều_Tiên") not in triples(statements)
    statements, _ = relations("[PER Sergey_Lavrov] đã thăm [COUNTRY Triều_Tiên] .")
    assert ("Sergey_Lavrov", "visited", "Triều_Tiên") in triples(statements)


@pytest.mark.parametrize(
    ("markup", "agent", "destination", "vehicle", "date"),
    [
        ("[REF Lãnh_đạo [COUNTRY Triều_Tiên]] hôm {12/9|--09-12} đến [COUNTRY Nga] bằng tàu riêng theo lời mời của [PER Tổng_thống|Putin] .", "Lãnh_đạo Triều_Tiên", "Nga", "tàu riêng", "--09-12"),
        ("Ông [PER Kim_Jong-un] đến [COUNTRY Nga] bằng tàu hỏa {ngày 12/9|--09-12} .", "Kim_Jong-un", "Nga", "tàu hỏa", "--09-12"),
        ("ông [PER Putin] đã trở về [CITY Moskva] .", "Putin", "Moskva", None, None),
        ("Sau tám tháng , [PER Aslan] đã ra [CITY Hà_Nội] làm phiên_dịch .", "Aslan", "Hà_Nội", None, None),
        ("Đoàn tàu_bọc thép chở ông [PER Kim_Jong-un] sáng nay đến ga thành_phố [CITY Komsomolsk-on-Amur] .", "Kim_Jong-un", "Komsomolsk-on-Amur", "tàu_bọc thép", None),
    ],
)
def test_events_travel_traveller_destination_vehicle(markup, agent, destination, vehicle, date):
    (travel,) = events_of(markup, EventType.TRAVEL)
    assert roles_of(travel)["agent"] == [agent] and roles_of(travel)["destination"] == [destination]
    assert (travel.vehicle.replace("_", " ") if travel.vehicle else None) == (vehicle.replace("_", " ") if vehicle else None)
    assert (travel.time.xsd()[0] if travel.time else None) == date


@pytest.mark.parametrize(
    ("markup", "inviter", "invitee", "destination", "accepted"),
    [
        (f"{KIM} mời {PUTIN} tới thăm đất_nước và [REF ông chủ [ORG Điện_Kremlin]] đã nhận_lời .", "Kim_Jong-un", "Vladimir_Putin", None, True),
        ("[PER Chủ_tịch|Kim_Jong-un] đã trân_trọng mời [PER Tổng_thống|Vladimir_Putin] đến thăm [COUNTRY Triều_Tiên] .", "Kim_Jong-un", "Vladimir_Putin", "Triều_Tiên", None),
        ("[REF Lãnh_đạo [COUNTRY Triều_Tiên]] đến [COUNTRY Nga] theo lời mời của [PER Tổng_thống|Putin] .", "Putin", "Lãnh_đạo Triều_Tiên", "Nga", None),
        ("Ông [PER Kim_Jong-un] cảm_ơn [PER Tổng_thống|Putin] về lời mời thăm [COUNTRY Nga] .", "Putin", "Kim_Jong-un", "Nga", None),
        ("[REF Tổng_thống [COUNTRY Nga]] đã nhận_lời mời thăm [COUNTRY Triều_Tiên] từ [PER Chủ_tịch|Kim_Jong-un] .", "Kim_Jong-un", "Tổng_thống Nga", "Triều_Tiên", True),
    ],
)
def test_events_invitation_roles_and_acceptance(markup, inviter, invitee, destination, accepted):
    invitations = events_of(markup, EventType.INVITATION)
    assert len(invitations) == 1
    found = roles_of(invitations[0])
    assert found["agent"] == [inviter] and found["recipient"] == [invitee]
    assert found.get("destination", [None]) == [destination]
    assert invitations[0].accepted is accepted


def test_events_acceptance_later_joins_the_earlier_invitation():
    markup = (
        "[PER Chủ_tịch|Kim_Jong-un] mời [PER Tổng_thống|Vladimir_Putin] đến thăm [COUNTRY Triều_Tiên] . "
        "[PER Tổng_thống|Putin] vui_vẻ nhận_lời ."
    )
    first, second = events_of(markup, EventType.INVITATION)
    assert roles_of(second) == {"agent": ["Kim_Jong-un"], "recipient": ["Putin"], "destination": ["Triều_Tiên"]}
    assert second.accepted is True and first.accepted is None


def test_events_passive_invitation_without_inviter_gives_nothing():
    assert events_of("ông [PER Kim_Jong-un] sẽ được mời đến cơ_sở quân_sự .", EventType.INVITATION) == []


@pytest.mark.parametrize(
    ("markup", "pairs", "item"),
    [
        ("[PER Tổng_thống|Putin] đã tặng [PER Chủ_tịch|Kim_Jong-un] một khẩu súng_trường do [COUNTRY Nga] sản_xuất .", {("Putin", "Kim_Jong-un")}, "súng trường"),
        (f"{PUTIN} và {KIM} đã tặng nhau súng_trường trong cuộc gặp .", {("Vladimir_Putin", "Kim_Jong-un"), ("Kim_Jong-un", "Vladimir_Putin")}, "súng trường"),
        ('Ông [PER Putin] còn tặng ông [PER Kim] " một chiếc găng_tay từ bộ_đồ phi_hành_gia " .', {("Putin", "Kim")}, "găng tay"),
        ("[PER Putin] tặng một bức tranh cho [PER Narendra_Modi] .", {("Putin", "Narendra_Modi")}, "tranh"),
    ],
)
def test_events_gift_giver_recipient_item(markup, pairs, item):
    gifts = events_of(markup, EventType.GIFT_GIVING)
    assert {(roles_of(g)["agent"][0], roles_of(g)["recipient"][0]) for g in gifts} == pairs
    assert all(g.items and g.items[0].startswith(item) for g in gifts)
    statements, _ = relations(markup)
    assert {(s, o) for s, p, o in triples(statements) if p == "gaveGiftTo"} == pairs


def test_events_provenance_points_into_the_text():
    markup = f"Hôm_qua {PUTIN} tiếp {KIM} tại [CITY Vladivostok] ."
    (meeting,) = events_of(markup, EventType.MEETING)
    text = "Hôm_qua Tổng_thống Nga Vladimir_Putin tiếp lãnh_đạo Triều_Tiên Kim_Jong-un tại Vladivostok ."
    evidence = text[meeting.provenance.start : meeting.provenance.end]
    assert evidence.startswith("Tổng_thống Nga Vladimir_Putin tiếp") and evidence.endswith("Vladivostok")
    assert meeting.provenance.extractor == "events" and meeting.provenance.sentence == text


@pytest.mark.parametrize(
    "markup",
    [
        # the country qualifies the factory: the place visited is the factory, unnamed
        "Ông [PER Kim_Jong-un] thăm nhà_máy máy_bay [COUNTRY Nga] .",
        "Ông [PER Kim_Jong-un] đến nhà_máy máy_bay [COUNTRY Nga] .",
    ],
)
def test_events_country_qualifying_a_noun_is_not_the_place(markup):
    _, events = relations(markup)
    assert [e for e in events if e.type in (EventType.VISIT, EventType.TRAVEL)] == []


def test_events_gift_to_each_other_with_item_first():
    gifts = events_of("Ông [PER Putin] và ông [PER Kim_Jong-un] tặng súng cho nhau .", EventType.GIFT_GIVING)
    assert {(roles_of(g)["agent"][0], roles_of(g)["recipient"][0]) for g in gifts} == {("Putin", "Kim_Jong-un"), ("Kim_Jong-un", "Putin")}
    assert all(g.items == ("súng",) for g in gifts)


def test_events_every_frame_has_a_reader():
    import kg.extract  # noqa: F401 - importing the extractors registers their frame readers
    from kg.extract.registry import FRAME_READERS
    from kg.lexicon import FRAMES, cues

    in_lexicon = {cue.frame for cue in cues().values()}
    assert in_lexicon == FRAMES == set(FRAME_READERS)


def test_events_quote_source_cues_come_from_the_lexicon():
    from kg.extract.speech import _QUOTE_SOURCES
    from kg.lexicon import cues

    assert set(_QUOTE_SOURCES) == {key for key, cue in cues().items() if cue.frame == "quote-source"}
    assert ("dẫn", "lời") in _QUOTE_SOURCES


@pytest.mark.parametrize(
    ("markup", "agent", "place", "planned"),
    [
        # a visit told by its noun: the possessor after the place
        ("Nhân_dịp chuyến thăm [COUNTRY Lào] của Thủ_tướng [PER Phạm_Văn_Hòa] , hai bên ký hiệp_định .", "Phạm_Văn_Hòa", "Lào", False),
        # "X (sẽ) có chuyến thăm (tới) Z"
        ("Bộ_trưởng [PER Lê_Minh_Khang] đang có chuyến thăm chính_thức tới [COUNTRY Canada] .", "Lê_Minh_Khang", "Canada", False),
        ("Ông [PER Đinh_Quốc_Bảo] sẽ có chuyến công_du [COUNTRY Úc] vào {tháng 12|--12} .", "Đinh_Quốc_Bảo", "Úc", True),
        # the visit as the circumstance of the clause after it
        ("Trong chuyến thăm [CITY Bắc_Kinh] , ông [PER Hoàng_Văn_Nam] đã gặp nhiều doanh_nhân .", "Hoàng_Văn_Nam", "Bắc_Kinh", False),
    ],
)
def test_events_visit_told_by_its_noun(markup, agent, place, planned):
    (visit,) = events_of(markup, EventType.VISIT)
    assert roles_of(visit)["agent"] == [agent] and roles_of(visit)["place"] == [place]
    assert visit.planned is planned


@pytest.mark.parametrize(
    "markup",
    [
        # a visit noun with no visitor named for it
        "Chuyến thăm [COUNTRY Lào] diễn ra tốt_đẹp .",
        # the clause after the visit opens with someone else's act on a body, not a person
        "Sau chuyến thăm [CITY Huế] , giá phòng tăng mạnh .",
        # the place qualifies a noun after the visit noun, it is not where the visit goes
        "Ông [PER Nam] kể về chuyến thăm nhà_máy [COUNTRY Nhật] cũ .",
    ],
)
def test_events_no_visit_from_a_noun_without_visitor_or_destination(markup):
    assert events_of(markup, EventType.VISIT) == []


@pytest.mark.parametrize(
    ("markup", "agent", "host", "place"),
    [
        # a visit to a person: the host, and where when told
        ("Ông [PER Trần_Đức_Lương] đến thăm Tổng_thống [COUNTRY Lào] [PER Bounnhang] tại [CITY Viêng_Chăn] .", "Trần_Đức_Lương", "Bounnhang", "Viêng_Chăn"),
        ("Bà [PER Nguyễn_Thị_Hoa] thăm ông [PER Trần_Văn_Minh] .", "Nguyễn_Thị_Hoa", "Trần_Văn_Minh", None),
    ],
)
def test_events_visit_to_a_host(markup, agent, host, place):
    (visit,) = events_of(markup, EventType.VISIT)
    found = roles_of(visit)
    assert found["agent"] == [agent] and found["recipient"] == [host]
    assert found.get("place", [None]) == [place]


def test_events_meeting_with_a_titled_counterpart_of_a_country():
    (meeting,) = events_of(
        "Ngoại_trưởng [COUNTRY Úc] [PER Julie_Bishop] điện_đàm với Ngoại_trưởng [COUNTRY Nhật_Bản] [PER Fumio_Kishida] .",
        EventType.MEETING,
    )
    assert set(roles_of(meeting)["participant"]) == {"Julie_Bishop", "Fumio_Kishida"}


@pytest.mark.parametrize(
    ("markup", "event_type", "expected"),
    [
        # a clause set before the main one, with no subject of its own, shares the main clause's
        ("Khi tới [CITY Đà_Lạt] , ông [PER Hồ_Văn_Tâm] đã nghỉ tại khách_sạn .", EventType.TRAVEL, {"Hồ_Văn_Tâm", "Đà_Lạt"}),
        ("Sau khi hội_đàm với ông [PER Kim_Ki-ho] , bà [PER Trần_Thu_Hà] trả_lời báo_chí .", EventType.MEETING, {"Kim_Ki-ho", "Trần_Thu_Hà"}),
    ],
)
def test_events_fronted_clause_shares_the_main_subject(markup, event_type, expected):
    (event,) = events_of(markup, event_type)
    assert {r.mention.text for r in event.roles} == expected


@pytest.mark.parametrize(
    "markup",
    [
        # the fronted clause has its own subject, or the main clause opens with no named subject
        "Sau khi [PER Trần_Hòa] đến [CITY Huế] , ông [PER Lê_Bình] về nước .",
        "Khi tới [CITY Đà_Lạt] , đoàn khách được ông [PER Hồ_Văn_Tâm] đón .",
        # a clause that is not fronted: the comma closes an apposition, not a clause
        "Đến [CITY Đà_Lạt] , ông [PER Hồ_Văn_Tâm] nghỉ lại .",
    ],
)
def test_events_no_subject_borrowed_across_a_clause_without_opener(markup):
    _, events = relations(markup)
    assert [e for e in events if e.type is EventType.TRAVEL and any(r.mention.text in {"Lê_Bình", "Hồ_Văn_Tâm"} for r in e.roles)] == []


@pytest.mark.parametrize(
    ("markup", "event_type", "expected"),
    [
        # coordinated subjects that "have" a meeting meet each other
        (
            "Ông [PER Lý_Hiển_Long] và ông [PER Nguyễn_Văn_Hải] đã có cuộc hội_đàm tại [CITY Singapore] .",
            EventType.MEETING,
            {"Lý_Hiển_Long", "Nguyễn_Văn_Hải", "Singapore"},
        ),
        # receiving someone
        ("Bà [PER Tòng_Thị_Hạnh] đón ông [PER Somsavat_Lengsavad] tại sân_bay .", EventType.MEETING, {"Tòng_Thị_Hạnh", "Somsavat_Lengsavad"}),
        # the leader named for a delegation acts for it
        (
            "Đoàn đại_biểu do ông [PER Vương_Đình_Huệ] dẫn_đầu đã tới [CITY Viêng_Chăn] .",
            EventType.TRAVEL,
            {"Vương_Đình_Huệ", "Viêng_Chăn"},
        ),
        # the verb of a trip's course continues the sentence's clause
        (
            "Ông [PER Moon_Jae-in] đã tới [CITY Hà_Nội] , bắt_đầu chuyến thăm chính_thức [COUNTRY Việt_Nam] .",
            EventType.VISIT,
            {"Moon_Jae-in", "Việt_Nam"},
        ),
    ],
)
def test_events_meetings_receptions_delegations_and_trip_courses(markup, event_type, expected):
    (event,) = events_of(markup, event_type)
    assert {r.mention.text for r in event.roles} == expected


@pytest.mark.parametrize(
    ("markup", "event_type"),
    [
        # one subject having a meeting names no one met
        ("Ông [PER Lý_Hiển_Long] đã có cuộc họp tại [CITY Singapore] .", EventType.MEETING),
        # a leader not introduced by "do", or a verb of a trip's course whose sentence opens with another name
        ("Ông [PER Vương_Đình_Huệ] dẫn_đầu , đoàn đã tới [CITY Viêng_Chăn] .", EventType.TRAVEL),
        ("Tin từ [ORG Reuters] cho hay ông [PER Moon_Jae-in] , bắt_đầu chuyến thăm [COUNTRY Việt_Nam] .", EventType.VISIT),
    ],
)
def test_events_no_meeting_or_trip_without_its_parties(markup, event_type):
    assert events_of(markup, event_type) == []


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # leaving one place for another: the traveller is the subject of "rời"
        ("Ông [PER Joko_Widodo] rời [CITY Jakarta] đến [CITY Bali] .", {"Joko_Widodo", "Bali"}),
        ("Bà [PER Angela_Merkel] rời [CITY Berlin] lên_đường sang [COUNTRY Trung_Quốc] .", {"Angela_Merkel", "Trung_Quốc"}),
        # coming back
        ("Ông [PER Lý_Hiển_Long] đã về tới [COUNTRY Singapore] .", {"Lý_Hiển_Long", "Singapore"}),
    ],
)
def test_events_travel_after_leaving_or_coming_back(markup, expected):
    (travel,) = events_of(markup, EventType.TRAVEL)
    assert {r.mention.text for r in travel.roles} == expected


def test_events_no_travel_from_a_place_left_without_a_traveller():
    assert events_of("Dòng vốn rời [COUNTRY Mỹ] đến [COUNTRY Nhật_Bản] .", EventType.TRAVEL) == []


@pytest.mark.parametrize(
    ("markup", "event_type", "expected"),
    [
        # a verb coordinated right after another cue shares its subject
        ("Ông [PER Vương_Đình_Huệ] tiếp và làm_việc với ông [PER Lee_Hsien_Loong] .", EventType.MEETING, {"Vương_Đình_Huệ", "Lee_Hsien_Loong"}),
        ("Bà [PER Đặng_Thị_Ngọc_Thịnh] gặp_gỡ , hội_đàm với ông [PER Emmanuel_Macron] .", EventType.MEETING, {"Đặng_Thị_Ngọc_Thịnh", "Emmanuel_Macron"}),
        # going to visit: a verb of motion before "thăm"
        ("Ông [PER Trần_Hồng_Hà] về thăm tỉnh [REGION Hà_Tĩnh] .", EventType.VISIT, {"Trần_Hồng_Hà", "Hà_Tĩnh"}),
    ],
)
def test_events_coordinated_verbs_and_going_to_visit(markup, event_type, expected):
    (event,) = events_of(markup, event_type)
    assert {r.mention.text for r in event.roles} == expected


def test_events_a_verb_after_another_cue_s_object_has_its_own_subject():
    events = events_of("Ông [PER An] gặp ông [PER Bình] , tiếp ông [PER Cường] .", EventType.MEETING)
    assert [{r.mention.text for r in e.roles} for e in events] == [{"An", "Bình"}]
