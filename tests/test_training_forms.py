"""Training sentences read from both forms of an article: the raw text and the
corpus's segmented text label the same names on the same syllables."""

from __future__ import annotations

import pytest

from kg.corpus.gold import GoldArticle, GoldEntity, GoldMention
from kg.corpus.texts import CorpusArticle
from kg.training.ner import labelled_sentences

# (raw text, segmented text, [(name, type)]) written for the test.
ARTICLES = [
    (
        "Ông Park Geun-hye tới TP.HCM. Theo AFP, T.N đã tới.",
        "Ông Park_Geun - hye tới TP . HCM . Theo AFP , T . N đã tới .",
        [("Park Geun-hye", "Person"), ("TP.HCM", "City"), ("AFP", "NewsAgency"), ("T.N", "Person")],
    ),
    (
        "Bộ Y tế họp tại Hà Nội hôm qua.",
        "Bộ Y_tế họp tại Hà_Nội hôm_qua .",
        [("Bộ Y tế", "Organization"), ("Hà Nội", "City")],
    ),
    (
        "Đó là lời kể của Lan Hương Cô Thái Hằng thì im lặng.",
        "Đó là lời kể của Lan_Hương_Cô Thái_Hằng thì im_lặng .",
        [("Lan Hương", "Person"), ("Thái Hằng", "Person")],
    ),
]


def _gold(raw: str, segmented: str, names: list[tuple[str, str]]) -> GoldArticle:
    entities = {f"e{i}": GoldEntity(f"e{i}", entity_type) for i, (_, entity_type) in enumerate(names)}
    mentions = []
    for i, (name, _) in enumerate(names):
        start = raw.index(name)
        mentions.append(GoldMention(f"m{i}", f"e{i}", start, start + len(name), name))
    article = CorpusArticle("a1", 0, "", segmented, raw, "", "")
    return GoldArticle(article, "names", "test", "train", entities, tuple(mentions))


def _names(sentences) -> list[tuple[str, str]]:
    """The labelled names, read across sentence breaks (the segmented text may
    end a sentence inside a name: "TP . HCM")."""
    found = []
    current: list[str] = []
    kind = ""
    for sentence in sentences:
        for form, label in zip(sentence.forms, sentence.labels):
            if label.startswith("I-") and current:
                current.append(form)
                continue
            if current:
                found.append(("".join(current), kind))
                current = []
            if label.startswith("B-"):
                current, kind = [form], label[2:]
    if current:
        found.append(("".join(current), kind))
    return found


@pytest.mark.parametrize(("raw", "segmented", "names"), ARTICLES)
def test_both_forms_label_the_same_names(raw: str, segmented: str, names: list[tuple[str, str]]) -> None:
    gold = _gold(raw, segmented, names)
    expected = [(name.replace(" ", ""), entity_type) for name, entity_type in names]
    for form in ("raw", "segmented", "resegmented"):
        sentences = labelled_sentences([gold], with_hints=False, form=form)
        assert _names(sentences) == expected, form


def test_segmented_form_keeps_the_segmented_syllables_and_their_spacing() -> None:
    raw, segmented, names = ARTICLES[0]
    sentences = labelled_sentences([_gold(raw, segmented, names)], with_hints=False, form="segmented")
    forms = [form for sentence in sentences for form in sentence.forms]
    assert forms[:6] == ["Ông", "Park", "Geun", "-", "hye", "tới"]
    glue = [code for sentence in sentences for code in sentence.glue]
    assert not any(glue[:10])  # "Geun - hye" and "TP . HCM" stand apart, unlike the raw text
    raw_glue = [code for s in labelled_sentences([_gold(raw, segmented, names)], with_hints=False) for code in s.glue]
    assert raw_glue[2:5] == ["R", "LR", "L"]


def test_unknown_form_is_refused() -> None:
    with pytest.raises(ValueError):
        labelled_sentences([], form="tokens")
