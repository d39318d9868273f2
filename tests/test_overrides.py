"""User corrections to the resolver: merge, split and type lines, and what `kg explain` shows of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

SEEDS = str(Path(__file__).resolve().parents[1] / "seeds")
from kg.model import EntityType
from kg.resolve.overrides import OverrideError, apply_overrides, parse_overrides


def _entity(resolution, entity_id):
    return next((e for e in resolution.entities if e.id == entity_id), None)


def test_overrides_merge_moves_every_mention_and_says_so(seeds_build) -> None:
    before = seeds_build.resolution
    peskov = [k for k, v in before.entity_of.items() if v == "person/dmitry-peskov"]
    after = apply_overrides(before, parse_overrides(["merge\tperson/vladimir-putin\tDmitry Peskov"], "fix.tsv"))
    assert _entity(after, "person/dmitry-peskov") is None
    putin = _entity(after, "person/vladimir-putin")
    assert "Dmitry Peskov" in putin.aliases
    assert all(after.entity_of[k] == "person/vladimir-putin" for k in peskov)
    moved = [d for d in after.decisions if d.mention.key in set(peskov)]
    assert moved and all(d.rule == "override" and d.evidence.startswith("fix.tsv:1: merged") for d in moved)


def test_overrides_split_makes_a_new_entity_of_the_named_mentions(seeds_build) -> None:
    before = seeds_build.resolution
    kim = _entity(before, "person/kim-jong-un")
    assert "Kim" in kim.aliases
    after = apply_overrides(before, parse_overrides(["split\tperson/kim-jong-un\tKim"]))
    split = _entity(after, "person/kim")
    assert split is not None and split.type is EntityType.PERSON
    assert _entity(after, "person/kim-jong-un").mention_count == kim.mention_count - split.mention_count
    assert {v for k, v in after.entity_of.items() if before.entity_of.get(k) == kim.id} == {kim.id, "person/kim"}


def test_overrides_type_changes_the_entity_type(seeds_build) -> None:
    assert [e.type for e in seeds_build.resolution.entities if e.name == "Điện Kremlin"] == [EntityType.ORGANIZATION]
    after = apply_overrides(seeds_build.resolution, parse_overrides(["type\tĐiện Kremlin\tFacility"]))
    kremlin = [e for e in after.entities if e.name == "Điện Kremlin"]
    assert [e.type for e in kremlin] == [EntityType.FACILITY]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("rename\ta\tb", "unknown override 'rename'"),
        ("merge\tonly-one", "merge takes 2 tab-separated fields"),
        ("type\tPutin\tHuman", "unknown type 'Human'"),
    ],
)
def test_overrides_bad_line_names_its_line(line, message) -> None:
    with pytest.raises(OverrideError, match=f"fix.tsv:2: {message}"):
        parse_overrides(["# a comment", line], "fix.tsv")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("merge\tNobody Known\tPutin", "no entity is named 'Nobody Known'"),
        ("split\tperson/vladimir-putin\tKim", "has no mention named 'Kim'"),
    ],
)
def test_overrides_never_guess(seeds_build, line, message) -> None:
    with pytest.raises(OverrideError, match=message):
        apply_overrides(seeds_build.resolution, parse_overrides([line]))


def test_build_with_overrides_and_explain_shows_the_override(tmp_path, seed_articles) -> None:
    fix = tmp_path / "fix.tsv"
    fix.write_text("merge\tperson/vladimir-putin\tperson/dmitry-peskov\n", encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    built = runner.invoke(app, ["build", SEEDS, "--out", str(out), "--overrides", str(fix)])
    assert built.exit_code == 0, built.output
    shown = runner.invoke(app, ["explain", "Peskov", "--out", str(out)])
    assert "rule override" in shown.output
    assert "merged person/dmitry-peskov into person/vladimir-putin" in shown.output


def test_build_with_a_bad_overrides_file_fails_in_one_line(tmp_path) -> None:
    fix = tmp_path / "fix.tsv"
    fix.write_text("merge\tx\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", SEEDS, "--out", str(tmp_path / "out"), "--overrides", str(fix)])
    assert result.exit_code == 2
    assert f"{fix}:1: merge takes 2 tab-separated fields" in result.output
    assert not (tmp_path / "out").exists()
