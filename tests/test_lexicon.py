"""The lexicon package: one reader for every TSV file of ``ontology/``, word lists as data."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kg.lexicon import LexiconError, load_lexicon, read_table, word_list, word_map, word_numbers, word_syllables
from kg.lexicon.syllables import is_vietnamese_syllable

PACKAGE = Path(__file__).resolve().parent.parent / "kg"
VIETNAMESE_LETTERS = set("àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ")


def test_lexicon_reader_skips_comments_and_names_file_and_line(tmp_path):
    path = tmp_path / "words.tsv"
    path.write_text("# a comment\nlist\tword\tvalue\n\nx\tông\t-\nx\tbà\n")
    with pytest.raises(LexiconError, match=r"words.tsv:5: expected 3 tab-separated columns"):
        read_table(path, 3)


def test_lexicon_missing_file_says_what_to_do(tmp_path):
    with pytest.raises(LexiconError, match="lexicon file missing"):
        read_table(tmp_path / "nothing.tsv", 2)


def test_lexicon_word_list_and_map_read_as_data():
    assert "tàu" in word_list("events.vehicle-heads")
    assert word_map("times.relative")["hôm nay"] == "today"
    assert word_map("times.relative")["ngày nay"] is None
    with pytest.raises(LexiconError, match="no word list named"):
        word_list("no.such-list")


def test_lexicon_word_numbers_read_values_as_numbers():
    assert word_numbers("times.month-names", whole=True)["giêng"] == 1
    assert all(isinstance(rank, float) for rank in word_numbers("places.admin-ranks").values() if rank is not None)


def test_lexicon_word_syllables_read_words_as_lowercase_syllables(tmp_path):
    path = tmp_path / "words.tsv"
    path.write_text("list\tword\tvalue\nheads\tHội_nghị\t-\nheads\tthế vận hội\t-\nheads\tUỷ ban\t-\nother\tluật\t-\n")
    assert word_syllables("heads", path) == {("hội", "nghị"), ("thế", "vận", "hội"), ("ủy", "ban")}
    with pytest.raises(LexiconError, match="no word list named"):
        word_syllables("no.such-list", path)


@pytest.mark.parametrize(
    ("value", "whole", "refused"),
    [("3", True, False), ("2.5", False, False), ("-", True, False), ("2.5", True, True), ("ba", False, True)],
)
def test_lexicon_word_numbers_name_file_and_line_of_a_bad_value(tmp_path, value, whole, refused):
    path = tmp_path / "words.tsv"
    path.write_text(f"list\tword\tvalue\nother\tx\ty\ncounts\thai\t2\ncounts\tba\t{value}\n")
    if refused:
        with pytest.raises(LexiconError, match=r"words.tsv:4: the value .* is not a"):
            word_numbers("counts", path, whole=whole)
    else:
        assert word_numbers("counts", path, whole=whole)["hai"] == 2


def test_lexicon_one_list_of_honorifics_with_kinds():
    lexicon = load_lexicon()
    assert {"ông", "bà", "đồng chí"} <= lexicon.honorifics
    assert "mr" in lexicon.address and "vị" in lexicon.classifiers
    assert not (lexicon.honorifics & lexicon.titles)
    assert lexicon.name_titles <= lexicon.titles


@pytest.mark.parametrize(
    ("word", "vietnamese"),
    [("Kim", True), ("Nga", True), ("nghiêng", True), ("Nguyễn", True), ("Putin", False), ("Reuters", False)],
)
def test_lexicon_syllable_check(word, vietnamese):
    assert is_vietnamese_syllable(word) is vietnamese


def _vietnamese_word_lists(path: Path) -> list[int]:
    """Lines of ``path`` where a set, list, tuple or dict literal holds two or more Vietnamese words."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.Set, ast.List, ast.Tuple, ast.Dict)):
            words = [
                n.value
                for n in ast.walk(node)
                if isinstance(n, ast.Constant) and isinstance(n.value, str) and VIETNAMESE_LETTERS & set(n.value.lower())
            ]
            if len(words) >= 2:
                found.append(node.lineno)
    return found


def test_lexicon_no_list_of_vietnamese_words_in_the_stages():
    stages = [p for d in ("analyse", "extract", "resolve") for p in (PACKAGE / d).rglob("*.py")]
    stages += [PACKAGE / name for name in ("reader.py", "raw.py", "graph.py", "model.py")]
    offenders = {str(p.relative_to(PACKAGE)): lines for p in stages if (lines := _vietnamese_word_lists(p))}
    assert not offenders, f"word lists in code (move them to ontology/words.tsv): {offenders}"


def test_lexicon_every_title_of_a_held_post_is_a_title():
    """Every title of roles.tsv naming a post is one the mention finder reads before a name,
    but a member's, an unnamed official's or a counterpart's (``names.titles-of-no-post``), one
    ending in a company's board and a minister's with the department, which the finder reads apart."""
    from kg.lexicon import titles, word_list, word_syllables

    known = load_lexicon().titles
    left_out = set(word_list("names.titles-of-no-post"))
    boards = word_syllables("roles.boards")
    ministers = word_syllables("names.minister-titles")
    missing = [
        " ".join(key)
        for key, title in titles().items()
        if title.predicate is not None
        and title.role not in left_out
        and not any(key[-len(board):] == board for board in boards)
        and not any(len(key) > len(m) and key[: len(m)] == m for m in ministers)
        and " ".join(key) not in known
    ]
    assert missing == []
    assert "viện trưởng" in known and "thành viên" not in known


@pytest.mark.parametrize(
    ("written", "standard"),
    [("hoà", "hòa"), ("uỷ", "ủy"), ("khoẻ", "khỏe"), ("thuỷ", "thủy"), ("hòa", "hòa"), ("quý", "quý"), ("hoàn", "hoàn"), ("putin", "putin")],
)
def test_lexicon_tone_marks_are_placed_one_way(written, standard):
    from kg.lexicon.syllables import standard_tone

    assert standard_tone(written) == standard


def test_lexicon_a_title_matches_whichever_way_its_tone_is_placed():
    from kg.lexicon import syllables_of

    assert syllables_of("Chủ_tịch Uỷ_ban") == syllables_of("chủ tịch ủy ban")
