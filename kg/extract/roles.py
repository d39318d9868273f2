"""Posts held: a title from the role lexicon written with a person's name.

"Tổng_thống Nga Vladimir_Putin" (title, qualifier, name), "Dmitry_Peskov ,
Phát_ngôn_viên Điện_Kremlin ," (name, then the title in apposition) and a
reference that names a role ("Tổng_thống Nga" standing alone) each give
``person –predicate→ qualifier``. A title without its country or body
("Ngoại_trưởng Sergey_Lavrov") gives nothing: the post's country is not
guessed.

Each family of patterns has its own module:

- ``titles_before``: the title and its body right before the name, and posts listed before it;
- ``titles_first``: the title and its body first, then a comma or a dash and the name;
- ``apposed_titles``: the name, then titles in apposition;
- ``held_posts``: the name, a verb of holding or of succession, then the title;
- ``led_bodies``: a body, "do", the name, a verb of holding and a title with no body of its own;
- ``respective_posts``: a list of names and a list of titles in the same order ("lần_lượt là");
- ``post_bodies``: the body a title names after it;
- ``post_titles``: what they share (a title read, a past post, the statement a post makes).

This module reads a reference that names a role, standing alone ("Tổng_thống Nga"; not
"hai nhà_lãnh_đạo Nga", many holders, nor "lãnh_đạo Sở Y_tế", a body's leadership), and
gathers the rest. The names other extractors use (``FORMER_POST``, ``is_former``,
``title_of``, …) stay importable from here.
"""

from __future__ import annotations

from kg.extract.apposed_titles import after_birth_aside, title_after
from kg.extract.held_posts import title_held, title_held_by_list, title_held_by_pronoun, title_taken_over
from kg.extract.led_bodies import title_held_at_body_before
from kg.extract.pieces import ArticleView
from kg.extract.respective_posts import find_respective_posts
from kg.extract.post_titles import (
    APPOSITION_MARKS,
    CONFIDENCE_REFERENCE,
    CURRENT_POST_PREDICATES,
    FORMER_POST,
    GROUP_TITLES,
    PLURAL_WORDS,
    is_former,
    post_statement,
    reference_title_span,
    title_of,
)
from kg.extract.titles_before import shared_by_list, title_before, titles_listed_before
from kg.extract.frames import PRONOUNS
from kg.model import EntityType, Mention, Statement

#: The first words of pronouns that may stand as the subject of a verb of holding ("Ông được bổ_nhiệm làm …").
_PRONOUN_STARTS = PRONOUNS.starts

#: The names other extractors import from here.
__all__ = [
    "APPOSITION_MARKS",
    "CURRENT_POST_PREDICATES",
    "FORMER_POST",
    "after_birth_aside",
    "find_roles",
    "is_former",
    "title_of",
]


def find_roles(view: ArticleView) -> list[Statement]:
    """Every post the article says a person holds."""
    statements: list[Statement] = []
    apposed: set[int] = set()
    references: list[int] = []
    for k, piece in enumerate(view.pieces):
        mention = piece.mention
        if mention is None and piece.syllables[:1] and piece.syllables[0] in _PRONOUN_STARTS:
            statements.extend(title_held_by_pronoun(view, k, apposed))
        if mention is None or mention.type is not EntityType.PERSON:
            continue
        if mention.reference:
            references.append(k)
            continue
        before = title_before(view, k, mention)
        statements.extend(before)
        statements.extend(shared_by_list(view, k, before))
        statements.extend(titles_listed_before(view, k, mention, apposed))
        statements.extend(title_after(view, k, mention, apposed))
        statements.extend(title_held(view, k, mention, apposed))
        statements.extend(title_taken_over(view, k, mention, apposed))
        statements.extend(title_held_at_body_before(view, k, mention))
        statements.extend(title_held_by_list(view, k, apposed))
    for k in references:
        if k not in apposed:
            statements.extend(_reference_role(view, k, view.pieces[k].mention))
    statements.extend(find_respective_posts(view))
    return statements


def _reference_role(view: ArticleView, k: int, reference: Mention) -> list[Statement]:
    """A role named by a reference: "Tổng_thống Nga" standing for the president."""
    first = view.bounds(k)[0]
    if any(
        j >= first and view.pieces[j].is_word and view.pieces[j].syllables[-1:] in PLURAL_WORDS for j in (k - 1, k - 2)
    ):
        return []  # "hai nhà_lãnh_đạo Nga", "các đời tổng_thống Mỹ": many holders, not one person
    title = title_of(view.pieces[k].syllables)
    if title is None or title.predicate is None:
        return []
    candidates = [m for m in view.inner(reference) if m.type in title.object_types]
    if title.syllables in GROUP_TITLES and any(m.type.is_organization for m in candidates):
        return []  # "lãnh_đạo Sở Y_tế": the leadership of a body, not one person
    if candidates:
        return [post_statement(view, reference, title.predicate, candidates[0], k, k, CONFIDENCE_REFERENCE, reference_title_span(view, reference))]
    last = view.bounds(k)[1]
    following = view.pieces[k + 1].mention if k + 1 < last else None
    if following is not None and following.type in title.object_types:
        return [post_statement(view, reference, title.predicate, following, k, k + 1, CONFIDENCE_REFERENCE, reference_title_span(view, reference))]
    return []
