"""Posts of known officeholders whose body the text leaves to the reader's knowledge:
"Tổng_thống Bashar_al-Assad" is Syria's president, "Tổng_thư_ký Ban_Ki-moon" the UN's.

A person written right after a title that has no body, whose name the table of officeholders
(``ontology/officeholders.tsv``) knows in a post of the title's role, holds that post
at the table's country or body, when the article names it (by any name the gazetteer
gives it); the mention nearest the person is the object. A title's role names a post of
its own role, or of the roles ``officeholders.title-roles`` of ``ontology/words.tsv``
lets it stand for ("Bộ_trưởng Lavrov" is the foreign minister). The post must have been
taken by the article's publication date; one left before it, or written after
"nguyên", "cựu", is a former post. Namesakes in posts of the same role at different
bodies ("Quốc_vương Abdullah" of Saudi Arabia and of Jordan) give nothing unless the
article names only one of the bodies. An article without a publication date gives
nothing: whether the post was held then is not known.
"""

from __future__ import annotations

from kg import lexicon
from kg.extract.pieces import ArticleView
from kg.extract.roles import FORMER_POST, is_former
from kg.extract.times import publication_date
from kg.lexicon import word_map
from kg.lexicon.officeholders import Officeholding, body_key, name_key, officeholders_by_name
from kg.model import Mention

#: Title role -> the roles of the posts such a title may name besides its own.
_TITLE_ROLES = {role: frozenset(posts.split("|")) for role, posts in word_map("officeholders.title-roles").items() if posts}


def known_post(view: ArticleView, person: Mention, title: lexicon.Title, title_start: int, k: int) -> tuple[str, Mention] | None:
    """The predicate and body of the post the table knows ``person`` (at piece ``k``) to hold
    under ``title`` (whose first piece is ``title_start``), or None."""
    if title.predicate is None:
        return None
    day = publication_date(view.analysed.article.published)
    posts = officeholders_by_name().get(name_key(person.text))
    if day is None or not posts:
        return None
    roles = {title.role} | _TITLE_ROLES.get(title.role, frozenset())
    held: dict[str, list[tuple[Officeholding, str]]] = {}
    for post in posts:
        state = post.held_on(day) if post.role in roles else None
        if state is not None:
            held.setdefault(post.body, []).append((post, state))
    named = {key: mentions for key, mentions in _bodies_named(view, title).items() if key in held}
    if len(named) != 1:
        return None  # the article names none of the bodies, or several namesakes' bodies
    key, mentions = next(iter(named.items()))
    current = any(state == "current" for _, state in held[key])
    predicate = title.predicate if current and not is_former(view, title_start) else FORMER_POST
    body = min(mentions, key=lambda m: (abs(m[0] - k), m[0]))[1]
    return predicate, body


def _bodies_named(view: ArticleView, title: lexicon.Title) -> dict[str, list[tuple[int, Mention]]]:
    """The bodies the article names (not refers to) of a type ``title`` may be of, by key:
    (piece, mention) of each mention."""
    bodies: dict[str, list[tuple[int, Mention]]] = {}
    for j, piece in enumerate(view.pieces):
        mention = piece.mention
        if mention is not None and not mention.reference and mention.type in title.object_types:
            bodies.setdefault(body_key(mention.text), []).append((j, mention))
    return bodies
