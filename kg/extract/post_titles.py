"""What the readers of posts share: a title read, a past post, the statement a post makes.

A title is read from the role lexicon (``title_of``). A word before it may make the post a
past one ("nguyên", "cựu": ``is_former``, ``as_past``) or another post ("phó": ``is_modified``).
A post becomes ``person –predicate→ body`` when the body's type fits the title
(``post_statements``), with its evidence and its title as written. Also here: the words and
marks the readers share ("của", "tại", plural words, the marks of an apposition), the
confidence of each rule, and whether a title stands in apposition after a name, maybe as an
item of a list of titles there ("A – Ủy_viên X , Bí_thư Y , anh B": "Bí_thư Y" is A's).
"""

from __future__ import annotations

from dataclasses import replace

from kg import lexicon
from kg.extract.frames import is_barrier, provenance, title_starting_at
from kg.extract.pieces import ArticleView, Phrases
from kg.lexicon import syllables_of, word_list, word_map, word_syllables
from kg.model import EntityType, Mention, Statement
from kg.vocab import ROLE_PREDICATES

EXTRACTOR = "roles"
FORMER_POST = "formerlyHeldPostAt"
#: Titles that name another post at a country than at a body: "Chủ_tịch" of a country is its
#: president, of a company its chairman.
_COUNTRY_POSTS = {syllables_of(title): predicate for title, predicate in word_map("roles.country-posts").items() if predicate}

#: The predicates of a post held now (a membership is no post).
CURRENT_POST_PREDICATES = frozenset(p for p in ROLE_PREDICATES if p not in ("memberOf", FORMER_POST))
#: Confidence per rule (docs/confidence.md): measured precision on the unseen corpus, rounded down.
CONFIDENCE_TITLE = 0.85
CONFIDENCE_APPOSITION = 0.8
CONFIDENCE_TITLE_FIRST = 0.75
CONFIDENCE_HOLDS = 0.75
CONFIDENCE_REFERENCE = 0.7
CONFIDENCE_TITLE_LIST = 0.75
CONFIDENCE_SHARED_TITLE = 0.7
#: Words that turn a title into another post ("phó", deputy) or a past one ("cựu", "nguyên").
_MODIFIERS = frozenset(word_list("roles.modifiers"))
#: Words before a title that make its post a past one ("cựu", "nguyên").
FORMER_WORDS = frozenset(syllables_of(w) for w in word_list("roles.former"))
#: Words after a post's body that say where it is held ("đại_sứ Ấn_Độ tại Nga").
POSTED_AT = frozenset(syllables_of(w) for w in word_list("roles.posted-at"))
#: A company's boards ("HĐQT", "Hội_đồng thành_viên"): a title of one is a post of its company.
BOARDS = Phrases(word_syllables("roles.boards"))
#: Words between a post's body and the body it belongs to ("Ủy_ban Tư_pháp của Quốc_hội").
BODY_OF = frozenset(syllables_of(w) for w in word_list("roles.body-of"))
#: Titles that, standing alone before a body, name its leadership as a group.
GROUP_TITLES = frozenset(syllables_of(w) for w in word_list("roles.group-titles"))
#: Words before a reference or title that make it many holders ("hai nhà_lãnh_đạo Nga", "các Bộ_trưởng"), and numbers.
PLURAL_WORDS = frozenset(
    (w,) for w in word_list("roles.plural")
) | frozenset((str(n),) for n in range(2, 100))
#: Words before a title that make it the title of several people ("các Phó Chủ_tịch Quốc_hội A , B và C").
PLURAL_TITLE_WORDS = frozenset(syllables_of(w) for w in word_list("roles.plural-title"))
#: Marks that open a title in apposition after a name ("X , Giám_đốc …", "X - …", "X ( …").
APPOSITION_MARKS = frozenset({",", "-", "–", "("})
#: The types of a place, where a post is held rather than whose it is.
PLACE_TYPES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.REGION, EntityType.LOCATION})
#: How many titles listed before a name are read at most ("A , B , C – ông X").
LISTED_TITLES = 4


def former_title_at(view: ArticleView, i: int) -> bool:
    """Whether a word of a past post ("nguyên") and a title start at piece ``i``."""
    return (
        i + 1 < len(view.pieces)
        and view.pieces[i].is_word
        and view.pieces[i].syllables in FORMER_WORDS
        and title_starting_at(view, i + 1) is not None
    )


def title_of(syllables: tuple[str, ...]) -> lexicon.Title | None:
    """The longest lexicon title that begins ``syllables``."""
    titles = lexicon.titles()
    for length in range(len(syllables), 0, -1):
        if syllables[:length] in titles:
            return titles[syllables[:length]]
    return None


#: Bodies below a state: a state's title holds no post at them.
_BELOW_A_STATE = frozenset({EntityType.CITY, EntityType.REGION})


def state_title(text: str) -> lexicon.Title | None:
    """The lexicon title that opens ``text`` when its post is a state's: its body may be a country
    and is never a city or province ("Thủ_tướng", "Tổng_thống", "Bộ_trưởng"; not "Chủ_tịch")."""
    title = title_of(syllables_of(text))
    if title is None or EntityType.COUNTRY not in title.object_types or title.object_types & _BELOW_A_STATE:
        return None
    return title


def is_below_a_state(name: str) -> bool:
    """Whether the gazetteer lists ``name`` as a city or a province."""
    return lexicon.load_lexicon().names.get(name) in _BELOW_A_STATE


