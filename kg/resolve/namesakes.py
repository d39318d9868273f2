"""Namesakes: one full name written for two people.

A full name is one person's across the build ("Lê Minh Châu" in two articles)
unless the articles themselves tell two people apart: one writes the name
under a man's honorific ("ông Lê Minh Châu") and another under a woman's
("bà Lê Minh Châu"; ``resolver.honorific-gender``). ``separate_namesakes``
then gives each mention of that name the gender its article says as a
qualifier, so that the two never merge; an article that says no gender, or
both, decides nothing and its mentions join neither. A name the alias table
lists is a known person and is never separated.
"""

from __future__ import annotations

from collections import defaultdict

from kg.resolve.aliases import AliasTable
from kg.resolve.names import PERSON, exact_key, honorific_gender, words
from kg.resolve.units import Named

#: The qualifier of the mentions of a namesake in an article that says no gender, or two.
UNDECIDED = "gender not said"


def separate_namesakes(named: list[Named], table: AliasTable) -> dict[tuple[str, int, int], str]:
    """Qualify by gender the full person names of ``named`` that articles write under a man's and a
    woman's honorific; returns why, by mention key, for the decisions."""
    notes: dict[tuple[str, int, int], str] = {}
    by_name: dict[tuple[str, str], dict[str, list[Named]]] = defaultdict(lambda: defaultdict(list))
    for item in named:
        if item.category == PERSON and len(words(item.name)) > 1 and table.lookup(PERSON, item.name) is None:
            by_name[(exact_key(item.name), item.qualifier)][item.mention.article_id].append(item)
    for articles in by_name.values():
        said = {article: _genders(items) for article, items in articles.items()}
        if not any(g == {"male"} for g in said.values()) or not any(g == {"female"} for g in said.values()):
            continue
        for article, items in articles.items():
            gender = next(iter(said[article])) if len(said[article]) == 1 else UNDECIDED
            for item in items:
                item.qualifier = f"{item.qualifier} {gender}".strip()
                notes[item.mention.key] = (
                    f"'{item.name}' is written under a man's honorific in one article and a woman's in another: "
                    f"namesakes, told apart by the gender this article says ({gender})"
                )
    return notes


def _genders(items: list[Named]) -> set[str]:
    return {g for g in (honorific_gender(i.mention.honorific) for i in items) if g}
