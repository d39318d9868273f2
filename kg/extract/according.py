"""Statements told "Theo X , …": X reports the statements of its clause, or is one.

"Theo" opens a clause at the start of a sentence, after a comma or after a
clause opener ("Bởi theo …"); the information X gave out may stand between
("theo thông_tin từ X", "theo nhận_định từ nhóm phân_tích X"), and so may one who
speaks for a body ("theo đại_diện Bộ X": the body is the source). A title and
its body name an officer: the person named after a comma speaks, or nobody.
A bracket may describe the source before its comma ("Theo báo X ( Úc ) , …"), and a
source may close the sentence instead ("… , theo Reuters ."): it reports the clause
before its comma.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kg.extract.frames import (
    ACCORDING,
    CLAUSE_OPENERS,
    DEMONSTRATIVES,
    HONORIFICS,
    MEDIA_NOUNS,
    PERSON_NOUNS,
    PLACE_TYPES,
    PRONOUNS,
    Argument,
    cue_verbs,
    ends_with_any,
    is_barrier,
    phrase_set,
    same_person_name,
    title_ending_at,
    provenance,
    resolve_reference,
    time_near,
    title_starting_at,
)
from kg.extract.known_speakers import known_holder
from kg.extract.pieces import ArticleView, Piece
from kg.extract.post_titles import POSTED_AT
from kg.lexicon import role_of_title, syllables_of, word_list
from kg.model import EntityType, Event, EventRole, EventType, Mention, TimeExpression

EXTRACTOR = "speech"
#: Confidence of a statement read from "Theo X" (docs/confidence.md).
CONFIDENCE_ACCORDING = 0.65
#: Less for a source read from a bare title or "tờ báo" (docs/confidence.md).
RESOLVED_PENALTY = 0.2
#: Who may speak: persons and bodies, and countries and capitals standing for their governments.
SPEAKER_TYPES = frozenset(
    {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.NEWS_AGENCY, EntityType.COUNTRY, EntityType.CITY}
)
#: Adverbs that may stand before "theo" as it opens a clause ("Cũng theo X , …").
_AGAIN = frozenset(syllables_of(w) for w in word_list("speech.according-adverbs"))
#: "Theo thông_tin từ X", "theo báo_cáo của X": what X gave out, between "theo" and X.
INFORMATION_NOUNS = phrase_set(*word_list("speech.information-nouns"))
#: "nguồn tin của Reuters": an outlet's unnamed sources, who say it; the outlet says nothing itself.
_UNNAMED_SOURCES = phrase_set(*word_list("speech.unnamed-sources"))
_INFORMATION_LINKS = phrase_set(*word_list("speech.information-links"))
#: Nouns of what a source gave out that open a sentence as "Theo" does ("Đánh_giá của X , …", "Nhận_định
#: của X , …"), and the word that joins them to the source.
_FRONTED_SOURCES = phrase_set(*word_list("speech.fronted-sources"))
_OF = phrase_set("của")
#: "Theo đại_diện X": one who speaks for the body X, the body then the source.
_SPEAKING_FOR = phrase_set(*word_list("speech.speaking-for"))

#: Nouns of the one who leads a body ("lãnh_đạo Ủy_ban X"): the officer the article gave a title at X, when there is one.
_LEADER = phrase_set(*word_list("speech.leader-nouns"))

#: Words that open a phrase telling where or to whom the source spoke: "theo báo_cáo của X trước Quốc_hội , …".
_SOURCE_ADJUNCTS = phrase_set(*word_list("speech.source-adjuncts"))

#: Degrees written before a person's name ("GS", "TS"), matched as written.
_DEGREES = frozenset(word_list("speech.degrees"))

#: The word joining two sources ("Theo X và Y"), and the marks that open an apposition after a person.
_AND = frozenset(syllables_of(w) for w in word_list("speech.source-and"))
_APPOSITION_OPENERS = frozenset({"-", "–", "("})
_OPENING_BRACKETS = frozenset({"(", "["})
#: Dashes: after a closing quotation one may open its source ('" … " - theo X').
_DASHES = frozenset({"-", "–"})
#: The marks and words that close the phrase of a source: "Theo X , …", "Theo X : …", "Theo ông X thì …".
_SOURCE_CLOSERS = frozenset({",", ":"}) | frozenset(word_list("speech.source-closers"))
#: How many parts of an apposition may describe a source ("đại_diện Vụ X , Tổng_cục Thuế ,"), and how long one may be.
_APPOSITION_PARTS = 3
_APPOSITION_LENGTH = 12
#: The marks that end a sentence, and those that may close one after a source named last ("… , theo Reuters .").
_FULL_STOPS = frozenset({".", "!", "?"})
_SENTENCE_CLOSERS = _FULL_STOPS | {"…"}

#: Statements found so far: (first, last piece) -> (event, sentence).
Found = dict[tuple[int, int], tuple[Event, int]]


def read_according(view: ArticleView, times: Sequence[TimeExpression], found: Found) -> None:
    """Add the "Theo X" statements of the article to ``found`` (a news agency
    X is added as the reporter of the statements already found in its sentence)."""
    reader = _AccordingReader(view, times, found)
    for sentence, (first, last) in view.sentence_range.items():
        for start in reader.starts(first, last):
            reader.read(sentence, start, last)


def _runs_on_from_caption(view: ArticleView, before: int, j: int) -> bool:
    """Whether "Theo" at piece ``j``, written with a capital inside the sentence, opens a new one
    the splitter ran on from a caption or heading ("… - Ảnh : AFP Theo tờ X , …"); not after an
    opening bracket ("( Theo AP )": an end credit, no clause)."""
    return view.pieces[j].text[:1].isupper() and view.pieces[before].text not in _OPENING_BRACKETS


def _in_adjunct(view: ArticleView, k: int) -> bool:
    """Whether the mention at piece ``k`` follows a word of a place or audience ("trước Quốc_hội")."""
    return k > 0 and view.pieces[k - 1].is_word and view.pieces[k - 1].syllables in _SOURCE_ADJUNCTS


def _past_name_prefix(view: ArticleView, k: int, last: int) -> Argument | None:
    """The person at or after piece ``k`` when only words of the person's own prefix stand between."""
    j = k
    while j < last and view.pieces[j].mention is None and view.pieces[j].is_word and not is_barrier(view.pieces[j]):
        j += 1
    if j == k or j >= last or (m := view.pieces[j].mention) is None or m.type is not EntityType.PERSON or m.reference:
        return None
    # "Theo GS TS X": degrees written before the name, or before the one the recogniser kept as its prefix
    prefix = m.prefix_start if m.prefix_start is not None else m.start
    degrees = k
    while degrees < j and view.pieces[degrees].start < prefix and view.pieces[degrees].text.rstrip(".") in _DEGREES:
        degrees += 1
    if prefix > view.pieces[degrees].start:
        return None
    return Argument(m, j)


