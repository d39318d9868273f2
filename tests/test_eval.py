"""`kg eval`: the scores, their intervals, and the regression guard on the test split."""

from __future__ import annotations

import json

import pytest

from kg.raw import aligned_segmentation
from kg.evaluate.report import BASELINE_FILE, evaluate, format_report
from kg.evaluate.scores import Counts, bootstrap, compare_sets, score


def test_counts_give_precision_recall_and_f1_against_the_gold() -> None:
    counts = compare_sets({"a", "b", "c", "d"}, {"a", "b", "x"})
    assert counts == Counts(tp=2, fp=1, fn=2)
    assert counts.precision == pytest.approx(2 / 3) and counts.recall == 0.5
    assert counts.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert Counts().precision == 0.0 and Counts().f1 == 0.0


def test_the_bootstrap_interval_is_seeded_and_holds_the_estimate() -> None:
    per_article = [Counts(3, 1, 0), Counts(1, 2, 3), Counts(5, 0, 1), Counts(0, 1, 1)] * 5
    assert bootstrap(per_article, lambda c: c.f1) == bootstrap(per_article, lambda c: c.f1)
    result = score(per_article)
    assert result.f1[1] <= result.f1[0] <= result.f1[2]
    assert result.f1[1] < result.f1[2]


def test_segmented_offsets_map_onto_the_raw_text() -> None:
    raw = "Ông Kim Jong-un (Triều Tiên) nói: “Nga sẽ thắng”."
    segmented = "Ông Kim_Jong-un ( Triều_Tiên ) nói : “ Nga sẽ thắng ” ."
    alignment = aligned_segmentation(raw, segmented)
    start = segmented.index("Triều_Tiên")
    end = start + len("Triều_Tiên")
    raw_start, raw_end = alignment.raw_span(start, end)
    assert raw[raw_start:raw_end] == "Triều Tiên"
    with pytest.raises(ValueError, match="differ"):
        aligned_segmentation("Ông Kím", "Ông Kim")


@pytest.fixture(scope="module")
def test_split_evaluation():
    return evaluate("test", "raw")


def test_the_report_ends_with_the_one_line_summary(test_split_evaluation) -> None:
    last = format_report(test_split_evaluation, errors=True).splitlines()[-1]
    assert last.startswith("entities F1 0.") and last.endswith("test articles")
    assert "| relations P " in last and "| events P " in last and "| resolution P " in last


def test_every_error_listed_is_counted(test_split_evaluation) -> None:
    e = test_split_evaluation
    by_task = {task: sum(1 for f in e.findings if f.task == task) for task in ("entity", "relation", "event")}
    assert by_task["entity"] == e.entities.counts.fp + e.entities.counts.fn
    assert by_task["relation"] == e.relations.counts.fp + e.relations.counts.fn
    assert by_task["event"] == e.events.counts.fp + e.events.counts.fn


@pytest.mark.parametrize("mode", ["raw", "segmented"])
def test_no_score_falls_below_the_recorded_baseline(mode: str, test_split_evaluation) -> None:
    """Every headline score holds at its recorded value (stored to four decimals): a
    regression fails, an improvement is recorded with `kg eval --record-baseline`."""
    baseline = json.loads(BASELINE_FILE.read_text(encoding="utf-8"))[f"test/{mode}"]
    evaluation = test_split_evaluation if mode == "raw" else evaluate("test", mode)
    assert evaluation.articles == baseline["articles"], "the test split changed: record a new baseline"
    current = evaluation.headline()
    fallen = {
        name: (value, round(current[name][0], 4))
        for name, (value, _low, _high) in baseline["scores"].items()
        if current[name][0] < value - 5e-5
    }
    assert not fallen, f"scores fell below the baseline (recorded, now): {fallen}"


def _linker_case(reference_resolves_to_name: bool):
    from kg.corpus.gold import GoldArticle, GoldEntity, GoldMention
    from kg.corpus.texts import CorpusArticle
    from kg.evaluate.compare import _EntityLinker
    from kg.evaluate.predict import Prediction
    from kg.model import AnalysedArticle, Article, EntityType, Extraction, Mention, Resolution

    raw = "Tổng thống Mexico Enrique Pena Nieto nói. Tổng thống Mexico cho biết thêm."
    article = CorpusArticle("a1", 1, "", raw, raw, "", "")
    gold = GoldArticle(
        article=article,
        level="full",
        annotator="a",
        split="dev",
        entities={"E1": GoldEntity("E1", "Country"), "E2": GoldEntity("E2", "Person")},
        mentions=(
            GoldMention("M1", "E1", 11, 17, "Mexico"),
            GoldMention("M2", "E2", 18, 36, "Enrique Pena Nieto"),
            GoldMention("M3", "E1", 53, 59, "Mexico"),
        ),
    )
    name = Mention("a1", 0, 18, 36, "Enrique Pena Nieto", EntityType.PERSON)
    reference = Mention("a1", 1, 42, 59, "Tổng thống Mexico", EntityType.PERSON, reference=True)
    entity_of = {name.key: "p1", reference.key: "p1" if reference_resolves_to_name else "p2"}
    analysed = AnalysedArticle(Article(id="a1", text=raw, source="t"), (), None, None, None, None)
    extraction = Extraction(analysed, (name, reference), (), (), ())
    spans = {m.key: (m.start, m.end) for m in (name, reference)}
    prediction = Prediction({"a1": extraction}, Resolution((), entity_of), spans)
    return _EntityLinker(gold, prediction), reference


