"""No input aborts a build: each hostile input below, made by the test, is either
built or listed in ``errors.jsonl`` with its file and reason, and the good
article beside it is always built. Every build folder's GraphML is valid XML
and its Turtle loads into Oxigraph.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import missing
from kg.sparql import load_store

GOOD = "Tổng_thống Nga Vladimir_Putin gặp Chủ_tịch Triều_Tiên Kim_Jong-un tại Hà_Nội hôm_qua ."
TIMEOUT = 180


@dataclass(frozen=True)
class Outcome:
    """What a build of one hostile input gives: the article ids built and the errors listed."""

    built: frozenset[str]
    errors: tuple[dict, ...]
    out: Path

    def error(self, source_end: str) -> dict:
        found = [e for e in self.errors if e["source"].endswith(source_end)]
        assert len(found) == 1, self.errors
        return found[0]


def build(inputs: list[Path], out: Path, *, as_user: int | None = None) -> Outcome:
    """``kg build INPUTS --out OUT`` in its own process (a build that blocks fails on the timeout)."""
    command = [sys.executable, "-m", "kg.cli", "build", *map(os.fsdecode, inputs), "--out", str(out)]
    if as_user is not None:
        command = ["setpriv", f"--reuid={as_user}", f"--regid={as_user}", "--clear-groups", *command]
    done = subprocess.run(command, capture_output=True, timeout=TIMEOUT, cwd=out.parent)
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 0, stderr
    assert "Traceback" not in stderr
    errors = tuple(json.loads(line) for line in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines())
    ElementTree.parse(out / "graph.graphml")
    store = load_store(out / "graph.ttl")
    articles = {
        solution["a"].value.rsplit("/article/", 1)[1]
        for solution in store.query(
            "SELECT ?a WHERE { ?a a <https://kg.example.org/ontology#Article> }"
        )
    }
    return Outcome(frozenset(articles), errors, out)


def _good(folder: Path) -> Path:
    path = folder / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def _jsonl(folder: Path, name: str, lines: list[str]) -> Path:
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _line(article_id: str, **fields: object) -> str:
    return json.dumps({"id": article_id, "text": GOOD, **fields}, ensure_ascii=False)


# Each case makes its hostile input in a folder (beside good.txt) and checks the outcome.


def case_file_name_not_utf8(folder: Path, outcome: Callable[[], Outcome]) -> None:
    with open(os.fsencode(folder) + b"/bad\xffname.txt", "w", encoding="utf-8") as handle:
        handle.write(GOOD)
    result = outcome()
    error = result.error("bad\\xffname.txt")
    assert error["reason"] == "the file name is not valid UTF-8" and "rename" in error["hint"]
    assert result.built == {"good"}


def case_file_name_with_control_characters(folder: Path, outcome: Callable[[], Outcome]) -> None:
    (folder / "tab\x01bell\x07.txt").write_text(GOOD, encoding="utf-8")
    result = outcome()
    error = result.error("tab\\x01bell\\x07.txt")
    assert error["reason"] == "the file name holds control characters"
    assert result.built == {"good"}


def case_jsonl_name_with_control_characters_and_bad_bytes(folder: Path, outcome: Callable[[], Outcome]) -> None:
    name = os.fsencode(folder) + b"/feed\x1b\xfe.jsonl"
    with open(name, "w", encoding="utf-8") as handle:
        handle.write(_line("feed-1") + "\n")
    result = outcome()
    assert result.errors == () and result.built == {"good", "feed-1"}
    graphml = (result.out / "graph.graphml").read_text(encoding="utf-8")
    assert "feed\\x1b\\xfe.jsonl" in graphml


def case_symlink_loop_named_txt(folder: Path, outcome: Callable[[], Outcome]) -> None:
    os.symlink("loop.txt", folder / "loop.txt")
    result = outcome()
    assert result.error("loop.txt")["reason"] == "a symbolic link loop"
    assert result.built == {"good"}


def case_symlink_loop_of_folders(folder: Path, outcome: Callable[[], Outcome]) -> None:
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")
    os.symlink("a.jsonl", folder / "b.jsonl")
    os.symlink("b.jsonl", folder / "a.jsonl")
    result = outcome()
    assert result.error("a.jsonl")["reason"] == "a symbolic link loop"
    assert result.error("b.jsonl")["reason"] == "a symbolic link loop"
    assert result.built == {"good"}


def case_fifo_named_txt(folder: Path, outcome: Callable[[], Outcome]) -> None:
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "pipe.jsonl")
    result = outcome()
    assert result.error("pipe.txt")["reason"] == "not a regular file (a named pipe)"
    assert result.error("pipe.jsonl")["reason"] == "not a regular file (a named pipe)"
    assert result.built == {"good"}


def case_device_named_txt(folder: Path, outcome: Callable[[], Outcome]) -> None:
    os.symlink("/dev/zero", folder / "zero.txt")
    os.symlink("/dev/urandom", folder / "random.jsonl")
    result = outcome()
    assert result.error("zero.txt")["reason"] == "not a regular file (a character device)"
    assert result.error("random.jsonl")["reason"] == "not a regular file (a character device)"
    assert result.built == {"good"}


def case_json_integer_of_thousands_of_digits(folder: Path, outcome: Callable[[], Outcome]) -> None:
    _jsonl(folder, "a.jsonl", ['{"id": "big", "text": "x", "n": ' + "7" * 6000 + "}", _line("after")])
    result = outcome()
    error = result.error("a.jsonl")
    assert (error["line"], error["reason"]) == (1, "a JSON number of more than 4,300 digits")
    assert result.built == {"good", "after"}


def case_json_nested_thousands_deep(folder: Path, outcome: Callable[[], Outcome]) -> None:
    _jsonl(folder, "a.jsonl", ['{"id": "deep", "text": "x", "n": ' + "[" * 50_000 + "]" * 50_000 + "}", _line("after")])
    result = outcome()
    error = result.error("a.jsonl")
    assert (error["line"], error["reason"]) == (1, "JSON nested too deep to read")
    assert result.built == {"good", "after"}


def case_published_offset_beyond_fourteen_hours(folder: Path, outcome: Callable[[], Outcome]) -> None:
    _jsonl(
        folder,
        "a.jsonl",
        [
            _line("far", published="2019-03-01T08:00:00+14:30"),
            _line("kiribati", published="2019-03-01T08:00:00+14:00"),
            _line("baker", published="2019-03-01T08:00:00-12:00"),
        ],
    )
    result = outcome()
    error = result.error("a.jsonl")
    assert (error["line"], error["article_id"]) == (1, "far")
    assert error["reason"].startswith('"published" has a time-zone offset outside -14:00 to +14:00')
    assert result.built == {"good", "kiribati", "baker"}
    turtle = (result.out / "graph.ttl").read_text(encoding="utf-8")
    assert "2019-03-01T08:00:00+14:00" in turtle


def case_css_import_and_remote_source_in_article_data(folder: Path, outcome: Callable[[], Outcome]) -> None:
    text = GOOD + " “ @import url(//evil.example/x.css) ; <img src=//evil.example/y.png> ” ."
    _jsonl(
        folder,
        "a.jsonl",
        [
            json.dumps(
                {
                    "id": "css",
                    "text": text,
                    "title": "@import 'x.css'; <script src=//evil.example/z.js></script>",
                    "url": "//evil.example/article",
                }
            )
        ],
    )
    result = outcome()
    assert result.errors == () and result.built == {"good", "css"}
    page = (result.out / "graph.html").read_text(encoding="utf-8")
    assert "@import 'x.css'" in page and "<script src=//evil" not in page


def case_url_with_control_characters(folder: Path, outcome: Callable[[], Outcome]) -> None:
    _jsonl(folder, "a.jsonl", [_line("ctl", url="https://example.org/\x01a\x1fb")])
    result = outcome()
    assert result.errors == () and result.built == {"good", "ctl"}


def case_ids_differing_only_by_encoding(folder: Path, outcome: Callable[[], Outcome]) -> None:
    _jsonl(folder, "a.jsonl", [_line("a b"), _line("a%20b"), _line("a%2520b")])
    result = outcome()
    assert result.errors == ()
    assert result.built == {"good", "a%20b", "a%2520b", "a%252520b"}


def case_zero_width_characters_inside_a_name(folder: Path, outcome: Callable[[], Outcome]) -> None:
    (folder / "good.txt").unlink()
    (folder / "plain.txt").write_text(GOOD, encoding="utf-8")
    hidden = GOOD.replace("Vladimir_Putin", "Vladi\u200bmir_Pu\u2060tin").replace("Kim_Jong-un", "Kim\u00ad_Jong-\u200dun")
    (folder / "hidden.txt").write_text(hidden, encoding="utf-8")
    result = outcome()
    assert result.errors == () and result.built == {"plain", "hidden"}
    store = load_store(result.out / "graph.ttl")
    people = sorted(
        s["name"].value
        for s in store.query(
            "SELECT ?name WHERE { ?p a <https://kg.example.org/ontology#Person> ; "
            "<http://www.w3.org/2000/01/rdf-schema#label> ?name }"
        )
    )
    assert people == ["Kim Jong-un", "Vladimir Putin"]


CASES = [
    case_file_name_not_utf8,
    case_file_name_with_control_characters,
    case_jsonl_name_with_control_characters_and_bad_bytes,
    case_symlink_loop_named_txt,
    case_symlink_loop_of_folders,
    case_fifo_named_txt,
    case_device_named_txt,
    case_json_integer_of_thousands_of_digits,
    case_json_nested_thousands_deep,
    case_published_offset_beyond_fourteen_hours,
    case_css_import_and_remote_source_in_article_data,
    case_url_with_control_characters,
    case_ids_differing_only_by_encoding,
    case_zero_width_characters_inside_a_name,
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__.removeprefix("case_"))
def test_hostile_input_is_built_or_reported_and_the_rest_is_built(case, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _good(folder)
    case(folder, lambda: build([folder], tmp_path / "out"))


def test_hostile_input_output_folder_inside_the_input_is_never_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _good(folder)
    _jsonl(folder, "feed.jsonl", [_line("feed-1")])
    out = folder / "out"
    first = build([folder], out)
    second = build([folder], out)
    assert first.built == second.built == {"good", "feed-1"}
    assert second.errors == ()
    named = build([folder, out / "errors.jsonl"], out)
    assert named.error("errors.jsonl")["reason"] == "is inside the output folder of this build"
    assert named.built == {"good", "feed-1"}


def test_hostile_input_the_same_input_twice_into_one_folder_keeps_every_iri(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _good(folder)
    out = folder / "out"
    build([folder], out)
    first = (out / "graph.ttl").read_bytes()
    build([folder], out)
    assert (out / "graph.ttl").read_bytes() == first


def test_hostile_input_unreadable_subfolder_is_reported_not_skipped() -> None:
    """Permissions do not bind root, so as root the build runs as user nobody."""
    as_user = None
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            missing("setpriv", "needed to drop root privileges (util-linux)")
        as_user = 65534
    root = Path(tempfile.mkdtemp(prefix="kg-unreadable-"))
    try:
        root.chmod(0o777)
        folder = root / "in"
        (folder / "locked").mkdir(parents=True)
        _good(folder)
        (folder / "locked" / "hidden.txt").write_text(GOOD, encoding="utf-8")
        (folder / "locked").chmod(0o000)
        out = root / "out"
        out.mkdir()
        out.chmod(0o777)
        result = build([folder], out, as_user=as_user)
        error = result.error("locked")
        assert error["reason"] == "cannot read this folder (Permission denied); its articles were not built"
        assert result.built == {"good"}
    finally:
        (root / "in" / "locked").chmod(0o755)
        shutil.rmtree(root, ignore_errors=True)