def _past_appositions(view: ArticleView, comma: int, last: int) -> int:
    """"Theo ông X , Phó_Tổng_giám_đốc Ngân_hàng Y , con_số này …": the comma that closes the
    appositions describing the person after the comma at piece ``comma`` (a part opening with a
    title, a noun of a person or of one who speaks for a body, then parts naming a body), or
    ``comma`` when none follows. A part holds no verb of the cue lexicon."""
    described = False
    for _ in range(_APPOSITION_PARTS):
        start = comma + 1
        if start >= last:
            break
        piece = view.pieces[start]
        opens = (
            title_starting_at(view, start) is not None
            or view.match_any(start, PERSON_NOUNS) is not None
            or view.match_any(start, _SPEAKING_FOR) is not None
            or (piece.mention is not None and piece.mention.type is EntityType.PERSON and piece.mention.reference)
        )
        names_body = described and piece.mention is not None and piece.mention.type is not EntityType.PERSON
        if not (opens or names_body):
            break
        end = next((i for i in range(start + 1, min(last, start + _APPOSITION_LENGTH)) if view.pieces[i].text == ","), None)
        if end is None or any(_ends_part(view.pieces[i]) or ends_with_any(view, i, cue_verbs(), start) is not None for i in range(start, end)):
            break
        if names_body and end != start + 1:
            break  # only a body's name stands alone between two commas
        comma, described = end, True
    return comma


