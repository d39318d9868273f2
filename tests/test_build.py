"""``kg build``: nothing lost, bad input reported, --strict and unwritable outputs refused cleanly."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kg.build import BuildError, build_outputs, format_summary
from kg.cli import app
from kg.pipeline import run_pipeline
from helpers import SEEDS, files_under, missing

SENTENCE = "Tổng_bí_thư Nguyễn_Phú_Trọng tiếp Chủ_tịch Triều_Tiên Kim_Jong-un tại Hà_Nội hôm_nay ."
ENGLISH = (
    "The president of Russia met the leader of North Korea in Vladivostok on Wednesday. "
    "Officials said the talks covered trade, security and the situation on the peninsula."
)


def article_ids(graph) -> set[str]:
    return {node.removeprefix("article/") for node, data in graph.nodes(data=True) if data["kind"] == "article"}


def error_records(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]


def mixed_batch(folder: Path) -> tuple[set[str], set[tuple[str, int | None]]]:
    """A folder of good and bad inputs: the good article ids, and the (source, line) of the bad ones."""
    folder.mkdir()
    good = set()
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
        good.add(seed.stem)
    writes = {
        "bom.txt": SENTENCE.encode("utf-8-sig"),
        "utf16.txt": SENTENCE.encode("utf-16"),
        "crlf.txt": SENTENCE.replace(" tại", "\r\ntại").encode(),
        "nfd.txt": unicodedata.normalize("NFD", SENTENCE).encode(),
        "html.txt": f"<p>{SENTENCE}</p><script>alert('kg')</script>".encode(),
        "english.txt": ENGLISH.encode(),
        "empty.txt": b"",
        "blank.txt": b" \r\n\t ",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "nul.txt": SENTENCE.encode() + b"\x00",
        "gbk.txt": "金正恩访问俄罗斯并会见普京总统。".encode("gbk"),
        "huge.txt": ("Ông Kim gặp ông Putin . " * 12_000).encode(),
    }
    for name, data in writes.items():
        (folder / name).write_bytes(data)
    good |= {"bom", "utf16", "crlf", "nfd", "html", "english"}
    bad: set[tuple[str, int | None]] = {
        (str(folder / name), None) for name in ("empty.txt", "blank.txt", "binary.txt", "nul.txt", "gbk.txt", "huge.txt")
    }
    lines = [
        json.dumps({"id": "j1", "title": "Tựa", "text": SENTENCE, "published": "2019-04-25"}, ensure_ascii=False),
        "{not json",
        json.dumps({"text": SENTENCE}, ensure_ascii=False),
        json.dumps({"id": "j4", "title": "không có văn bản"}, ensure_ascii=False),
        json.dumps({"id": "j1", "text": "lặp lại"}, ensure_ascii=False),
        json.dumps({"id": "crlf", "text": "trùng với một tệp"}, ensure_ascii=False),
        json.dumps({"id": "j7", "raw": "Ông Nguyễn Phú Trọng tiếp ông Kim Jong-un ."}, ensure_ascii=False),
    ]
    (folder / "more.jsonl").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    good |= {"j1", "j7"}
    bad |= {(str(folder / "more.jsonl"), line) for line in (2, 3, 4, 5, 6)}
    return good, bad


def test_build_every_input_is_in_the_graph_or_in_errors_jsonl(tmp_path: Path) -> None:
    good, bad = mixed_batch(tmp_path / "in")
    missing = tmp_path / "no-such-folder"
    bad.add((str(missing), None))
    result = build_outputs([tmp_path / "in", missing], tmp_path / "out")
    assert article_ids(result.graph) == good
    records = error_records(tmp_path / "out")
    assert {(r["source"], r["line"]) for r in records} == bad
    assert len(records) == len(bad)
    assert all(r["reason"] and r["hint"] for r in records)
    summary = format_summary(result)
    assert f"articles: {len(good)} built, {len(bad)} rejected (listed in {tmp_path / 'out' / 'errors.jsonl'})" in summary


def test_build_summary_notes_articles_that_do_not_read_as_vietnamese(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "english.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "in" / "vietnamese.txt").write_text(SENTENCE * 3, encoding="utf-8")
    result = build_outputs([tmp_path / "in"], tmp_path / "out")
    assert article_ids(result.graph) == {"english", "vietnamese"}
    summary = format_summary(result)
    assert "note: 1 article(s) do not read as Vietnamese" in summary
    assert f"wrote {len(result.files)} files" in summary and "english" in summary


def test_build_nfd_and_nfc_spellings_of_a_name_are_one_entity(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "composed.txt").write_text(unicodedata.normalize("NFC", SENTENCE), encoding="utf-8")
    (tmp_path / "in" / "decomposed.txt").write_text(unicodedata.normalize("NFD", SENTENCE), encoding="utf-8")
    result = build_outputs([tmp_path / "in"], tmp_path / "out")
    names = [
        (node, data)
        for node, data in result.graph.nodes(data=True)
        if data["kind"] == "entity" and "Trọng" in unicodedata.normalize("NFC", data["label"])
    ]
    assert len(names) == 1, names
    node, data = names[0]
    assert unicodedata.is_normalized("NFC", data["label"])
    assert set(data["articles"]) == {"composed", "decomposed"}


def test_build_writes_an_empty_errors_file_over_a_stale_one(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "errors.jsonl").write_text('{"source": "old"}\n', encoding="utf-8")
    build_outputs([SEEDS], out)
    assert (out / "errors.jsonl").read_bytes() == b""
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_build_cli_strict_exits_2_before_writing_anything(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(next(SEEDS.glob("*.txt")), folder)
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(folder), "--out", str(out), "--strict"])
    assert result.exit_code == 2, result.output
    assert f"kg: rejected {folder / 'empty.txt'}: empty file" in result.stderr
    assert "nothing written" in result.stderr.splitlines()[-1]
    assert files_under(out) == {}


def test_build_cli_strict_leaves_previous_outputs_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_outputs([SEEDS], out)
    before = files_under(out)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(SEEDS), str(bad), "--out", str(out), "--strict"])
    assert result.exit_code == 2
    assert f"kg: rejected {bad}:1: no \"text\" or \"raw\" field" in result.stderr
    assert files_under(out) == before


def test_build_cli_builds_with_rejects_and_exit_0_without_strict(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Ông Kim"}\n{oops\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(SEEDS), str(bad), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "articles: 6 built, 1 rejected" in result.stdout
    assert f"rejected: {bad}:2: not valid JSON" in result.stdout


@pytest.mark.parametrize("argument", ["missing.txt", "empty-folder"])
def test_build_cli_exits_2_when_no_article_can_be_read(tmp_path: Path, argument: str) -> None:
    (tmp_path / "empty-folder").mkdir()
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(tmp_path / argument), "--out", str(out)])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1].startswith("kg: no article could be read from ")
    assert files_under(out) == {}


@pytest.mark.parametrize(
    ("make_out", "message"),
    [
        (lambda root: _touch(root / "file"), "the output folder is not a folder"),
        (lambda root: _touch(root / "file") / "out", "cannot be created: "),
        (lambda root: _touch(root / "file") / "a" / "b", "is not a folder"),
    ],
)
def test_build_cli_refuses_an_output_folder_it_cannot_create(tmp_path: Path, make_out, message: str) -> None:
    out = make_out(tmp_path)
    before = files_under(tmp_path)
    result = CliRunner().invoke(app, ["build", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"kg: {out}: ") and message in line and "--out" in line
    assert files_under(tmp_path) == before


def test_build_cli_refuses_a_read_only_output_folder_writing_nothing() -> None:
    """Permissions do not bind root, so as root the build runs as user nobody."""
    command = [sys.executable, "-m", "kg.cli", "build", str(SEEDS)]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            missing("setpriv", "needed to drop root privileges (util-linux)")
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    root = Path(tempfile.mkdtemp(prefix="kg-readonly-"))
    try:
        root.chmod(0o755)
        out = root / "out"
        out.mkdir()
        (out / "graph.ttl").write_text("old", encoding="utf-8")
        out.chmod(0o555)
        done = subprocess.run(
            [*command, "--out", str(out)], capture_output=True, text=True, cwd=root, timeout=120,
            env={**os.environ, "HOME": str(root)},
        )
        assert done.returncode == 2, done.stderr
        [line] = done.stderr.splitlines()
        assert line.startswith(f"kg: {out}: cannot write to the output folder") and "--out" in line
        assert files_under(out) == {"graph.ttl": b"old"}
        assert done.stdout == ""
    finally:
        (root / "out").chmod(0o755)
        shutil.rmtree(root)


def test_build_raises_build_error_naming_inputs_when_nothing_reads(tmp_path: Path) -> None:
    with pytest.raises(BuildError) as caught:
        build_outputs([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "out")
    assert [e.source for e in caught.value.errors] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert "nothing written" in str(caught.value)


def test_build_keeps_script_in_articles_as_text_and_out_of_the_html(tmp_path: Path) -> None:
    script = "<script>alert('kg-title')</script>"
    path = tmp_path / "a.jsonl"
    record = {"id": "x", "title": f"Ông Kim {script}", "text": f"{SENTENCE} <script>alert('kg-text')</script>"}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = build_outputs([path], out)
    assert result.extractions[0].article.text.endswith("<script>alert('kg-text')</script>")
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert('kg-" not in html

    import rdflib

    graph = rdflib.Graph().parse(out / "graph.ttl")
    titles = {str(o) for o in graph.objects(predicate=rdflib.DCTERMS.title)}
    assert record["title"] in titles


def _touch(path: Path) -> Path:
    path.write_text("not a folder", encoding="utf-8")
    return path


_ALPHABET = st.sampled_from(
    list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯKNPTV")
    + list("áàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ")
    + list(" _-.,:;!?\"'()[]{}<>/&\\\n\t\r“”…–")
    + ["\x00", "\x0b", "\u2028", "\ufeff", "\u0301", "\ud800", "😀", "Ж", "金"]
)
_WORDS = st.sampled_from(
    ["Ông", "bà", "Kim_Jong-un", "Putin", "Tổng_thống", "Nga", "gặp", "thăm", "tặng", "Hà_Nội", "ngày 13/9", "(", ")",
     "Theo", "AFP", "Ảnh :", "<script>", "tại", "Chủ_tịch", "Triều_Tiên", "Vladivostok", "."]
)
_TEXTS = st.one_of(st.text(_ALPHABET, max_size=200), st.lists(_WORDS, max_size=60).map(" ".join))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TEXTS, min_size=1, max_size=6))
def test_build_any_text_is_built_or_rejected_never_lost(texts: list[str]) -> None:
    records = [{"id": f"a{i}", "text": text} for i, text in enumerate(texts)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        result = run_pipeline([path])
    built = article_ids(result.graph)
    rejected = {e.article_id for e in result.errors}
    assert built | rejected == {r["id"] for r in records}
    assert not built & rejected
