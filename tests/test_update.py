"""Incremental builds: ``--update`` reuses cached extractions and equals a full rebuild."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg.cache
import kg.article
from kg.build import BuildError, build_outputs, read_outputs
from kg.cache import CACHE_FILE, CacheError, article_key, pack, stored_ids
from kg.cli import app
from kg.model import (
    AnalysedArticle,
    Article,
    Credit,
    EntityType,
    Event,
    EventRole,
    EventType,
    Extraction,
    Mention,
    Provenance,
    Sentence,
    Statement,
    TimeExpression,
    Token,
)
from kg.pipeline import PipelineOptions

UPDATE = PipelineOptions(update=True)


def write_articles(path: Path, records: list[tuple[str, str]]) -> Path:
    """A jsonl file of (id, segmented text) articles."""
    with path.open("w", encoding="utf-8") as out:
        for article_id, text in records:
            out.write(json.dumps({"id": article_id, "text": text}, ensure_ascii=False) + "\n")
    return path


def news(number: int, name: str = "Vladimir_Putin") -> tuple[str, str]:
    """A small article about ``name`` meeting someone new."""
    return (f"n{number:03d}", f"Ông {name} tiếp Ông Khách_Mời{number} tại Hà_Nội . Bà Lê_Thị_Lan nói vậy .")



@pytest.fixture
def count_extractions(monkeypatch):
    """The ids of the articles extracted from now on."""
    extracted: list[str] = []
    original = kg.article.extract_article

    def counting(article, learned=True):
        extracted.append(article.id)
        return original(article, learned)

    monkeypatch.setattr(kg.article, "extract_article", counting)
    return extracted


def test_update_adds_articles_without_extracting_the_old_ones(tmp_path, count_extractions):
    old = write_articles(tmp_path / "old.jsonl", [news(n) for n in range(6)])
    new = write_articles(tmp_path / "new.jsonl", [news(n, "Kim_Jong-un") for n in range(6, 9)])
    build_outputs([old], tmp_path / "updated")
    count_extractions.clear()

    updated = build_outputs([new], tmp_path / "updated", options=UPDATE)

    assert count_extractions == ["n006", "n007", "n008"]
    full = build_outputs([old, new], tmp_path / "full")
    assert updated.extractions == full.extractions
    assert read_outputs(tmp_path / "updated") == read_outputs(tmp_path / "full")
    assert stored_ids(tmp_path / "updated" / CACHE_FILE) == [f"n{n:03d}" for n in range(9)]


def test_update_extracts_a_changed_article_again(tmp_path, count_extractions):
    first = write_articles(tmp_path / "first.jsonl", [news(1), news(2)])
    build_outputs([first], tmp_path / "updated")
    changed = write_articles(tmp_path / "changed.jsonl", [news(2, "Donald_Trump")])
    count_extractions.clear()

    updated = build_outputs([changed], tmp_path / "updated", options=UPDATE)

    assert count_extractions == ["n002"]
    assert {x.article.id: x.article.text for x in updated.extractions}["n002"] == news(2, "Donald_Trump")[1]
    # A full rebuild of the same articles: n001 from the first file (same path and line), n002 as changed.
    write_articles(first, [news(1)])
    full = build_outputs([first, changed], tmp_path / "full")
    assert updated.extractions == full.extractions
    assert read_outputs(tmp_path / "updated") == read_outputs(tmp_path / "full")


def test_update_extracts_everything_again_when_kg_changed(tmp_path, monkeypatch, count_extractions):
    old = write_articles(tmp_path / "old.jsonl", [news(n) for n in range(4)])
    new = write_articles(tmp_path / "new.jsonl", [news(9)])
    build_outputs([old], tmp_path / "updated")
    count_extractions.clear()
    monkeypatch.setattr(kg.cache, "code_fingerprint", lambda: "another kg")

    updated = build_outputs([new], tmp_path / "updated", options=UPDATE)

    assert sorted(count_extractions) == ["n000", "n001", "n002", "n003", "n009"]
    full = build_outputs([old, new], tmp_path / "full")
    assert updated.extractions == full.extractions


def test_update_of_the_same_inputs_extracts_nothing(tmp_path, count_extractions):
    corpus = write_articles(tmp_path / "corpus.jsonl", [news(n) for n in range(3)])
    first = build_outputs([corpus], tmp_path / "out")
    before = read_outputs(tmp_path / "out")
    count_extractions.clear()

    again = build_outputs([corpus], tmp_path / "out", options=UPDATE)

    assert count_extractions == []
    assert again.extractions == first.extractions
    assert read_outputs(tmp_path / "out") == before


def test_update_with_workers_equals_full_rebuild(tmp_path):
    old = write_articles(tmp_path / "old.jsonl", [news(n) for n in range(7)])
    new = write_articles(tmp_path / "new.jsonl", [news(n, "Shinzo_Abe") for n in range(7, 15)])
    build_outputs([old], tmp_path / "updated", options=PipelineOptions(workers=2, batch_size=2))
    build_outputs([new], tmp_path / "updated", options=PipelineOptions(workers=2, batch_size=2, update=True))
    build_outputs([old, new], tmp_path / "full")
    assert read_outputs(tmp_path / "updated") == read_outputs(tmp_path / "full")


@pytest.mark.parametrize("workers", [1, 2])
def test_update_adding_changing_and_removing_at_once_equals_full_rebuild(tmp_path, count_extractions, workers):
    first = write_articles(tmp_path / "first.jsonl", [news(n) for n in range(6)])
    second = write_articles(tmp_path / "second.jsonl", [news(6, "Kim_Jong-un"), news(7, "Moon_Jae-in")])
    options = PipelineOptions(workers=workers, batch_size=2)
    build_outputs([first, second], tmp_path / "updated", options=options)
    # first.jsonl given again: n002 changed, n004 and n005 gone; third.jsonl is new; second.jsonl not given, kept.
    write_articles(first, [news(0), news(1), news(2, "Donald_Trump"), news(3)])
    third = write_articles(tmp_path / "third.jsonl", [news(10, "Kim_Jong-un"), news(11, "Donald_Trump")])
    count_extractions.clear()

    updated = build_outputs([first, third], tmp_path / "updated", options=PipelineOptions(workers=workers, batch_size=2, update=True))

    if workers == 1:
        assert sorted(count_extractions) == ["n002", "n010", "n011"]
    full = build_outputs([first, second, third], tmp_path / "full")
    assert [x.article.id for x in updated.extractions] == ["n000", "n001", "n002", "n003", "n006", "n007", "n010", "n011"]
    assert updated.extractions == full.extractions
    assert updated.resolution == full.resolution
    assert read_outputs(tmp_path / "updated") == read_outputs(tmp_path / "full")


def test_update_needs_an_existing_build(tmp_path):
    corpus = write_articles(tmp_path / "corpus.jsonl", [news(1)])
    with pytest.raises(CacheError, match="holds no build to update; run `kg build INPUT --out"):
        build_outputs([corpus], tmp_path / "empty", options=UPDATE)


def test_update_refuses_a_cache_of_another_format(tmp_path, monkeypatch):
    corpus = write_articles(tmp_path / "corpus.jsonl", [news(1)])
    build_outputs([corpus], tmp_path / "out")
    monkeypatch.setattr(kg.cache, "CACHE_FORMAT", kg.cache.CACHE_FORMAT + 1)
    with pytest.raises(CacheError, match="rebuild all articles without --update"):
        build_outputs([corpus], tmp_path / "out", options=UPDATE)


def test_update_strict_failure_keeps_the_previous_cache(tmp_path):
    corpus = write_articles(tmp_path / "corpus.jsonl", [news(1)])
    build_outputs([corpus], tmp_path / "out")
    cache = tmp_path / "out" / CACHE_FILE
    before = cache.read_bytes()

    with pytest.raises(BuildError, match="--strict"):
        build_outputs([corpus, tmp_path / "missing.jsonl"], tmp_path / "out", strict=True, options=UPDATE)

    assert cache.read_bytes() == before
    assert not list(cache.parent.glob(".*.tmp"))


def test_update_full_build_replaces_the_cache(tmp_path):
    build_outputs([write_articles(tmp_path / "a.jsonl", [news(1), news(2)])], tmp_path / "out")
    build_outputs([write_articles(tmp_path / "b.jsonl", [news(3)])], tmp_path / "out")
    assert stored_ids(tmp_path / "out" / CACHE_FILE) == ["n003"]


@pytest.mark.parametrize(
    ("change", "same"),
    [
        ({}, True),
        ({"text": "Ông Vladimir_Putin ."}, False),
        ({"title": "Tin mới"}, False),
        ({"source": "other.jsonl"}, False),
        ({"line": 7}, False),
    ],
)
def test_update_article_key_follows_text_and_metadata(change, same):
    article = Article(id="k1", text="Ông Kim_Jong-un .", source="a.jsonl", line=1)
    changed = Article(**{**{f: getattr(article, f) for f in article.__slots__}, **change})
    assert (article_key(changed) == article_key(article)) is same


def test_update_cli_adds_to_the_build_folder(tmp_path):
    runner = CliRunner()
    old = write_articles(tmp_path / "old.jsonl", [news(1)])
    new = write_articles(tmp_path / "new.jsonl", [news(2)])
    assert runner.invoke(app, ["build", str(old), "--out", str(tmp_path / "out")]).exit_code == 0

    result = runner.invoke(app, ["build", str(new), "--update", str(tmp_path / "out")])

    assert result.exit_code == 0, result.output
    assert "articles: 2 built" in result.output


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--update", "{tmp}/never"], "holds no build to update"),
        (["--update", "{tmp}/out", "--out", "{tmp}/elsewhere"], "leave out --out"),
    ],
)
def test_update_cli_rejects_bad_folders(tmp_path, arguments, message):
    corpus = write_articles(tmp_path / "corpus.jsonl", [news(1)])
    result = CliRunner().invoke(app, ["build", str(corpus), *(a.format(tmp=tmp_path) for a in arguments)])
    assert result.exit_code == 2
    assert message in result.output


def test_update_packed_extraction_round_trips_every_record():
    text = "Ông Putin gặp Kim_Jong-un tại Hà_Nội ngày 13/9 . Ảnh : AFP"
    article = Article(id="r1", text=text, source="s.jsonl", line=3, title="T", url="u", published="2019", segmented=True)
    tokens = tuple(Token(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", text))
    sentences = (Sentence(0, 0, 47, tokens[:9]), Sentence(1, 48, len(text), tokens[9:], "caption"))
    analysed = AnalysedArticle(article, sentences, "T", (0, 1), "A", (2, 3), (Credit("photo", "AFP", 55, 58),))
    putin = Mention("r1", 0, 4, 9, "Putin", EntityType.PERSON, "Tổng_thống", "Ông", 0, False)
    kim = Mention("r1", 0, 14, 25, "Kim_Jong-un", EntityType.PERSON)
    hanoi = Mention("r1", 0, 30, 36, "Hà_Nội", EntityType.CITY)
    when = TimeExpression("r1", 0, 37, 46, "ngày 13/9", None, 9, 13, None)
    provenance = Provenance("r1", 0, text[:47], 0, 47, "meeting", 0.8)
    event = Event(
        EventType.MEETING,
        (EventRole("participant", putin), EventRole("participant", kim), EventRole("place", hanoi)),
        provenance,
        when,
        ("hoa",),
        "“ chào ”",
        True,
        None,
        "tàu",
    )
    statement = Statement(putin, "met", kim, provenance)
    extraction = Extraction(analysed, (putin, kim, hanoi), (when,), (statement,), (event,))

    packed = pack(extraction)
    restored = packed.unpack()

    assert restored == extraction
    assert restored.mentions[2].type is EntityType.CITY
    assert all(type(t) is Token for s in restored.analysed.sentences for t in s.tokens)
    assert restored.analysed.sentences[1].kind == "caption"
    assert packed.key == article_key(article)
    assert Article(**json.loads(packed.article)) == article


ENGLISH = (
    "The minister met the delegation in the capital on Monday and said that both sides would keep "
    "talking about trade, energy and the environment over the coming months."
)


def test_update_notes_articles_not_in_vietnamese_from_the_cache(tmp_path, count_extractions):
    from kg.build import format_summary

    first = write_articles(tmp_path / "first.jsonl", [news(1), ("english", ENGLISH)])
    build_outputs([first], tmp_path / "out")
    second = write_articles(tmp_path / "second.jsonl", [news(2)])
    count_extractions.clear()
    updated = build_outputs([second], tmp_path / "out", options=UPDATE)
    assert count_extractions == ["n002"]
    assert "note: 1 article(s) do not read as Vietnamese, built with few names found: english" in format_summary(updated)


def test_update_reads_a_cache_without_language_verdicts(tmp_path):
    import sqlite3

    from kg.build import MANIFEST_FILE, format_summary

    corpus = write_articles(tmp_path / "corpus.jsonl", [news(1), ("english", ENGLISH)])
    build_outputs([corpus], tmp_path / "out")
    # the cache as the format before it kept each article's language verdict
    with sqlite3.connect(tmp_path / "out" / CACHE_FILE) as db:
        db.execute("ALTER TABLE extractions DROP COLUMN vietnamese")
        db.execute("UPDATE meta SET value = '2' WHERE name = 'format'")
    db.close()
    manifest = json.loads((tmp_path / "out" / MANIFEST_FILE).read_text(encoding="utf-8"))
    manifest["files"][CACHE_FILE.as_posix()] = (tmp_path / "out" / CACHE_FILE).stat().st_size
    (tmp_path / "out" / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")

    updated = build_outputs([corpus], tmp_path / "out", options=UPDATE)

    assert "note: 1 article(s) do not read as Vietnamese, built with few names found: english" in format_summary(updated)
    build_outputs([corpus], tmp_path / "full")
    assert read_outputs(tmp_path / "out") == read_outputs(tmp_path / "full")
