"""The spaCy component puts kg's mentions into doc.ents."""

from __future__ import annotations

import pytest

from helpers import require_module

spacy = require_module("spacy", "install spacy (in the test extras)")


@pytest.fixture(scope="module")
def nlp():
    import kg.spacy_bridge  # noqa: F401  (registers the component)

    pipeline = spacy.blank("vi")
    pipeline.add_pipe("kg_entities")
    return pipeline


def test_spacy_bridge_sets_typed_entities_on_raw_text(nlp) -> None:
    doc = nlp("Tổng thống Nga Vladimir Putin tiếp lãnh đạo Triều Tiên Kim Jong-un tại Moskva.")
    entities = {(e.text, e.label_) for e in doc.ents}
    assert ("Vladimir Putin", "Person") in entities
    assert ("Kim Jong-un", "Person") in entities
    assert doc._.kg_extraction is not None


def test_spacy_bridge_entities_never_overlap(nlp) -> None:
    doc = nlp("Phát ngôn viên Điện Kremlin Dmitry Peskov cho biết Nga và Triều Tiên sẽ hợp tác.")
    covered = [i for e in doc.ents for i in range(e.start, e.end)]
    assert len(covered) == len(set(covered))
