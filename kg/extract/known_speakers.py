"""The person a title and a country stand for when the article names the holder without that title.

News names a head of state once ("ông Putin", "Salman Khurshid") and goes on with the title and the
country alone ("Tổng_thống Nga cũng khẳng_định …", "Ngoại_trưởng Ấn_Độ cho_biết …"). The table of
officeholders (``ontology/officeholders.tsv``) says who held that post on the day the article was
published; when the article named exactly that person before, the title means them.
"""

from __future__ import annotations

from kg.extract.antecedents import same_person_name
from kg.extract.clauses import TITLE_MODIFIERS
from kg.extract.pieces import ArticleView
from kg.extract.times import publication_date
from kg.lexicon import role_of_title, syllables_of, word_map
from kg.lexicon.officeholders import body_key, name_key, officeholders_by_name
from kg.model import EntityType, Mention

#: Title role -> the roles of the posts such a title may name besides its own ("Bộ_trưởng" a foreign minister's).
_TITLE_ROLES = {role: frozenset(posts.split("|")) for role, posts in word_map("officeholders.title-roles").items() if posts}


def known_holder(view: ArticleView, title: str, country: Mention | None, before: int) -> Mention | None:
    """The one person the article names before piece ``before`` whom the table of officeholders
    knows to hold the post ``title`` names at ``country`` (at any body for None: a bare title) on the
    article's date, or None."""
    role = role_of_title(title)
    day = publication_date(view.analysed.article.published)
    if day is None or _former(view, title, before):
        return None
    roles = {role} | _TITLE_ROLES.get(role, frozenset())
    key = body_key(country.text) if country is not None else None
    table = officeholders_by_name()
    holders = []
    for piece in view.pieces[:before]:
        m = piece.mention
        if m is None or m.type is not EntityType.PERSON or m.reference or piece.quoted:
            continue
        posts = table.get(name_key(m.text), ())
        if any(p.role in roles and key in (None, p.body) and p.held_on(day) == "current" for p in posts):
            holders.append(m)
    if holders and all(same_person_name(holders[-1], m) for m in holders):
        return holders[-1]
    return None


def _former(view: ArticleView, title: str, at: int) -> bool:
    """Whether the title written at piece ``at`` tells a former holder ("cựu Tổng_thống", "nguyên Thủ_tướng"),
    by its own first word or the word before it: someone else than the one holding the post."""
    if syllables_of(title.lower())[:1] in TITLE_MODIFIERS:
        return True
    first = view.bounds(at)[0]
    return at - 1 >= first and view.pieces[at - 1].syllables[-1:] in TITLE_MODIFIERS
