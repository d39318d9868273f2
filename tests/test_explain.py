"""``kg explain``: decisions read back from resolution.jsonl."""

from __future__ import annotations

import json

import pytest

from kg.jsonio import decision_record
from kg.resolve import resolve
from kg.resolve.explain import ExplainError, explain_name
from test_resolve_support import Say, make_extraction


@pytest.fixture
def resolution_file(tmp_path):
    resolution = resolve(
        [
            make_extraction("a1", Say("Kim_Jong-un", title="Chủ_tịch"), "và", Say("Kim_Yo-jong"), ";", Say("Kim", honorific="ông")),
            make_extraction("a2", Say("Vladimir_Putin", title="Tổng_thống Nga"), "gặp", Say("Putin", honorific="ông")),
        ]
    )
    path = tmp_path / "resolution.jsonl"
    path.write_text(
        "".join(json.dumps(decision_record(d), ensure_ascii=False) + "\n" for d in resolution.decisions),
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("asked", ["Putin", "putin", "ông Putin"])
def test_explain_shows_entity_rule_evidence_and_score(resolution_file, asked):
    text = explain_name(resolution_file, asked)
    assert "-> person/vladimir-putin" in text
    assert "short-name-article" in text
    assert "first or last word of 'Vladimir Putin'" in text
    assert "score 0.85" in text


@pytest.mark.parametrize("asked", ["Kim Jong-un", "kim_jong_un", "Chủ tịch Kim Jong-un", "chu tich kim jong un"])
def test_explain_matches_without_diacritics_or_underscores(resolution_file, asked):
    text = explain_name(resolution_file, asked)
    assert "-> person/kim-jong-un" in text
    assert "exact-name" in text


def test_explain_lists_rejected_candidates_of_an_ambiguous_name(resolution_file):
    text = explain_name(resolution_file, "Kim")
    assert "-> unresolved" in text
    assert "ambiguous" in text
    assert "person/kim-yo-jong ('Kim Yo-jong'): one of 2 candidates" in text


def test_explain_says_when_nothing_matches(resolution_file):
    assert explain_name(resolution_file, "Biden").startswith("No mention matches 'Biden'")


def test_explain_bad_line_names_file_and_line(tmp_path):
    path = tmp_path / "resolution.jsonl"
    path.write_text('{"mention": {"text": "A"}}\nnot json\n', encoding="utf-8")
    with pytest.raises(ExplainError, match=r"resolution.jsonl:2: not a resolution record"):
        explain_name(path, "A")


def test_explain_command_reads_the_build_folder(resolution_file):
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["explain", "Vladimir Putin", "--out", str(resolution_file.parent)])
    assert result.exit_code == 0, result.output
    assert "-> person/vladimir-putin" in result.output
    assert "short-name-article" in result.output  # "ông Putin" went to the entity too


@pytest.mark.parametrize("asked", ["Putin", "ông Putin", "Tổng thống Nga Vladimir Putin", "vladimir_putin"])
def test_explain_finds_an_entity_by_any_of_its_names(resolution_file, asked):
    text = explain_name(resolution_file, asked)
    assert text.startswith(f"'{asked}': 2 mention(s), 1 outcome(s)")
    assert "rule exact-name" in text and "rule short-name-article" in text