def _quote_cut_at(view: ArticleView, event: Event, comma: int) -> Event:
    """The event with its quotation ending before the comma at piece ``comma``."""
    first = next(i for i, piece in enumerate(view.pieces) if piece.end > event.quote_span[0])
    span = view.span(first, comma)
    if span is None:
        return event
    return replace(event, quote=" ".join(view.words(first, comma).split()), quote_span=span)


def _past_post_place(view: ArticleView, k: int, last: int) -> int:
    """Past "tại" and the place where a post is held, between a title's body at piece ``k`` and
    the officer named right after ("Đại_sứ Việt_Nam tại Nhật_Bản X"): the officer's piece, or ``k``."""
    if k + 3 > last or (body := view.pieces[k].mention) is None or body.type is EntityType.PERSON:
        return k
    if not view.pieces[k + 1].is_word or view.pieces[k + 1].syllables not in POSTED_AT:
        return k
    place = view.pieces[k + 2].mention
    if place is None or place.reference or place.type not in PLACE_TYPES or k + 3 >= last:
        return k
    officer = view.pieces[k + 3].mention
    return k + 3 if officer is not None and officer.type is EntityType.PERSON and not officer.reference else k


def _past_bracket(view: ArticleView, k: int, last: int) -> int:
    """Past a bracket at piece ``k`` that describes the name before it ("báo X ( Úc )"), or ``k``."""
    if k >= last or view.pieces[k].text != "(":
        return k
    close = next((i for i in range(k + 1, min(last, k + _APPOSITION_LENGTH)) if view.pieces[i].text == ")"), None)
    return close + 1 if close is not None else k


def _joint_person(view: ArticleView, k: int, last: int) -> tuple[Argument, int] | None:
    """"… và TS Z ( NXB W )" at piece ``k``: the second person named as a source (past a title or an
    honorific, with a bracket that describes them), and the piece after the phrase; None otherwise."""
    if k >= last or not view.pieces[k].is_word or view.pieces[k].syllables not in _AND:
        return None
    j = k + 1
    prefixed = _past_name_prefix(view, j, last)
    if prefixed is not None:
        j = prefixed.piece  # "TS Z": a degree the recogniser keeps as the name's prefix
    elif j < last and view.pieces[j].is_word and view.pieces[j].syllables in HONORIFICS:
        j += 1
    if j >= last or (m := view.pieces[j].mention) is None or m.type is not EntityType.PERSON or m.reference:
        return None
    return Argument(m, j), _past_bracket(view, j + 1, last)


def _apposition_to_end(view: ArticleView, comma: int, last: int) -> bool:
    """Whether the comma at piece ``comma`` after a person opens an apposition that runs to the end
    of the sentence ("… , theo X , CEO của Y ."): a part opening with a title, a noun of a person
    or of one who speaks for a body, with no verb of the cue lexicon and no mark but a dash in it."""
    if comma + 1 >= last or view.pieces[comma].text != ",":
        return False
    start = comma + 1
    opens = (
        title_starting_at(view, start) is not None
        or view.match_any(start, PERSON_NOUNS) is not None
        or view.match_any(start, _SPEAKING_FOR) is not None
    )
    end = last
    while end > start and view.pieces[end - 1].text in _SENTENCE_CLOSERS:
        end -= 1
    if not opens or end == last or end - start > 2 * _APPOSITION_LENGTH:
        return False
    return not any(
        (_ends_part(view.pieces[i]) and view.pieces[i].text not in _DASHES) or ends_with_any(view, i, cue_verbs(), start) is not None
        for i in range(start, end)
    )


def _names_next(view: ArticleView, k: int, last: int) -> bool:
    """Whether a name, maybe after an honorific, stands at piece ``k``."""
    if k < last and view.pieces[k].is_word and view.pieces[k].syllables in HONORIFICS:
        k += 1
    return k < last and view.pieces[k].mention is not None


