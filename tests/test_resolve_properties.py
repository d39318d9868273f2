"""Invariants of the resolver, checked on generated builds."""

from __future__ import annotations

from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.resolve import resolve
from kg.resolve.aliases import default_alias_table
from kg.lexicon.syllables import is_vietnamese_syllable
from kg.resolve.names import (
    bare_name,
    category_of,
    exact_key,
    folded_key,
    has_diacritics,
    is_acronym,
    words,
)
from test_resolve_support import Say, make_extraction

POOL = [
    Say("Kim_Jong-un", title="Chủ_tịch"),
    Say("Kim_Jong-un", title="lãnh_đạo Triều_Tiên"),
    Say("Kim_Yo-jong"),
    Say("Kim", honorific="ông"),
    Say("Vladimir_Putin", title="Tổng_thống Nga"),
    Say("Vladimir_Putin"),
    Say("Vladmir_Putin"),
    Say("Putin", honorific="ông"),
    Say("Putin", title="Tổng_thống"),
    Say("Nguyễn_Khắc_Chúc"),
    Say("Nguyen_Khac_Chuc"),
    Say("Chúc", honorific="ông"),
    Say("Lê_Văn_Hưng"),
    Say("Lê_Văn_Hùng"),
    Say("Le_Van_Hung"),
    Say("Hùng", honorific="ông"),
    Say("Joe_Biden", title="Tổng_thống"),
    Say("Tổng_thống Nga", reference=True),
    Say("Tổng_thống", reference=True),
    Say("ông chủ Điện_Kremlin", reference=True),
    Say("Nga", "Country"),
    Say("Liên_bang Nga", "Country"),
    Say("Triều_Tiên", "Country"),
    Say("Triều_Tiên", "Location"),
    Say("Triều_Tiên_KCNA", "NewsAgency"),
    Say("Hoa_Kỳ", "Country"),
    Say("Mỹ", "Country"),
    Say("Jordan", "Country"),
    Say("Jordan", "Person"),
    Say("sân_bay vũ_trụ Vostochny", "Facility"),
    Say("Vostochny_Cosmodrome", "Facility"),
    Say("Vostochny", "City"),
    Say("LHQ", "Organization"),
    Say("Liên_Hợp_Quốc", "Organization"),
    Say("Hội_đồng Bảo_an", "Organization"),
    Say("HĐBA", "Organization"),
]

builds = st.lists(st.lists(st.sampled_from(POOL), min_size=1, max_size=6), min_size=1, max_size=5)


def extractions_of(articles):
    return [make_extraction(f"a{i}", *(piece for say in says for piece in (say, "nói ."))) for i, says in enumerate(articles)]


@settings(max_examples=150, deadline=None)
@given(builds, st.randoms(use_true_random=False))
def test_resolve_is_deterministic_and_independent_of_article_order(articles, rnd):
    extractions = extractions_of(articles)
    first = resolve(extractions)
    shuffled = list(extractions)
    rnd.shuffle(shuffled)
    second = resolve(shuffled)
    assert first.entities == second.entities
    assert first.entity_of == second.entity_of
    assert first.decisions == second.decisions
    assert resolve(extractions) == first


@settings(max_examples=150, deadline=None)
@given(builds)
def test_resolve_no_entity_holds_two_full_names_unless_the_alias_table_says_so(articles):
    resolution = resolve(extractions_of(articles))
    table = default_alias_table()
    full_names: dict[str, set[str]] = defaultdict(set)
    for decision in resolution.decisions:
        mention = decision.mention
        if decision.entity_id is None or mention.reference:
            continue
        category = category_of(mention.type)
        name = bare_name(mention.text, category)
        is_short = len(words(name)) == 1 if category == "person" else is_acronym(name)
        if decision.rule == "facility-prefix":
            is_short = True  # "Vostochny" for "Vostochny Cosmodrome": the shorter name of one facility
        if not is_short:
            full_names[decision.entity_id].add(name)
    for entity_id, names in full_names.items():
        category = entity_id.split("/")[0]
        entries = {table.lookup(category, n) for n in names}
        if len(entries) == 1 and None not in entries:
            continue  # one line of the alias table lists them all
        spellings = sorted({folded_key(n) for n in names})
        assert all(_one_spelling(spellings[0], other) for other in spellings[1:]), (entity_id, names)
        assert len({exact_key(n) for n in names if has_diacritics(n)}) <= 1, (entity_id, names)


@settings(max_examples=100, deadline=None)
@given(builds)
def test_resolve_every_mention_has_one_decision_and_ids_are_unique(articles):
    extractions = extractions_of(articles)
    resolution = resolve(extractions)
    keys = [m.key for x in extractions for m in x.mentions]
    assert sorted(d.mention.key for d in resolution.decisions) == sorted(keys)
    ids = [e.id for e in resolution.entities]
    assert len(ids) == len(set(ids))
    assert set(resolution.entity_of.values()) == set(ids)
    counts = defaultdict(int)
    for entity_id in resolution.entity_of.values():
        counts[entity_id] += 1
    assert {e.id: e.mention_count for e in resolution.entities} == counts


def _one_spelling(a: str, b: str) -> bool:
    """Same name, or one foreign name misspelt by one letter ("vladmir putin" / "vladimir putin")."""
    if a == b:
        return True
    x, y = a.split(), b.split()
    differing = [(p, q) for p, q in zip(x, y) if p != q]
    if len(x) != len(y) or len(differing) != 1:
        return False
    p, q = sorted(differing[0], key=len)
    if is_vietnamese_syllable(p) or is_vietnamese_syllable(q) or len(q) - len(p) > 1:
        return False
    return any(q[:i] + q[i + 1 :] == p for i in range(len(q))) or (
        len(p) == len(q) and sum(c != d for c, d in zip(p, q)) == 1
    )


@settings(max_examples=100, deadline=None)
@given(builds, builds)
def test_resolve_added_articles_never_rename_an_entity(first_articles, added_articles):
    from kg.resolve import registry_lines
    from kg.resolve.registry import parse_registry

    first = extractions_of(first_articles)
    added = [
        make_extraction(f"b{i}", *(piece for say in says for piece in (say, "nói ."))) for i, says in enumerate(added_articles)
    ]
    before = resolve(first)
    after = resolve(first + added, registry=parse_registry(registry_lines(before)))
    names = {e.id: {e.id, *e.same_as} for e in after.entities}
    successors: dict[str, set[str]] = defaultdict(set)
    for key, old_id in before.entity_of.items():
        if (new_id := after.entity_of.get(key)) is not None:
            successors[old_id].add(new_id)
    # Each earlier entity whose mentions are still resolved lives on, as id or same_as, in one of them.
    for old_id, new_ids in successors.items():
        assert any(old_id in names[n] for n in new_ids), (old_id, new_ids)
    ids = [i for e in after.entities for i in (e.id, *e.same_as) if "/" in i and ":" not in i]
    assert len(ids) == len(set(ids)), "an id or earlier id names two entities"
