"""Posts told by a copula: "Quốc_vương 67 tuổi của Brunei là X", "Người_phát_ngôn của Bộ Ngoại_giao là ông X".

A clause may open with a title and the body or country it is of, then "là"
(``roles.copula`` of ``ontology/words.tsv``) and the name of the one who
holds it ("tân", new, or "quyền", acting, may stand before the title). The
body follows the title, maybe after "của" (``roles.body-of``) and after the
holder's age ("67 tuổi", ``roles.age-words``). The title must
open the clause (the sentence's start or a mark before it): "Cố_vấn của
Tổng_thống Mỹ là X" names the adviser, not the president. A title made past
("cựu", "nguyên") gives a past post.
"""

from __future__ import annotations

from kg.extract.frames import HONORIFICS, is_barrier, provenance, title_ending_at
from kg.extract.pieces import ArticleView
from kg.extract.roles import FORMER_POST, is_former, title_of
from kg import lexicon
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention, Statement

EXTRACTOR = "copular_posts"
#: Confidence of the rule (docs/confidence.md).
CONFIDENCE = 0.75
_COPULA = frozenset(syllables_of(w) for w in word_list("roles.copula"))
_BODY_OF = frozenset(syllables_of(w) for w in word_list("roles.body-of"))
_AGE_WORDS = frozenset(syllables_of(w) for w in word_list("roles.age-words"))
#: Words before the title that keep its post ("Tân Chủ_tịch UBND tỉnh Y là ông X", "Quyền Giám_đốc …").
_ACTING = frozenset(syllables_of(w) for w in word_list("roles.acting"))



def find_copular_posts(view: ArticleView) -> list[Statement]:
    """Every post told by a title and its body opening a clause, then "là" and the holder's name."""
    found = []
    for k, piece in enumerate(view.pieces):
        person = piece.mention
        if person is None or person.type is not EntityType.PERSON or person.reference:
            continue
        statement = _post_before(view, k, person)
        if statement is not None:
            found.append(statement)
    return found


def _post_before(view: ArticleView, k: int, person: Mention) -> Statement | None:
    """The post of the title and body that open the clause ending in "là" before the name at piece ``k``."""
    first = view.bounds(k)[0]
    j = _past_honorific(view, k, first)
    if j - 2 < first or view.pieces[j - 1].syllables not in _COPULA:
        return None
    body = view.pieces[j - 2].mention
    if body is None:
        return None
    if body.reference:
        return _reference_post(view, j - 2, first, k, person)
    if body.type is EntityType.PERSON:
        return None
    j -= 2
    if j - 1 >= first and view.pieces[j - 1].syllables in _BODY_OF:
        j -= 1
    if j - 2 >= first and view.pieces[j - 1].syllables in _AGE_WORDS and view.pieces[j - 2].text.isdigit():
        j -= 2
    found = title_ending_at(view, j)
    if found is None:
        return None
    start, title = found
    span = (view.pieces[start].start, view.pieces[j - 1].end)
    return _post(view, start, first, k, person, title, body, span)


def _reference_post(view: ArticleView, r: int, first: int, k: int, person: Mention) -> Statement | None:
    """The post named by a reference of a title and its body at piece ``r`` ("Giám_đốc Sở Y_tế là bà X")."""
    reference = view.pieces[r].mention
    title = title_of(view.pieces[r].syllables)
    bodies = [m for m in view.inner(reference) if m.type is not EntityType.PERSON]
    if title is None or reference.type is not EntityType.PERSON or not bodies:
        return None
    span = (reference.start, min(m.start for m in bodies))
    span = (span[0], span[0] + len(view.text[span[0] : span[1]].rstrip()))
    return _post(view, r, first, k, person, title, bodies[0], span)


def _post(
    view: ArticleView,
    start: int,
    first: int,
    k: int,
    person: Mention,
    title: lexicon.Title,
    body: Mention,
    span: tuple[int, int],
) -> Statement | None:
    """The post of ``title`` at ``body`` held by ``person``, when the title at piece ``start`` opens its clause."""
    former = is_former(view, start)
    acting = start > first and view.pieces[start - 1].is_word and view.pieces[start - 1].syllables in _ACTING
    opener = start - 1 if former or acting else start
    if opener > first and not is_barrier(view.pieces[opener - 1]):
        return None
    if title.predicate is None or EntityType.PERSON not in title.subject_types or body.type not in title.object_types:
        return None
    predicate = FORMER_POST if former else title.predicate
    return Statement(
        person, predicate, body, provenance(view, opener, k, EXTRACTOR, CONFIDENCE), view.text[span[0] : span[1]], span
    )


def _past_honorific(view: ArticleView, k: int, first: int) -> int:
    """The first piece of an honorific written just before the name at piece ``k`` ("là ông X"), or ``k``."""
    for start in range(max(first, k - 2), k):
        if view.match_any(start, HONORIFICS) == k:
            return start
    return k
