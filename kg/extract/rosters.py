"""Posts listed after the body they are held at: "Ban điều_hành của ACBS có ba
thành_viên gồm ông X , Tổng_giám_đốc và hai phó Tổng_giám_đốc là ông Y và bà Z";
and the posts listed after a person's career: "X đã đảm_nhiệm nhiều vị_trí như
Giám_đốc Ngân_hàng A , Phó Chủ_tịch B".

A list opened by ``roles.roster-openers`` ("gồm", "bao gồm") a few words after
a body's name (no mark or other name between them) names who holds which post
there. Its items are separated by commas, "và" or semicolons, and each is a
name with its title in apposition ("ông X , Tổng_giám_đốc"), a title before
the name ("Chủ_tịch X"), or a title, maybe after a count, then "là" and the
names that hold it ("hai phó Tổng_giám_đốc là ông Y và bà Z"). A title with
its own body written after it is read by ``roles``; an item that is neither
ends the list.

A career list follows a person's name, a verb of ``roles.career-verbs``
("đảm_nhiệm", maybe after adverbs or "từng", which make the posts past ones), a
noun of ``roles.career-nouns`` ("vị_trí", "chức_vụ") and a word of
``roles.career-openers`` ("như"); its items, split by semicolons if it has any,
else by commas, are each a title and the first body it names, or the body that
one is "của".
"""

from __future__ import annotations

from dataclasses import replace

from kg import lexicon
from kg.extract.frames import HONORIFICS, is_barrier, names_person, phrase_set, provenance, title_starting_at
from kg.extract.pieces import ArticleView
from kg.extract.roles import FORMER_POST
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Statement

EXTRACTOR = "roles"
#: Confidence of a post read from a roster (docs/confidence.md).
CONFIDENCE_ROSTER = 0.65
#: Words that open the list of a body's members ("gồm", "bao gồm").
_OPENERS = phrase_set(*word_list("roles.roster-openers"))
#: The word between a title and the names that hold it ("hai Phó Tổng_giám_đốc là ông Y và bà Z").
_HELD_BY = frozenset(syllables_of(w) for w in word_list("roles.roster-held-by"))
#: Counts and plural words that may stand before a title in a roster ("hai", "các").
_COUNTS = frozenset(syllables_of(w) for w in word_list("roles.plural-title"))
#: How many words may stand between the body and the opener ("ACBS có ba thành_viên gồm").
_BODY_REACH = 5
#: Marks and words between the items of a roster.
_SEPARATORS = frozenset({",", ";", "và"})
#: Marks between a name and its title in apposition.
_APPOSING = frozenset({",", "-", "–"})
#: Words that may stand between a name and the verb of a career ("X hiện đã …", "X từng …").
_BEFORE_CAREER_VERB = phrase_set(*word_list("roles.holds-adverbs"), *word_list("roles.held-before"))
#: Those of them that make the posts listed past ones ("X từng giữ nhiều chức_vụ như …").
_HELD_BEFORE = phrase_set(*word_list("roles.held-before"))
#: "X đã đảm_nhiệm nhiều vị_trí … như": verbs of holding, nouns of posts, the words opening the list.
_CAREER_VERBS = phrase_set(*word_list("roles.career-verbs"))
_CAREER_NOUNS = phrase_set(*word_list("roles.career-nouns"))
_CAREER_OPENERS = phrase_set(*word_list("roles.career-openers"))
#: How many words may stand between the verb and the noun of posts, and between that noun and the list.
_CAREER_REACH = 8
#: Words between a unit's name and the body it belongs to ("của").
_BODY_OF = frozenset(syllables_of(w) for w in word_list("roles.body-of"))


def find_rosters(view: ArticleView) -> list[Statement]:
    """Every post a roster after a body's name, or a list of the posts a person held, gives."""
    found: list[Statement] = []
    firsts = view.first_syllables
    for k, piece in enumerate(view.pieces):
        if names_person(view, k, len(view.pieces)):
            found.extend(_career(view, k))
        if piece.mention is not None or piece.quoted or firsts[k] not in _OPENERS.starts:
            continue
        end = view.match_any(k, _OPENERS)
        if end is None:
            continue
        body = _roster_body(view, k)
        if body is not None:
            found.extend(_listed_posts(view, body, end))
    return found


def _career(view: ArticleView, k: int) -> list[Statement]:
    """"X đã đảm_nhiệm nhiều vị_trí … như TITLE …, BODY, PLACE ; TITLE … của BODY": the posts listed
    after a verb of holding, a noun of posts and "như", each item a title and the body it names."""
    last = view.bounds(k)[1]
    j = k + 1
    past = False
    while j < last and (step := view.match_any(j, _BEFORE_CAREER_VERB)) is not None:
        past = past or view.match_any(j, _HELD_BEFORE) is not None  # "X từng giữ nhiều chức_vụ như …"
        j = step
    verb = view.match_any(j, _CAREER_VERBS) if j < last else None
    if verb is None:
        return []
    noun = next((i for i in range(verb, min(last, verb + _CAREER_REACH)) if view.match_any(i, _CAREER_NOUNS) is not None), None)
    if noun is None or any(not view.pieces[i].is_word or is_barrier(view.pieces[i]) for i in range(verb, noun)):
        return []
    opener = None
    for i in range(noun, min(last, noun + _CAREER_REACH + 1)):
        if (opener := view.match_any(i, _CAREER_OPENERS)) is not None:
            break
        if not view.pieces[i].is_word or is_barrier(view.pieces[i]):
            return []
    if opener is None:
        return []
    if opener < last and view.pieces[opener].text == ":":
        opener += 1
    separator = ";" if any(view.pieces[i].text == ";" for i in range(opener, last)) else ","
    statements: list[Statement] = []
    start = opener
    while start < last:
        stop = next((i for i in range(start, last) if view.pieces[i].text == separator), last)
        made = _career_item(view, k, start, stop)
        if made is None:
            break
        statements.extend(replace(m, predicate=FORMER_POST) if past else m for m in made)
        start = stop + 1
    return statements


