"""Extractions as data (kg.codec): shared strings when read, and every wrong shape refused."""

from __future__ import annotations

import json
import zlib

import pytest

from kg import codec
from kg.article import extract_article
from kg.model import Article


@pytest.fixture(scope="module")
def stored() -> bytes:
    article = Article(id="c1", text="Ông Vladimir_Putin gặp Ông Kim_Jong-un tại Hà_Nội . Ông Putin nói vậy .", source="s.jsonl", line=1)
    return codec.dumps(extract_article(article))


def test_codec_reads_back_what_it_wrote_with_repeated_texts_shared(stored):
    extraction = codec.loads(stored)
    assert codec.dumps(extraction) == stored
    ids = {id(m.article_id) for m in extraction.mentions} | {id(extraction.article.id)}
    assert len(extraction.mentions) > 2 and len(ids) == 1


def test_codec_reads_without_tokens(stored):
    with_tokens, without = codec.loads(stored), codec.loads(stored, tokens=False)
    assert all(s.tokens for s in with_tokens.analysed.sentences)
    assert all(s.tokens == () for s in without.analysed.sentences)
    assert without.mentions == with_tokens.mentions


def reshaped(stored: bytes, change) -> bytes:
    value = json.loads(zlib.decompress(stored))
    change(value)
    return zlib.compress(json.dumps(value).encode())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda v: v[1][0].pop(), "a Mention has 12 fields, got 11"),
        (lambda v: v[1][0].__setitem__(2, "3"), "expected int, got '3'"),
        (lambda v: v[1][0].__setitem__(5, "Dragon"), "'Dragon' is not a valid EntityType"),
        (lambda v: v[0].__setitem__(0, {"id": "x"}), "expected an array, got dict"),
    ],
    ids=["a field missing", "a string for a number", "an unknown type", "an object for a record"],
)
def test_codec_refuses_data_of_the_wrong_shape(stored, change, message):
    with pytest.raises(codec.CodecError, match=message.replace("(", r"\(")):
        codec.loads(reshaped(stored, change))


@pytest.mark.parametrize("data", [b"", b"not compressed", zlib.compress(b"{not json"), zlib.compress(b"[1, 2]")])
def test_codec_refuses_what_is_not_a_stored_extraction(data):
    with pytest.raises(codec.CodecError, match="not a stored extraction|has 6 fields"):
        codec.loads(data)


def test_codec_reads_only_article_and_mentions(stored):
    whole = codec.loads(stored)
    light = codec.loads_mentions(stored)
    assert (light.article, light.mentions) == (whole.article, whole.mentions)
    assert light.mentions and not (light.statements or light.events or light.analysed.sentences)


@pytest.mark.parametrize("data", [b"", zlib.compress(b"[]"), zlib.compress(b'[[1], "x"]')])
def test_codec_reading_mentions_refuses_what_is_not_a_stored_extraction(data):
    with pytest.raises(codec.CodecError):
        codec.loads_mentions(data)



def test_codec_record_maker_makes_the_record_its_init_makes():
    from dataclasses import fields

    from kg.model import Decision, EntityType, Mention, record_maker

    mention = Mention("a1", 0, 4, 9, "Putin", EntityType.PERSON, "Tổng_thống", None, 0, False, 0.9, (0, 3))
    made = record_maker(Mention)(*(getattr(mention, f.name) for f in fields(Mention)))
    assert made == mention and hash(made) == hash(mention) and type(made) is Mention
    # a record that checks its values is made by its own __init__
    assert record_maker(Decision) is Decision
