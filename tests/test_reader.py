"""Reading articles: every bad input is a ReadError naming the file (and line) and what to do."""

from __future__ import annotations

import json
import time
import unicodedata
from pathlib import Path

import pytest

from kg.model import Article, ReadError
from kg.reader import MAX_ARTICLE_CHARS, looks_vietnamese, read_inputs

VIETNAMESE = "Chủ_tịch Triều_Tiên Kim_Jong-un thăm Nga và gặp Tổng_thống Vladimir_Putin ở Vladivostok hôm thứ_Tư ."
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def read_all(*paths: Path, **options) -> tuple[list[Article], list[ReadError]]:
    items = list(read_inputs(list(paths), **options))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadError)]


def windows_1258(text: str) -> bytes:
    """``text`` in Windows-1258: vowel marks precomposed, tone marks as combining characters."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(m for m in parts if m in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(m for m in parts if m not in TONE_MARKS))
        out += (base + tones).encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty", b"", "empty file"),
        ("whitespace", b" \n\t \r\n  ", "only whitespace"),
        ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary data"),
        ("random", bytes(range(256)) * 16, "binary data"),
        ("nul", "Ông Kim gặp\n ông Putin\x00 ở Nga .".encode(), "NUL byte(s), the first at line 2, column 11"),
        ("shift-jis", "金正恩委員長がロシアを訪問した。".encode("shift_jis"), "not UTF-8"),
        ("gbk", "金正恩访问俄罗斯并会见普京总统。".encode("gbk"), "not UTF-8"),
        ("bad-utf16", b"\xff\xfeK\x00\x00\xd8i\x00", "not valid UTF-16"),
    ],
)
def test_reader_refuses_unreadable_txt_naming_file_and_remedy(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    bad = tmp_path / f"{name}.txt"
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(VIETNAMESE, encoding="utf-8")
    articles, errors = read_all(tmp_path)
    assert [a.id for a in articles] == ["good"]
    assert len(errors) == 1
    error = errors[0]
    assert reason in error.reason
    assert error.source == str(bad) and error.line is None and error.article_id == name
    assert error.hint and str(bad) in error.message()


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda t: t.encode("utf-8"), id="utf-8"),
        pytest.param(lambda t: t.encode("utf-8-sig"), id="utf-8-bom"),
        pytest.param(lambda t: t.encode("utf-16"), id="utf-16-bom"),
        pytest.param(lambda t: b"\xfe\xff" + t.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(lambda t: t.encode("utf-16-le"), id="utf-16-le-no-bom"),
        pytest.param(lambda t: t.encode("utf-16-be"), id="utf-16-be-no-bom"),
        pytest.param(lambda t: t.encode("utf-32"), id="utf-32-bom"),
        pytest.param(windows_1258, id="windows-1258"),
        pytest.param(lambda t: unicodedata.normalize("NFD", t).encode("utf-8"), id="utf-8-nfd"),
    ],
)
def test_reader_decodes_detectable_encodings_to_the_same_nfc_text(tmp_path: Path, encode) -> None:
    text = VIETNAMESE + " Ông Nguyễn_Phú_Trọng , bà Đặng_Thị_Ngọc_Thịnh , Hồ_Chí_Minh ."
    (tmp_path / "a.txt").write_bytes(encode(text))
    articles, errors = read_all(tmp_path)
    assert errors == []
    assert articles[0].text == text.strip()
    assert unicodedata.is_normalized("NFC", articles[0].text)


def test_reader_windows_1258_example_is_not_utf8() -> None:
    data = windows_1258("Nguyễn Phú Trọng")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")


def test_reader_stores_line_ends_as_newlines_and_keeps_offsets_on_stored_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Dòng một .\r\nDòng hai .\rDòng ba .\r\n".encode())
    [article], _ = read_all(tmp_path)
    assert article.text == "Dòng một .\nDòng hai .\nDòng ba ."
    assert article.text[article.text.index("hai") :].startswith("hai .")


def test_reader_replaces_control_characters_one_for_one(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Ông\x0bKim\x1fgặp\x85Putin\tở Nga", encoding="utf-8")
    [article], _ = read_all(tmp_path)
    assert article.text == "Ông Kim gặp Putin\tở Nga"


def test_reader_normalises_nfd_file_name_and_text_to_nfc(tmp_path: Path) -> None:
    name = unicodedata.normalize("NFD", "Bài_Hà_Nội")
    (tmp_path / f"{name}.txt").write_text(unicodedata.normalize("NFD", "Ông Nguyễn_Phú_Trọng"), encoding="utf-8")
    [article], _ = read_all(tmp_path)
    assert article.id == "Bài_Hà_Nội"
    assert article.text == "Ông Nguyễn_Phú_Trọng"


def test_reader_keeps_html_and_script_as_text(tmp_path: Path) -> None:
    text = '<p>Ông <b>Kim</b> nói</p><script>alert("x")</script> &amp; "trích_dẫn" \\ {}'
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    [article], _ = read_all(tmp_path)
    assert article.text == text


@pytest.mark.parametrize(
    ("line", "reason", "article_id"),
    [
        ("{bad json", "not valid JSON", None),
        ('{"id": "x", "text": "a"', "not valid JSON", None),
        ("[1, 2]", "a JSON list, not an object", None),
        ('"just a string"', "a JSON str, not an object", None),
        ('{"text": "Ông Kim"}', 'no "id" field', None),
        ('{"id": "", "text": "Ông Kim"}', 'empty "id"', None),
        ('{"id": true, "text": "Ông Kim"}', '"id" is a JSON bool', None),
        ('{"id": {"a": 1}, "text": "Ông Kim"}', '"id" is a JSON dict', None),
        ('{"id": "x"}', 'no "text" or "raw" field', "x"),
        ('{"id": "x", "text": ""}', "empty text", "x"),
        ('{"id": "x", "text": "  ", "raw": "\\n"}', "empty text and raw", "x"),
        ('{"id": "x", "text": 5}', '"text" is a JSON int', "x"),
        ('{"id": "x", "text": "Ông Kim", "title": ["a"]}', '"title" is a JSON list', "x"),
        ('{"id": "x", "text": "Ông Kim", "published": "hôm qua"}', "not an ISO 8601 date", "x"),
        ('{"id": "x\\u0001y", "text": "Ông Kim"}', 'unusable "id"', None),
        (b'{"id": "x", "text": "\xff\xfe\xfa\x81"}', "not UTF-8 (byte 0xFF at line 1, column 22)", None),
        (b'{"id": "x", "text": "Kim\x00"}', "NUL byte(s)", None),
    ],
)
def test_reader_refuses_bad_jsonl_line_naming_file_and_line(
    tmp_path: Path, line: str | bytes, reason: str, article_id: str | None
) -> None:
    path = tmp_path / "articles.jsonl"
    good = [json.dumps({"id": i, "text": VIETNAMESE}, ensure_ascii=False).encode() for i in ("a", "b")]
    bad = line if isinstance(line, bytes) else line.encode()
    path.write_bytes(b"\n".join([good[0], bad, good[1]]) + b"\n")
    articles, errors = read_all(path)
    assert [(a.id, a.line) for a in articles] == [("a", 1), ("b", 3)]
    assert len(errors) == 1
    error = errors[0]
    assert reason in error.reason
    assert (error.source, error.line, error.article_id) == (str(path), 2, article_id)
    assert error.hint and error.message().startswith(f"{path}:2: ")


def test_reader_jsonl_fields_and_raw_fallback(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    records = [
        {"id": 7, "title": "Tựa", "text": "Ông Kim_Jong-un", "raw": "Ông Kim Jong-un", "url": "http://x", "published": "2019-04-25T10:00:00+07:00"},
        {"id": "r", "raw": "Ông Kim Jong-un đến Nga", "published": "2019-04-25"},
        {"id": "e", "text": "", "raw": "chỉ có raw"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    articles, errors = read_all(path)
    assert errors == []
    first, raw, empty_text = articles
    assert (first.id, first.text, first.title, first.url, first.published, first.segmented, first.line) == (
        "7", "Ông Kim_Jong-un", "Tựa", "http://x", "2019-04-25T10:00:00+07:00", True, 1
    )
    assert (raw.text, raw.segmented, raw.title) == ("Ông Kim Jong-un đến Nga", False, None)
    assert (empty_text.text, empty_text.segmented) == ("chỉ có raw", False)


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b"")],
)
def test_reader_jsonl_encodings_crlf_and_blank_lines(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    lines = [
        json.dumps({"id": "a", "text": "Ông Nguyễn_Phú_Trọng"}, ensure_ascii=False),
        "",
        json.dumps({"id": "b", "text": "Hà_Nội\u2028Huế"}, ensure_ascii=False),
    ]
    path = tmp_path / "a.jsonl"
    path.write_bytes(prefix + "\r\n".join(lines).encode(encoding) + "\r\n".encode(encoding))
    articles, errors = read_all(path)
    assert errors == []
    assert [(a.id, a.line, a.text) for a in articles] == [("a", 1, "Ông Nguyễn_Phú_Trọng"), ("b", 3, "Hà_Nội\u2028Huế")]


def test_reader_jsonl_unpaired_surrogate_escape_becomes_a_space(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "a", "text": "Kim\\ud800Jong"}\n', encoding="utf-8")
    [article], errors = read_all(path)
    assert article.text == "Kim Jong"
    article.text.encode("utf-8")


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_reader_reports_jsonl_without_articles(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    articles, errors = read_all(path)
    assert articles == [] and len(errors) == 1
    assert errors[0].source == str(path) and "empty file" in errors[0].reason


def test_reader_duplicate_ids_keep_the_first_and_name_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Bài thứ nhất", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        '{"id": "x", "text": "một"}\n{"id": "a", "text": "hai"}\n{"id": "x", "text": "ba"}\n', encoding="utf-8"
    )
    articles, errors = read_all(tmp_path)
    assert [(a.id, a.text) for a in articles] == [("a", "Bài thứ nhất"), ("x", "một")]
    assert [(e.source, e.line, e.article_id) for e in errors] == [
        (str(tmp_path / "b.jsonl"), 2, "a"),
        (str(tmp_path / "b.jsonl"), 3, "x"),
    ]
    assert f"first read from {tmp_path / 'a.txt'}" in errors[0].reason
    assert f"first read from {tmp_path / 'b.jsonl'}:1" in errors[1].reason


def test_reader_a_rejected_article_does_not_claim_its_id(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "x", "text": ""}\n{"id": "x", "text": "Ông Kim"}\n', encoding="utf-8")
    articles, errors = read_all(path)
    assert [(a.id, a.line) for a in articles] == [("x", 2)]
    assert [e.line for e in errors] == [1]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda root: root / "missing.txt", "no such file or folder"),
        (lambda root: root / "missing" / "folder", "no such file or folder"),
        (lambda root: _mkdir(root / "nothing"), "no .txt or .jsonl files"),
        (lambda root: _write(root / "notes.md", "Ông Kim"), "unsupported file type '.md'"),
    ],
)
def test_reader_reports_paths_it_cannot_use_and_reads_the_rest(tmp_path: Path, make, reason: str) -> None:
    bad = make(tmp_path)
    good = _write(tmp_path / "good.txt", VIETNAMESE)
    articles, errors = read_all(bad, good)
    assert [a.id for a in articles] == ["good"]
    assert [(e.source, e.line) for e in errors] == [(str(bad), None)]
    assert reason in errors[0].reason and errors[0].hint


def test_reader_walks_folders_sorted_skipping_hidden_and_reading_each_file_once(tmp_path: Path) -> None:
    _write(tmp_path / "b" / "2.txt", "hai")
    _write(tmp_path / "b" / "10.TXT", "mười")
    _write(tmp_path / "a.txt", "một")
    _write(tmp_path / ".hidden.txt", "ẩn")
    _write(tmp_path / ".git" / "x.txt", "ẩn")
    _write(tmp_path / "readme.md", "không")
    articles, errors = read_all(tmp_path, tmp_path / "b", tmp_path / "a.txt")
    assert errors == []
    assert [a.id for a in articles] == ["a", "10", "2"]


def test_reader_refuses_article_over_the_limit(tmp_path: Path) -> None:
    _write(tmp_path / "long.txt", "a" * 101)
    _write(tmp_path / "ok.txt", "a" * 100)
    (tmp_path / "l.jsonl").write_text(json.dumps({"id": "j", "text": "b" * 101}), encoding="utf-8")
    articles, errors = read_all(tmp_path, max_chars=100)
    assert [a.id for a in articles] == ["ok"]
    assert [(e.article_id, e.line) for e in errors] == [("j", 1), ("long", None)]
    assert all("over the limit of 100 characters" in e.reason for e in errors)


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_reader_refuses_a_10_mb_single_line_article_quickly(tmp_path: Path, suffix: str) -> None:
    words = ("Ông Kim_Jong-un gặp Tổng_thống Putin " * 300_000)[: 10 * 1024 * 1024]
    path = tmp_path / f"huge{suffix}"
    if suffix == ".txt":
        path.write_text(words, encoding="utf-8")
    else:
        path.write_text(json.dumps({"id": "huge", "text": words}, ensure_ascii=False) + "\n" + '{"id": "ok", "text": "Ông Kim"}\n')
    started = time.perf_counter()
    articles, errors = read_all(path)
    assert time.perf_counter() - started < 5
    assert [a.id for a in articles] == ([] if suffix == ".txt" else ["ok"])
    assert len(errors) == 1 and errors[0].article_id == "huge"
    assert f"over the limit of {MAX_ARTICLE_CHARS:,} characters" in errors[0].reason


def test_reader_refuses_an_oversized_jsonl_line_without_parsing_it(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    line = '{"id": "big", "text": "' + "\\u1ec5" * 12_000 + '"}\n'
    path.write_text(line + '{"id": "ok", "text": "x"}\n', encoding="utf-8")
    articles, errors = read_all(path, max_chars=10)
    assert [a.id for a in articles] == ["ok"]
    assert (errors[0].line, errors[0].article_id) == (1, "big")
    assert f"a line of {len(line):,} bytes, over the limit of 10 characters" in errors[0].reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (VIETNAMESE * 3, True),
        ("Tổng thống Nga Vladimir Putin tiếp lãnh đạo Triều Tiên Kim Jong-un tại Vladivostok hôm thứ Tư.", True),
        ("The president of Russia met the leader of North Korea in Vladivostok on Wednesday, officials said.", False),
        ("Путин встретился с Ким Чен Ыном во Владивостоке в среду, сообщили официальные лица.", False),
        ("金正恩委员长在符拉迪沃斯托克会见了俄罗斯总统普京，双方讨论了合作问题和地区局势。" * 2, False),
        ("Ông Kim", True),
    ],
)
def test_reader_looks_vietnamese(text: str, expected: bool) -> None:
    assert looks_vietnamese(text) is expected


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path
