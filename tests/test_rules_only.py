"""``--rules-only``: names found by the rules alone, in every engine, never mixed in the cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg.article
from kg.article import extract_article
from kg.build import build_outputs, read_outputs
from kg.cache import article_key, pack
from kg.cli import app
from kg.model import Article
from kg.pipeline import PipelineOptions

#: Made-up sentences on which the tagger and the rules disagree about some name or its type.
SENTENCES = [
    ("r1", "Hãng Zorvatek của Estonia công_bố sản_phẩm mới ."),
    ("r2", "Theo Interfax , Moskva và Kiev tiếp_tục đàm_phán về khí_đốt ."),
    ("r3", "Ngoại_trưởng Sergei_Lavrov gặp người đồng_cấp Mevlut_Cavusoglu tại Antalya ."),
    ("r4", "Tập_đoàn Novatek ký hợp_đồng với Gazprom ở Yamal hôm_qua ."),
    ("r5", "Ông Khách_Mời gặp Thủ_tướng Nguyễn_Văn_An tại Đà_Nẵng ."),
]


def write_corpus(path: Path, records: list[tuple[str, str]] = SENTENCES) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for article_id, text in records:
            out.write(json.dumps({"id": article_id, "text": text}, ensure_ascii=False) + "\n")
    return path


def names(mentions) -> list[tuple[str, str, int, int]]:
    return sorted((m.text, m.type.value, m.start, m.end) for m in mentions)


def expected_names(corpus: Path, learned: bool) -> dict[str, list[tuple[str, str, int, int]]]:
    """Each article's names as the library finds them, with or without the tagger."""
    found = {}
    for line in corpus.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        article = Article(id=record["id"], text=record["text"], source=str(corpus), segmented=True)
        found[record["id"]] = names(extract_article(article, learned).mentions)
    return found


def cli(*arguments: str) -> str:
    result = CliRunner().invoke(app, list(arguments))
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def corpus(tmp_path) -> Path:
    path = write_corpus(tmp_path / "corpus.jsonl")
    assert expected_names(path, True) != expected_names(path, False), "the sentences must tell the two settings apart"
    return path


@pytest.mark.parametrize("rules_only", [True, False])
def test_rules_only_extract_cli_gives_the_names_of_its_setting(corpus, rules_only):
    output = cli("extract", str(corpus), *(["--rules-only"] if rules_only else []))

    printed = {}
    for line in output.splitlines():
        record = json.loads(line)
        printed[record["id"]] = sorted((m["text"], m["type"], m["start"], m["end"]) for m in record["mentions"])
    assert printed == expected_names(corpus, learned=not rules_only)


def test_rules_only_build_cli_equals_the_library_build_without_the_tagger(tmp_path, corpus):
    cli("build", str(corpus), "--rules-only", "--out", str(tmp_path / "rules"))
    cli("build", str(corpus), "--out", str(tmp_path / "tagger"))

    library = build_outputs([corpus], tmp_path / "library", options=PipelineOptions(learned=False))

    assert {x.article.id: names(x.mentions) for x in library.extractions} == expected_names(corpus, False)
    assert read_outputs(tmp_path / "rules") == read_outputs(tmp_path / "library")
    assert read_outputs(tmp_path / "rules") != read_outputs(tmp_path / "tagger")


def test_rules_only_reaches_the_worker_processes(tmp_path, corpus):
    cli("build", str(corpus), "--rules-only", "--out", str(tmp_path / "one"))
    cli("build", str(corpus), "--rules-only", "--workers", "2", "--out", str(tmp_path / "two"))

    assert read_outputs(tmp_path / "two") == read_outputs(tmp_path / "one")


def test_rules_only_is_part_of_the_cache_key():
    article = Article(id="k1", text="Ông Kim_Jong-un đến Hà_Nội .", source="a.jsonl", line=1)
    extraction = extract_article(article, learned=False)
    stored = extraction.article

    assert article_key(article, learned=False) != article_key(article, learned=True)
    assert pack(extraction, learned=False).key == article_key(stored, learned=False)
    assert pack(extraction).key == article_key(stored, learned=True)


@pytest.fixture
def extracted(monkeypatch) -> list[tuple[str, bool]]:
    """(article id, learned) of every article extracted from now on."""
    calls: list[tuple[str, bool]] = []
    original = kg.article.extract_article

    def counting(article: Article, learned: bool = True):
        calls.append((article.id, learned))
        return original(article, learned)

    monkeypatch.setattr(kg.article, "extract_article", counting)
    return calls


@pytest.mark.parametrize(("first", "then"), [([], ["--rules-only"]), (["--rules-only"], [])])
def test_rules_only_update_of_a_build_of_the_other_setting_extracts_everything_again(
    tmp_path, corpus, extracted, first, then
):
    more = write_corpus(tmp_path / "more.jsonl", [("r6", "Bà Lê_Thị_Lan nói với Reuters rằng Brovnik sẽ đến Hà_Nội .")])
    cli("build", str(corpus), *first, "--out", str(tmp_path / "updated"))
    extracted.clear()

    cli("build", str(more), *then, "--update", str(tmp_path / "updated"))

    learned = not then
    assert sorted(extracted) == sorted((article_id, learned) for article_id in ["r1", "r2", "r3", "r4", "r5", "r6"])
    cli("build", str(corpus), str(more), *then, "--out", str(tmp_path / "full"))
    assert read_outputs(tmp_path / "updated") == read_outputs(tmp_path / "full")


def test_rules_only_update_of_a_build_of_the_same_setting_reuses_it(tmp_path, corpus, extracted):
    more = write_corpus(tmp_path / "more.jsonl", [("r6", "Bà Lê_Thị_Lan nói với Reuters rằng Brovnik sẽ đến Hà_Nội .")])
    cli("build", str(corpus), "--rules-only", "--out", str(tmp_path / "out"))
    extracted.clear()

    cli("build", str(more), "--rules-only", "--update", str(tmp_path / "out"))

    assert extracted == [("r6", False)]
