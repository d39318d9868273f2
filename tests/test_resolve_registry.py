"""Entity ids stay stable from one build to the next."""

from __future__ import annotations

import json

import pytest

from kg.resolve import load_registry, registry_lines, resolve
from kg.resolve.registry import RegistryError, parse_registry
from test_resolve_support import Say, make_extraction


def rebuild(first_build, second_build, tmp_path):
    path = tmp_path / "entities.jsonl"
    path.write_text("\n".join(registry_lines(resolve(first_build))) + "\n", encoding="utf-8")
    return resolve(second_build, registry=load_registry(path))


def test_resolve_registry_keeps_id_when_canonical_name_grows(tmp_path):
    first = [make_extraction("a1", Say("Peskov", honorific="ông"), "nói .")]
    second = first + [make_extraction("a2", Say("Dmitry_Peskov", title="phát_ngôn_viên"), "nói .")]
    assert resolve(second).entities[0].id == "person/dmitry-peskov"
    (peskov,) = rebuild(first, second, tmp_path).entities
    assert peskov.name == "Dmitry Peskov"
    assert peskov.id == "person/peskov"


def test_resolve_registry_keeps_ids_of_untouched_entities(tmp_path):
    first = [make_extraction("a1", Say("Vladimir_Putin"), Say("Nga", "Country"))]
    second = first + [make_extraction("a2", Say("Kim_Jong-un"), Say("Triều_Tiên", "Country"))]
    ids = {e.id for e in rebuild(first, second, tmp_path).entities}
    assert {"person/vladimir-putin", "location/nga"} <= ids
    assert len(ids) == 4


def test_resolve_registry_records_merged_earlier_id_in_same_as(tmp_path):
    # Two names of one thing kept apart earlier, merged now through the alias table.
    first = [make_extraction("a1", Say("Hoa_Kỳ", "Country"))]
    path = tmp_path / "entities.jsonl"
    earlier = {"id": "location/hoa-ky", "category": "location", "type": "Country", "name": "Hoa Kỳ", "keys": ["hoa kỳ"]}
    other = {"id": "location/my", "category": "location", "type": "Country", "name": "Mỹ", "keys": ["mỹ"]}
    path.write_text(json.dumps(earlier, ensure_ascii=False) + "\n" + json.dumps(other, ensure_ascii=False) + "\n")
    second = first + [make_extraction("a2", Say("Mỹ", "Country"))]
    (usa,) = resolve(second, registry=load_registry(path)).entities
    assert usa.id == "location/my"
    assert "location/hoa-ky" in usa.same_as


def test_resolve_registry_never_gives_an_earlier_id_to_something_else(tmp_path):
    first = [make_extraction("a1", Say("Jordan"), "nói .")]
    second = first + [
        make_extraction("a2", Say("Michael_Jordan"), "và", Say("Jordan"), "."),
        make_extraction("a3", Say("Bill_Jordan"), "."),
    ]
    resolution = rebuild(first, second, tmp_path)
    # "Jordan" of a1 now fits two people of the build: it stays a person of its own within a1, with its
    # old id; neither of the two takes it.
    assert {e.id for e in resolution.entities} == {"person/michael-jordan", "person/bill-jordan", "person/jordan"}
    entity_of = {(d.mention.article_id, d.mention.text): d.entity_id for d in resolution.decisions}
    assert entity_of[("a1", "Jordan")] == "person/jordan"
    assert entity_of[("a2", "Jordan")] == "person/michael-jordan"


def test_resolve_registry_missing_file_is_empty(tmp_path):
    assert load_registry(tmp_path / "nothing.jsonl") == ()


def test_resolve_registry_bad_line_names_the_line():
    with pytest.raises(RegistryError, match=r"entities.jsonl:2: not an entity record"):
        parse_registry(['{"id": "person/a", "category": "person", "name": "A"}', "{oops"], "entities.jsonl")


def test_resolve_registry_keeps_both_ids_of_two_things_of_one_name(tmp_path):
    # A city and a facility both written "Komsomolsk-on-Amur": two entities of one name and
    # category, which a rebuild must give back their own ids, not a fresh "-3".
    build = [
        make_extraction("a1", Say("Komsomolsk-on-Amur", "City"), "."),
        make_extraction("a2", Say("Komsomolsk-on-Amur", "Facility"), "."),
    ]
    first_ids = {e.id for e in resolve(build).entities}
    assert len(first_ids) == 2
    assert {e.id for e in rebuild(build, build, tmp_path).entities} == first_ids


def test_resolve_registry_files_an_entity_under_the_category_its_names_were_grouped_in(tmp_path):
    # A person's name that an agency's acronym joined carries the agency's type; the next
    # build groups the name as a person again and must find it under "person".
    from kg.model import Entity, EntityType, Resolution

    earlier = Resolution(entities=(Entity("person/le-minh", EntityType.NEWS_AGENCY, "Lê Minh", articles=("a1",)),))
    (line,) = registry_lines(earlier)
    assert json.loads(line)["category"] == "person"
    path = tmp_path / "entities.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    second = [make_extraction("a1", Say("Lê_Minh"), "nói ."), make_extraction("a2", Say("Trần_An"), "nói .")]
    ids = {e.id for e in resolve(second, registry=load_registry(path)).entities}
    assert "person/le-minh" in ids and "person/le-minh-2" not in ids
