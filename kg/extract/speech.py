"""Statements: who said what, and which agency reports it.

Read from the speech cues of ``ontology/events.tsv``:

- quote first: ``" … " , ông Putin nói`` — the quote, then the speaker and verb;
- speaker first: ``Peskov cho_biết (rằng) …`` / ``X nói : " … "`` — the rest of the sentence;
- the agency as speaker: ``" … " , KCNA đưa tin``;
- the agency quoting someone: ``TASS dẫn lời Kim_Jong-un nói``;
- ``Theo X , …``: X reports what the sentence says (or says it, when X is a person).

A pronoun or bare title speaker ("ông nói thêm", "Người_phát_ngôn cũng nói")
is resolved to the one person it can mean, or the statement is left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from kg.extract.cues import CueMatch, cue_at, find_cues
from kg.extract.frames import (
    ADVERBS,
    PLANNED,
    AGENT_TYPES,
    MEDIA_NOUNS,
    HONORIFICS,
    PLACE_PREPOSITIONS,
    PRONOUNS,
    Argument,
    apposed_across_stop,
    apposed_before_verb,
    apposition_head,
    apposed_speaker,
    dashed_speaker,
    ends_with_any,
    past_prefix,
    phrase_set,
    skip_left,
    PLACE_TYPES,
    is_barrier,
    noun_phrase_start,
    objects_after,
    provenance,
    resolve_description,
    resolve_group,
    resolve_reference,
    same_person_name,
    opens_clause,
    saying_verbs,
    subject_before,
    time_near,
    title_ending_at,
    title_starting_at,
)
from kg.extract.clauses import BODY_NOUNS
from kg.extract.references import DEMONSTRATIVES, resolve_titled_body
from kg.extract.relayed import relayed_by_outlets
from kg.extract.standalone_quotes import read_standalone_quotations
from kg.extract.credited_quotes import read_credited_quotations
from kg.extract.according import (
    INFORMATION_NOUNS,
    Found,
    SPEAKER_TYPES,
    leader_or_body,
    overlaps,
    read_according,
    spoken_for,
    unnamed_sources_outlet,
    with_role,
)
from kg.extract.pieces import ArticleView, QuoteSpan
from kg.extract.registry import frame_reader, readers_of
from kg.lexicon import cues, syllables_of, word_list
from kg.model import EntityType, Event, EventRole, EventType, Mention, TimeExpression

EXTRACTOR = "speech"
#: Confidence per pattern (docs/confidence.md).
CONFIDENCE_QUOTED = 0.85
CONFIDENCE_REPORTED = 0.7
#: Less for a saying a quotation itself reports ('" Ông Kerry trả_lời rằng … "').
NESTED_PENALTY = 0.1
AGENCY_TYPES = frozenset({EntityType.NEWS_AGENCY, EntityType.ORGANIZATION})
_THAT = phrase_set(*word_list("speech.that"))
#: Words after which a verb shares its sentence's subject: "X từ_chối vì cho_rằng …".
_SHARES_SUBJECT = phrase_set(*word_list("speech.shares-subject"))
#: Verbs that after a comma share the subject that opens the sentence: "Nga điều tàu tới , khẳng_định …"
#: (not "chia_sẻ", "đánh_giá", which a list of nouns or verbs may hold: "sự đồng_cảm , chia_sẻ").
_SHARED_AFTER_COMMA = phrase_set(*word_list("speech.shared-after-comma"))
#: Words joining a second verb of saying of the same speaker: "X cho_biết A và khẳng_định B".
_JOINS_SAYINGS = phrase_set(*word_list("speech.joins-sayings"))
#: How many pieces before a verb the word joining it to a saying before may stand ("và cũng khẳng_định").
_JOINT_REACH = 4
#: Words that open a sentence with its source: "Như X nói , …".
_AS = phrase_set(*word_list("speech.as"))
#: Nouns of one who speaks for a body: "Đại_diện Viettel cho_biết" is Viettel speaking.
_SPEAKING_FOR = phrase_set(*word_list("speech.speaking-for"))
#: Words after a speech verb that make it mean something else ("khẳng_định mình").
_NOT_SAID = phrase_set(*word_list("speech.not-said-after"))
#: Verbs of asserting, and the words of oneself after them that make them "prove oneself" ("khẳng_định mình");
#: after another verb such a word opens what is said ("cho_biết mình không biết gì").
_ASSERTING = phrase_set(*word_list("speech.asserting"))
_ONESELF = phrase_set(*word_list("speech.oneself"))
#: Phrases opening with a speech verb that tell an act, not a saying ("đánh_giá lại", "kêu_gọi đầu_tư").
_ACTS = phrase_set(*word_list("speech.acts"))
#: Words before a speech verb that make a noun of it ("lời khai", "ban chỉ_đạo", "ý_kiến chỉ_đạo"): nobody speaks.
_NOUNS_OF_SAYING = phrase_set(*word_list("speech.nouns-of-saying"))
#: Verbs of wishing: a saying only when a clause follows them ("mong_muốn rằng …", "mong_muốn các bên …"),
#: a wish to do something otherwise ("Viettel mong_muốn mang đến …").
_WISHES = phrase_set(*word_list("speech.wishes"))
#: Verbs of proposing, and the words after which they tell what is proposed ("đề_xuất … về việc tăng bội_chi").
_PROPOSALS = phrase_set(*word_list("speech.proposals"))
_PROPOSED = phrase_set(*word_list("speech.proposed"))
#: Time adverbs that may stand between a verb of wishing and the clause wished for ("mong_muốn hằng năm X …").
_WISH_ADVERBS = phrase_set(*word_list("speech.wish-adverbs"))
#: Speech verbs that also take a noun phrase ("phủ_nhận bài báo", "tiết_lộ các hình_ảnh"), and the words
#: that open such a noun phrase: the verb then tells of a thing, not of what was said.
_NOUN_OBJECT_VERBS = phrase_set(*word_list("speech.noun-object-verbs"))
_NOUN_PHRASE_OPENERS = phrase_set(*word_list("speech.noun-phrase-openers"))
#: Copulas that make such a noun phrase the subject of what is said ("tuyên_bố các hoạt_động là hợp_pháp"), and
#: how many pieces the noun phrase may take before one.
_PREDICATING = phrase_set(*word_list("speech.predicating"))
_PREDICATE_REACH = 6
#: Prepositions between such a verb and its noun phrase ("đề_cập đến cuộc gặp").
_NOUN_OBJECT_LINKS = phrase_set(*word_list("speech.noun-object-links"))
#: Verbs of asking or ordering: one named right after them is told to act ("Bộ Y_tế đề_nghị UBND X chỉ_đạo …"),
#: and the verb of saying after that one is what is asked of it, not its saying.
_ASKING = phrase_set(*word_list("speech.asking"))
_MIN_QUOTE_WORDS = 3
#: The marks that may close a quotation whose opening mark pairs with none ('"' is written for both).
_CLOSING_MARKS = frozenset({"”", "»", '"'})
#: Words after a speaker's name telling where the speaker lives ("nhà ở", "trú tại"), and how far they reach.
_RESIDENCE = phrase_set(*word_list("speech.residence"))
_RESIDENCE_REACH = 10
#: Verbs of being interviewed that may stand between a speaker and the speech verb, with whom the speaker
#: talks to after them ("X trao_đổi với tờ Inquirer khẳng_định …"), and how many pieces that one may take.
_INTERVIEWED_BY = phrase_set(*word_list("speech.interviewed-by"))
_INTERVIEWER_REACH = 5
#: Phrases opening a sentence with the interview its speaker gives ("Trả_lời phỏng_vấn báo X , …"), and
#: the words that may stand before them ("Trong cuộc phỏng_vấn với X , …").
_INTERVIEW_OPENERS = phrase_set(*word_list("speech.interview-openers"))
#: How many pieces the place of a writing may take between "viết" and the colon or "rằng" ("trên trang Twitter cá_nhân").
_MEDIUM_REACH = 8
#: Words opening whom a saying is addressed to, which may stand between the verb and the colon or "rằng" ("gửi_gắm tới các thí_sinh : …").
_TOLD_TO = phrase_set(*word_list("speech.told-to"))
#: A topic named after a verb of saying ("cho_biết thêm thông_tin về vụ_án"): no saying without "rằng" or a colon.
_TOPIC_OBJECTS = phrase_set(*word_list("speech.topic-objects"))
#: A message standing as the speaker ("Nội_dung bức_điện khẳng_định"), and the verbs of sending it.
_MESSAGES = phrase_set(*word_list("speech.message-nouns"))
_MESSAGE_LEADS = phrase_set(*word_list("speech.message-leads"))
_SENDING = phrase_set(*word_list("speech.sending"))
_INTERVIEW_LEADS = phrase_set(*word_list("speech.interview-leads"))
#: Where and in what a saying is given, between the speaker and the verb ("X trong một thông_cáo cho_biết",
#: "X tại cuộc họp_báo chiều 5/3 khẳng_định"): a preposition, words counting, the noun of the setting.
_SETTING_PREPOSITIONS = phrase_set(*word_list("speech.setting-prepositions"))
_SETTING_COUNTS = phrase_set(*word_list("speech.setting-counts"))
_SETTING_NOUNS = phrase_set(*word_list("speech.setting-nouns"))
#: Words of the passive between the one quoted and the agency that quotes ("X được TASS dẫn lời").
_QUOTED_BY = phrase_set(*word_list("speech.quoted-by"))
#: Words after a body's name that tie it to the country named before ("Bộ Ngoại_giao nước này", "Chính_phủ của nước này").
_OF_THAT_COUNTRY = phrase_set(*word_list("speech.of-that-country"))
#: How many pieces such a phrase may take, with what follows its noun ("với CNN", "hôm 7/4", "gửi nhân_viên").
_SETTING_REACH = 10
#: How far into its sentence the comma closing a fronted time may stand ("Chiều cùng ngày , trao_đổi với …").
_FRONTED_TIME_REACH = 6
#: Words before a speaker's description that belong to it ("nữ ca_sĩ X").
_DESCRIPTION_MODIFIERS = phrase_set(*word_list("speech.description-modifiers"))
#: Words before a bare title or pronoun that read back to someone named before ("nữ Bộ_trưởng", "vị Thủ_tướng"):
#: part of the speaker's phrase, so that a quotation closed before them is what that one said.
_REFERENCE_MODIFIERS = phrase_set(*word_list("speech.reference-modifiers"))
#: Nouns of a trade or standing written right before a speaker's name ("ca_sĩ X", "nhà sưu_tập X", "luật_sư X").
_TRADE_NOUNS = phrase_set(
    *word_list("frames.describing-nouns"),
    *word_list("references.demonstrated-nouns"),
    *word_list("frames.person-nouns"),
    *word_list("speech.trade-nouns"),
)
#: Words that open a circumstance after the verb ("phát_biểu tại diễn_đàn"), not what was said.
_CIRCUMSTANCE = phrase_set(*word_list("speech.circumstance"))
#: Words of circumstance that tell a topic or whom one talks to ("cho_biết về chính_sách", "chia_sẻ với nhân_dân"),
#: not a time or place fronted in what is said ("cho_biết trong hiệp một , cả hai đội …").
_NOT_FRONTED = phrase_set(*word_list("speech.not-fronted"))
#: Phrases that open what is said though they start like a circumstance ("cho_biết , trên thực_tế …").
_CONTENT_OPENERS = phrase_set(*word_list("speech.content-openers"))
#: Words after a reporting verb that name whom the agency cites ("dẫn nguồn tin từ …"): the agency says nothing itself.
_CITED = phrase_set(*word_list("speech.cited"))
#: Words before a speaker that make it the agent of a passive ("được X công_bố") or of a fact talked about
#: ("bất_chấp việc X yêu_cầu …"): no saying is reported.
_PASSIVE = phrase_set(*word_list("speech.passive"))
#: Media outlets that may speak in a clause after their name and country ("Tờ X , Trung_Quốc cho_biết").
_OUTLET_TYPES = frozenset({EntityType.NEWS_AGENCY})
#: Syllables of a speech verb that say the speaker goes on ("nói thêm", "cho_biết tiếp").
_GOES_ON = word_list("speech.goes-on")
#: The quote-source cues of ``ontology/events.tsv`` ("dẫn lời").
_QUOTE_SOURCES = tuple(key for key, cue in cues().items() if cue.frame == "quote-source")
_LONGEST_QUOTE_SOURCE = max(map(len, _QUOTE_SOURCES), default=0)
#: The same cues as phrases to match: after a fronted circumstance they name whom a report cites.
_QUOTING = phrase_set(*(" ".join(cue) for cue in _QUOTE_SOURCES))
#: Two-word speech verbs written around whom they tell ("X cho AFP biết"): their first and last syllable.
#: Words between a speaker and the verb that tell the saying is reported, not seen ("được cho là").
_HEDGES = phrase_set(*word_list("speech.hedges"))
#: Words of the future before a verb of saying: what is still to be said is not told as said.
_FUTURE = phrase_set(*word_list("speech.future-markers"))
#: Verbs of giving out a document, the documents, and the words counting one ("ra một bản tuyên_bố"): between a
#: speaker and the verb they tell the saying is the document's ("Bộ X ra thông_cáo cho_biết …": Bộ X says it).
_PUBLISHING = phrase_set(*word_list("speech.publishing"))
_PUBLISHED = phrase_set(*word_list("speech.published"))
_PUBLISHED_COUNTS = phrase_set(*word_list("speech.published-counts"))
#: Words counting the speakers of a phrase ("một quan_chức Mỹ", "các quan_chức Mỹ"), and the words between a
#: document and the body that gives it ("thông_cáo của Bộ X"): a quotation closed before them is the phrase's.
_SPEAKER_COUNTS = phrase_set(*word_list("speech.speaker-counts"))
_DOCUMENT_OF = phrase_set(*word_list("speech.document-of"))
_SPLIT_VERBS = tuple(syllables_of(w) for w in word_list("speech.split-verbs"))
#: Reporters told between the two words of such a verb ("X cho phóng_viên biết", "X cho PV Tuổi_Trẻ biết").
_TOLD_REPORTERS = phrase_set(*word_list("speech.split-verb-told"))
#: Verbs of going or deciding whose subject goes on to say something ("X tới nói : …", "X quyết_định thông_báo …").
_GOING = phrase_set(*word_list("events.go-to-act"), *word_list("events.intent-verbs"))


def find_statements(
    view: ArticleView, times: Sequence[TimeExpression], matches: Sequence[CueMatch] | None = None
) -> list[Event]:
    """Every statement event of the article, in text order."""
    reader = _SpeechReader(view, times)
    frames = readers_of("speech")
    for match in matches if matches is not None else find_cues(view):
        if match.cue.event is EventType.STATEMENT and match.cue.frame in frames:
            frames[match.cue.frame](reader, match)
        elif match.cue.event is EventType.STATEMENT and match.cue.frame == "quote-source":
            reader.read_quoted(match)
    for match in _split_verbs(view):
        reader.read(match)
    _read_name_colon_openings(view, reader.found)
    read_according(view, times, reader.found)
    read_credited_quotations(view, reader.found)
    read_standalone_quotations(view, reader.found)
    return reader.statements()


@frame_reader("speech", "speech-colon", "report", "reply", "after-quote", family="speech")
def read_statement(reader: _SpeechReader, match: CueMatch) -> None:
    """A speech verb: its speaker before it, what was said after it or quoted before it."""
    reader.read(match)


@frame_reader("quote-source", family="speech-source")
def quote_source_before(view: ArticleView, end: int, first: int) -> int | None:
    """Where a quote-source cue ("dẫn lời") ending at piece ``end`` starts, if one does:
    the speech reader looks for the agency that quotes a speaker before it."""
    for start in range(max(first, end - _LONGEST_QUOTE_SOURCE), end):
        for cue in _QUOTE_SOURCES:
            if view.match(start, cue) == end:
                return start
    return None


class _SpeechReader:
    def __init__(self, view: ArticleView, times: Sequence[TimeExpression]):
        self.view = view
        self.times = times
        self.found: dict[tuple[int, int], tuple[Event, int]] = {}  # (first, last piece) -> event, sentence

    def statements(self) -> list[Event]:
        found = relayed_by_outlets([event for _, (event, _) in sorted(self.found.items())])
        return sorted(found, key=lambda e: (e.provenance.start, e.provenance.end))

    def read(self, match: CueMatch) -> None:
        view = self.view
        first, last = view.bounds(match.start)
        enclosing = None
        if view.pieces[match.start].quoted:
            enclosing = _enclosing_quote(view, match.start)
            if enclosing is None:
                return
            # a saying the quotation itself reports ('" Ông Kerry trả_lời rằng … "'): read inside it only
            first, last = max(first, enclosing.open + 1), min(last, enclosing.close)
        if match.start > first and view.pieces[match.start].text[:1].isupper():
            return  # a capitalised cue inside a sentence is a noun or a heading ("Báo_cáo thẩm_tra"), not a verb
        if match.end < last and view.match_any(match.end, _NOT_SAID) is not None and _colon_quote_after(view, match.end, last) is None:
            return  # "khẳng_định vị_thế": proved a standing, said nothing; "đánh_giá cao … : " … "" says the quotation
        if match.end < last and match.cue.syllables in _ASSERTING and view.match_any(match.end, _ONESELF) is not None:
            return  # "khẳng_định mình": proved oneself, said nothing
        if match.start > first and ends_with_any(view, match.start - 1, _NOUNS_OF_SAYING, first) is not None:
            if _passively_quoted(view, match.start, first) is None:
                return  # "Phó_Trưởng ban chỉ_đạo", "theo lời khai của X": the verb is part of a noun
        if _tells_no_saying(view, match, last):
            return
        if _still_to_come(view, match.start, first):
            return  # "Bộ Y_tế sẽ đề_nghị kiểm_tra lại": a saying still to come is not told as said
        colon_quote = _colon_quote_after(view, match.end, last)
        only_after_quote = _told_after_quotation_only(view, match, last, colon_quote is not None)
        if only_after_quote and not _closes_saying(view, match.end, last):
            return  # "X bổ_sung nguồn vốn", "X gay_gắt với trọng_tài": no saying told
        before_adverbs = _before_adverbs(view, match.start, first)
        interview = _interviewed_before(view, before_adverbs, first)
        if interview is None:
            interview = _setting_before(view, before_adverbs, first)
        hedge = _hedged_from(view, match.start, first)
        speakers = subject_before(
            view,
            interview if interview is not None else hedge if hedge is not None else match.start,
            SPEAKER_TYPES,
            self.times,
            allow_pronoun=False,
            possessor_heads=INFORMATION_NOUNS,
            speaking_for=_SPEAKING_FOR,
        )
        passive = _passively_quoted(view, match.start, first)
        if passive is not None:
            speakers = [passive[0]]  # "X được hãng tin Y dẫn lời nói …": X says it, Y reports it
        if not speakers and (body := _body_of_country_before(view, match.start, first)) is not None:
            speakers = [body]  # "Bộ Ngoại_giao nước này tuyên_bố": the body of the country named before
        if not speakers and (went := _going_before(view, match.start, first)) is not None:
            # "X tới nói : …", "X quyết_định thông_báo …": the one who goes there, or decides to, says it
            speakers = subject_before(view, went, SPEAKER_TYPES, self.times, allow_pronoun=False)
        if enclosing is not None and not (_named_inside(view, speakers, enclosing) and _nested_saying_told(view, speakers, match, first, last)):
            return  # inside a quotation only a named speaker whose verb opens what is said ("nói rằng") is sure
        resolved = False
        if not speakers and enclosing is None:
            # "Hai nhà_lãnh_đạo đã cam_kết …": the two persons named just before
            speakers = [a for a in resolve_group(view, _before_adverbs(view, match.start, first), first) if a.mention.type in SPEAKER_TYPES]
        second = False
        continued = apposed_across_stop(view, _before_adverbs(view, match.start, first) + 1, first)
        if continued is not None:
            speakers = [continued]  # the person the sentence before ended with, not the body of its title
        if not speakers:
            described = _described_speaker(view, match, first, last, colon_quote is not None)
            speakers = [described] if described is not None else []
            # "X cho_biết A và khẳng_định B": the second saying is told from its verb on
            second = described is not None and described.resolved and _joined_to_saying_before(view, match.start, first)
        if not speakers and enclosing is None:
            apposed = apposed_before_verb(view, skip_left(view, match.start - 1, first, self.times), first)
            speakers = [apposed] if apposed is not None and apposed.mention.type in SPEAKER_TYPES else []
        if not speakers:
            j = _before_adverbs(view, match.start, first)
            if j < first or is_barrier(view.pieces[j]):
                return
            if view.pieces[j].mention is not None:
                argument = resolve_titled_body(view, j, first) or resolve_description(view, j, first)  # "Chủ_tịch Quốc_hội đề_nghị", "HLV người Bồ_Đào_Nha nói"
            else:
                argument = _previous_speaker(self.found, view, match, _phrase_start(view, j, first)) if _continues(view, match, j, first) else None
                argument = argument or resolve_reference(view, j, first) or resolve_description(view, j, first)
            speakers = [argument] if argument is not None else _message_senders(view, j, first, self.times)
            if not speakers:
                return
            resolved = True
        if len(speakers) == 1:
            speakers = [leader_or_body(view, spoken_for(view, speakers[0]), first)]
        speaker = speakers[0]
        outlet = _outlet_before_place(view, speaker, first)
        if outlet is not None:
            speakers = [outlet]
            speaker = outlet
        speaker_start = noun_phrase_start(view, speaker.piece) if view.pieces[speaker.piece].mention else speaker.piece
        if _cited_unnamed(view, speaker, first, last):
            return  # "Nguồn_tin của Reuters cho_rằng …": whom the outlet does not name says it
        if view.pieces[speaker.piece].mention is speaker.mention:
            speaker_start = _described_from(view, speaker_start, speaker.mention, first)
        writer = match.cue.frame == "report" and speaker.mention.type not in AGENCY_TYPES
        if writer and (enclosing is not None or not _writes_saying(view, match, speaker, speaker_start, last)):
            return
        if second:
            speaker_start = match.start
        if continued is not None and speakers == [continued]:
            speaker_start = first  # the saying is told in this sentence, from its dash on
        if speaker_start - 1 >= first and (spokesman := ends_with_any(view, speaker_start - 1, _SPEAKING_FOR, first)) is not None:
            speaker_start = spokesman  # "… " , đại_diện Công_an tỉnh X cho_biết": the phrase opens with who speaks for it
        if _undergoes(view, speaker_start, first):
            return  # "Kế_hoạch đã được Yahoo công_bố", "Bộ Y_tế đề_nghị UBND X chỉ_đạo …"
        reporter = _quoting_agency(view, speaker_start, first)
        if reporter is not None:
            speaker_start = reporter[1]
        elif passive is not None:
            reporter = (passive[1], speaker_start)
        elif speaker.mention.type is EntityType.NEWS_AGENCY and len(speakers) == 1 and (cited := _cited_before_outlet(view, speaker_start, first)) is not None:
            if cited.mention is None:
                return  # "Dẫn lời một quan_chức giấu tên , tờ Y cho_biết": one the outlet does not name says it
            # "Dẫn lời ông X , tờ Y cho_biết …": X says it, the outlet reports it
            reporter = (speaker, first)
            quoted = Argument(cited.mention, cited.piece)
            speakers, speaker, speaker_start = [quoted], quoted, first
        quote, speaker_start = _quotation_before(view, speaker_start, first, resolved)
        if quote is None and speaker_start == first:
            quote = _quotation_of_sentence_before(view, match, first, last)
        if quote is None and only_after_quote:
            return
        if quote is None and match.cue.frame == "reply" and not _reply_tells(view, match, last):
            return  # "X trả_lời phóng_viên": what follows is whom X answered, not what X said
        if quote is not None:
            said = (quote.open + 1, quote.close - 1 if view.pieces[quote.close - 1].text == "," else quote.close)
            evidence = (quote.open if view.pieces[quote.open].is_quote_mark else quote.open + 1, match.end - 1)
        else:
            if _asks(view, last):
                return  # "Vậy X đã kiến_nghị … ?": a question, nothing is said
            after = past_addressee(view, match.end, last) if match.cue.frame == "reply" else match.end
            content = (colon_quote.open + 1, colon_quote.close) if colon_quote is not None else self._content_after(after, last)
            if content is not None and colon_quote is None:
                content = _before_second_verb(view, *content)
            if content is None and match.cue.syllables in _PROPOSALS:
                content = _proposed(view, match.end, last)
            if content is None and _opened_by_as(view, speaker_start, first):
                content = _after_comma(view, match.end, last)  # "Như X phát_biểu sau trận , …"
            if content is None and enclosing is None and (match.cue.frame == "report" or _at_clause_end(view, match.end, last, match.cue.syllables)):
                if match.end < last and view.match_any(match.end, _CITED) is not None:
                    return  # "… , Reuters dẫn nguồn tin thân_cận cho_biết": unnamed sources the outlet cites say it
                content = _content_before(view, speaker_start, first)
            if content is None:
                return
            said = content
            evidence = (min(speaker_start, content[0]), max(match.end - 1, content[1] - 1))
        text = view.words(*said)
        if not text.strip():
            return
        # "Moskva và Bình_Nhưỡng phủ_nhận …": one saying of all the coordinated speakers
        roles = [EventRole("agent", s.mention) for s in speakers]
        if match.cue.frame == "report" and not writer:
            roles.append(EventRole("reportedBy", speaker.mention))
        if reporter is not None and reporter[0].mention.key != speaker.mention.key:
            roles.append(EventRole("reportedBy", reporter[0].mention))
        elif (outlet := _interviewing_outlet(view, match, speaker_start, first, last)) is not None and outlet.key != speaker.mention.key:
            roles.append(EventRole("reportedBy", outlet))  # "X nói với Tuổi_Trẻ", "Trả_lời phỏng_vấn báo Y , X …"
        confidence = CONFIDENCE_QUOTED if quote is not None else CONFIDENCE_REPORTED
        if resolved or speaker.resolved:
            confidence -= 0.2
        if enclosing is not None:
            confidence -= NESTED_PENALTY
        if speaker.mention.reference:
            confidence -= 0.1
        # when it was said is told with the speaker ("X ngày 22/10 cho_biết"), never inside what was said
        time = time_near(view, self.times, match.start, speaker_start, match.end, saying=True)
        event = Event(
            type=EventType.STATEMENT,
            roles=tuple(roles),
            provenance=provenance(view, evidence[0], evidence[1], EXTRACTOR, confidence),
            time=time,
            quote=" ".join(text.split()),
            quote_span=view.span(*said),
        )
        key = evidence
        if match.cue.frame == "report" and not writer and self._credit_quoted(evidence, speaker.mention):
            return  # '" … " , ông Kim nói , KCNA đưa_tin': KCNA reports Kim's saying, it says nothing itself
        # one saying is read once; a saying reported inside another's ("X đưa_tin , Y đề_nghị …") is its own
        if not any(overlaps(key, other) and _same_speaker(found, event) for other, (found, _) in self.found.items()):
            self.found[key] = (event, view.pieces[match.start].sentence)

    def read_quoted(self, match: CueMatch) -> None:
        """'" … " , Wall_Street_Journal dẫn lời Giám_đốc X Phạm_Ngọc_Minh .': the person the agency
        quotes, named after the cue with only a title and its body between, says the quotation
        (with a speech verb after the person, the verb's reading tells it)."""
        view = self.view
        first, last = view.bounds(match.start)
        if view.pieces[match.start].quoted:
            return
        person = _quoted_person(view, match.end, last)
        reporter = _quoting_agency(view, match.end, first)
        if person is None or reporter is None:
            return
        quote = _quote_before(view, reporter[1], first)
        if quote is None:
            return
        roles = (EventRole("agent", person.mention), EventRole("reportedBy", reporter[0].mention))
        event = Event(
            type=EventType.STATEMENT,
            roles=roles,
            provenance=provenance(view, quote.open, person.piece, EXTRACTOR, CONFIDENCE_QUOTED),
            time=time_near(view, self.times, match.start, reporter[1], match.end, saying=True),
            quote=" ".join(view.words(quote.open + 1, quote.close).split()),
            quote_span=view.span(quote.open + 1, quote.close),
        )
        key = (quote.open, person.piece)
        if not any(overlaps(key, other) and _same_speaker(found, event) for other, (found, _) in self.found.items()):
            self.found[key] = (event, view.pieces[match.start].sentence)

    def _credit_quoted(self, evidence: tuple[int, int], agency: Mention) -> bool:
        """Give ``agency`` as reporter to the sayings already read where it reports a quotation; whether there were any."""
        inside = [key for key in self.found if overlaps(key, evidence)]
        for key in inside:
            event, sentence = self.found[key]
            if all(r.mention.key != agency.key for r in event.roles):
                self.found[key] = (with_role(event, "reportedBy", agency), sentence)
        return bool(inside)

    def _content_after(self, j: int, last: int) -> tuple[int, int] | None:
        """What is said after the verb: a quotation, or the rest of the sentence."""
        view = self.view
        # "X đưa_tin : trước khi …", "X nói rằng tại …", "X nói , về chuyện này , …": after a colon, "rằng"
        # or a comma, what follows is said, not a circumstance of the saying
        opened = False
        if view.match_any(j, _TOLD_TO) is not None:
            j = _past_medium(view, j, last)  # "X gửi_gắm tới các thí_sinh : …": past whom it is told to
        while j < last and (view.match_any(j, _THAT) is not None or view.pieces[j].syllables == ("thêm",)):
            opened = opened or view.match_any(j, _THAT) is not None
            j = view.match_any(j, _THAT) or j + 1
        if j < last and view.pieces[j].text in {",", ":"}:
            opened = True
            j += 1  # "X cho_biết , …", "X cho_rằng , …": the comma opens what was said
        if j < last and view.pieces[j].syllables == ("với",):
            objects = objects_after(view, j + 1, AGENT_TYPES, max_gap=2)
            if objects:
                j = objects[-1].piece + 1
                while j < last and view.match_any(j, _THAT) is not None:
                    j = view.match_any(j, _THAT)
                if j + 1 < last and view.pieces[j].text == "," and (
                    objects[-1].mention.type is EntityType.NEWS_AGENCY or view.match_any(j + 1, _THAT) is not None
                ):
                    # "X nói với hãng tin AP , nghi_phạm …", "X nói với Y , rằng …": the comma opens what is said
                    j = view.match_any(j + 1, _THAT) or j + 1
        if j >= last:
            return None
        opens_content = opened or view.match_any(j, _CONTENT_OPENERS) is not None
        if not opens_content and (view.match_any(j, _CIRCUMSTANCE) is not None or view.match_any(j, _CITED) is not None):
            # "nói với các nhà ngoại_giao … rằng X", "phát_biểu tại diễn_đàn : X", "cho_biết về chính_sách : X":
            # what is said follows, or nothing is (a topic, a cited source); "cho_biết trong hiệp một , cả hai
            # đội …": a time or place set before a clause by a comma belongs to what is said
            adverbial = view.match_any(j, _CIRCUMSTANCE) is not None and view.match_any(j, _NOT_FRONTED) is None
            for step in range(j, last):
                piece = view.pieces[step]
                if piece.text == "," and adverbial and view.match_any(j, _CITED) is None and not _runs_on(view, j, step):
                    return _to_sentence_end(view, j, step + 1, last)
                if piece.is_quote_mark or is_barrier(piece) and piece.text not in {":"}:
                    return _fronted_without_comma(view, j, step) if adverbial and piece.text in _CLAUSE_STOPS else None
                if piece.syllables in {("rằng",), (":",)}:
                    return self._content_after(step + 1, last)
            return _fronted_without_comma(view, j, last) if adverbial else None
        for quote in view.quotes:
            if quote.open == j:
                return (quote.open + 1, quote.close)
        end = last
        while end > j and view.pieces[end - 1].text in {".", "!", "?"}:
            end -= 1
        if end - j < 2 or view.pieces[j].text in {".", ",", ";"}:
            return None
        return (j, end)



def _message_senders(view: ArticleView, j: int, first: int, times: Sequence[TimeExpression]) -> list[Argument]:
    """"X và Y đã gửi điện thăm_hỏi tới Z . Nội_dung bức_điện khẳng_định : …": a message ending at piece ``j``
    that opens its clause says what its senders say, those the sentence before (or this one) tells sent a message."""
    if view.pieces[j].syllables in DEMONSTRATIVES and j - 1 >= first:
        j -= 1  # "Bức thư này viết"
    message = ends_with_any(view, j, _MESSAGES, first)
    if message is None:
        return []
    lead = ends_with_any(view, message - 1, _MESSAGE_LEADS, first) if message - 1 >= first else None
    if skip_left(view, (message if lead is None else lead) - 1, first, times) >= first:
        return []  # "Ông X đọc bức thư …": the message is no subject
    sentence = view.pieces[j].sentence
    previous = max((s for s in view.sentence_range if s < sentence), default=sentence)
    for k in range(message - 1, view.sentence_range[previous][0] - 1, -1):
        sent = view.match_any(k, _SENDING)
        if sent is not None and sent < len(view) and view.match_any(sent, _MESSAGES) is not None:
            senders = subject_before(view, k, SPEAKER_TYPES, times, allow_pronoun=False)
            return [Argument(s.mention, j, resolved=True) for s in senders]
    return []


def _content_before(view: ArticleView, speaker_start: int, first: int) -> tuple[int, int] | None:
    """"… , Reuters đưa_tin .": what the sentence said before the comma."""
    j = speaker_start - 1
    if j <= first or view.pieces[j].text not in {",", "-", "–"}:
        return None
    if j - first < 3:
        return None
    return (first, j)


def _previous_speaker(found: dict[tuple[int, int], tuple[Event, int]], view: ArticleView, match: CueMatch, at: int) -> Argument | None:
    """The speaker of the statement ``found`` just before, for "ông nói thêm"."""
    sentence = view.pieces[match.start].sentence
    for _, (event, event_sentence) in sorted(found.items(), reverse=True):
        if sentence - event_sentence <= 2:
            speaker = event.mentions("agent")
            return Argument(speaker[0], at, resolved=True) if speaker else None
    return None


def _cited_unnamed(view: ArticleView, speaker: Argument, first: int, last: int) -> bool:
    """Whether the speaker is the outlet of unnamed sources written before it ("nguồn_tin của [hãng tin] Reuters")."""
    return any(unnamed_sources_outlet(view, k, last) == speaker.piece for k in range(max(first, speaker.piece - 6), speaker.piece))


def _told_after_quotation_only(view: ArticleView, match: CueMatch, last: int, colon_quote: bool) -> bool:
    """Whether the verb at ``match`` tells a saying only after a quotation it closes: a word of manner
    ('" … " , Moyes gay_gắt', unless a colon and a quotation follow it), or a verb of the colon frame with no colon, "rằng" or quotation after it
    ('" … " , anh X bức_xúc', not "X bổ_sung nguồn vốn")."""
    if match.cue.frame == "after-quote":
        # "X phấn_khởi : " … "": a quotation opened by a colon right after the word is said too
        j = match.end
        return not (j + 1 < last and view.pieces[j].text == ":" and view.pieces[j + 1].is_quote_mark)
    return match.cue.frame == "speech-colon" and not colon_quote and not _colon_follows(view, match.end, last, match.cue.syllables)


def _quoting_agency(view: ArticleView, speaker_start: int, first: int) -> tuple[Argument, int] | None:
    """"TASS dẫn lời Kim_Jong-un nói": the agency before "dẫn lời", and where its phrase starts."""
    cue_start = quote_source_before(view, speaker_start, first)
    if cue_start is None:
        cue_start = quote_source_before(view, _title_and_body_before(view, speaker_start, first), first)
    if cue_start is None:
        return None
    k = cue_start - 1
    if k < first or (m := view.pieces[k].mention) is None or m.type not in AGENCY_TYPES:
        return None
    start = k
    while start - 1 >= first and view.pieces[start - 1].mention is not None and view.pieces[start - 1].mention.type is EntityType.COUNTRY:
        start -= 1
    return Argument(m, k), _with_media_noun(view, start, first)


def _writes_saying(view: ArticleView, match: CueMatch, writer: Argument, writer_start: int, last: int) -> bool:
    """Whether a person's "viết" at ``match`` tells a saying: a quotation closed just before the
    writer ('" … " - X viết trên Twitter') or a colon after the verb ("X viết : …")."""
    if writer.mention.type is not EntityType.PERSON:
        return False
    first = view.bounds(match.start)[0]
    return _quote_before(view, writer_start, first) is not None or _colon_follows(view, _past_medium(view, match.end, last), last)


def _past_medium(view: ArticleView, j: int, last: int) -> int:
    """"X viết trên Twitter cá_nhân rằng …", "X viết trong thư : …", "X gửi_gắm tới các thí_sinh : …": where the
    colon or "rằng" after the place of the writing, or whom it is addressed to, opening at piece ``j`` stands,
    or ``j`` when none closes it."""
    if j >= last or view.match_any(j, _CIRCUMSTANCE) is None and view.match_any(j, _TOLD_TO) is None:
        return j
    for k in range(j + 1, min(last, j + _MEDIUM_REACH)):
        if view.match_any(k, _COLON_OPENERS) is not None:
            return k
        if is_barrier(view.pieces[k]) or view.pieces[k].is_quote_mark:
            return j
    return j


def _undergoes(view: ArticleView, start: int, first: int) -> bool:
    """Whether the one named at piece ``start`` says nothing by the verb after it: "được/bị" before it
    (a thing is announced by it: "Kế_hoạch đã được Yahoo công_bố"), or a verb of asking or ordering
    (``speech.asking``: it is told to act, "Bộ Y_tế đề_nghị UBND X chỉ_đạo …")."""
    if start - 1 < first:
        return False
    return ends_with_any(view, start - 1, _PASSIVE, first) is not None or ends_with_any(view, start - 1, _ASKING, first) is not None


def _colon_follows(view: ArticleView, j: int, last: int, cue: tuple[str, ...] = ()) -> bool:
    """Whether a colon or "rằng" opens what follows piece ``j`` ("bổ_sung thêm :"), past words
    such as "thêm" (``speech.colon-fillers``) and whom it is said to ("với X"); or a comma, after
    a verb ``cue`` of explaining or adding (``speech.comma-opened``: "X lý_giải , …")."""
    while j < last and view.pieces[j].syllables in _COLON_FILLERS:
        j += 1
    if j + 1 < last and view.pieces[j].text == "," and cue in _COMMA_OPENED and not view.pieces[j + 1].is_quote_mark:
        return True  # "X lý_giải , sở_dĩ …": what is explained follows the comma
    if j < last and view.pieces[j].syllables == ("với",) and (told := objects_after(view, j + 1, AGENT_TYPES, max_gap=2)):
        j = told[-1].piece + 1  # "X bảo_đảm với Liên_Hiệp_Quốc rằng …": whom it was said to, then what
    # "X giải_trình trước Quốc_hội rằng …", "X gửi_gắm tới các thí_sinh : …": where or to whom, then what
    j = _past_medium(view, j, last)
    return j < last and view.match_any(j, _COLON_OPENERS) is not None


def _colon_quote_after(view: ArticleView, j: int, last: int) -> QuoteSpan | None:
    """The quotation opened right after a colon that closes the verb's clause from piece ``j`` on,
    when words stand between ("X góp_ý thêm vào Điều 79 của dự_thảo : " … "", "X có bài phát_biểu
    bế_mạc giải : " … ""): what the verb's speaker says. None when "rằng" or a comma right after the
    verb opens what is said, or a stop, a bracket or a quotation comes before the colon."""
    if j >= last or view.pieces[j].text in {":", ","}:
        return None  # a colon right after the verb is read as it is; a comma there opens what is said
    for k in range(j, last - 1):
        piece = view.pieces[k]
        if piece.syllables == ("rằng",) or piece.is_quote_mark:
            return None
        if k > j and view.pieces[k - 1].mention is not None and view.match_any(k, saying_verbs()) is not None:
            return None  # "X cho_biết Y tuyên_bố : " … "": the quotation is said by the later verb's subject
        if piece.text == ":":
            quote = next((q for q in view.quotes if q.open == k + 1), None)
            if quote is None or sum(1 for i in range(quote.open + 1, quote.close) if view.pieces[i].is_word and view.pieces[i].syllables) < _MIN_COLON_QUOTE_WORDS:
                return None
            return quote
        if is_barrier(piece) and piece.text != ",":
            return None
    return None


#: A quotation after a colon far from the verb is what was said, not a title or a term, from this many words.
_MIN_COLON_QUOTE_WORDS = 6
#: What opens a saying after a verb of the "speech-colon" frame, and the words that may stand before it.
_COLON_OPENERS = phrase_set(*word_list("speech.colon-openers"))
_COLON_FILLERS = frozenset(syllables_of(w) for w in word_list("speech.colon-fillers"))
#: Verbs of that frame after which a comma too opens what is said ("X lý_giải , sở_dĩ …").
_COMMA_OPENED = frozenset(syllables_of(w) for w in word_list("speech.comma-opened"))


def _runs_on(view: ArticleView, j: int, end: int) -> bool:
    """Whether pieces ``j`` to ``end`` hold a capitalised adverb or word of circumstance that is no name:
    a new sentence or a caption run on into this one ("phát_biểu tại diễn_đàn Cũng tại đây , …")."""
    for i in range(j, end):
        piece = view.pieces[i]
        if piece.mention is None and piece.text[:1].isupper() and (
            view.match_any(i, ADVERBS) is not None or view.match_any(i, _CIRCUMSTANCE) is not None
        ):
            return True
    return False


def _fronted_without_comma(view: ArticleView, j: int, last: int) -> tuple[int, int] | None:
    """"cho_rằng trong giai_đoạn hiện_nay doanh_nghiệp cần …", "cho_biết tại khu_vực này nước đã rút": a time
    or place from piece ``j`` set before a clause with no comma, when the phrase ends with a word that closes
    it (``speech.circumstance-ends``, a number or a name) and a subject of a few words and a word of tense,
    mood or negation (``speech.clause-markers``) follow: pieces ``j`` to the end of the sentence. A verb
    right after the phrase's noun ("tại hội_nghị đã diễn ra") is a clause of the phrase, not what is said."""
    for close in range(j + 1, min(last, j + _CIRCUMSTANCE_REACH)):
        piece = view.pieces[close]
        if piece.is_quote_mark or is_barrier(piece):
            return None
        ends = view.match_any(close, _CIRCUMSTANCE_ENDS)
        if ends is not None:
            subject = ends
        elif piece.mention is not None or piece.text[:1].isdigit():
            subject = close + 1
        else:
            continue
        marker = next((k for k in range(subject + 1, min(last, subject + 1 + _SUBJECT_REACH)) if view.match_any(k, _CLAUSE_MARKERS) is not None), None)
        if marker is None or any(not view.pieces[i].is_word or is_barrier(view.pieces[i]) or view.match_any(i, _CLAUSE_MARKERS) is not None for i in range(subject, marker)):
            continue
        return _to_sentence_end(view, j, subject, last)
    return None


def _to_sentence_end(view: ArticleView, j: int, clause: int, last: int) -> tuple[int, int] | None:
    """Pieces ``j`` to the end of the sentence before its stop, when a clause of a few words follows
    from piece ``clause`` ("trong hiệp một , cả hai đội nhập_cuộc thận_trọng"), not whom a report cites."""
    end = last
    while end > clause and view.pieces[end - 1].text in {".", "!", "?"}:
        end -= 1
    if clause < end and (view.match_any(clause, _CITED) is not None or view.match_any(clause, _QUOTING) is not None):
        return None  # "đưa_tin trên trang web , dẫn lời một người hàng_xóm": whom the report cites, not what it says
    words = sum(1 for i in range(clause, end) if view.pieces[i].is_word and view.pieces[i].syllables and not is_barrier(view.pieces[i]))
    return (j, end) if words >= _MIN_QUOTE_WORDS else None


def _proposed(view: ArticleView, j: int, last: int) -> tuple[int, int] | None:
    """What a verb of proposing ending before piece ``j`` proposes after "về việc", past whom it is
    proposed to ("đề_xuất với Quốc_hội về việc tăng bội_chi , …"): the rest of the sentence."""
    for step in range(j, min(last, j + _PROPOSAL_REACH)):
        piece = view.pieces[step]
        if piece.is_quote_mark or is_barrier(piece):
            return None
        end = view.match_any(step, _PROPOSED)
        if end is not None and view.pieces[step].syllables[:1] == ("về",):
            stop = last
            while stop > end and view.pieces[stop - 1].text in {".", "!", "?"}:
                stop -= 1
            return (end - 1, stop) if stop - end >= 2 else None
    return None


#: How far after a verb of proposing "về việc" may stand.
_PROPOSAL_REACH = 6


def _tells_no_saying(view: ArticleView, match: CueMatch, last: int) -> bool:
    """Whether the verb at ``match`` tells a wish or names a thing rather than a saying:
    "Viettel mong_muốn mang đến …" (a wish without a clause opened after it), "X phủ_nhận bài báo",
    "X tiết_lộ các hình_ảnh", "X đề_cập đến những khó_khăn" (a noun phrase right after a verb that
    may take one)."""
    if view.match_any(match.start, _ACTS) is not None:
        return True  # "đánh_giá lại tài_sản", "kêu_gọi đầu_tư": an act, no saying
    after = match.end
    if after >= last or view.pieces[after].is_quote_mark or view.pieces[after].text in {".", "!", "?", ";"}:
        return False  # '" … " , X mong_muốn .': the quotation before is what was said
    if match.cue.syllables in _WISHES:
        # "mong_muốn rằng …", "mong_muốn những tấm gương … tiếp_tục …", "mong_muốn (hằng năm) Việt_Nam …": a clause with its subject
        while after + 1 < last and (past := view.match_any(after, _WISH_ADVERBS)) is not None and past < last:
            after = past + 1 if view.pieces[past].text == "," else past
        opened = view.match_any(after, _THAT) is not None or view.pieces[after].text in {",", ":"}
        subject = view.pieces[after].mention is not None or view.match_any(after, _NOUN_PHRASE_OPENERS) is not None
        return not opened and not subject
    topic = view.match_any(_past_fillers(view, after, last), _TOPIC_OBJECTS)
    if topic is not None:
        return not _opened_after(view, topic, last) and not _predicated(view, topic, last)  # "cho_biết thêm thông_tin về vụ_án"
    if match.cue.syllables not in _NOUN_OBJECT_VERBS:
        return False
    if _gift_told(view, after, last):
        return True  # "X tuyên_bố viện_trợ 1 triệu USD cho Y": the gift is told, not a saying
    linked = view.match_any(after, _NOUN_OBJECT_LINKS)
    if linked is not None and linked < last:
        after = linked  # "X đề_cập đến những khó_khăn …"
    if view.match_any(after, _NOUN_PHRASE_OPENERS) is None:
        return False
    # "công_bố thông_tin rằng …": the noun phrase opens a clause told after it
    return not _opened_after(view, after + 1, last) and not _predicated(view, after + 1, last)


def _predicated(view: ArticleView, j: int, last: int) -> bool:
    """Whether a copula (``speech.predicating``) follows the noun phrase from piece ``j`` within a few words,
    with no mark or verb of saying before it: the noun phrase is the subject of what is said ("tuyên_bố các
    hoạt_động là hợp_pháp"), not the thing told."""
    for k in range(j, min(last, j + _PREDICATE_REACH)):
        piece = view.pieces[k]
        if piece.is_quote_mark or is_barrier(piece) or view.match_any(k, saying_verbs()) is not None:
            return False
        if view.match_any(k, _PREDICATING) is not None:
            return k > j
    return False


def _past_fillers(view: ArticleView, j: int, last: int) -> int:
    """Piece ``j`` past words such as "thêm" (``speech.colon-fillers``)."""
    while j < last and view.pieces[j].syllables in _COLON_FILLERS:
        j += 1
    return j


def _opened_after(view: ArticleView, j: int, last: int) -> bool:
    """Whether "rằng" or a colon from piece ``j`` on opens a clause told of the noun phrase before it ("công_bố
    thông_tin rằng …"); not when a verb of saying of its own stands before them ("công_bố tài_liệu nói rằng …":
    the document says it)."""
    opened = next((k for k in range(j, last) if view.pieces[k].syllables == ("rằng",) or _opening_colon(view, k)), None)
    return opened is not None and not any(view.match_any(k, saying_verbs()) is not None for k in range(j, opened))


def _opening_colon(view: ArticleView, k: int) -> bool:
    """Whether piece ``k`` is a colon that may open what is said: not one after a time or number ("17h25 :")."""
    return view.pieces[k].text == ":" and not (k > 0 and view.pieces[k - 1].text[:1].isdigit())


def _gift_told(view: ArticleView, after: int, last: int) -> bool:
    """Whether a verb of giving opens what follows the verb of saying at piece ``after``, past
    words of the future ("sẽ"): the speaker announces its own gift, which is read as one."""
    while after + 1 < last and (past := view.match_any(after, PLANNED)) is not None:
        after = past
    given = cue_at(view, after)
    if given is None or given.cue.event is not EventType.GIFT_GIVING:
        return False
    # "viện_trợ của họ sẽ được chuyển …": the gift word names a thing, subject of a clause said
    return not (given.end < last and view.pieces[given.end].syllables == ("của",))


def _described_speaker(view: ArticleView, match: CueMatch, first: int, last: int, quotes_after_colon: bool = False) -> Argument | None:
    """The speaker of the verb at ``match`` when no name stands right before it: the person of a chain
    of appositions (closed by a mark, set apart by a dash, or ending in a place after "tại"), the
    subject a verb after "vì"/"và" shares, the one person opening a sentence whose verb opens with a
    colon, or a person told with where they live."""
    j = _before_adverbs(view, match.start, first)
    mark = _before_locative(view, j, first)
    found = (
        apposed_speaker(view, j, first)
        or dashed_speaker(view, j + 1, first)
        or (_apposed_before_place(view, mark, first) if mark is not None else None)
        or (_body_before_place(view, body_mark, first) if (body_mark := _before_locative(view, _before_comma(view, j, first), first)) is not None else None)
        or _shared_subject(view, j, first, match)
    )
    if found is None and (quotes_after_colon or match.end < last and view.pieces[match.end].text == ":"):
        found = _lone_person_opening(view, match.start, first)
    return found or _speaker_with_residence(view, j, first)


def _interviewing_outlet(view: ArticleView, match: CueMatch, speaker_start: int, first: int, last: int) -> Mention | None:
    """The outlet the speaker talks to: told after the verb ("X nói với báo Y rằng …"), between the speaker
    and the verb ("X trao_đổi với tờ Y khẳng_định …") or in a phrase opening the sentence before the speaker
    ("Trả_lời phỏng_vấn báo Y , X cho_biết …", "Trong cuộc phỏng_vấn với Y , X nói …")."""
    if match.end < last and view.pieces[match.end].syllables == ("với",):
        told = objects_after(view, match.end + 1, AGENT_TYPES, max_gap=2)
        return next((a.mention for a in told if a.mention.type is EntityType.NEWS_AGENCY), None)
    if match.cue.frame == "reply" and (answered := past_addressee(view, match.end, last)) > match.end:
        return _outlet_between(view, match.end, answered)  # "X trả_lời phỏng_vấn báo Y : …"
    interview = _interviewed_before(view, _before_adverbs(view, match.start, first), first)
    if interview is None:
        interview = _setting_before(view, _before_adverbs(view, match.start, first), first)
    if interview is not None:
        return _outlet_between(view, interview, match.start)
    time_comma = next((k for k in range(first, min(speaker_start, first + _FRONTED_TIME_REACH)) if view.pieces[k].text == ","), None)
    for opening in (first, time_comma + 1 if time_comma is not None else first):
        lead = view.match_any(opening, _INTERVIEW_LEADS)
        opened = view.match_any(lead if lead is not None else opening, _INTERVIEW_OPENERS)
        if opened is not None and opened < speaker_start:
            break
    else:
        return None
    comma = next((k for k in range(opened, min(speaker_start, opened + _INTERVIEWER_REACH + 2)) if view.pieces[k].text == ","), None)
    if comma is None and speaker_start - opened <= _INTERVIEWER_REACH + 2:
        comma = speaker_start  # "Trả_lời phỏng_vấn báo Y ông X cho_biết": no comma before the speaker
    return _outlet_between(view, opened, comma) if comma is not None and comma <= speaker_start else None


def _outlet_between(view: ArticleView, start: int, end: int) -> Mention | None:
    """The one outlet named between pieces ``start`` and ``end``, with no stop or quotation among them."""
    outlets = []
    for k in range(start, end):
        piece = view.pieces[k]
        if piece.is_quote_mark or piece.text in {".", "!", "?", ";", ":"}:
            return None
        if piece.mention is not None and piece.mention.type is EntityType.NEWS_AGENCY:
            outlets.append(piece.mention)
    return outlets[0] if len(outlets) == 1 else None


def _interviewed_before(view: ArticleView, j: int, first: int) -> int | None:
    """"X trao_đổi với tờ Inquirer khẳng_định", "X trả_lời phỏng_vấn phóng_viên khẳng_định": where the
    phrase telling whom the speaker talks to starts, when it ends at piece ``j`` right before the
    speech verb; the speaker is the subject before it, never the one talked to. A phrase that opens its
    clause ("Trao_đổi với PV Y ông X cho_biết", with no comma after it) has no subject before it: the speaker
    is named after it, and None is returned."""
    for k in range(j, max(first - 1, j - _INTERVIEWER_REACH), -1):
        piece = view.pieces[k]
        if piece.is_quote_mark or piece.quoted or is_barrier(piece):
            return None
        if piece.mention is None and (start := ends_with_any(view, k, _INTERVIEWED_BY, first)) is not None:
            if k < j and (start == first or view.pieces[start - 1].text == ",") and _speaker_after_interviewer(view, k + 1, j):
                return None
            return start if k < j else None
    return None


def _speaker_after_interviewer(view: ArticleView, start: int, j: int) -> bool:
    """Whether a speaker stands after the one talked to, between pieces ``start`` and ``j``: a person, or a
    body after a word of speaking for it ("đại_diện Công_an huyện X"), after an outlet or a reporter."""
    for k in range(start + 1, j + 1):
        mention = view.pieces[k].mention
        if mention is None or mention.type is EntityType.NEWS_AGENCY:
            continue
        if mention.type is EntityType.PERSON and not mention.reference:
            return True
        if mention.type in SPEAKER_TYPES and any(
            ends_with_any(view, at, _SPEAKING_FOR, start) is not None for at in {noun_phrase_start(view, k) - 1, k - 1} if at >= start
        ):
            return True
    return False


class _Cited(NamedTuple):
    """Whom a quote-source cue opening a sentence cites before an outlet: the person, or None when unnamed."""

    mention: Mention | None
    piece: int


def _cited_before_outlet(view: ArticleView, outlet_start: int, first: int) -> _Cited | None:
    """"Dẫn lời ông X , tờ Y cho_biết …": whom a quote-source cue that opens the sentence cites, closed by
    a comma right before the outlet's phrase at piece ``outlet_start``: the person when only a title and
    an honorific stand before the name, else no one named; None when no such cue opens the sentence."""
    comma = _with_media_noun(view, outlet_start, first) - 1  # "tờ Tiền_Phong"
    if comma - 1 <= first or view.pieces[comma].text != ",":
        return None
    opened = view.match_any(first, _QUOTING)
    if opened is None:
        return None
    person = _quoted_person(view, opened, comma)
    return _Cited(person.mention, person.piece) if person is not None else _Cited(None, opened)


def _with_media_noun(view: ArticleView, start: int, first: int) -> int:
    """Where an outlet's phrase starting at piece ``start`` starts with the noun of media written right
    before the name ("tờ Tiền_Phong", "hãng thông_tấn TASS"), or ``start``."""
    for prefix in range(max(first, start - 3), start):
        if view.match_any(prefix, MEDIA_NOUNS) == start:
            return prefix
    return start


def _passively_quoted(view: ArticleView, cue: int, first: int) -> tuple[Argument, Argument] | None:
    """"X được hãng tin Y dẫn lời nói …", "X được Y trích lời cho_biết …": the one quoted and the agency
    quoting, when the verb at piece ``cue`` follows the quote-source cue (or is it) and "được" stands
    between the agency and the one quoted; None otherwise."""
    j = _before_adverbs(view, cue, first)
    source = ends_with_any(view, j, _QUOTING, first) if j >= first else None
    if source is None and view.match_any(cue, _QUOTING) is not None:
        source = cue  # "X được Y dẫn lời : …": the cue of quoting itself
    if source is None or source - 1 < first:
        return None
    agency = view.pieces[source - 1].mention
    if agency is None or agency.type not in AGENCY_TYPES or view.pieces[source - 1].quoted:
        return None
    opening = _with_media_noun(view, noun_phrase_start(view, source - 1), first)  # "hãng thông_tấn TASS"
    passive = ends_with_any(view, opening - 1, _QUOTED_BY, first) if opening - 1 >= first else None
    if passive is None or passive - 1 < first:
        return None
    speaker = view.pieces[passive - 1].mention
    if speaker is None or speaker.type not in SPEAKER_TYPES or view.pieces[passive - 1].quoted:
        return None
    if not opens_clause(view, noun_phrase_start(view, passive - 1), first):
        return None
    return Argument(speaker, passive - 1), Argument(agency, source - 1)


def _body_of_country_before(view: ArticleView, cue: int, first: int) -> Argument | None:
    """"Bộ Ngoại_giao nước này tuyên_bố", "Chính_phủ của nước này cho_biết": the body named right before
    the words tying it to the country named before, when they end right before the verb at piece ``cue``
    and the body opens its clause."""
    j = _before_adverbs(view, cue, first)
    tie = ends_with_any(view, j, _OF_THAT_COUNTRY, first) if j >= first else None
    if tie is None or tie - 1 < first:
        return None
    body = view.pieces[tie - 1].mention
    if body is None or not body.type.is_organization or view.pieces[tie - 1].quoted:
        return None
    return Argument(body, tie - 1) if opens_clause(view, noun_phrase_start(view, tie - 1), first) else None


def _setting_before(view: ArticleView, j: int, first: int) -> int | None:
    """"X trong một thông_cáo cho_biết", "X tại cuộc họp_báo chiều 5/3 khẳng_định": where the phrase telling
    in what or where the speaker spoke starts, when it runs to piece ``j`` right before the speech verb and a
    name ends right before it; the speaker is the subject before it. A mark, a quotation or another verb of
    saying between tells that the phrase is no setting of this saying."""
    for k in range(j, max(first, j - _SETTING_REACH), -1):
        piece = view.pieces[k]
        if piece.is_quote_mark or piece.quoted or (is_barrier(piece) and piece.text not in {"/"}):
            return None
        if piece.mention is not None or (opened := view.match_any(k, _SETTING_PREPOSITIONS)) is None:
            continue
        for _ in range(2):  # "trong một bản thông_cáo"
            opened = view.match_any(opened, _SETTING_COUNTS) or opened
        noun = view.match_any(opened, _SETTING_NOUNS) if opened <= j else None
        if noun is None:
            continue  # "tại Strasbourg" after "trong bài phát_biểu": the place of the setting
        if noun > j + 1 or any(view.match_any(i, saying_verbs()) is not None for i in range(noun, j + 1)):
            return None
        before = view.pieces[k - 1].mention
        return k if before is not None and before.type in SPEAKER_TYPES and not view.pieces[k - 1].quoted else None
    return None


def _speaker_with_residence(view: ArticleView, j: int, first: int) -> Argument | None:
    """"Bác Hoa nhà ở khu tập_thể quân_đội ( Hoàng_Quốc_Việt ) cho_biết": a person told with
    where they live (``speech.residence``) before the verb ending at piece ``j``."""
    for k in range(j, max(first - 1, j - _RESIDENCE_REACH), -1):
        piece = view.pieces[k]
        if piece.is_quote_mark or is_barrier(piece) and piece.text not in {"(", ")", ","}:
            return None
        mention = piece.mention
        if mention is None or mention.type in PLACE_TYPES:
            continue
        if mention.type is not EntityType.PERSON or mention.reference or k + 1 > j:
            return None
        if view.match_any(k + 1, _RESIDENCE) is None:
            return None
        return Argument(mention, k) if opens_clause(view, noun_phrase_start(view, k), first) else None
    return None


def _described_from(view: ArticleView, start: int, speaker: Mention, first: int) -> int:
    """Where the speaker's phrase starts with the words that describe the person before the name
    ("ca_sĩ X", "nữ ca_sĩ X"), which the recogniser keeps as the name's prefix."""
    j = past_prefix(view, start, speaker, first)
    if j == start and speaker.type is EntityType.PERSON and j - 1 >= first:
        j = ends_with_any(view, j - 1, _TRADE_NOUNS, first) or j  # "… " , luật_sư X nói": a trade the recogniser left out
    if j < start and (before := ends_with_any(view, j - 1, _DESCRIPTION_MODIFIERS, first)) is not None:
        j = before
    return j


def _shared_subject(view: ArticleView, j: int, first: int, match: CueMatch) -> Argument | None:
    """"Hàn_Quốc đã từ_chối vì cho_rằng …", "bà Park cảm_ơn ông Aquino và cho_rằng …", "Nga điều tàu
    tới , khẳng_định …": a verb after "vì"/"và" or a comma shares the subject of its sentence (after a
    comma only for the verbs of ``speech.shared-after-comma`` and when no second person is named), the name that opens it (or opens it after a
    fronted phrase and a comma, or after adverbs only), when that name is the first one
    the sentence gives."""
    if j < first or ends_with_any(view, j, _SHARES_SUBJECT, first) is None:
        return None
    if view.pieces[j].text == "," and (
        match.cue.syllables not in _SHARED_AFTER_COMMA
        or _names_another_person(view, first, j)
        or view.match_any(match.end, _NOUN_PHRASE_OPENERS) is not None
    ):
        # "X gặp Y , Bộ_trưởng Z , cho_biết", "sự đồng_cảm , chia_sẻ", ", khẳng_định sự nỗ_lực":
        # whose verb, or whether a saying, is not sure
        return None
    for k in range(first, j):
        mention = view.pieces[k].mention
        if mention is None:
            continue
        if mention.type is not EntityType.PERSON and k + 1 < j and (person := view.pieces[k + 1].mention) is not None:
            if person.type is EntityType.PERSON:
                k, mention = k + 1, person  # "Ngoại_trưởng Indonesia Marty_Natalegawa": the country qualifies the person
        start = noun_phrase_start(view, k)
        opens = skip_left(view, start - 1, first, ()) < first or view.pieces[start - 1].text == ","
        if mention.type in SPEAKER_TYPES and not mention.reference and opens and not view.pieces[k].quoted:
            return Argument(mention, k, resolved=True)
        return None
    return None


def _before_second_verb(view: ArticleView, start: int, end: int) -> tuple[int, int]:
    """What is said from piece ``start`` up to a second verb of saying of the same speaker joined by
    "và"/"đồng_thời" ("X cho_biết A và khẳng_định B": A; B is the second saying's), a verb of
    ``speech.shared-after-comma`` that opens a clause, when no name stands before the joint that
    could be that verb's subject; the whole span otherwise, and always for a quotation."""
    if start > 0 and view.pieces[start - 1].is_quote_mark:
        return (start, end)  # a quotation is said whole
    for k in range(start, end - 1):
        piece = view.pieces[k]
        if piece.mention is not None or piece.is_quote_mark:
            return (start, end)
        joint = view.match_any(k, _JOINS_SAYINGS) if k > start else None
        if joint is None:
            continue
        verb = _past_adverbs(view, joint, end)
        # only verbs that open a clause: "được khám_nghiệm và xác_nhận", "và ước_tính của …" join no saying
        if verb < end and view.match_any(verb, _SHARED_AFTER_COMMA) is not None:
            stop = k - 1 if view.pieces[k - 1].text == "," else k
            return (start, stop) if stop - start >= 2 else (start, end)
    return (start, end)


def _joined_to_saying_before(view: ArticleView, cue: int, first: int) -> bool:
    """Whether the verb at piece ``cue`` follows "và"/"đồng_thời" after an earlier verb of saying in its sentence."""
    joint = next(
        (
            k
            for k in range(cue - 1, max(first, cue - _JOINT_REACH) - 1, -1)
            if (end := view.match_any(k, _JOINS_SAYINGS)) is not None
            and end <= cue
            and all(view.pieces[i].mention is None for i in range(k, cue))
        ),
        None,
    )
    return joint is not None and any(view.match_any(k, saying_verbs()) is not None for k in range(first, joint))


def _past_adverbs(view: ArticleView, j: int, end: int) -> int:
    """Piece ``j`` past the adverbs that start there ("cũng", "còn")."""
    while j < end and (past := view.match_any(j, ADVERBS)) is not None:
        j = past
    return j


def _names_another_person(view: ArticleView, first: int, j: int) -> bool:
    """Whether pieces ``first`` to ``j`` name two persons or more, or one after another name."""
    named = [view.pieces[k].mention for k in range(first, j) if view.pieces[k].mention is not None]
    persons = {m.key for m in named if m.type is EntityType.PERSON}
    return len(persons) > 1 or (bool(persons) and named[0].type is not EntityType.PERSON)


def _opened_by_as(view: ArticleView, speaker_start: int, first: int) -> bool:
    """Whether "Như" ("as") opens the sentence right before the speaker: "Như X nói , …"."""
    return speaker_start - 1 >= first and ends_with_any(view, speaker_start - 1, _AS, first) == first


def _after_comma(view: ArticleView, j: int, last: int) -> tuple[int, int] | None:
    """The rest of the sentence after the first comma from piece ``j`` (at most a few words later)."""
    for step in range(j, min(last, j + 8)):
        piece = view.pieces[step]
        if piece.text == ",":
            end = last
            while end > step + 1 and view.pieces[end - 1].text in {".", "!", "?"}:
                end -= 1
            return (step + 1, end) if end - step > 3 else None
        if is_barrier(piece) or piece.is_quote_mark or piece.mention is not None:
            return None
    return None


def _lone_person_opening(view: ArticleView, cue: int, first: int) -> Argument | None:
    """"Chị X bán gà tại chợ Y nuối_tiếc nói : …": the one person named before a
    verb that opens a quotation, when the person is no object of a verb or a
    preposition, and no other person, nor a body that could be the subject,
    stands between."""
    found: Argument | None = None
    for k in range(first, cue):
        piece = view.pieces[k]
        if piece.quoted or piece.mention is None:
            continue
        mention = piece.mention
        if mention.type.is_organization and _names_no_subject(view, k, first):
            continue  # "người phát_ngôn Bộ Quốc_phòng X", "X trao_đổi với tờ Inquirer"
        if mention.type.is_organization or (mention.type is EntityType.PERSON and mention.reference):
            return None
        if mention.type is not EntityType.PERSON:
            continue
        if found is not None and found.mention.key != mention.key:
            return None
        if found is None:
            if not opens_clause(view, noun_phrase_start(view, k), first):
                return None
            found = Argument(mention, k, resolved=True)
    return found


def _names_no_subject(view: ArticleView, k: int, first: int) -> bool:
    """Whether the body at piece ``k`` qualifies the person named right after it, or is
    the object of a verb or a preposition: either way it is not who speaks."""
    following = view.pieces[k + 1].mention if k + 1 < len(view) else None
    if following is not None and following.type is EntityType.PERSON:
        return True
    return not opens_clause(view, noun_phrase_start(view, k), first)


def _quote_before(view: ArticleView, speaker_start: int, first: int) -> QuoteSpan | None:
    """The quotation closed just before ``" … " ,`` the speaker's phrase, or right before it when
    the quotation ends in its own comma (``" … , " ông X nói``)."""
    j = speaker_start - 1
    if j < first:
        return None
    if view.pieces[j].text in {",", "-", "–"}:
        j -= 1
    elif not (view.pieces[j].is_quote_mark and j - 1 >= first and view.pieces[j - 1].text == ","):
        return None
    for quote in view.quotes:
        # a short quoted phrase is a term the sentence uses, not what is said
        if quote.close == j and quote.close - quote.open - 1 >= _MIN_QUOTE_WORDS:
            return quote
    return _closing_earlier_quotation(view, j, first)


def _quotation_of_sentence_before(view: ArticleView, match: CueMatch, first: int, last: int) -> QuoteSpan | None:
    """'" … " . Thu_Phương chia_sẻ .': a sentence of only its speaker and the verb at ``match`` (and "thêm")
    after a sentence ending with a quotation says that quotation, the stop set before the speaker as if
    it were the comma; the part of a quotation opened earlier that ends that sentence, when no mark opens it.
    Words pointing back to what was said ("HLV X nói như_vậy sau buổi tập") may be followed by anything."""
    said_so = match.end < last and view.match_any(match.end, _SAID_SO) is not None
    if not said_so and not all(view.pieces[i].text in _CLAUSE_STOPS or view.pieces[i].syllables in _GOES_ON_AFTER for i in range(match.end, last)):
        return None
    if first == 0:
        return None
    before_first, _ = view.bounds(first - 1)
    j = first - 1
    while j > before_first and view.pieces[j].text in _CLAUSE_STOPS:
        j -= 1
    if not view.pieces[j].is_quote_mark or view.pieces[j].text not in _CLOSING_MARKS:
        return None
    for quote in view.quotes:
        if quote.close == j:
            return quote if quote.close - quote.open - 1 >= _MIN_QUOTE_WORDS and quote.open >= before_first else None
    return _closing_earlier_quotation(view, j, before_first)


def _closing_earlier_quotation(view: ArticleView, j: int, first: int) -> QuoteSpan | None:
    """'… của người nông_dân Việt_Nam " , nhà sưu_tập X cho_biết': a closing mark at piece ``j`` that pairs
    with no opening one closes a quotation opened in an earlier sentence; the part of it in this sentence
    is what is said (docs/annotation.md). Given as a span opening just before the sentence."""
    mark = view.pieces[j]
    if first == 0 or not mark.is_quote_mark or mark.text not in _CLOSING_MARKS or j - first < _MIN_QUOTE_WORDS:
        return None
    if any(j in (quote.open, quote.close) for quote in view.quotes):
        return None
    return QuoteSpan(first - 1, j)


def _enclosing_quote(view: ArticleView, k: int) -> QuoteSpan | None:
    """The quotation whose marks enclose piece ``k``."""
    return next((q for q in view.quotes if q.open < k < q.close), None)


def _nested_saying_told(view: ArticleView, speakers: Sequence[Argument], match: CueMatch, first: int, last: int) -> bool:
    """Whether a saying inside a quotation, whose part of the sentence runs from piece ``first`` to ``last``,
    is surely told: its verb opens what is said ("nói rằng", "nói với X , rằng"), or the name of its one
    speaker, a person, opens that part ('" Tổng_thống X cũng đã yêu_cầu …')."""
    j = match.end
    if j < last and view.pieces[j].syllables == ("với",) and (told := objects_after(view, j + 1, AGENT_TYPES, max_gap=2)):
        j = told[-1].piece + 1  # "nói với Tổng_thống X , rằng …": whom it is said to, then what
    if _opens_what_is_said(view, j, last):
        return True
    while first < last and view.pieces[first].is_quote_mark:
        first += 1
    # a body named so is often the speaker's own, speaking of itself ('" MobiFone mong_muốn … " , ông X nói'),
    # and a person named again outside the quotation its own speaker ('" Hương nói … " , cô Hồ_Quỳnh_Hương nói')
    person = speakers[0].mention if len(speakers) == 1 and speakers[0].mention.type is EntityType.PERSON else None
    if person is None or noun_phrase_start(view, speakers[0].piece) != first:
        return False
    # nor when an outlet tells the quotation ('" … " , KCNA đưa_tin'): the report is the outlet's saying
    start, end = view.bounds(first)
    outside = [view.pieces[k].mention for k in (*range(start, first), *range(last, end))]
    if any(m is not None and m.type is EntityType.NEWS_AGENCY for m in outside):
        return False
    return not any(m is not None and m.type is EntityType.PERSON and same_person_name(m, person) for m in outside)


def _named_inside(view: ArticleView, speakers: Sequence[Argument], quote: QuoteSpan) -> bool:
    """Whether every speaker is a name (no pronoun, title or description) written inside ``quote``
    as the subject of its clause, not the object of a verb before it ('" Đề_nghị Chính_phủ đánh_giá … "')."""
    return bool(speakers) and all(
        quote.open < s.piece < quote.close
        and not s.resolved
        and not s.mention.reference
        and opens_clause(view, noun_phrase_start(view, s.piece), quote.open + 1)
        for s in speakers
    )


def _reply_tells(view: ArticleView, match: CueMatch, last: int) -> bool:
    """Whether a verb of the reply frame at ``match`` tells what was said after it: an answer opened by
    "rằng" or a colon, a clause told, or what someone is told to do."""
    return _answer_opens(view, match.end, last) or _clause_told(view, match, last) or _directive_told(view, match, last)


def _answer_opens(view: ArticleView, j: int, last: int) -> bool:
    """Whether "rằng" or a colon opens the answer after a verb of replying at piece ``j``, right after
    it or after whom it answers ("X trả_lời rằng …", "X trả_lời phóng_viên : …"), rather than only
    whom it answers ("X trả_lời phóng_viên")."""
    j = past_addressee(view, j, last)
    return j < last and (view.match_any(j, _THAT) is not None or view.pieces[j].text == ":")


#: Verbs of telling that tell a saying when a clause with its own subject follows them ("X kể bà đã mất …"),
#: and the words of a person that may open that clause besides a pronoun or a name.
_CLAUSE_TELLERS = phrase_set(*word_list("speech.clause-tellers"))
_CLAUSE_SUBJECTS = phrase_set(*word_list("speech.clause-subjects"))


def _clause_told(view: ArticleView, match: CueMatch, last: int) -> bool:
    """Whether a verb of telling at ``match`` is followed by a clause that opens with a person:
    a pronoun, a name or a word of oneself ("X kể bà đã mất toàn_bộ số tiền", "X kể tôi phải đi bộ"),
    not by what is told ("X kể chuyện hồi chiến_tranh")."""
    j = match.end
    if match.cue.syllables not in _CLAUSE_TELLERS or j + 1 >= last:
        return False
    if (m := view.pieces[j].mention) is not None:
        return m.type in SPEAKER_TYPES and view.pieces[j + 1].is_word and view.pieces[j + 1].mention is None
    return view.match_any(j, PRONOUNS) is not None or view.match_any(j, _CLAUSE_SUBJECTS) is not None


#: Verbs of telling someone what to do, and the words of duty after whom they tell that make it a saying.
_DIRECTIVE_TELLERS = phrase_set(*word_list("speech.directive-tellers"))
_DUTY_WORDS = phrase_set(*word_list("speech.duty-words"))
#: How many pieces whom such a verb tells may take before the word of duty ("các cầu_thủ trẻ phải …").
_TOLD_REACH = 5


def _directive_told(view: ArticleView, match: CueMatch, last: int) -> bool:
    """Whether a verb of telling someone what to do at ``match`` is followed, past whom it tells, by a
    word of duty ("X căn_dặn cán_bộ phải gần dân", "X dặn_dò học_trò không được chủ_quan"): what they must
    do is said; not "X dặn_dò học_trò trước trận"."""
    if match.cue.syllables not in _DIRECTIVE_TELLERS:
        return False
    for k in range(match.end, min(last, match.end + _TOLD_REACH + 1)):
        piece = view.pieces[k]
        if piece.is_quote_mark or piece.quoted or is_barrier(piece):
            return False
        if view.match_any(k, _DUTY_WORDS) is not None:
            return k > match.end
    return False


#: Words of whom a reply answers ("phóng_viên", "phỏng_vấn báo"), and how many pieces they may take.
_ADDRESSEES = phrase_set(*word_list("speech.reply-addressees"))
_ADDRESSEE_REACH = 6
#: Who may be named after such words: the outlet or the person asking ("chất_vấn của đại_biểu X").
_ADDRESSEE_TYPES = frozenset({EntityType.NEWS_AGENCY, EntityType.PERSON})


def past_addressee(view: ArticleView, j: int, last: int) -> int:
    """Past whom a reply answers, from piece ``j`` ("phỏng_vấn báo Thanh_Niên", "câu_hỏi của phóng_viên"),
    when "rằng" or a colon follows it, maybe after where it was answered ("bên lề Quốc_hội"): the piece
    of "rằng" or the colon; ``j`` otherwise."""
    k = j
    while k < min(last, j + _ADDRESSEE_REACH):
        words = view.match_any(k, _ADDRESSEES)
        if words is not None:
            k = words
        elif (m := view.pieces[k].mention) is not None and m.type in _ADDRESSEE_TYPES and k > j:
            k += 1
        else:
            break
    if k == j or k >= last:
        return j
    k = _past_medium(view, k, last)  # "trả_lời báo_chí bên lề Quốc_hội rằng …": where it was answered
    return k if k < last and (view.match_any(k, _THAT) is not None or view.pieces[k].text == ":") else j


def _opens_what_is_said(view: ArticleView, j: int, last: int) -> bool:
    """Whether "rằng", a colon or a comma opens what is said at piece ``j``, right after the verb."""
    return j < last and (view.match_any(j, _THAT) is not None or view.pieces[j].text in {",", ":"})


def _read_name_colon_openings(view: ArticleView, found: Found) -> None:
    """"GS Phan_Huy_Lê : Đây là một thiếu_sót .", "* Nguyễn Văn_A , Chủ_tịch Hội X : Tôi …": a
    sentence that opens with a person's name (a bullet and the title kept with it before, a
    title in apposition after), then a colon and what the person says; not the article's
    first sentence, where a headline of that shape may run on into the text."""
    for index in view.sentence_range:
        first, last = view.sentence_range[index]
        if first == 0 and view.pieces[first].text not in _BULLETS:
            continue  # the article's opening often runs on from its headline ("Ông X : Nga sẽ thắng")
        k = next((i for i in range(first, last) if view.pieces[i].mention is not None), None)
        if k is None or k + 1 >= last:
            continue
        colon = k + 1 if view.pieces[k + 1].text == ":" else _colon_after_apposition(view, k + 1, last)
        if colon is None:
            continue
        person = view.pieces[k].mention
        if person.type is not EntityType.PERSON or person.reference or view.pieces[k].quoted:
            continue
        opening = past_prefix(view, k, person, first)
        while opening - 1 >= first and view.pieces[opening - 1].is_word and view.pieces[opening - 1].syllables in HONORIFICS:
            opening -= 1
        while opening - 1 >= first and view.pieces[opening - 1].text in _BULLETS:
            opening -= 1
        if opening != first:
            continue  # words before the name that are not its title: the name is no heading of a saying
        end = last
        while end > colon + 1 and view.pieces[end - 1].text in {".", "!", "?"}:
            end -= 1
        said = (colon + 1, end)
        quoted = next((q for q in view.quotes if q.open == colon + 1 and q.close < end), None)
        if quoted is not None:
            said = (quoted.open + 1, quoted.close)
        if sum(1 for i in range(*said) if view.pieces[i].is_word and view.pieces[i].syllables) < _MIN_QUOTE_WORDS:
            continue
        if any(overlaps((first, end - 1), key) for key in found):
            continue
        event = Event(
            type=EventType.STATEMENT,
            roles=(EventRole("agent", person),),
            provenance=provenance(view, first, end - 1, EXTRACTOR, CONFIDENCE_REPORTED),
            time=None,
            quote=" ".join(view.words(*said).split()),
            quote_span=view.span(*said),
        )
        found[(first, end - 1)] = (event, index)


#: Marks that open an item of a list of answers ("* Nguyễn Văn_A : …", "- Ông B , giám_đốc C : …").
_BULLETS = frozenset({"*", "-", "–", "•", "+"})
#: How many pieces the title set after a name may take before the colon of what the person says.
_APPOSITION_REACH = 16


def _colon_after_apposition(view: ArticleView, j: int, last: int) -> int | None:
    """The colon that ends the title set after a name from piece ``j`` (", Chủ_tịch Hội X :",
    "( giám_đốc Y ) :"), or None: a quotation, a stop or a verb of saying before it tells that the
    words are no title."""
    if view.pieces[j].text not in {",", "(", "-", "–"}:
        return None
    depth = 1 if view.pieces[j].text == "(" else 0
    for step in range(j + 1, min(last, j + _APPOSITION_REACH)):
        piece = view.pieces[step]
        if piece.text == ":" and depth == 0:
            return step if step > j + 1 else None
        if piece.is_quote_mark or piece.text in {".", "!", "?", ";", ":"} or cue_at(view, step) is not None:
            return None  # a colon within brackets is a credit ("( ảnh : X )"), not the opening of a saying
        depth += {"(": 1, ")": -1}.get(piece.text, 0) if piece.is_word else 0
    return None


def _same_speaker(a: Event, b: Event) -> bool:
    return {m.key for m in a.mentions("agent")} == {m.key for m in b.mentions("agent")}


def _split_verbs(view: ArticleView) -> list[CueMatch]:
    """"người phát_ngôn X cho AFP biết …", "X cho phóng_viên biết", "X cho PV Thanh_Niên biết": a two-word
    speech verb around the one told (a name, or a reporter of ``speech.split-verb-told`` with the outlet's
    name), read as the verb."""
    found = []
    table = cues()
    for i in range(len(view) - 2):
        if view.pieces[i].quoted or not view.pieces[i].is_word:
            continue
        for verb in _SPLIT_VERBS:
            if len(verb) != 2 or view.pieces[i].syllables != verb[:1] or verb not in table:
                continue
            end = _told_between(view, i + 1)
            if end is not None and end < len(view) and view.pieces[end].syllables == verb[1:]:
                found.append(CueMatch(i, end + 1, table[verb]))
    return found


def _told_between(view: ArticleView, k: int) -> int | None:
    """Where the one told, from piece ``k`` between the two words of a split verb, ends: one name of a person,
    body or outlet, or a reporter ("phóng_viên", "PV") and the name of the outlet after it; else None."""
    told = view.pieces[k].mention
    if told is not None:
        return k + 1 if told.type in AGENT_TYPES and not view.pieces[k].quoted else None
    reporter = view.match_any(k, _TOLD_REPORTERS)
    if reporter is None or reporter >= len(view):
        return reporter
    outlet = view.pieces[reporter].mention
    return reporter + 1 if outlet is not None and outlet.type in AGENT_TYPES else reporter


def _outlet_before_place(view: ArticleView, speaker: Argument, first: int) -> Argument | None:
    """"Tờ Hindustan_Times , Trung_Quốc cho_biết": a country or city set off by a comma after an
    outlet's name that opens the sentence is where the outlet is from; the outlet speaks."""
    if speaker.mention.type not in PLACE_TYPES:
        return None
    comma = noun_phrase_start(view, speaker.piece) - 1
    if comma - 1 < first or view.pieces[comma].text != ",":
        return None
    outlet = view.pieces[comma - 1].mention
    if outlet is None or outlet.type not in _OUTLET_TYPES or view.pieces[comma - 1].quoted:
        return None
    if skip_left(view, noun_phrase_start(view, comma - 1) - 1, first, ()) >= first:
        return None  # only an outlet that opens the sentence: "Theo tờ X , Hàn_Quốc tuyên_bố" is the country speaking
    return Argument(outlet, comma - 1)


def _quoted_person(view: ArticleView, start: int, last: int) -> Argument | None:
    """The person named from piece ``start`` past a title, an honorific and bodies only,
    when the sentence ends right after the name."""
    k = start
    found = title_starting_at(view, k) if k < last else None
    if found is not None:
        k = found[0]
    elif k < last and view.pieces[k].is_word and view.pieces[k].syllables in HONORIFICS:
        k += 1
    while k < last and (m := view.pieces[k].mention) is not None and m.type is not EntityType.PERSON:
        k += 1  # the title's body: "Giám_đốc điều_hành Vietnam_Airlines Phạm_Ngọc_Minh"
    if k >= last or (m := view.pieces[k].mention) is None or m.type is not EntityType.PERSON or m.reference:
        return None
    if any(view.pieces[i].text not in {".", "!"} for i in range(k + 1, last)):
        return None
    return Argument(m, k)


def _title_and_body_before(view: ArticleView, start: int, first: int) -> int:
    """Where a title and the bodies it names start before a person's phrase at piece ``start``
    ("dẫn lời trưởng Ban X Meng_Jianzhu tuyên_bố": the title's body ends the phrase the
    recogniser left apart from the name), or ``start`` when none stands there."""
    k = start
    while k - 1 >= first and (m := view.pieces[k - 1].mention) is not None and m.type is not EntityType.PERSON:
        k -= 1
    if k == start or k - 1 < first:
        return start
    title = title_ending_at(view, k)
    if title is not None and title[0] >= first:
        return title[0]
    word = view.pieces[k - 1]
    return k - 1 if word.is_word and word.text[:1].islower() and not is_barrier(word) else start


def _before_locative(view: ArticleView, j: int, first: int) -> int | None:
    """'X - Giám_đốc Y - tại khu_vực Đông_Nam_Á cho_biết', 'X , Đại_sứ Séc tại Việt_Nam cho_biết':
    the mark, or the name of a body or country, before the place phrase after "tại"/"ở" that ends
    at piece ``j``, if one stands there."""
    if j < first or (m := view.pieces[j].mention) is None or m.type not in PLACE_TYPES:
        return None
    for k in range(j - 1, max(first - 1, j - 5), -1):
        if view.pieces[k].is_word and view.match_any(k, PLACE_PREPOSITIONS) is not None:
            if k - 1 < first:
                return None
            before = view.pieces[k - 1]
            named = before.mention is not None and before.mention.type is not EntityType.PERSON
            return k - 1 if named or before.text in {",", "-", "–", ")"} else None
        if is_barrier(view.pieces[k]):
            return None
    return None


def _apposed_before_place(view: ArticleView, k: int, first: int) -> Argument | None:
    """The person of the appositions that end at piece ``k`` before a place phrase: closed by
    the mark at ``k``, or ending in the name at ``k`` ("X , Đại_sứ Séc [tại Việt_Nam]")."""
    if view.pieces[k].mention is not None:
        return apposition_head(view, k, first)
    return apposed_speaker(view, k, first)


def _before_comma(view: ArticleView, j: int, first: int) -> int:
    """The piece before a comma at piece ``j`` ("X tại Y , cho_biết"), or ``j``."""
    return j - 1 if j > first and view.pieces[j].text == "," else j


def _body_before_place(view: ArticleView, k: int, first: int) -> Argument | None:
    """The body named at piece ``k`` before the place it sits in, when it opens the clause:
    "Đại_sứ_quán Mỹ tại Hà_Nội cho_biết", "Ủy_ban X tại New_Delhi , cho_biết" (the body speaks,
    not the place), with only adverbs or a fronted phrase closed by a comma before it; not the
    object of a verb or a preposition ("nhân_viên của Đại_sứ_quán Mỹ tại …"), nor the body of an
    official who speaks as an unnamed person ("một quan_chức Đại_sứ_quán X tại Y cho_biết")."""
    mention = view.pieces[k].mention
    if mention is None or not mention.type.is_organization or mention.reference or view.pieces[k].quoted:
        return None
    before = skip_left(view, noun_phrase_start(view, k) - 1, first, ())
    if before >= first and view.pieces[before].text != ",":
        return None
    return Argument(mention, k)


def _asks(view: ArticleView, last: int) -> bool:
    """Whether the sentence ending before piece ``last`` is a question."""
    end = last - 1
    while end >= 0 and view.pieces[end].is_quote_mark:
        end -= 1
    return end >= 0 and view.pieces[end].text == "?"


def _hedged_from(view: ArticleView, cue: int, first: int) -> int | None:
    """Where "được cho là" (``speech.hedges``) or a document given out ("ra thông_cáo") starts when it
    stands between the speaker and the verb at piece ``cue`` ("Trung_Quốc được cho là đã yêu_cầu …":
    reportedly asked); else None."""
    j = _before_adverbs(view, cue, first)
    hedge = ends_with_any(view, j, _HEDGES, first) if j >= first else None
    return hedge if hedge is not None else _published_from(view, cue, first)


def _quotation_before(view: ArticleView, start: int, first: int, reference: bool) -> tuple[QuoteSpan | None, int]:
    """The quotation closed before the speaker's phrase starting at piece ``start`` (``_quote_before``), and
    where that phrase starts: with the words that count its speakers ("một quan_chức Mỹ"), name the document
    its body gave out ("thông_cáo của Bộ X") or, for a bare title or pronoun read back, describe it ("nữ
    Bộ_trưởng") when the quotation closes before them."""
    quote = _quote_before(view, start, first)
    if quote is not None:
        return quote, start
    opened = _counted_or_documented(view, start, first)
    if reference and start - 1 >= first and (modifier := ends_with_any(view, start - 1, _REFERENCE_MODIFIERS, first)) is not None:
        opened = modifier
    quote = _quote_before(view, opened, first) if opened < start else None
    return (quote, opened) if quote is not None else (None, start)


def _counted_or_documented(view: ArticleView, start: int, first: int) -> int:
    """Where the speaker's phrase starting at piece ``start`` starts with the words that count its speakers
    ("một quan_chức Mỹ") or name the document its body gave out ("thông_cáo của Bộ X")."""
    if start - 1 >= first and (link := ends_with_any(view, start - 1, _DOCUMENT_OF, first)) is not None:
        if link - 1 >= first and (document := ends_with_any(view, link - 1, INFORMATION_NOUNS, first)) is not None:
            start = document
    if start - 1 >= first and (count := ends_with_any(view, start - 1, _SPEAKER_COUNTS, first)) is not None:
        start = count
    return start


def _published_from(view: ArticleView, cue: int, first: int) -> int | None:
    """Where "ra thông_cáo", "công_bố một bản báo_cáo" (``speech.publishing`` and ``speech.published``) starts
    when it stands between the speaker and the verb at piece ``cue`` ("Nhà_Trắng ra thông_cáo cho_biết …"):
    the speaker gives out the document that says it; else None."""
    j = _before_adverbs(view, cue, first)
    document = ends_with_any(view, j, _PUBLISHED, first) if j >= first else None
    if document is None or document - 1 < first:
        return None
    k = document - 1
    for _ in range(2):  # "một bản"
        if k >= first and (count := ends_with_any(view, k, _PUBLISHED_COUNTS, first)) is not None:
            k = count - 1
    if k < first or view.pieces[k].mention is not None:
        return None
    return ends_with_any(view, k, _PUBLISHING, first)


def _going_before(view: ArticleView, cue: int, first: int) -> int | None:
    """Where a verb of going or deciding (``events.go-to-act``, ``events.intent-verbs``) that stands right
    before the verb at piece ``cue`` starts ("tới nói", "quyết_định thông_báo"), or None."""
    j = _before_adverbs(view, cue, first)
    return ends_with_any(view, j, _GOING, first) if j >= first else None


def _still_to_come(view: ArticleView, cue: int, first: int) -> bool:
    """Whether a word of the future ("sẽ", "sắp") stands among the adverbs right before the verb of saying at ``cue``."""
    j = cue - 1
    while j >= first and (adverb := ends_with_any(view, j, ADVERBS, first)) is not None:
        if view.match_any(adverb, _FUTURE) is not None:
            return True
        j = adverb - 1
    return False


def _before_adverbs(view: ArticleView, cue: int, first: int) -> int:
    return skip_left(view, cue - 1, first, ())


def _phrase_start(view: ArticleView, j: int, first: int) -> int:
    """Where the pronoun or bare title ending at piece ``j`` starts."""
    pronoun = ends_with_any(view, j, PRONOUNS, first)
    if pronoun is not None:
        return pronoun
    for start in range(max(first, j - 4), j + 1):
        found = title_starting_at(view, start)
        if found is not None and found[0] == j + 1:
            return start
    return j


def _continues(view: ArticleView, match: CueMatch, j: int, first: int) -> bool:
    """"ông nói thêm", "cho_biết thêm": the verb says the same speaker goes on, unless its subject ending at
    piece ``j`` names a body of its own ("Đại_diện đơn_vị này cho_biết thêm": the body named before)."""
    if view.pieces[j].syllables in DEMONSTRATIVES and j - 1 >= first and ends_with_any(view, j - 1, BODY_NOUNS, first) is not None:
        return False
    return any(word in match.cue.syllables for word in _GOES_ON) or (
        match.end < len(view) and view.pieces[match.end].syllables == ("thêm",)
    )


def _closes_saying(view: ArticleView, j: int, last: int) -> bool:
    """Whether the verb ending before piece ``j`` closes the telling of a quotation: the clause ends after it,
    past "thêm", or goes on with a comma or a time or place ('" … " , ông X phân_tích thêm sau trận .')."""
    while j < last and view.pieces[j].syllables in _COLON_FILLERS:
        j += 1
    if j >= last or view.pieces[j].text in {".", "!", "?", ";", ","}:
        return True
    # a time or place ("sau trận"), not a topic or whom it is said to ("tự_hào về ngôi trường")
    return view.match_any(j, _CIRCUMSTANCE) is not None and view.match_any(j, _NOT_FRONTED) is None


def _at_clause_end(view: ArticleView, j: int, last: int, cue: tuple[str, ...] = ()) -> bool:
    """Whether the clause ends at piece ``j``, or only a circumstance of the saying runs from it to
    the sentence's end ("… , Bộ X cho_biết trong một thông_cáo .", "… , ông Y nói tại cuộc họp_báo ."),
    after a verb ``cue`` that takes no noun phrase ("phát_biểu tại lễ ký" tells a speech, not what it said)."""
    if j >= last or view.pieces[j].text in _CLAUSE_STOPS:
        return True
    if cue in _NOUN_OBJECT_VERBS or view.match_any(j, _CIRCUMSTANCE) is None or view.match_any(j, _TOPICS) is not None:
        return False
    for k in range(j, min(last, j + _CIRCUMSTANCE_REACH + 1)):
        piece = view.pieces[k]
        if piece.text in _CLAUSE_STOPS:
            return all(view.pieces[i].text in _CLAUSE_STOPS or view.pieces[i].is_quote_mark for i in range(k, last))
        if piece.is_quote_mark or is_barrier(piece) or view.match_any(k, _THAT) is not None or view.match_any(k, saying_verbs()) is not None:
            return False
    return j + _CIRCUMSTANCE_REACH >= last


_CLAUSE_STOPS = frozenset({".", "!", "?", ";"})
#: Words that close a time or place phrase ("hiện_nay", "này"), and the words of tense, mood or negation
#: that tell a clause follows it ("đã", "sẽ", "cần"), with how many words its subject may take between.
_CIRCUMSTANCE_ENDS = phrase_set(*word_list("speech.circumstance-ends"))
_CLAUSE_MARKERS = phrase_set(*word_list("speech.clause-markers"))
_SUBJECT_REACH = 4
#: Words that may follow a verb of saying closing a sentence of its own ("Cô nói thêm .", "Ông kể tiếp .").
_GOES_ON_AFTER = frozenset(syllables_of(w) for w in word_list("speech.goes-on"))
#: Words after a verb of saying that point back to the quotation before ("X nói như_vậy sau buổi tập").
_SAID_SO = phrase_set(*word_list("speech.said-so"))
#: How many pieces a circumstance after the verb may take ("trong một thông_cáo", "tại cuộc họp_báo ở Brussels");
#: a longer phrase is a clause of what is said ("cho_rằng trong đổi_mới với một chương_trình … nên có …").
_CIRCUMSTANCE_REACH = 8
#: Circumstance words that tell what the saying is about ("cho_biết về …"), never where or when it was said.
_TOPICS = phrase_set(*word_list("speech.topic-circumstances"))
