"""The spaCy recogniser: sentences become Docs, a tiny model trains, loads and labels."""

from __future__ import annotations

import pytest

from helpers import require_module

spacy = require_module("spacy", "install spacy (in the test extras)")

from kg.training.ner import LabelledSentence  # noqa: E402
from kg.training.spacy_ner import (  # noqa: E402
    CONFIG,
    SpacyTagger,
    doc_bin,
    TrainingLimits,
    bio_labels,
    sentence_doc,
    spaces_from_offsets,
    train_spacy,
)


def _sentence(article_id: str, text: str, labels: list[str]) -> LabelledSentence:
    """A labelled sentence from text whose syllables are separated by single spaces."""
    forms = text.split(" ")
    offsets, position = [], 0
    for form in forms:
        offsets.append((position, position + len(form)))
        position += len(form) + 1
    assert len(labels) == len(forms)
    return LabelledSentence(article_id, tuple(forms), tuple(offsets), tuple(labels))


SENTENCES = [
    _sentence(
        "a1",
        "Ông Nguyễn Văn An đến Hà Nội",
        ["O", "B-Person", "I-Person", "I-Person", "O", "B-City", "I-City"],
    ),
    _sentence(
        "a1",
        "Bộ Ngoại giao Nhật Bản ra thông báo",
        ["B-Organization", "I-Organization", "I-Organization", "B-Country", "I-Country", "O", "O", "O"],
    ),
    _sentence("a2", "Bà Trần Thị Bình thăm Pháp", ["O", "B-Person", "I-Person", "I-Person", "O", "B-Country"]),
    _sentence("a2", "Theo TTXVN , Đà Nẵng đón khách", ["O", "B-NewsAgency", "O", "B-City", "I-City", "O", "O"]),
    _sentence("a3", "Hôm nay trời mưa", ["O", "O", "O", "O"]),
    _sentence("a3", "Anh Lê Minh làm việc ở Đức", ["O", "B-Person", "I-Person", "O", "O", "O", "B-Country"]),
]


def test_spacy_ner_spaces_follow_the_offsets() -> None:
    assert spaces_from_offsets([(0, 3), (4, 7), (7, 8)]) == [True, False, False]
    assert spaces_from_offsets([]) == []


def test_spacy_ner_doc_round_trips_the_labels() -> None:
    vocab = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}}).vocab
    for sentence in SENTENCES:
        doc = sentence_doc(vocab, sentence)
        assert [t.text for t in doc] == list(sentence.forms)
        assert doc.text == " ".join(sentence.forms)
        assert bio_labels(doc) == list(sentence.labels)


def test_spacy_ner_stray_inside_label_starts_a_name() -> None:
    vocab = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}}).vocab
    sentence = _sentence("a4", "ở Hà Nội", ["O", "I-City", "I-City"])
    assert [(e.text, e.label_) for e in sentence_doc(vocab, sentence).ents] == [("Hà Nội", "City")]


def test_spacy_ner_training_reads_syllables_not_whitespace_tokens(tmp_path) -> None:
    from spacy.util import load_config_from_str, registry

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    sentence = LabelledSentence(
        "a5",
        ("Ông", "Putin", ",", "Nga"),
        ((0, 3), (4, 9), (9, 10), (11, 14)),
        ("O", "B-Person", "O", "B-Country"),
    )
    doc_bin(nlp.vocab, [sentence]).to_disk(tmp_path / "train.spacy")
    config = load_config_from_str(CONFIG, overrides={"paths.train": str(tmp_path / "train.spacy")}, interpolate=True)
    reader = registry.resolve({"reader": config["corpora"]["train"]})["reader"]
    (example,) = list(reader(nlp))
    assert [t.text for t in example.predicted] == list(sentence.forms)
    assert [(e.text, e.label_) for e in example.reference.ents] == [("Putin", "Person"), ("Nga", "Country")]


def test_spacy_ner_tiny_model_trains_loads_and_labels(tmp_path) -> None:
    limits = TrainingLimits(max_steps=6, patience=0, eval_frequency=3)
    seconds = train_spacy(SENTENCES, SENTENCES[:2], tmp_path, limits)
    assert seconds > 0
    tagger = SpacyTagger(tmp_path / "model-best")
    assert set(tagger.labels) <= {"Person", "Organization", "Country", "City", "NewsAgency"}
    for forms in (["Ông", "Phạm", "Minh", "Chính", "đến", "Hà", "Nội"], ["Mưa"], []):
        labels = tagger.label(forms)
        assert len(labels) == len(forms)
        assert all(label == "O" or label[:2] in ("B-", "I-") for label in labels)


def test_spacy_ner_missing_model_names_the_folder(tmp_path) -> None:
    with pytest.raises(FileNotFoundError, match=str(tmp_path)):
        SpacyTagger(tmp_path)
