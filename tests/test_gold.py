"""The gold annotations: every record loads, matches the corpus text, and is
exactly what its .ann source compiles to."""

from __future__ import annotations

import json

import pytest

from kg.corpus.annfile import compile_ann
from kg.corpus.gold import ANNOTATIONS, GOLD_FOLDER, SECOND_PASS_FOLDER, GoldError, load_gold, parse_record
from kg.corpus.split import read_split
from kg.corpus.texts import load_corpus, usable_ids

SOURCES = sorted((ANNOTATIONS / "ann").glob("*.ann")) + sorted((ANNOTATIONS / "ann2").glob("*.ann"))


def test_every_gold_record_loads_against_the_corpus() -> None:
    first = load_gold(GOLD_FOLDER)
    second = load_gold(SECOND_PASS_FOLDER)
    assert len(first) >= 500
    assert set(second) <= set(first), "a second pass without a first"
    # A second pass is of any split (train articles too), always at level full.
    assert all(g.full for g in second.values())


def test_only_annotatable_articles_are_annotated_and_splits_keep_clusters_apart() -> None:
    usable = usable_ids()
    corpus = load_corpus()
    split = read_split()
    gold = load_gold(GOLD_FOLDER)
    assert set(gold) <= usable
    assert {corpus[i].cluster for i in usable} <= set(split)
    by_split = {s: {corpus[i].cluster for i in gold if split[corpus[i].cluster] == s} for s in ("train", "dev", "test")}
    assert not (by_split["train"] & by_split["test"]) and not (by_split["dev"] & by_split["test"])
    test = [g for g in gold.values() if g.split == "test"]
    assert len(test) >= 60 and all(g.full for g in test)
    assert sum(1 for g in gold.values() if g.full) >= 120


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_each_record_is_what_its_source_compiles_to(source) -> None:
    compiled_folder = "gold2" if source.parent.name == "ann2" else "gold"
    stored = json.loads((ANNOTATIONS / compiled_folder / f"{source.stem}.json").read_text(encoding="utf-8"))
    raw = load_corpus()[stored["id"]].raw
    assert compile_ann(source.read_text(encoding="utf-8"), raw, str(source)) == stored


def test_a_surface_that_does_not_match_the_text_fails_naming_article_and_offset() -> None:
    article = next(iter(load_corpus().values()))
    record = {
        "id": article.id, "annotator": "t", "level": "entities", "entities": [{"id": "E1", "type": "Person"}],
        "mentions": [{"id": "M1", "entity": "E1", "start": 0, "end": 3, "text": "###"}],
    }
    with pytest.raises(GoldError, match=rf"article {article.id} at offset 0: the gold says '###'"):
        parse_record(record, article, "train", "x.json")
