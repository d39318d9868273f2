"""The open-data name lists: shipped, read as tagger features only, and
generated with words the text uses in lowercase left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.lexicon.gazetteer import load_lexicon
from kg.tagger.features import sequence_features
from kg.tagger.gazetteer import PERSON_NAMES_FILE, PLACE_NAMES_FILE, open_name_lists, syllable_key
from kg.training.name_lists import case_counts, kept, lines, romanised

# (sentence written for the test, syllable, the list feature it must carry or None)
FEATURES = [
    ("Bà Ingrid Olsen phát biểu tại Winnipeg .", "Ingrid", "+0list=B-person"),
    ("Bà Ingrid Olsen phát biểu tại Winnipeg .", "Olsen", "+0list=B-person"),
    ("Bà Ingrid Olsen phát biểu tại Winnipeg .", "Winnipeg", "+0list=B-place"),
    ("Bà Ingrid Olsen phát biểu tại Winnipeg .", "phát", None),
    ("Đoàn công tác đến Rio de Janeiro hôm qua .", "Janeiro", "+0list=I-place"),
    ("Anh ấy nói rằng trời sẽ mưa .", "nói", None),
]


@pytest.mark.parametrize(("sentence", "syllable", "expected"), FEATURES)
def test_name_lists_mark_listed_names_in_a_sentence(sentence: str, syllable: str, expected: str | None) -> None:
    forms = sentence.split()
    features = sequence_features(forms)[forms.index(syllable)]
    marks = [feature for feature in features if feature.startswith("+0list=")]
    assert (expected in marks) if expected else not marks


def test_name_lists_are_shipped_sorted_with_their_source() -> None:
    for path in (PLACE_NAMES_FILE, PERSON_NAMES_FILE):
        text = path.read_text(encoding="utf-8").splitlines()
        assert text[0].startswith("# ") and "MIT" in text[0]
        rows = text[3:]
        assert rows == sorted(rows) and len(rows) > 1000


def test_name_lists_never_become_names_the_rules_match() -> None:
    lexicon = {syllable_key(name) for name in load_lexicon().names}
    assert len(open_name_lists().keys() - lexicon) > 10 * len(lexicon)
    assert syllable_key("Winnipeg") not in lexicon


def test_name_lists_filter_drops_common_and_lowercase_words_and_short_names() -> None:
    entries = {"Olsen": {"family"}, "Long": {"given"}, "Bình": {"given"}, "Li": {"family"}, "Winnipeg": {"city"}}
    texts = ["Con đường rất long lanh , dài và long trọng .", "Ông Long đến ."]
    cases = case_counts(texts, [syllable_key(name) for name in entries])
    assert cases[("long",)] == (2, 1)
    assert set(kept(entries, frozenset({"bình"}), cases)) == {"Olsen", "Winnipeg"}


def test_name_lists_romanise_cyrillic_names_as_the_news_spells_them() -> None:
    assert romanised("Дмитрий") == ["Dmitriy", "Dmitry", "Dmitri"]
    assert romanised("Сергей") == ["Sergey", "Sergei"]
    assert romanised("Olsen") == ["Olsen"]
    assert romanised("Δημήτρης") == []


def test_name_lists_lines_are_sorted_with_a_header() -> None:
    written = list(lines(["Zell", "Abel", "Zell"], "made-up source (MIT)"))
    assert written[0] == "# made-up source (MIT)"
    assert written[2:] == ["name", "Abel", "Zell"]


def test_name_lists_a_name_in_both_lists_has_both_kinds(tmp_path: Path) -> None:
    places, people = tmp_path / "places.tsv", tmp_path / "people.tsv"
    places.write_text("# made up\nname\nJordan\nSan Jose\n", encoding="utf-8")
    people.write_text("name\nJordan\nIngrid\n", encoding="utf-8")
    found = open_name_lists(((places, "place"), (people, "person")))
    assert found == {("jordan",): "person,place", ("san", "jose"): "place", ("ingrid",): "person"}