def _closes_sentence(view: ArticleView, k: int, last: int) -> bool:
    """Whether only the sentence's closing marks stand from piece ``k`` to ``last``."""
    return all(view.pieces[i].text in _SENTENCE_CLOSERS for i in range(k, last))


def _ends_part(piece: Piece) -> bool:
    """Whether the piece is a mark that no part of an apposition holds (a bracket around a place may)."""
    return is_barrier(piece) and piece.text not in {"(", ")"}


def _same_body(a: Mention, b: Mention) -> bool:
    """Whether two names of bodies can be one body: one starts with the other, dashes and case aside."""
    x, y = (_folded(m.text) for m in (a, b))
    return x.startswith(y) or y.startswith(x)


def leader_or_body(view: ArticleView, body: Argument, first: int) -> Argument:
    """"lãnh_đạo Ủy_ban X cho_biết": the one person the article named before with a title at X
    ("Chủ_nhiệm Ủy_ban X Phùng_Quốc_Hiển") speaks; without one, the body speaks for itself."""
    if body.mention.type is EntityType.PERSON:
        return body
    lead = ends_with_any(view, body.piece - 1, _LEADER, first) if body.piece - 1 >= first else None
    if lead is None:
        return body
    officer = _officer_at(view, body.mention, lead)
    return Argument(officer, body.piece, resolved=True) if officer is not None else body


def spoken_for(view: ArticleView, speaker: Argument) -> Argument:
    """A nominal speaker that names one who speaks for a body ("người phát_ngôn FSA",
    "lãnh_đạo Đảng Cứu_quốc Campuchia"): the body inside it, or for a leader the one
    officer the article gave a title at that body before; an officer told by a post and a
    country only ("Bộ_trưởng Ngoại_giao New_Zealand"), not in apposition to a person named
    before: the holder the article names with that post, or the country; other speakers as they are."""
    mention = speaker.mention
    if mention.type is not EntityType.PERSON or not mention.reference:
        return speaker
    words = syllables_of(mention.text.lower())
    opener = next((p for p in _SPEAKING_FOR if words[: len(p)] == p), None)
    bodies = [m for m in view.inner(mention) if m.type in SPEAKER_TYPES and m.type is not EntityType.PERSON]
    if (
        opener is None
        and len(bodies) == 1
        and bodies[0].type is EntityType.COUNTRY
        and role_of_title(mention.title or mention.text) is not None
        and not _apposed_to_person(view, speaker.piece)
    ):
        # "Bộ_trưởng Ngoại_giao New_Zealand cho_biết": the holder the article names, or the unnamed
        # minister speaks for the country; an officer of a body keeps the title
        holder = _holder_titled(view, mention, bodies[0], False) or known_holder(view, mention.title or mention.text, bodies[0], speaker.piece)
        return Argument(holder, speaker.piece, resolved=True) if holder is not None else Argument(bodies[0], speaker.piece)
    if opener is None and len(bodies) == 1 and not _apposed_to_person(view, speaker.piece):
        # "Tổng_thư_ký Liên_Hợp_Quốc cho_biết": the holder the article named before, else the title as it is
        holder = _holder_titled(view, mention, bodies[0], False) or known_holder(view, mention.title or mention.text, bodies[0], speaker.piece)
        return Argument(holder, speaker.piece, resolved=True) if holder is not None else speaker
    if opener is None or len(bodies) != 1:
        return speaker
    leads = any(words[: len(p)] == p for p in _LEADER)
    holder = _holder_titled(view, mention, bodies[0], leads)
    if holder is None and leads:
        holder = _officer_at(view, bodies[0], speaker.piece)
    if holder is not None:
        return Argument(holder, speaker.piece, resolved=True)
    return Argument(bodies[0], speaker.piece)