def post_statements(
    view: ArticleView,
    person: Mention,
    title: lexicon.Title,
    bodies: list[Mention],
    first: int,
    last: int,
    confidence: float,
    title_span: tuple[int, int],
) -> list[Statement]:
    """The post ``title`` gives ``person`` at the first of ``bodies`` whose type fits it (none if
    none fits, or the title names no post of a person); its evidence spans pieces ``first`` to ``last``."""
    if title.predicate is None or EntityType.PERSON not in title.subject_types:
        return []
    for qualifier in bodies:
        if qualifier.type in title.object_types:
            return [post_statement(view, person, title.predicate, qualifier, first, last, confidence, title_span)]
    return []


def post_statement(
    view: ArticleView,
    person: Mention,
    predicate: str,
    body: Mention,
    first: int,
    last: int,
    confidence: float,
    title_span: tuple[int, int],
) -> Statement:
    """The post with its evidence and its title as written; at a country, the post a title names
    there ("Chủ_tịch Trung_Quốc" is its president, ``roles.country-posts``)."""
    start, end = title_span
    if body.type is EntityType.COUNTRY:
        title = lexicon.title_written(view.text[start:end])
        if title is not None and title.predicate == predicate:
            predicate = _COUNTRY_POSTS.get(title.syllables, predicate)
    return Statement(
        person, predicate, body, provenance(view, first, last, EXTRACTOR, confidence), view.text[start:end], title_span
    )


def pieces_span(view: ArticleView, start: int, end: int) -> tuple[int, int]:
    """The character span of pieces ``start`` to ``end`` (exclusive)."""
    return view.pieces[start].start, view.pieces[end - 1].end


def reference_title_span(view: ArticleView, reference: Mention) -> tuple[int, int]:
    """The title words of a reference ("Tổng_thống" of "Tổng_thống Nga"): up to its first inner mention."""
    inner = [m.start for m in view.inner(reference)]
    end = min(inner) if inner else reference.end
    text = view.text[reference.start : end]
    return reference.start, reference.start + len(text.rstrip())


def listed_after_person(view: ArticleView, start: int) -> bool:
    """Whether the title at ``start`` stands in apposition after a name, maybe as a later item of a
    list of titles there ("A – Ủy_viên X , Bí_thư Y , anh B": "Bí_thư Y" is A's, not B's)."""
    first = view.bounds(start)[0]
    item = start
    for _ in range(LISTED_TITLES):
        if apposed_to_person(view, item):
            return True
        if item - 2 < first or view.pieces[item - 1].text != ",":
            return False
        i = item - 2
        while i >= first and view.pieces[i].text not in APPOSITION_MARKS and not is_barrier(view.pieces[i]):
            i -= 1
        item = i + 1
        if not _opens_with_title(view, item):
            return False
    return False


def _opens_with_title(view: ArticleView, i: int) -> bool:
    """Whether a title opens at piece ``i``, as words or as a reference that names a role."""
    mention = view.pieces[i].mention
    if mention is not None:
        return mention.reference and title_of(view.pieces[i].syllables) is not None
    return title_starting_at(view, i) is not None or former_title_at(view, i)


def apposed_to_person(view: ArticleView, start: int) -> bool:
    """Whether the title at ``start`` stands in apposition after a name ("X , Giám_đốc Sở Y_tế , Y")."""
    first = view.bounds(start)[0]
    if start - 2 < first or view.pieces[start - 1].text not in APPOSITION_MARKS:
        return False
    before = view.pieces[start - 2].mention
    return before is not None and before.type is EntityType.PERSON


def bare_title_at(view: ArticleView, start: int) -> tuple[lexicon.Title, int, tuple[int, int]] | None:
    """The title at piece ``start``, as words or as a reference that names no body ("Chủ_tịch HĐQT"):
    (title, piece past it, title span), or None."""
    mention = view.pieces[start].mention
    if mention is not None:
        if not mention.reference or view.inner(mention):
            return None
        title = title_of(view.pieces[start].syllables)
        return (title, start + 1, reference_title_span(view, mention)) if title is not None else None
    found = title_starting_at(view, start)
    if found is None:
        return None
    end, title = found
    return title, end, pieces_span(view, start, end)


def is_former(view: ArticleView, start: int) -> bool:
    """Whether the title at piece ``start`` follows a word that makes it a past post ("nguyên Thủ_tướng")."""
    first = view.bounds(start)[0]
    return start - 1 >= first and view.pieces[start - 1].is_word and view.pieces[start - 1].syllables in FORMER_WORDS


def as_past(title: lexicon.Title) -> lexicon.Title:
    """The title as a post held before: any post becomes ``formerlyHeldPostAt``."""
    if title.predicate is None:
        return title
    return replace(title, predicate=FORMER_POST)


def is_modified(view: ArticleView, start: int) -> bool:
    """Whether the title at piece ``start`` follows a word that makes it another post ("phó") or a past one."""
    first = view.bounds(start)[0]
    return start - 1 >= first and view.pieces[start - 1].is_word and view.pieces[start - 1].syllables[-1:] in {
        (m,) for m in _MODIFIERS
    }


#: Phrases of the capacity one acts in ("trên cương_vị", "với tư_cách"), before the title held.
CAPACITY = Phrases(syllables_of(w) for w in word_list("roles.capacity"))
#: Adverbs between a name and its verb of holding ("vừa", "đã", "hiện").
_HOLDS_ADVERBS = Phrases(syllables_of(w) for w in word_list("roles.holds-adverbs"))


def verb_after_adverbs(view: ArticleView, start: int, last: int, verbs: Phrases) -> int | None:
    """Where one of ``verbs`` read at piece ``start``, past adverbs of holding ("vừa được bổ_nhiệm"),
    ends before ``last``; None when none is written there."""
    i = start
    while i < last and (j := view.match_any(i, _HOLDS_ADVERBS)) is not None:
        i = j
    end = view.match_any(i, verbs) if i < last else None
    return end if end is not None and end < last else None

