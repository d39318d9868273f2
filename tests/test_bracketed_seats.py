"""Where a body is, told by brackets: a place after a role phrase closing with the body, or a place
after the body's other name in brackets ("Viện X ( MIT ) ở Boston")."""

from __future__ import annotations

import pytest

from test_relations_markup import relations, triples


def located(markup: str) -> set[tuple[str, str, str]]:
    statements, _ = relations(markup)
    return {t for t in triples(statements) if t[1] == "locatedIn"}


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Ông [PER Vũ] , [REF Chủ_nhiệm [AGENCY Báo_Sao_Mai]] ( [COUNTRY Canada] ) cho_biết .",
         {("Báo_Sao_Mai", "locatedIn", "Canada")}),
        ("Bà [PER Lan] , [REF Giám_đốc [ORG Công_ty_Hoa_Sen]] ( [CITY Đà_Nẵng] ) phát_biểu .",
         {("Công_ty_Hoa_Sen", "locatedIn", "Đà_Nẵng")}),
    ],
)
def test_place_in_brackets_after_role_phrase_is_its_body_seat(markup, expected):
    assert expected <= located(markup)


@pytest.mark.parametrize(
    "markup",
    [
        # the brackets hold a person or a body, not a seat
        "Ông [PER Vũ] , [REF Chủ_nhiệm [AGENCY Báo_Sao_Mai]] ( [PER Lê_Vũ] ) cho_biết .",
        "Bà [PER Lan] , [REF Giám_đốc [ORG Công_ty_Hoa_Sen]] ( [ORG HSC] ) phát_biểu .",
    ],
)
def test_role_phrase_brackets_near_misses(markup):
    assert not located(markup)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("Đoàn thăm [ORG Viện_Công_nghệ_Georgia] ( [ORG GIT] ) ở [CITY Atlanta] .",
         {("Viện_Công_nghệ_Georgia", "locatedIn", "Atlanta")}),
        ("Ông học tại [ORG Đại_học_Bắc_Kinh] ( [ORG PKU] ) tại [COUNTRY Trung_Quốc] .",
         {("Đại_học_Bắc_Kinh", "locatedIn", "Trung_Quốc")}),
    ],
)
def test_place_after_other_name_in_brackets(markup, expected):
    assert expected <= located(markup)


@pytest.mark.parametrize(
    "markup",
    [
        # a company "tại" a whole country is its presence there, not its seat
        "Doanh_số của [ORG Tập_đoàn_Hòa_Bình] ( [ORG HBC] ) tại [COUNTRY Lào] tăng .",
        # a place, not the other name, in the brackets
        "Đoàn thăm [ORG Viện_Pasteur] ( [CITY Nha_Trang] ) ở [COUNTRY Việt_Nam] .",
        # a branch "của" the body
        "Chi_nhánh của [ORG Ngân_hàng_Á_Châu] ( [ORG ACB] ) tại [CITY Huế] mở cửa .",
    ],
)
def test_place_after_other_name_near_misses(markup):
    found = located(markup)
    assert not any(subject.startswith(("Tập_đoàn", "Ngân_hàng")) for subject, _, _ in found)
    assert ("Viện_Pasteur", "locatedIn", "Việt_Nam") not in found