def _apposed_to_person(view: ArticleView, k: int) -> bool:
    """Whether the reference at piece ``k`` follows a person's name and a mark ("X - Thứ_trưởng Bộ Y",
    "X , Chủ_nhiệm Báo Y"): it describes that person, whom the apposition gives the saying."""
    first = view.bounds(k)[0]
    mark = k - 1
    while mark >= first and view.pieces[mark].mention is None and view.pieces[mark].is_word and not is_barrier(view.pieces[mark]):
        mark -= 1  # the words of the title the recogniser left out of the reference
    return (
        mark - 1 >= first
        and view.pieces[mark].text in {",", "-", "–", "("}
        and (person := view.pieces[mark - 1].mention) is not None
        and person.type is EntityType.PERSON
        and not person.reference
    )


def _holder_titled(view: ArticleView, reference: Mention, body: Mention, any_role: bool) -> Mention | None:
    """The one person the article names with the role of ``reference`` (with any role, for a
    leader) at ``body`` ("Phát_ngôn_viên Điện_Kremlin Dmitry_Peskov" for "Người_phát_ngôn Điện_Kremlin")."""
    role = role_of_title(reference.text)
    folded_body = _folded(body.text)
    holders = []
    for piece in view.pieces:
        m = piece.mention
        if m is None or m.type is not EntityType.PERSON or m.reference or m.title is None or m.prefix_start is None:
            continue
        if (any_role or role_of_title(m.title) == role) and folded_body in _folded(view.text[m.prefix_start : m.start]):
            holders.append(m)
    if holders and all(same_person_name(holders[-1], m) for m in holders):
        return holders[-1]
    return None


def _folded(text: str) -> str:
    return " ".join(text.replace("–", "-").replace("_", " ").lower().split())


