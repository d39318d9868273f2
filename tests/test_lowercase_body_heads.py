"""A body's head written in lowercase before a listed place stays in the name the tagger keeps
("hạm_đội Thái_Bình_Dương"); before what is no place it decides nothing ("đội_tuyển U23")."""

from __future__ import annotations

import pytest

from kg.tagger.mentions import _headed_by_lowercase_body


@pytest.mark.parametrize("text", ["hạm_đội Thái_Bình_Dương", "đội_tuyển Việt_Nam", "hạm đội Thái Bình Dương"])
def test_lowercase_body_heads_before_a_place_are_kept(text):
    assert _headed_by_lowercase_body(text)


@pytest.mark.parametrize("text", ["đội_tuyển U23", "đảng CNPR", "Hạm_đội Thái_Bình_Dương", "đội_tuyển Quốc_gia", "hạm_đội"])
def test_lowercase_body_heads_not_before_a_place(text):
    assert not _headed_by_lowercase_body(text)
