"""Role phrases that stand for a person the article names (kg.extract.role_holders)."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, role_triples as posts, roles_of


def speakers(markup: str) -> set[str]:
    _, events = relations(markup)
    return {agent for e in events if e.type.value == "Statement" for agent in roles_of(e).get("agent", [])}


def givers(markup: str) -> set[str]:
    _, events = relations(markup)
    return {agent for e in events if e.type.value == "GiftGiving" for agent in roles_of(e).get("agent", [])}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # the title in apposition after the name: the role phrase of the saying is the person
        (
            "Ông [PER Vương_Bình_Thạnh] , [REF Chủ_tịch [ORG UBND tỉnh An_Giang]] cho_rằng : “ Đây là vinh_dự lớn ” .",
            {"Vương_Bình_Thạnh"},
        ),
        # the name after a dash
        (
            "[REF Chủ_tịch [ORG Hội Sinh_viên Việt_Nam]] - [PER Nguyễn_Đắc_Vinh] cho_biết hội sẽ mở thêm lớp .",
            {"Nguyễn_Đắc_Vinh"},
        ),
        # the name before a dash
        (
            "[PER Nguyễn_Văn_An] – [REF Giám_đốc [ORG Sở Y_tế Hà_Nội]] cho_biết sở sẽ kiểm_tra .",
            {"Nguyễn_Văn_An"},
        ),
        # the post told in another sentence of the article
        (
            "[PER Bộ_trưởng [ORG Bộ Công_an]|Trần_Đại_Quang] dự lễ . "
            "[REF Bộ_trưởng [ORG Bộ Công_an]] cho_biết lực_lượng sẽ tăng_cường tuần_tra .",
            {"Trần_Đại_Quang"},
        ),
    ],
)
def test_role_holders_role_phrase_speaks_for_its_named_holder(markup, expected):
    assert speakers(markup) == expected


@pytest.mark.parametrize(
    ("markup", "named"),
    [
        # nobody named holds the post: the role phrase stays a role phrase
        ("[REF Giám_đốc [ORG NSA]] cho_biết cơ_quan không theo_dõi ai .", set()),
        # a comma between a role phrase and the next name may be a list, not an apposition
        (
            "[REF Chủ_tịch [ORG UBND tỉnh An_Giang]] , [PER Lê_Văn_Nam] và nhiều người khác cho_biết sẽ dự lễ .",
            {"Lê_Văn_Nam"},
        ),
        # two people hold the post in the article: not guessed
        (
            "[PER Thứ_trưởng [ORG Bộ Y_tế]|Lê_Quang_Cường] và [PER Thứ_trưởng [ORG Bộ Y_tế]|Nguyễn_Viết_Tiến] dự họp . "
            "[REF Thứ_trưởng [ORG Bộ Y_tế]] cho_biết bộ sẽ kiểm_tra .",
            {"Lê_Quang_Cường", "Nguyễn_Viết_Tiến"},
        ),
        # the holder of a post at another body
        (
            "[PER Bộ_trưởng [ORG Bộ Y_tế]|Nguyễn_Thị_Kim_Tiến] dự lễ . "
            "[REF Bộ_trưởng [ORG Bộ Công_an]] cho_biết lực_lượng sẽ tăng_cường tuần_tra .",
            {"Nguyễn_Thị_Kim_Tiến"},
        ),
    ],
)
def test_role_holders_role_phrase_left_alone(markup, named):
    assert not speakers(markup) & named


def test_role_holders_leader_of_a_country_is_its_named_president():
    markup = (
        "[PER Tổng_thống [COUNTRY Syria]|Bashar_al-Assad] bị chỉ_trích . "
        "[REF Nhà lãnh_đạo [COUNTRY Syria]] nhận được sự ủng_hộ từ [COUNTRY Iran] ."
    )
    assert ("Bashar_al-Assad", "leaderOf", "Syria") in posts(markup)
    assert not any(s.startswith("Nhà") for s, _, _ in posts(markup))


def test_role_holders_president_is_not_read_from_a_leader():
    markup = (
        "[PER lãnh_đạo [COUNTRY Triều_Tiên]|Kim_Jong-un] thị_sát . "
        "[REF Tổng_thống [COUNTRY Triều_Tiên]] cho_biết sẽ đáp_trả ."
    )
    assert "Kim_Jong-un" not in speakers(markup)


def test_role_holders_giver_is_the_named_minister():
    markup = (
        "[PER Đại_tướng|Trần_Đại_Quang] , [REF Bộ_trưởng [ORG Bộ Công_an]] tặng hoa chúc_mừng "
        "[PER Thượng_tướng|Bùi_Văn_Nam] ."
    )
    assert givers(markup) == {"Trần_Đại_Quang"}


def test_role_holders_extract_prints_no_fact_of_a_role_phrase_tied_to_no_one(tmp_path):
    from kg.jsonio import extraction_records
    from kg.pipeline import PipelineOptions, run_pipeline

    article = tmp_path / "a1.txt"
    article.write_text(
        "Tin tình báo. Tuy nhiên, Giám đốc NSA đã ngay lập tức phủ nhận thông tin này. "
        "Ông Vương Bình Thạnh, Chủ tịch UBND tỉnh An Giang cho biết tỉnh sẽ tu bổ khu di tích.\n",
        encoding="utf-8",
    )
    result = run_pipeline([article], options=PipelineOptions(text_mode="raw", learned=False))
    (record,) = extraction_records(result.extractions, result.resolution)
    subjects = {s["subject"]["text"] for s in record["statements"]}
    agents = {r["text"] for e in record["events"] for r in e["roles"] if r["role"] == "agent"}
    assert not any("NSA" in name for name in subjects | agents)
    assert "Vương Bình Thạnh" in agents


def test_role_holders_leaders_of_a_country_with_a_president_and_a_prime_minister_are_not_guessed():
    markup = (
        "[PER Chủ_tịch nước [COUNTRY Việt_Nam]|Trương_Tấn_Sang] và [PER Thủ_tướng [COUNTRY Việt_Nam]|Nguyễn_Tấn_Dũng] "
        "gửi điện . [REF Lãnh_đạo [COUNTRY Việt_Nam]] cho_biết sẽ viện_trợ 100.000 USD ."
    )
    assert not speakers(markup) & {"Trương_Tấn_Sang", "Nguyễn_Tấn_Dũng"}


def test_role_holders_speaker_named_twice_is_one_agent():
    _, events = relations(
        "Ông [PER Vương_Bình_Thạnh] , [REF Chủ_tịch [ORG UBND tỉnh An_Giang]] cho_rằng : “ Đây là vinh_dự lớn ” ."
    )
    (statement,) = [e for e in events if e.type.value == "Statement"]
    assert roles_of(statement)["agent"] == ["Vương_Bình_Thạnh"]