def _officer_at(view: ArticleView, body: Mention, before: int) -> Mention | None:
    """The one person named before piece ``before`` right after a title and ``body``."""
    candidates = [
        m
        for i in range(1, before)
        if (m := view.pieces[i].mention) is not None
        and m.type is EntityType.PERSON
        and not m.reference
        and (q := view.pieces[i - 1].mention) is not None
        and _same_body(q, body)
        and title_ending_at(view, i - 1) is not None
    ]
    if candidates and all(same_person_name(candidates[-1], m) for m in candidates):
        return candidates[-1]
    return None


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two (first, last) piece ranges share a piece."""
    return a[0] <= b[1] and b[0] <= a[1]


def with_role(event: Event, role: str, mention: Mention) -> Event:
    """The event with one more role."""
    return replace(event, roles=event.roles + (EventRole(role, mention),))


class _AccordingReader:
    def __init__(self, view: ArticleView, times: Sequence[TimeExpression], found: Found):
        self.view = view
        self.times = times
        self.found = found
        #: Where "Theo" opens a sentence run on from a caption: only "Theo X ," tells a source there.
        self.after_caption: set[int] = set()
        #: Where a noun of what a source gave out opens the sentence with no "Theo" before it ("Đánh_giá của X , …").
        self.fronted: set[int] = set()

    def _source_at(self, j: int, last: int) -> Argument | None:
        """The source named right after "Theo": past an honorific or a title and
        its body ("Theo Chánh_thanh_tra Bộ Y_tế Đặng_Văn_Chính" is the inspector),
        never a name behind a common noun ("Theo người_nhà chị Huyền")."""
        view = self.view
        said = view.match_any(j, PRONOUNS) if j < last else None
        if said is not None and said < last and view.pieces[said].text == ",":
            # "Theo bà , …": the person the pronoun means speaks
            resolved = resolve_reference(view, said - 1, view.bounds(j)[0])
            return Argument(resolved.mention, said - 1, resolved=True) if resolved is not None else None
        k = j
        if k < last and view.pieces[k].is_word and view.pieces[k].syllables in HONORIFICS:
            k += 1
        prefixed = _past_name_prefix(view, k, last)
        if prefixed is not None:
            return prefixed  # "Theo TS X": a degree or description the recogniser keeps as the name's prefix
        found = title_starting_at(view, k) if k < last else None
        if found is not None:
            k = found[0]
        else:
            # a title the lexicon does not know, when a body and a person follow it
            words = k
            while words < min(last, k + 2) and view.pieces[words].is_word and not is_barrier(view.pieces[words]):
                words += 1
            if words > k and words + 1 < last and view.pieces[words].mention is not None and (
                (p := view.pieces[words + 1].mention) is not None and p.type is EntityType.PERSON
            ):
                k = words
        while k < last and (b := view.pieces[k].mention) is not None and b.type is not EntityType.PERSON and (
            k + 1 < last and view.pieces[k + 1].mention is not None
        ):
            k += 1  # the title's body before the officer: "Chánh_thanh_tra Bộ Y_tế Đặng_Văn_Chính"
        if found is not None:
            k = _past_post_place(view, k, last)
        if found is not None and k < last and view.pieces[k].text == ",":
            # "Theo Tổng_Bí_thư , …": the one person the article gave the title to
            resolved = resolve_reference(view, k - 1, view.bounds(k)[0])
            return Argument(resolved.mention, k - 1, resolved=True) if resolved is not None else None
        if k >= last or (m := view.pieces[k].mention) is None or m.type not in SPEAKER_TYPES:
            return None
        if found is not None and m.type is not EntityType.PERSON:
            # "Theo Phó_Tổng_giám_đốc Viettel , bà X ,": the officer speaks, named after the comma or not at all
            return self._named_after_comma(k + 1, last)
        return Argument(m, k)

    def _paper_named_before(self, start: int, j: int, last: int) -> Argument | None:
        """"Theo tờ báo ( này ) , …": the paper or agency the article named last before piece ``start``."""
        view = self.view
        if j < last and view.pieces[j].is_word and view.pieces[j].syllables in DEMONSTRATIVES:
            j += 1
        if j >= last or view.pieces[j].text != ",":
            return None
        for i in range(start - 1, -1, -1):
            mention = view.pieces[i].mention
            if mention is not None and mention.type is EntityType.NEWS_AGENCY and not view.pieces[i].quoted:
                return Argument(mention, j - 1, resolved=True)
        return None

    def _named_after_comma(self, j: int, last: int) -> Argument | None:
        """The person named in ", (bà) X ," at piece ``j``."""
        view = self.view
        if j >= last or view.pieces[j].text != ",":
            return None
        j += 1
        if j < last and view.pieces[j].is_word and view.pieces[j].syllables in HONORIFICS:
            j += 1
        if j + 1 < last and (m := view.pieces[j].mention) is not None and m.type is EntityType.PERSON and view.pieces[j + 1].text == ",":
            return Argument(m, j)
        return None

    def starts(self, first: int, last: int) -> list[int]:
        """Where "Theo" opens a clause: the sentence's start, after a comma or a clause opener."""
        view = self.view
        start = first
        while start < last and (view.pieces[start].is_quote_mark or view.pieces[start].text in {"-", "–"}):
            start += 1
        found = []
        if (noun := view.match_any(start, _FRONTED_SOURCES)) is not None and view.match_any(noun, _OF) is not None:
            found.append(start)  # "Đánh_giá của X , …": read from the noun, as after "Theo"
            self.fronted.add(start)
        openers = ACCORDING.starts
        firsts = view.first_syllables
        for j in range(start, last):
            if firsts[j] not in openers or view.match_any(j, ACCORDING) is None:
                continue
            i = j - 1
            while i >= start and view.pieces[i].is_word and view.pieces[i].syllables in _AGAIN:
                i -= 1  # "Cũng theo X , …"
            before = view.pieces[i] if i >= start else None
            after_quotation = before is not None and before.text in _DASHES and i - 1 >= start and view.pieces[i - 1].is_quote_mark
            if before is None or before.text == "," or after_quotation or (before.is_word and before.syllables in CLAUSE_OPENERS):
                found.append(j)
            elif _runs_on_from_caption(view, i, j):
                found.append(j)
                self.after_caption.add(j)
        return found

    def read(self, sentence: int, start: int, last: int) -> None:
        """"Theo X , …" at piece ``start``: X reports the statements of its clause, or is one."""
        view = self.view
        # a sentence the splitter ran on past its full stop ends there for the source
        last = next((i + 1 for i in range(start, last) if view.pieces[i].text in _FULL_STOPS), last)
        fronted = start in self.fronted
        j = self._past_information_noun(start if fronted else start + 1, last)
        if j is None:
            return
        prefix = view.match_any(j, MEDIA_NOUNS)
        if prefix is not None:
            j = prefix
        source = self._source_at(j, last)
        if source is None and prefix is not None:
            source = self._paper_named_before(start, j, last)
        if source is None:
            return
        if (start in self.after_caption or fronted) and (source.piece + 1 >= last or view.pieces[source.piece + 1].text != ","):
            return  # "Thục_Quyên Theo Tri_Thức Phương_thức …": an end credit; "Đánh_giá của X về …": no source of a clause
        if fronted and _names_next(view, source.piece + 2, last):
            return  # "Ý_kiến của ông A , ông B và bà C …": a list of those who spoke, not the source of a clause
        source = leader_or_body(view, spoken_for(view, source), view.bounds(start)[0])
        sources = [source]
        comma = source.piece + 1
        if comma + 1 < last and view.pieces[comma].syllables in _AND and (also := view.pieces[comma + 1].mention) is not None:
            if also.type in SPEAKER_TYPES and not also.reference and also.type is not EntityType.NEWS_AGENCY:
                sources.append(Argument(also, comma + 1))  # "Theo ADB và Ngân_hàng Thế_giới , …": both say it
                comma += 2
        if source.mention.type is not EntityType.PERSON:
            comma = _past_bracket(view, comma, last)  # "Theo báo X ( Úc ) , …"
        elif (joint := _joint_person(view, _past_bracket(view, comma, last), last)) is not None:
            sources.append(joint[0])  # "Theo GS X ( Viện Y ) và TS Z ( NXB W ) : …": both say it
            comma = joint[1]
        if _closes_sentence(view, comma, last) or (
            start > view.sentence_range[sentence][0] and source.mention.type is EntityType.PERSON and _apposition_to_end(view, comma, last)
        ):
            self._read_trailing(sentence, start, sources, last)
            return
        # "Theo bà X - Đại_diện Y ( UNDP ) , …": an apposition after the person runs to the comma
        apposed = source.mention.type is EntityType.PERSON and comma < last and view.pieces[comma].text in _APPOSITION_OPENERS
        while comma < last and view.pieces[comma].text not in _SOURCE_CLOSERS:
            if view.pieces[comma].mention is not None and comma - source.piece > 1 and not apposed and not _in_adjunct(view, comma):
                break
            comma += 1
        if comma >= last or view.pieces[comma].text not in _SOURCE_CLOSERS:
            return
        if source.mention.type is EntityType.PERSON:
            comma = _past_appositions(view, comma, last)
        here = [key for key, (_, s) in self.found.items() if s == sentence and key[0] < last]
        if source.mention.type is EntityType.NEWS_AGENCY:
            for key in here:
                event, s = self.found[key]
                if all(r.mention.key != source.mention.key for r in event.roles):
                    self.found[key] = (with_role(event, "reportedBy", source.mention), s)
            if here:
                return
        elif here:
            return
        end = last
        while end > comma + 1 and view.pieces[end - 1].text in _FULL_STOPS:
            end -= 1
        if end - comma < 3:
            return
        time = time_near(view, self.times, comma, start, comma, saying=True)
        self._record(sentence, sources, source.resolved, (start, end - 1), (comma + 1, end), time)

    def _read_trailing(self, sentence: int, start: int, sources: list[Argument], last: int) -> None:
        """"… , theo X ." at piece ``start``: X closes the sentence and reports the clause before
        the comma (a news agency adds itself as the reporter of statements already found there)."""
        view = self.view
        comma = start - 1
        first = view.sentence_range[sentence][0]
        first = next((i + 1 for i in range(comma - 1, first - 1, -1) if view.pieces[i].text in _FULL_STOPS), first)
        if comma <= first or view.pieces[comma].text not in {","} | _DASHES:
            return
        source = sources[0].mention
        here = [key for key, (_, s) in self.found.items() if s == sentence and first <= key[1] and key[0] < last]
        cut = view.pieces[comma].start
        for key in here:
            event, s = self.found[key]
            if event.quote_span is not None and event.quote_span[0] < cut < event.quote_span[1]:
                event = _quote_cut_at(view, event, comma)  # ", theo X" is no part of what was said
            if source.type is EntityType.NEWS_AGENCY and all(r.mention.key != source.key for r in event.roles):
                event = with_role(event, "reportedBy", source)
            self.found[key] = (event, s)
        if here:
            return
        begin = first
        while begin < comma and (view.pieces[begin].is_quote_mark or view.pieces[begin].text in {"-", "–"}):
            begin += 1
        end = comma
        if begin > first and view.pieces[end - 1].is_quote_mark:
            end -= 1  # '" … " , theo X': what was said is inside the quotation marks
        if sum(view.pieces[i].is_quote_mark for i in range(begin, end)) % 2:
            return  # the close of a quotation opened in an earlier sentence: its speaker is named there
        if end - begin < 3:
            return
        time = time_near(view, self.times, start, begin, end, saying=True)
        self._record(sentence, sources, any(s.resolved for s in sources), (begin, last - 1), (begin, end), time)

    def _record(
        self,
        sentence: int,
        sources: list[Argument],
        resolved: bool,
        pieces: tuple[int, int],
        quoted: tuple[int, int],
        time: TimeExpression | None,
    ) -> None:
        """Keep the statement of ``sources`` read from ``pieces`` (first and last piece), what
        was said the pieces ``quoted`` (from, to before), unless one found overlaps it; the
        first source, when a news agency, reports it too."""
        view = self.view
        roles = [EventRole("agent", s.mention) for s in sources]
        if sources[0].mention.type is EntityType.NEWS_AGENCY:
            roles.append(EventRole("reportedBy", sources[0].mention))
        event = Event(
            type=EventType.STATEMENT,
            roles=tuple(roles),
            provenance=provenance(view, *pieces, EXTRACTOR, CONFIDENCE_ACCORDING - (RESOLVED_PENALTY if resolved else 0)),
            time=time,
            quote=" ".join(view.words(*quoted).split()),
            quote_span=view.span(*quoted),
        )
        if not any(overlaps(pieces, other) for other in self.found):
            self.found[pieces] = (event, sentence)


    def _past_information_noun(self, j: int, last: int) -> int | None:
        """Past "thông_tin từ", "báo_cáo thẩm_tra của", "nhận_định từ nhóm phân_tích"
        after "Theo": where the source's name may start (None: no source follows)."""
        view = self.view
        spokesman = view.match_any(j, _SPEAKING_FOR)
        if spokesman is not None and spokesman < last and (body := view.pieces[spokesman].mention) is not None:
            return spokesman if body.type is not EntityType.PERSON else j  # "theo đại_diện Bộ X": the body speaks
        if unnamed_sources_outlet(view, j, last) is not None:
            return None  # "Theo nguồn tin của Reuters , …"
        information = view.match_any(j, INFORMATION_NOUNS)
        if information is None:
            return j
        k = information
        while k < min(last, information + 3) and view.match_any(k, _INFORMATION_LINKS) is None:
            if view.pieces[k].mention is not None:
                return k
            if is_barrier(view.pieces[k]):
                return None
            k += 1
        after = view.match_any(k, _INFORMATION_LINKS) if k < last else None
        # "nhận_định từ nhóm phân_tích Công_ty X": a second noun before the name
        return self._past_information_noun(after, last) if after is not None and after < last else after


def unnamed_sources_outlet(view: ArticleView, j: int, last: int) -> int | None:
    """The piece of the outlet when the phrase at piece ``j`` names its unnamed sources ("nguồn tin của
    hãng tin Reuters"): the outlet, past the noun of its kind, named right after the words of the sources."""
    k = view.match_any(j, _UNNAMED_SOURCES)
    if k is None or k >= last:
        return None
    media = view.match_any(k, MEDIA_NOUNS)
    k = media if media is not None and media < last else k
    return k if (m := view.pieces[k].mention) is not None and m.type is EntityType.NEWS_AGENCY else None