@pytest.mark.parametrize(("resolved", "expected"), [(True, "E2"), (False, "?Tổng thống Mexico")])
def test_a_role_phrase_is_its_holder_never_the_country_inside_it(resolved, expected) -> None:
    linker, reference = _linker_case(resolved)
    assert linker.entity(reference) == expected


@pytest.mark.parametrize("resolved", [True, False])
def test_a_fact_the_graph_drops_is_not_scored(resolved) -> None:
    """A post on a role phrase counts only when kg resolved the phrase to someone (as the graph keeps it)."""
    from dataclasses import replace

    from kg.evaluate.compare import compare_article
    from kg.model import EntityType, Mention, Provenance, Statement

    linker, reference = _linker_case(resolved)
    gold, prediction = linker.gold, linker.prediction
    country = Mention("a1", 1, 53, 59, "Mexico", EntityType.COUNTRY)
    post = Statement(reference, "presidentOf", country, Provenance("a1", 1, "", 42, 59, "roles", 0.7))
    extraction = prediction.extractions["a1"]
    entity_of = dict(prediction.resolution.entity_of)
    entity_of[country.key] = "c1"
    if not resolved:
        del entity_of[reference.key]
    prediction = replace(
        prediction,
        extractions={"a1": replace(extraction, mentions=extraction.mentions + (country,), statements=(post,))},
        resolution=replace(prediction.resolution, entity_of=entity_of),
        raw_span={**prediction.raw_span, country.key: (53, 59)},
    )
    full = replace(gold, posts=())
    result = compare_article(full, prediction)
    assert result.relations.fp == (1 if resolved else 0)


def test_dates_are_scored_on_the_events_the_gold_can_date() -> None:
    """A Statement is given no date by the guidelines: the date kg reads for one is
    not scored; a wrong date of a matched event is counted and listed."""
    from dataclasses import replace

    from kg.corpus.gold import GoldEvent
    from kg.evaluate.compare import compare_article
    from kg.model import EntityType, Event, EventRole, EventType, Mention, Provenance, TimeExpression

    linker, _ = _linker_case(True)
    gold, prediction = linker.gold, linker.prediction
    name = next(m for m in prediction.extractions["a1"].mentions if not m.reference)
    country = Mention("a1", 1, 53, 59, "Mexico", EntityType.COUNTRY)
    evidence = Provenance("a1", 0, "", 18, 41, "events", 0.8)
    day = TimeExpression("a1", 0, 0, 8, "hôm qua", 2013, 10, 21, "yesterday")
    predicted = (
        Event(EventType.STATEMENT, (EventRole("agent", name),), evidence, time=day, quote="…"),
        Event(EventType.TRAVEL, (EventRole("agent", name), EventRole("destination", country)), evidence, time=day),
    )
    extraction = prediction.extractions["a1"]
    prediction = replace(
        prediction,
        extractions={"a1": replace(extraction, mentions=extraction.mentions + (country,), events=predicted)},
        resolution=replace(prediction.resolution, entity_of={**prediction.resolution.entity_of, country.key: "c1"}),
        raw_span={**prediction.raw_span, country.key: (53, 59)},
    )
    gold = replace(
        gold,
        events=(
            GoldEvent("Statement", (("agent", ("E2",)),), 1),
            GoldEvent("Travel", (("agent", ("E2",)), ("destination", ("E1",))), 1, date="2013-10-22"),
        ),
    )
    result = compare_article(gold, prediction)
    assert result.events.tp == 2
    assert (result.dates.tp, result.dates.fp, result.dates.fn) == (0, 1, 1), "only the Travel's date is scored"
    (finding,) = [f for f in result.findings if f.task == "date"]
    assert finding.what == "Travel(Enrique Pena Nieto, Mexico): gold 2013-10-22, kg 2013-10-21"


@pytest.mark.parametrize(("same_entity", "fp"), [(True, 0), (False, 1)])
def test_a_fact_between_two_forms_of_one_entity_is_not_scored(same_entity, fp) -> None:
    """A relation whose two sides the resolver makes one entity is no edge of the graph, and no prediction."""
    from dataclasses import replace

    from kg.evaluate.compare import compare_article
    from kg.model import Provenance, Statement

    linker, reference = _linker_case(same_entity)
    gold, prediction = linker.gold, linker.prediction
    name = prediction.extractions["a1"].mentions[0]
    fact = Statement(name, "memberOf", reference, Provenance("a1", 1, "", 18, 59, "affiliations", 0.7))
    extraction = prediction.extractions["a1"]
    prediction = replace(prediction, extractions={"a1": replace(extraction, statements=(fact,))})
    result = compare_article(replace(gold, posts=()), prediction)
    assert result.relations.fp == fp
