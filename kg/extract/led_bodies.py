"""Posts at a body named before the person who heads it: "Công_ty Y ( SGT ) do ông X làm Chủ_tịch HĐQT".

A body, maybe with its short name in brackets, then "do" (``roles.led-by`` of
``ontology/words.tsv``), the person's name, a verb of holding ("làm", "giữ chức") and a
title with no body of its own gives the person the post at that body: news names a company,
a school or a board and then who runs it in one clause. So does a body opening its clause
as the one that appoints, with a verb of appointing (``roles.appoints``) before the name:
"CLB Y vừa bổ_nhiệm ông X làm HLV trưởng" (not "CLB Y sẽ bổ_nhiệm …", not yet done). A title
that names its own body ("do ông X làm Giám_đốc Sở Y") is read by ``held_posts``; the head of a delegation
(``roles.delegation-titles``: "do ông X làm trưởng đoàn") heads the delegation, not the body.
"""

from __future__ import annotations

from kg.extract.frames import HONORIFICS
from kg.extract.pieces import ArticleView, Phrases
from kg.extract.post_titles import CONFIDENCE_HOLDS, bare_title_at, post_statements, verb_after_adverbs
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention, Statement

#: The word between a body and the name of the one who runs it ("Công_ty Y do ông X làm …").
_LED_BY = frozenset(syllables_of(w) for w in word_list("roles.led-by"))
#: Verbs of holding after the name ("làm", "giữ chức") and adverbs before them ("hiện", "đang").
_HOLDS = Phrases(syllables_of(w) for w in word_list("roles.holds"))
#: Titles of the head of a delegation, which the delegation, not the body before it, has.
_DELEGATION_TITLES = frozenset(syllables_of(w) for w in word_list("roles.delegation-titles"))
#: Verbs of appointing whose subject, a body, gives the post ("CLB Y bổ_nhiệm ông X làm …"), and
#: the adverbs of a done appointment that may stand between them ("vừa", "đã").
_APPOINTS = Phrases(syllables_of(w) for w in word_list("roles.appoints"))
_APPOINTER_ADVERBS = frozenset(syllables_of(w) for w in word_list("roles.appointer-adverbs"))
#: How many pieces a verb of appointing may have ("bổ_nhiệm lại").
_APPOINT_PIECES = 2
#: Honorifics of one word that may stand between "do" and the name.
_SINGLE_HONORIFICS = frozenset(p for p in HONORIFICS if len(p) == 1)
#: How many pieces a short name in brackets after the body may have ("( SGT )").
_SHORT_NAME_PIECES = 3


def title_held_at_body_before(view: ArticleView, k: int, person: Mention) -> list[Statement]:
    """"Công_ty Y ( SGT ) do ông X làm Chủ_tịch HĐQT": the post of the title after the verb of
    holding at the body named before "do" and the name at piece ``k``."""
    first, last = view.bounds(k)
    body_piece = _body_before(view, k, first)
    if body_piece is None:
        return []
    start = verb_after_adverbs(view, k + 1, last, _HOLDS)
    if start is None:
        return []
    found = bare_title_at(view, start)
    if found is None:
        return []
    title, end, span = found
    following = view.pieces[end] if end < last else None
    if title.syllables in _DELEGATION_TITLES or (following is not None and following.mention is not None):
        return []  # "do ông X làm trưởng đoàn", "do ông X làm Giám_đốc Sở Y": not the body before
    body = view.pieces[body_piece].mention
    return post_statements(view, person, title, [body], body_piece, end - 1, CONFIDENCE_HOLDS, span)


def _body_before(view: ArticleView, k: int, first: int) -> int | None:
    """The piece of the organisation named before "do" and the name at piece ``k`` (past its
    short name in brackets), or None."""
    j = k - 1
    if j >= first and view.pieces[j].is_word and view.pieces[j].syllables in _SINGLE_HONORIFICS:
        j -= 1
    if j - 1 < first or not view.pieces[j].is_word:
        return None
    if view.pieces[j].syllables not in _LED_BY:
        return _appointing_body_before(view, j, first)
    j -= 1
    if view.pieces[j].text == ")":
        opened = next((b for b in range(j - 1, max(first - 1, j - 2 - _SHORT_NAME_PIECES), -1) if view.pieces[b].text == "("), None)
        if opened is None or opened - 1 < first:
            return None
        j = opened - 1
    mention = view.pieces[j].mention
    if mention is None or mention.reference or mention.type is not EntityType.ORGANIZATION:
        return None
    return j


def _appointing_body_before(view: ArticleView, j: int, first: int) -> int | None:
    """The piece of the organisation that opens its clause and appoints, with a verb of
    appointing ending at piece ``j``: "CLB Y vừa bổ_nhiệm ông X" (the name after ``j``), or None."""
    verb = next((v for v in range(j, max(first - 1, j - _APPOINT_PIECES), -1) if view.match_any(v, _APPOINTS) == j + 1), None)
    if verb is None:
        return None
    b = verb - 1
    while b >= first and view.pieces[b].is_word and view.pieces[b].syllables in _APPOINTER_ADVERBS:
        b -= 1
    if b < first:
        return None
    mention = view.pieces[b].mention
    if mention is None or mention.reference or mention.type is not EntityType.ORGANIZATION:
        return None
    if b - 1 >= first and view.pieces[b - 1].is_word:
        return None  # "… của CLB Y bổ_nhiệm ông X": the body does not open its clause
    return b
