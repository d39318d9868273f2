"""Raw text through the whole pipeline: same graph, offsets into the raw text."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.graph import entity_names, fact_names
from kg.model import Article
from kg.pipeline import BuildResult, assemble, extract_article
from kg.reader import read_inputs

ROOT = Path(__file__).resolve().parents[1]


def _build(articles: list[Article]) -> BuildResult:
    return assemble([extract_article(a) for a in articles])


@pytest.fixture(scope="module")
def segmented_build(seed_articles: list[Article]) -> BuildResult:
    return _build(seed_articles)


@pytest.fixture(scope="module")
def raw_build(seed_articles: list[Article]) -> BuildResult:
    """The seeds with underscores removed, read as the user would give them."""
    return _build([Article(a.id, a.text.replace("_", " "), a.source) for a in seed_articles])


def _agreement(left: set, right: set) -> float:
    return len(left & right) / max(1, len(left | right))


def test_raw_pipeline_is_detected_as_raw(raw_build: BuildResult) -> None:
    assert all(x.article.segmented is False for x in raw_build.extractions)


def test_raw_pipeline_finds_the_main_entities_roles_and_events(raw_build: BuildResult) -> None:
    entities = entity_names(raw_build.graph)
    for expected in [("Person", "Vladimir Putin"), ("Person", "Kim Jong-un"), ("Person", "Dmitry Peskov")]:
        assert expected in entities
    facts = fact_names(raw_build.graph)
    assert ("Dmitry Peskov", "spokespersonOf", "Điện Kremlin") in facts
    assert any(s == "Vladimir Putin" and p == "presidentOf" for s, p, _ in facts)
    assert any({s, o} == {"Vladimir Putin", "Kim Jong-un"} and p == "met" for s, p, o in facts)
    event_types = {d["type"] for _, d in raw_build.graph.nodes(data=True) if d["kind"] == "event"}
    assert {"Meeting", "Statement", "Invitation"} <= event_types


def test_raw_pipeline_agrees_with_the_segmented_build(segmented_build: BuildResult, raw_build: BuildResult) -> None:
    entity_agreement = _agreement(entity_names(segmented_build.graph), entity_names(raw_build.graph))
    fact_agreement = _agreement(fact_names(segmented_build.graph), fact_names(raw_build.graph))
    print(f"entity agreement {entity_agreement:.2f}, fact agreement {fact_agreement:.2f}")
    # Measured: the raw text gives exactly the entities and facts of its segmented form.
    assert entity_agreement == 1.0, sorted(entity_names(segmented_build.graph) ^ entity_names(raw_build.graph))
    assert fact_agreement == 1.0, sorted(fact_names(segmented_build.graph) ^ fact_names(raw_build.graph))


def test_raw_pipeline_offsets_slice_the_raw_text(raw_build: BuildResult) -> None:
    for extraction in raw_build.extractions:
        text = extraction.article.text
        assert "_" not in text
        for mention in extraction.mentions:
            assert text[mention.start : mention.end] == mention.text
        for statement in extraction.statements:
            provenance = statement.provenance
            assert "_" not in provenance.sentence
            assert provenance.sentence in text
            assert text[provenance.start : provenance.end] in provenance.sentence
        for event in extraction.events:
            assert event.provenance.sentence in text
            if event.quote:
                assert event.quote in text


def test_raw_pipeline_title_line_of_a_raw_txt_article() -> None:
    text = "Ông Putin gặp ông Kim\nTổng thống Nga Vladimir Putin tiếp lãnh đạo Triều Tiên Kim Jong-un hôm 13/9."
    extraction = extract_article(Article("a", text, "a.txt"))
    assert extraction.analysed.title == "Ông Putin gặp ông Kim"
    names = {m.text for m in extraction.mentions if not m.reference}
    assert {"Vladimir Putin", "Kim Jong-un"} <= names


@pytest.mark.parametrize(
    ("mode", "expected_text", "segmented"),
    [
        ("auto", "Kim_Jong-un đến Nga .", True),
        ("segmented", "Kim_Jong-un đến Nga .", True),
        ("raw", "Kim Jong-un đến Nga.", False),
    ],
)
def test_raw_pipeline_text_mode_picks_the_jsonl_field(tmp_path: Path, mode: str, expected_text: str, segmented: bool) -> None:
    corpus = tmp_path / "a.jsonl"
    corpus.write_text(
        '{"id": "1", "text": "Kim_Jong-un đến Nga .", "raw": "Kim Jong-un đến Nga."}\n', encoding="utf-8"
    )
    (article,) = read_inputs([corpus], text_mode=mode)
    assert (article.text, article.segmented) == (expected_text, segmented)


@pytest.mark.parametrize(("mode", "segmented"), [("auto", None), ("segmented", True), ("raw", False)])
def test_raw_pipeline_text_mode_of_a_txt_file(tmp_path: Path, mode: str, segmented: bool | None) -> None:
    (tmp_path / "a.txt").write_text("Kim Jong-un đến Nga.", encoding="utf-8")
    (article,) = read_inputs([tmp_path / "a.txt"], text_mode=mode)
    assert article.segmented is segmented


def test_raw_pipeline_unknown_text_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="text mode"):
        list(read_inputs([ROOT / "seeds"], text_mode="guess"))


def test_raw_pipeline_quotes_are_spans_of_the_raw_text(raw_build: BuildResult) -> None:
    quoted = [(x.article.text, e) for x in raw_build.extractions for e in x.events if e.quote]
    assert quoted
    for text, event in quoted:
        start, end = event.quote_span
        assert event.quote == text[start:end]


@pytest.mark.parametrize("build", ["segmented_build", "raw_build"])
def test_raw_pipeline_titles_items_and_vehicles_are_spans_of_the_text(build: str, request) -> None:
    result: BuildResult = request.getfixturevalue(build)
    titled = items = vehicles = 0
    for extraction in result.extractions:
        text = extraction.article.text
        for mention in extraction.mentions:
            if mention.title_span is not None:
                titled += 1
                start, end = mention.title_span
                assert text[start:end].replace("_", " ") == mention.title.replace("_", " ")
        for event in extraction.events:
            assert len(event.items) == len(event.item_spans)
            for item, (start, end) in zip(event.items, event.item_spans):
                items += 1
                assert text[start:end].replace("_", " ") == item
            if event.vehicle is not None:
                vehicles += 1
                start, end = event.vehicle_span
                assert text[start:end].replace("_", " ") == event.vehicle
    assert titled and items and vehicles


def test_raw_pipeline_provenance_sentences_are_spans_of_the_raw_text(raw_build: BuildResult) -> None:
    for extraction in raw_build.extractions:
        text = extraction.article.text
        for fact in extraction.statements + extraction.events:
            start, end = fact.provenance.sentence_span
            assert fact.provenance.sentence == text[start:end]
            assert start <= fact.provenance.start <= fact.provenance.end <= end
