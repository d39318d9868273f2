"""The seeds against the hand-written gold (tests/gold/entities.json).

One node for each real entity, no node for two, every surface form among the
labels, and role references resolved to the right person or left alone. A
foreign capital read as a Country stands for its state (the annotation
guide's metonymy: "Moskva nhìn thấy triển vọng …" is Russia speaking), so it
belongs to its country's gold entity.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from kg.lexicon import word_map
from kg.model import EntityType
from kg.resolve.names import bare_name, category_of, display, folded_key

ROOT = Path(__file__).resolve().parents[1]
GOLD = json.loads((ROOT / "tests" / "gold" / "entities.json").read_text(encoding="utf-8"))["entities"]
CAPITALS = {folded_key(capital): country for capital, country in word_map("resolver.capitals").items()}


def _gold_name(name: str, entity_type: EntityType) -> str:
    """The name whose gold entity a mention of ``name`` belongs to: a capital read as a Country is its state's."""
    if entity_type is EntityType.COUNTRY:
        return CAPITALS.get(folded_key(name), name)
    return name


@pytest.fixture(scope="module")
def seeds(seeds_build):
    resolution = seeds_build.resolution
    by_name = {}
    by_reference = {}
    for index, gold in enumerate(GOLD):
        for name in gold["names"]:
            by_name[(gold["category"], folded_key(name))] = index
        for phrase in gold["references"]:
            by_reference[folded_key(phrase)] = index
    named: dict[int, set[str]] = defaultdict(set)
    referred: list[tuple[str, int | None, str | None]] = []
    stray = []
    texts = {x.article.id: x.article.text for x in seeds_build.extractions}
    for decision in resolution.decisions:
        mention = decision.mention
        category = category_of(mention.type)
        if mention.reference:
            surface = texts[mention.article_id][mention.prefix_start or mention.start : mention.end]
            referred.append((display(surface), by_reference.get(folded_key(surface)), decision.entity_id))
            continue
        name = _gold_name(bare_name(mention.text, category), mention.type)
        index = by_name.get((category, folded_key(name)))
        if index is None:
            stray.append((mention.text, mention.type.value, decision.entity_id))
        else:
            named[index].add(decision.entity_id)
    return resolution, named, referred, stray


@pytest.mark.parametrize("gold", GOLD, ids=[g["id"] for g in GOLD])
def test_resolve_gold_one_node_per_entity(seeds, gold):
    resolution, named, _, _ = seeds
    index = GOLD.index(gold)
    assert named[index] == {gold["id"]}, f"{gold['name']} went to {sorted(map(str, named[index]))}"
    (entity,) = [e for e in resolution.entities if e.id == gold["id"]]
    assert entity.name == gold["name"]
    labels = {entity.name, *entity.aliases}
    missing = [form for form in gold["labels"] if form not in labels]
    assert not missing, f"labels of {entity.id} lack {missing}; it has {sorted(labels)}"


def test_resolve_gold_no_node_for_two_entities(seeds):
    _, named, _, _ = seeds
    owners: dict[str, list[str]] = defaultdict(list)
    for index, ids in named.items():
        for entity_id in ids:
            owners[entity_id].append(GOLD[index]["name"])
    assert {e: n for e, n in owners.items() if len(n) > 1} == {}


def test_resolve_gold_every_node_is_a_gold_entity(seeds):
    resolution, _, _, stray = seeds
    gold_ids = {g["id"] for g in GOLD}
    assert stray == []
    assert sorted(e.id for e in resolution.entities if e.id not in gold_ids) == []


def test_resolve_gold_references_go_to_their_person_or_nowhere(seeds):
    resolution, _, referred, _ = seeds
    labels = {label for e in resolution.entities for label in (e.name, *e.aliases)}
    assert referred, "the seeds have role references"
    for surface, index, entity_id in referred:
        # A role phrase the gold does not tie to anyone ("chuyên gia Mỹ") must stay unresolved.
        expected = (None,) if index is None else (None, GOLD[index]["id"])
        assert entity_id in expected, f"{surface!r} went to {entity_id}"
        assert surface not in labels
    resolved = {GOLD[i]["id"] for _, i, e in referred if e is not None}
    assert {"person/vladimir-putin", "person/kim-jong-un", "person/dmitry-peskov"} <= resolved
