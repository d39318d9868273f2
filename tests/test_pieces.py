"""Phrases matched on an article's pieces: an indexed ``Phrases`` answers as a plain list of phrases does."""

from __future__ import annotations

import pytest

from test_relations_markup import parse_markup

from kg.extract.pieces import ArticleView, Phrases

_PHRASES = [("giữ", "chức"), ("giữ",), ("từng", "giữ", "chức"), ("hiện",), ("hiện", "còn"), ("là",)]


def _view(markup: str) -> ArticleView:
    analysed, mentions, _ = parse_markup(markup)
    return ArticleView(analysed, mentions)


@pytest.mark.parametrize(
    ("markup", "word", "expected"),
    [
        # the longest phrase wins, whatever the order of the list
        ("Ông [PER Chung] giữ chức Giám_đốc .", "giữ", "giữ chức"),
        ("Ông [PER Chung] từng giữ chức Giám_đốc .", "từng", "từng giữ chức"),
        ("Ông [PER Chung] hiện còn là Giám_đốc .", "hiện", "hiện còn"),
        # a segmented word matches the syllables of a phrase
        ("Ông [PER Chung] giữ_chức Giám_đốc .", "giữ_chức", "giữ_chức"),
        # a shorter phrase where the longer one does not go on
        ("Ông [PER Chung] giữ vai_trò chính .", "giữ", "giữ"),
        # no phrase starts here: must not match
        ("Ông [PER Chung] làm Giám_đốc .", "làm", None),
        ("Ông [PER Chung] là Giám_đốc .", "Giám_đốc", None),
        # a mention is no word of a phrase
        ("Ông [PER Chung] nói .", "Chung", None),
    ],
)
def test_pieces_match_any_indexed_as_listed(markup, word, expected):
    view = _view(markup)
    at = next(i for i, piece in enumerate(view.pieces) if piece.text == word)
    for phrases in (_PHRASES, tuple(reversed(_PHRASES)), Phrases(_PHRASES)):
        end = view.match_any(at, phrases)
        assert (view.words(at, end) if end is not None else None) == (expected.replace("_", " ") if expected else None)


@pytest.mark.parametrize(
    "markup",
    [
        "Ông [PER Chung] từng giữ chức Giám_đốc , hiện còn là cố_vấn .",
        "Ông [PER Chung] giữ_chức Giám_đốc và giữ vai_trò chính .",
        # no phrase starts anywhere; a mention that spells a phrase's word is no start
        "Ông [PER Chung] làm Giám_đốc .",
        "Ông [PER Giữ] nói .",
    ],
)
def test_pieces_word_starts_are_where_match_any_can_match(markup):
    view = _view(markup)
    phrases, others = Phrases(_PHRASES[:3]), Phrases(_PHRASES[3:])
    starts = view.word_starts(phrases, others)
    assert starts == sorted(starts)
    matched = [i for i in range(len(view)) if view.match_any(i, phrases) or view.match_any(i, others)]
    assert set(matched) <= set(starts)
    assert all(view.pieces[i].mention is None for i in starts)