def _career_item(view: ArticleView, k: int, start: int, stop: int) -> list[Statement] | None:
    """The post of one item of a list of posts (pieces ``start`` to ``stop``): its title, then the
    first body named in it, or the body that one is "của" ("Giám_đốc Ngân_hàng X của Y"); None when
    no title opens the item or it names a person."""
    found = title_starting_at(view, start)
    if found is None:
        return None
    end, title = found
    body = None
    for i in range(end, stop):
        mention = view.pieces[i].mention
        if mention is None:
            continue
        if mention.type is EntityType.PERSON:
            return None
        if mention.type is EntityType.ORGANIZATION and not mention.reference:
            body = i
            break
    if body is None:
        return []
    if body + 2 < stop and view.pieces[body + 1].syllables in _BODY_OF and _organisation(view, body + 2):
        body += 2  # a unit "của" its body: the post is the body's
    return _posts(view, [k], title, body, start, end)


def _roster_body(view: ArticleView, opener: int) -> int | None:
    """The piece of the body named a few words before the opener at piece ``opener``, or None."""
    first = view.bounds(opener)[0]
    for j in range(opener - 1, max(first, opener - _BODY_REACH - 1) - 1, -1):
        piece = view.pieces[j]
        mention = piece.mention
        if mention is not None:
            return j if mention.type is EntityType.ORGANIZATION and not mention.reference else None
        if is_barrier(piece) or not piece.is_word:
            return None
    return None


def _listed_posts(view: ArticleView, body: int, start: int) -> list[Statement]:
    """The posts at the body of piece ``body`` listed from piece ``start``."""
    last = view.bounds(start)[1]
    statements: list[Statement] = []
    j = start
    while j < last:
        item = _item(view, body, j, last)
        if item is None:
            break
        made, j = item
        statements.extend(made)
        if j >= last or view.pieces[j].text not in _SEPARATORS:
            break
        j += 1
    return statements


def _item(view: ArticleView, body: int, j: int, last: int) -> tuple[list[Statement], int] | None:
    """The posts one item of a roster at piece ``j`` gives and the piece after it, or None
    when no name or title opens it."""
    j = _past_honorific(view, j, last)
    if names_person(view, j, last):
        person = j
        if j + 2 < last and view.pieces[j + 1].text in _APPOSING:
            titled = _bodyless_title(view, j + 2, last)
            if titled is not None:
                end, title = titled
                return _posts(view, [person], title, body, j + 2, end), end
        return [], j + 1
    if view.pieces[j].is_word and view.pieces[j].syllables in _COUNTS:
        j += 1
    titled = _bodyless_title(view, j, last)
    if titled is None:
        return None
    end, title = titled
    holders = end
    if holders < last and view.pieces[holders].is_word and view.pieces[holders].syllables in _HELD_BY:
        holders += 1
    holder = _past_honorific(view, holders, last)
    if not names_person(view, holder, last):
        return None
    persons = [holder]
    after = holder + 1
    if holders > end:  # "là ông Y và bà Z": every name listed holds the title
        while after + 1 < last and view.pieces[after].syllables == ("và",):
            following = _past_honorific(view, after + 1, last)
            if not names_person(view, following, last):
                break
            persons.append(following)
            after = following + 1
    return _posts(view, persons, title, body, j, end), after


def _bodyless_title(view: ArticleView, j: int, last: int) -> tuple[int, lexicon.Title] | None:
    """The title at piece ``j`` with no body of its own written after it: (end, title), or None."""
    found = title_starting_at(view, j) if j < last else None
    if found is None:
        return None
    end, title = found
    following = view.pieces[end].mention if end < last else None
    if following is not None and following.type is not EntityType.PERSON:
        return None  # "Tổng_giám_đốc Vingroup": the title's own body
    return end, title


def _posts(
    view: ArticleView, persons: list[int], title: lexicon.Title, body: int, start: int, end: int
) -> list[Statement]:
    """The post of ``title`` at the body of piece ``body`` for each person of ``persons``."""
    owner = view.pieces[body].mention
    if title.predicate is None or EntityType.PERSON not in title.subject_types or owner.type not in title.object_types:
        return []
    span = (view.pieces[start].start, view.pieces[end - 1].end)
    made: list[Statement] = []
    for person in persons:
        evidence = provenance(view, body, max(person, end - 1), EXTRACTOR, CONFIDENCE_ROSTER)
        made.append(Statement(view.pieces[person].mention, title.predicate, owner, evidence, view.text[span[0] : span[1]], span))
    return made


def _past_honorific(view: ArticleView, j: int, last: int) -> int:
    """Past an honorific at piece ``j`` ("ông", "bà"), or ``j`` itself."""
    if j < last and view.pieces[j].mention is None:
        end = view.match_any(j, HONORIFICS)
        if end is not None:
            return end
    return j


def _organisation(view: ArticleView, k: int) -> bool:
    """Whether piece ``k`` is the name (not a reference) of an organisation."""
    mention = view.pieces[k].mention
    return mention is not None and mention.type is EntityType.ORGANIZATION and not mention.reference
