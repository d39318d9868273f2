"""The extraction cache keeps each extraction's tokens apart from the rest, which is all a build reads back."""

from __future__ import annotations

import json
import sqlite3
import zlib

import pytest

from kg import codec
from kg.article import extract_article
from kg.build import MANIFEST_FILE, build_outputs, read_outputs
from kg.cache import CACHE_FILE, pack
from kg.model import Article
from kg.pipeline import PipelineOptions

UPDATE = PipelineOptions(update=True)

TEXTS = [
    ("a1", "Bà Trần_Thị_Mai gặp Ông Lý_Quang_Huy tại Đà_Nẵng . Bà Mai nói vậy ."),
    ("a2", "Thủ_tướng Phạm_Văn_Long thăm Hải_Phòng hôm_qua ."),
    ("a3", "Trời hôm_nay mưa to ."),  # no name in it
]


def article(article_id: str, text: str) -> Article:
    return Article(id=article_id, text=text, source="s.jsonl", line=1)


@pytest.mark.parametrize(("article_id", "text"), TEXTS)
def test_codec_apart_reads_back_the_whole_extraction(article_id, text):
    extraction = extract_article(article(article_id, text))
    data, tokens = codec.dumps_apart(extraction)
    assert codec.loads(data, True, tokens) == extraction
    assert codec.loads(data, tokens=False) == codec.loads(codec.dumps(extraction), tokens=False)
    assert codec.loads_mentions(data).mentions == extraction.mentions
    # the tokens are not in the first part
    stored = json.loads(zlib.decompress(data))
    assert all(sentence[4:] == [[], [], []] for sentence in stored[0][1])


@pytest.mark.parametrize(
    "tokens",
    [[], [[["x"], [0], [1]]] * 9, [[["x"], [0]]]],
    ids=["no sentences", "too many sentences", "two arrays"],
)
def test_codec_apart_refuses_tokens_that_do_not_fit(tokens):
    data, _ = codec.dumps_apart(extract_article(article(*TEXTS[0])))
    with pytest.raises(codec.CodecError):
        codec.loads(data, True, zlib.compress(json.dumps(tokens).encode()))


def test_packed_extraction_carries_its_tokens_apart():
    extraction = extract_article(article(*TEXTS[1]))
    packed = pack(extraction)
    assert packed.tokens is not None
    assert packed.unpack() == extraction
    assert all(s.tokens == () for s in packed.unpack(tokens=False).analysed.sentences)


def write(path, records):
    with path.open("w", encoding="utf-8") as out:
        for article_id, text in records:
            out.write(json.dumps({"id": article_id, "text": text}, ensure_ascii=False) + "\n")
    return path


def test_update_reads_a_cache_of_the_format_with_tokens_inside(tmp_path):
    corpus = write(tmp_path / "corpus.jsonl", TEXTS[:2])
    build_outputs([corpus], tmp_path / "out")
    cache = tmp_path / "out" / CACHE_FILE
    # the format before the tokens were kept apart: one column holding all of each extraction
    with sqlite3.connect(cache) as db:
        for article_id, data, tokens in db.execute("SELECT article_id, data, tokens FROM extractions").fetchall():
            whole = codec.dumps(codec.loads(data, True, tokens))
            db.execute("UPDATE extractions SET data = ? WHERE article_id = ?", (whole, article_id))
        db.execute("ALTER TABLE extractions DROP COLUMN tokens")
        db.execute("UPDATE meta SET value = '3' WHERE name = 'format'")
    db.close()
    manifest = json.loads((tmp_path / "out" / MANIFEST_FILE).read_text(encoding="utf-8"))
    manifest["files"][CACHE_FILE.as_posix()] = cache.stat().st_size
    (tmp_path / "out" / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    more = write(tmp_path / "more.jsonl", TEXTS[2:])

    build_outputs([more], tmp_path / "out", options=UPDATE)

    build_outputs([corpus, more], tmp_path / "full")
    assert read_outputs(tmp_path / "out") == read_outputs(tmp_path / "full")
    # the rows kept from before hold their tokens within, the new one apart: all read whole
    with sqlite3.connect(cache) as db:
        rows = db.execute("SELECT data, tokens FROM extractions ORDER BY article_id").fetchall()
    db.close()
    assert [tokens is None for _, tokens in rows] == [True, True, False]
    for data, tokens in rows:
        assert all(s.tokens for s in codec.loads(data, True, tokens).analysed.sentences)
