"""Quotations that stand as sentences of their own, with no speaker in them.

"Ông X nhấn_mạnh … . " Chúng_tôi luôn muốn … " ." — news goes on quoting the
one who spoke in the sentence before, or the one person that sentence is about,
without naming them again. Such a quotation is read once the sentence's own
sayings are known.
"""

from __future__ import annotations

from kg.extract.according import Found, overlaps
from kg.extract.clauses import CLAUSE_OPENERS
from kg.extract.frames import is_barrier, noun_phrase_start, phrase_set, opens_clause, provenance, same_person_name
from kg.extract.pieces import ArticleView
from kg.lexicon import word_list
from kg.model import EntityType, Event, EventRole, EventType, Mention

EXTRACTOR = "speech"
#: A quotation then its speaker (docs/confidence.md), less 0.20 as the speaker is read from the sentence before.
CONFIDENCE_STANDALONE = 0.65
#: A quotation standing as a sentence of its own is a saying, not a title or a term, from this many words.
MIN_WORDS = 6
#: Marks that may stand before such a quotation in its sentence (a dash of dialogue), and after it.
_MARKS_BEFORE = frozenset({"-", "–"})
_MARKS_AFTER = frozenset({".", "!", "?"})
#: How many words a description before a name, or the thing owned that opens a sentence, may have.
_DESCRIPTION_REACH = 4
_OF = frozenset({("của",)})
#: Words a speaker names oneself with.
_FIRST_PERSON = phrase_set(*word_list("speech.first-person"))


def read_standalone_quotations(view: ArticleView, found: Found) -> None:
    """Add to ``found`` the quotations that make up their sentences, with no speaker of their own:
    each is said by the one who spoke in the sentence before it, else by the one person who is
    the subject of that sentence; with neither, nothing is read."""
    for quote in view.quotes:
        first = view.bounds(quote.open)[0]
        last = view.bounds(quote.close)[1]
        if not _only_marks(view, first, quote.open, _MARKS_BEFORE) or not _only_marks(view, quote.close + 1, last, _MARKS_AFTER):
            continue
        said = (quote.open + 1, quote.close)
        if sum(1 for i in range(*said) if view.pieces[i].is_word and view.pieces[i].syllables) < MIN_WORDS:
            continue
        evidence = (quote.open, quote.close)
        if any(overlaps(evidence, key) for key in found):
            continue
        sentence = view.pieces[quote.open].sentence
        previous = max((s for s in view.sentence_range if s < sentence), default=None)
        speakers = _speakers_of(view, found, previous, said) if previous is not None else None
        if not speakers:
            continue
        event = Event(
            type=EventType.STATEMENT,
            roles=tuple(EventRole("agent", m) for m in speakers),
            provenance=provenance(view, *evidence, EXTRACTOR, CONFIDENCE_STANDALONE),
            time=None,
            quote=" ".join(view.words(*said).split()),
            quote_span=view.span(*said),
        )
        found[evidence] = (event, sentence)


def _speakers_of(view: ArticleView, found: Found, sentence: int, said: tuple[int, int]) -> list[Mention] | None:
    """Who spoke in ``sentence``: the speakers of the sayings read there when they are the same
    and no news agency, else, with none read, the one person named there as the subject of the sentence,
    or, for a quotation ``said`` in the first person, as the owner of the thing the sentence opens with."""
    sayings = [event for event, s in found.values() if s == sentence]
    if any(m.type is EntityType.NEWS_AGENCY for e in sayings for m in e.mentions("agent")):
        return None  # an agency that reported the sentence before quotes others, it says nothing of its own
    if sayings:
        agents = {tuple(sorted(m.key for m in e.mentions("agent"))) for e in sayings}
        return list(sayings[0].mentions("agent")) if len(agents) == 1 else None
    first, last = view.sentence_range[sentence]
    persons = [
        (k, m)
        for k in range(first, last)
        if (m := view.pieces[k].mention) is not None and m.type is EntityType.PERSON and not m.reference and not view.pieces[k].quoted
    ]
    if not persons or not all(same_person_name(persons[0][1], m) for _, m in persons):
        return None
    k, person = persons[0]
    start = noun_phrase_start(view, k)
    opens = start == first or view.pieces[start - 1].text == ","
    if opens and opens_clause(view, start, first):
        return [person]
    # "sạp thịt của anh X vẫn còn …" then "“ Chúng_tôi …”": the one whose thing the sentence is about speaks of oneself
    return [person] if _in_first_person(view, *said) and _opens_sentence_about(view, start, first) else None


def _opens_sentence_about(view: ArticleView, start: int, first: int) -> bool:
    """Whether the person whose phrase starts at piece ``start`` opens its sentence's clause (from piece
    ``first``), with a quoted description before the name ("“ thuyền_trưởng ” X") or as the owner of the
    thing that opens it ("sạp thịt của anh X")."""
    j = start
    if j - 1 >= first and view.pieces[j - 1].is_quote_mark:
        opening = next((q.open for q in view.quotes if q.close == j - 1 and q.open >= first), None)
        if opening is None or j - 1 - opening > _DESCRIPTION_REACH:
            return False
        j = opening
    if j - 1 >= first and view.pieces[j - 1].syllables in _OF:
        k = j - 2
        while k >= first and j - 2 - k < _DESCRIPTION_REACH and _plain_word(view, k, k == first) and view.match_any(k, CLAUSE_OPENERS) is None:
            k -= 1
        if k == j - 2:
            return False  # "của" with no thing before it
        j = k + 1
    if j == first:
        return True
    before = view.pieces[j - 1]
    return (before.text == "," or view.match_any(j - 1, CLAUSE_OPENERS) == j) and opens_clause(view, j, first)


def _plain_word(view: ArticleView, k: int, opening: bool) -> bool:
    """Whether piece ``k`` is a word naming nothing, lowercase unless it is the ``opening`` one of its sentence."""
    piece = view.pieces[k]
    lower = opening or piece.text[:1].islower()
    return piece.is_word and piece.mention is None and not is_barrier(piece) and lower and not piece.quoted


def _in_first_person(view: ArticleView, start: int, end: int) -> bool:
    """Whether the words from piece ``start`` to ``end`` (exclusive) speak of their speaker as "tôi", "chúng_tôi"."""
    return any(view.match_any(i, _FIRST_PERSON) is not None for i in range(start, end))


def _only_marks(view: ArticleView, start: int, end: int, marks: frozenset[str]) -> bool:
    """Whether pieces ``start``..``end`` (exclusive) are all among ``marks``."""
    return all(view.pieces[i].text in marks for i in range(start, end))
