"""The tagger's spans as mentions: the rules propose, the model decides.

The rule-based recogniser's names are the tagger's hints; the tagger's spans
become the article's name mentions. A span that a rule mention covers exactly
keeps that mention's title and honorific (which the relation extractors
read); a span no rule proposed becomes a plain mention; a rule name the
tagger rejects is dropped, unless it is a name of the shipped gazetteers that
no tagged span touches and that names a city (the tagger drops rare cities
that the lists know; on countries the lists are less sure than the tagger, which
has seen them in use). A facility the
rules found by its cue ("sân_bay", "nhà_máy", "ga", "Cosmodrome"), and any
name a cue of that kind heads ("quảng_trường Ba_Đình" a Location,
"bệnh_viện Bạch_Mai" an Organization), keeps the rules' span and type over
the tagged spans inside it: the cue is certain ("quảng_trường Võ_Nguyên_Giáp"
is no person), and the event frames read the place with its cue. The lowercase
cue itself is then left out of a place's span ("chợ Ngọc_Hà" -> "Ngọc_Hà"), as
for any classifier noun in front of a place; a body keeps it. Names listed after a plural facility cue ("các chợ như
Bưởi, Ngọc_Hà") are facilities, each of them. A person the rules found after a
title and its body stays apart from that body when the tagger joins the two, and a
name the rules found after a person's title is a person where the tagger is unsure of
another type ("Ngoại_trưởng Sergey_Lavrov"), and a foreign name the rules found after the title of a
state's post is a person where the tagger leaves it out ("Ngoại_trưởng Nhật_Bản Kishida Fumio"), as is a name the rules found opening its clause before a verb of
saying ("Ancelotti khẳng_định …", ``kg.tagger.speaking_names``). A tagged span that starts with
a lowercase word and ends with a place the rules found ("trung_tâm công_nghiệp
Komsomolsk-on-Amur") is read as that place: the lowercase words describe it,
as "tỉnh" does in "tỉnh Quảng_Nam" (not so when a capitalised word stands
between them: "bệnh_viện Trung_ương Huế" is a body's name). A news agency the
gazetteers list keeps its type where the tagger reads the same span as a person. Role phrases standing for
a person (``reference``) are not names and pass through as the rules made them.
A person's name the tagger found once is a person wherever else the article
writes it alone, untagged, in full or by its last part ("Lewthwaite" in every
sentence after "Samantha Lewthwaite"): the tagger weighs each sentence alone
and misses some of them.

Smaller repairs of the tagged spans: a person's name cut short of the surname
right before it takes it in ("Khổng" + "Văn_Mạnh"), and one cut short at its end takes the
rest of the titled Vietnamese name the rules found ("Thiếu_tướng Lê_Quý_Vương" tagged
"Lê_Quý"); a road named by its number
("quốc_lộ 1A") is a Location; the closing byline's author is a person; and a caption credit the tagger reads as one
person's name is a photographer, not an agency (``credits_typed``); a stock
ticker listed after "mã" ("các mã như VSH , KBC") is no name (``kg.tagger.tickers``); a
foreign body's name the tagger cut at "of" or read as a person's ("Bank of America", "INSEAD
Business School") is one organisation (``kg.tagger.foreign_bodies``), and so is a diplomatic mission
named by its country ("Đại_sứ_quán Thổ_Nhĩ_Kỳ", ``kg.tagger.missions``); a foreign capital
the tagger typed a city that speaks, decides or deals for its state ("Seoul sẽ chuyển_giao")
is the Country (``kg.tagger.capitals``); a place's name written for a team ("cầu thủ của
Myanmar") is the team, an Organization (``kg.tagger.teams``), and one written after a kind of facility
("sân bay Đà_Nẵng") the facility (``kg.tagger.named_facilities``); a storm's name ("siêu bão Hải_Yến") is no entity
(``kg.tagger.storms``); a well-known officeholder's full name is a person (``kg.tagger.known_holders``); a listed
place between a verb of a journey and "lần" ("thăm Việt_Nam lần thứ 3") is kept (``kg.tagger.counted_places``); a
surname the segmenter glued to the name before it goes to its person ("Hồ_Chí_Minh_Phan Văn_Mãi",
``kg.tagger.glued_surnames``); a span run on past the rules' name over a verb is cut back to it
("TAND TP Hà_Nội tuyên_phạt", ``kg.tagger.trailing_words``), and one run over two of its names and a verb
between them gives way to them; a span run over "ở" and a word of level into
a place is cut there ("Quan ở xã Bản Khoang" -> "Quan", "Bản Khoang"), and a name after a word of level
that the rules read as a place is one, as is a capitalised run after it that neither read
(``kg.tagger.admin_units``); a role phrase the rules read as standing alone right before a person's name the
tagger found is that name's title (``kg.tagger.titled_references``); a person's span opening with the honorific the rules read before the
name ("Anh Tuấn cho biết") is the rules' name without it (``kg.tagger.honorific_heads``); a body the rules found right after a noun of membership ("kỹ sư của hãng
Boeing", "thành viên nhóm nhạc X") stays a body where the tagger drops it or reads a person
(``kg.tagger.member_bodies``), and a person's name after "trường" and a school's levels is the school
named after the person ("trường THPT Chu Văn An", ``kg.tagger.school_names``); a province's delegation to
the National Assembly named with its place is one body ("Đoàn đại biểu Quốc hội tỉnh X",
``kg.tagger.delegations``); a body written with a lowercase head and ending at its place is one body
("viện Lúa đồng_bằng sông Cửu_Long", ``kg.tagger.lowercase_bodies``); a person's name right after a
lowercase word for a street is the street ("đường Lê_Duẩn", ``kg.tagger.streets``); a name in quotation
marks right after a noun for an outlet is the outlet ('tờ "Granma"', ``kg.tagger.quoted_outlets``), and
"Nhật" opening "Nhật báo" is no country (``kg.tagger.outlet_nouns``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from kg.analyse.tokens import is_foreign_word
from kg.extract.post_titles import state_title
from kg.lexicon import syllables_of, word_list
from kg.lexicon.gazetteer import load_lexicon
from kg.model import AnalysedArticle, EntityType, Mention
from kg.tagger.features import document_types
from kg.tagger.gazetteer import cue_words, known_names, name_list, syllable_key, word_classes
from kg.tagger.glued_countries import glued_countries_split
from kg.tagger.glued_surnames import glued_surnames_moved
from kg.tagger.known_holders import officeholders_kept, officeholders_typed
from kg.tagger.department_names import department_names_completed
from kg.tagger.listed_places import listed_places_kept
from kg.tagger.departments import departments_split
from kg.tagger.capitals import capitals_acting
from kg.tagger.counted_places import counted_places_kept
from kg.tagger.foreign_bodies import foreign_bodies_typed, foreign_names_joined
from kg.tagger.local_bodies import bodies_with_their_place
from kg.tagger.lowercase_bodies import lowercase_bodies_joined
from kg.tagger.streets import streets_named_after_people
from kg.tagger.quoted_outlets import quoted_outlets_named
from kg.tagger.outlet_nouns import outlet_nouns_dropped
from kg.tagger.listed_bodies import listed_bodies_completed
from kg.tagger.missions import missions_cut_at_host, missions_named
from kg.tagger.named_facilities import facilities_named_after_places
from kg.tagger.personal_names import SURNAMES, vietnamese_name_shaped
from kg.tagger.apposed_names import place_then_body_split
from kg.tagger.results import results_split
from kg.tagger.seats import seats_as_buildings
from kg.tagger.speaking_names import speakers_kept
from kg.tagger.titled_references import titles_given_to_names
from kg.tagger.titled_holders import holders_split_off, holders_typed, title_words_trimmed
from kg.tagger.storms import storms_dropped
from kg.tagger.syllables import syllable_spans
from kg.tagger.tagger import EntityTagger, default_tagger, hint_labels
from kg.tagger.places_outside_sports import places_outside_sports
from kg.tagger.teams import teams_typed
from kg.tagger.member_bodies import member_bodies_kept
from kg.tagger.school_names import schools_named_after_people
from kg.tagger.delegations import delegations_joined
from kg.tagger.tickers import tickers_dropped
from kg.tagger.act_spans import act_spans_dropped
from kg.tagger.admin_units import places_after_level_words, places_cut_from_names, places_left_out_after_level_words
from kg.tagger.honorific_heads import honorifics_left_out
from kg.tagger.trailing_words import spans_over_verbs_split, trailing_words_trimmed


def learned_mentions(
    analysed: AnalysedArticle, rule_mentions: tuple[Mention, ...], tagger: EntityTagger | None = None
) -> tuple[Mention, ...]:
    """The name mentions of ``analysed`` as the tagger labels them, given the rules' ``rule_mentions``."""
    tagger = tagger or default_tagger()
    text = analysed.article.text
    names = sorted((m for m in rule_mentions if not m.reference), key=lambda m: m.start)
    hints = [(m.start, m.end, m.type.value) for m in names]
    hint_starts = [m.start for m in names]
    offsets = syllable_spans(text)
    forms = [text[s:e] for s, e in offsets]
    unit_starts = [start for start, _ in offsets]
    article_types = document_types(forms, hint_labels(offsets, hints))
    by_span = {(m.start, m.end): m for m in names}
    facilities = [
        m for m in names if m.type == EntityType.FACILITY or _headed_by_facility_cue(m.text) or _headed_by_lowercase_body(m.text)
    ]
    result: list[Mention] = []
    for sentence in analysed.sentences:
        units = offsets[bisect_left(unit_starts, sentence.start):bisect_left(unit_starts, sentence.end)]
        # A rule name belongs to the sentence it starts in, as in training.
        sentence_hints = hints[bisect_left(hint_starts, sentence.start):bisect_left(hint_starts, sentence.end)]
        for span in tagger.tag_units(text, units, hint_labels(units, sentence_hints), article_types):
            entity_type = EntityType(span.type)
            proposed = by_span.get((span.start, span.end))
            if proposed is not None:
                result.append(replace(proposed, type=entity_type, confidence=span.confidence))
            else:
                result.append(
                    Mention(
                        analysed.id,
                        sentence.index,
                        span.start,
                        span.end,
                        text[span.start:span.end],
                        entity_type,
                        confidence=span.confidence,
                    )
                )
    result = trailing_words_trimmed(names, spans_over_verbs_split(names, act_spans_dropped(names, result)))
    result = honorifics_left_out(text, names, result)
    result += _names_repeated(analysed, offsets, forms, by_span, result)
    result = departments_split(text, names, result)
    result = _listed_agencies_typed(names, result)
    result = _listed_names_cut_short_completed(names, result)
    result = _titled_names_cut_short_completed(names, result)
    result = bodies_with_their_place(text, names, result)
    result = places_after_level_words(text, names, places_cut_from_names(text, names, result))
    result += places_left_out_after_level_words(analysed, offsets, names, result)
    result = _lowercase_heads_trimmed(names, result)
    result = _facilities_kept(facilities, result)
    result = _facility_cues_trimmed(result)
    result = _listed_facilities(analysed, offsets, unit_starts, result)
    result = _titled_persons_kept(names, result)
    result = glued_surnames_moved(text, glued_countries_split(text, names, result))
    result += _title_countries_kept(names, result)
    result = _unsure_types_settled(result)
    result = _titled_vietnamese_names_persons(names, result)
    result = _unsure_titled_names_persons(names, result)
    result += _titled_persons_left_out(text, names, result)
    result += speakers_kept(text, names, result)
    result = _vietnamese_names_completed(text, offsets, result)
    result += _listed_names_left_out(names, result)
    result = delegations_joined(text, schools_named_after_people(text, member_bodies_kept(text, names, result)))
    result = counted_places_kept(text, names, result)
    result += _byline_author(analysed, result)
    result += _numbered_roads(analysed, offsets, forms, result)
    result = tickers_dropped(forms, offsets, result)
    result = results_split(text, result)
    result = place_then_body_split(text, result)
    result = holders_typed(text, holders_split_off(text, title_words_trimmed(text, result)))
    result = missions_named(text, offsets, missions_cut_at_host(text, offsets, foreign_bodies_typed(foreign_names_joined(text, result))))
    result = listed_bodies_completed(text, offsets, result)
    result = places_outside_sports(text, teams_typed(text, capitals_acting(text, storms_dropped(text, result))))
    result = officeholders_kept(names, officeholders_typed(facilities_named_after_places(text, result)))
    result = listed_places_kept(names, department_names_completed(text, seats_as_buildings(text, result)))
    result = streets_named_after_people(text, lowercase_bodies_joined(text, names, result))
    sentences = [(sentence.index, sentence.start, sentence.end) for sentence in analysed.sentences]
    result = outlet_nouns_dropped(text, quoted_outlets_named(text, sentences, result, analysed.id))
    references, result = titles_given_to_names(text, [m for m in rule_mentions if m.reference], result)
    result += references
    return tuple(sorted(result, key=lambda m: (m.start, m.end)))


def _titled_vietnamese_names_persons(names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """A name the rules found right after a person's title ("Đại_biểu Trịnh_Ngọc_Thạch"),
    shaped as a Vietnamese personal name (a surname, then one to three syllables), is a
    person, whatever type the tagger gave the same span."""
    titled = {
        (m.start, m.end)
        for m in names
        if m.type == EntityType.PERSON and m.title_span is not None and vietnamese_name_shaped(m.text)
    }
    return [replace(m, type=EntityType.PERSON) if (m.start, m.end) in titled and m.type != EntityType.PERSON else m for m in tagged]


def _unsure_titled_names_persons(names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """A name the rules found right after a person's title ("Ngoại_trưởng Sergey_Lavrov") is a
    person where the tagger gives the same span another type with less than ``SURE``
    confidence: the title is the surer cue."""
    titled = {(m.start, m.end) for m in names if m.type == EntityType.PERSON and m.title_span is not None}
    return [
        replace(m, type=EntityType.PERSON)
        if (m.start, m.end) in titled and m.type != EntityType.PERSON and (m.confidence or 0.0) < SURE
        else m
        for m in tagged
    ]


def _titled_persons_left_out(text: str, names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """The foreign persons of two words or more the rules found right after the title of a state's post
    ("Ngoại_trưởng Nhật_Bản Kishida Fumio") that no tagged span touches: the tagger, unsure of a
    name it has not seen, leaves it out, and the title is the surer cue."""
    return [
        m
        for m in names
        if m.type == EntityType.PERSON
        and m.title_span is not None
        and len(m.name.split()) >= 2
        and is_foreign_word(m.name)
        and state_title(text[m.title_span[0] : m.title_span[1]]) is not None
        and not _touches(m.start, m.end, tagged)
    ]


def _vietnamese_names_completed(text: str, offsets: list[tuple[int, int]], tagged: list[Mention]) -> list[Mention]:
    """Each person's name of one to three capitalised syllables that the tagger cut short of
    the Vietnamese surname right before it ("Khổng" + "Văn_Mạnh", "Lò" + "Mai_Cương"), with the
    surname, when no other span covers it, it is no cue ("Ông") and nothing but a space
    stands between."""
    starts = [start for start, _ in offsets]
    covered = sorted((m.start, m.end) for m in tagged)
    completed = []
    for mention in tagged:
        first = bisect_left(starts, mention.start)
        last = bisect_left(starts, mention.end)
        names = [text[s:e] for s, e in offsets[first:last]]
        if (
            mention.type == EntityType.PERSON
            and 0 < len(names) < 4
            and all(name[:1].isupper() and name.isalpha() for name in names)
            and _joins(text, offsets, first - 1)
        ):
            start, end = offsets[first - 1]
            surname = text[start:end]
            if (
                surname[:1].isupper()
                and surname.lower() in SURNAMES
                and (surname.lower(),) not in cue_words()  # "Ông" is a surname, and "ông" an honorific
                and not any(s < end and start < e for s, e in covered)
            ):
                mention = replace(mention, start=start, text=text[start:mention.end])
        completed.append(mention)
    return completed


def _joins(text: str, offsets: list[tuple[int, int]], index: int) -> bool:
    """True when syllable ``index`` and the next stand apart by white space or "_" only."""
    if index < 0 or index + 1 >= len(offsets):
        return False
    gap = text[offsets[index][1]:offsets[index + 1][0]]
    return gap in (" ", "_")


#: Below this confidence a tagged type defers to a sure reading of the same name in its article
#: (0.6: on dev, 0.5 to 0.7 give the same relations and events and within one of 2,144 names).
UNSURE = 0.6
#: A reading this sure settles the type of the unsure ones.
SURE = 0.9


def _unsure_types_settled(tagged: list[Mention]) -> list[Mention]:
    """A name the tagger types with less than ``UNSURE`` confidence takes the type it gave the
    same name elsewhere in the article with at least ``SURE`` (one such type only): the article's
    clearest reading of a name settles its doubtful ones ("hợp_tác với Bình_Nhưỡng")."""
    sure: dict[str, set[EntityType]] = {}
    for mention in tagged:
        if mention.confidence is not None and mention.confidence >= SURE:
            sure.setdefault(mention.text, set()).add(mention.type)
    settled = []
    for mention in tagged:
        types = sure.get(mention.text, set())
        if mention.confidence is not None and mention.confidence < UNSURE and len(types) == 1 and mention.type not in types:
            mention = replace(mention, type=next(iter(types)))
        settled.append(mention)
    return settled


def _titled_persons_kept(names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """A person the rules found after a title and its body ("Chủ_tịch UBND tỉnh Quảng_Nam
    Lê_Phước_Thanh") stays apart from the body when the tagger reads body and person as one
    name: the title before them makes the split certain. The rules' body and person replace
    the tagged span that runs from inside the title phrase to the person's end."""
    titled = [m for m in names if m.type == EntityType.PERSON and m.title_span is not None]
    if not titled:
        return tagged
    kept: list[Mention] = []
    added: list[Mention] = []
    for mention in tagged:
        person = next(
            (p for p in titled if p.title_span[0] <= mention.start < p.start and mention.end == p.end),
            None,
        )
        if person is None:
            kept.append(mention)
            continue
        added.append(replace(person, confidence=mention.confidence))
        added.extend(
            replace(body, confidence=mention.confidence)
            for body in names
            if mention.start <= body.start and body.end <= person.start and body.type != EntityType.PERSON
        )
    return kept + added


def _title_countries_kept(names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """The country the rules found between a person's title and name ("Thủ_tướng Anh David_Cameron")
    where the tagger tagged nothing: the title makes it the post's country, however else the
    name may read ("Anh" is also a given name and a pronoun)."""
    titled = [m for m in names if m.type == EntityType.PERSON and m.title_span is not None]
    return [
        country
        for country in names
        if country.type == EntityType.COUNTRY
        and any(p.title_span[0] <= country.start and country.end <= p.start for p in titled)
        and not _touches(country.start, country.end, tagged)
    ]


# Types whose names are written the same way each time an article repeats them;
# chosen on dev: organisations' acronyms recur as tickers and codes that are no name.
REPEATED_TYPES = frozenset({EntityType.PERSON})


def _names_repeated(
    analysed: AnalysedArticle,
    offsets: list[tuple[int, int]],
    forms: list[str],
    rule_names: dict[tuple[int, int], Mention],
    tagged: list[Mention],
) -> list[Mention]:
    """Mentions of each tagged name of a ``REPEATED_TYPES`` type, one type only in the
    article, wherever else it stands alone: no tagged span touches it and no
    capitalised syllable but a cue comes right before it, none right after (it is no
    part of a longer name)."""
    text = analysed.article.text
    types: dict[tuple[str, ...], set[EntityType]] = {}
    confidence: dict[tuple[str, ...], float] = {}
    starts = [start for start, _ in offsets]
    for mention in tagged:
        key = _syllables_at(text, offsets, forms, starts, mention.start, mention.end)
        types.setdefault(key, set()).add(mention.type)
        confidence[key] = max(confidence.get(key, 0.0), mention.confidence or 0.0)
    wanted = {key: next(iter(found)) for key, found in types.items() if len(found) == 1 and next(iter(found)) in REPEATED_TYPES}
    # A person is named again by the last part of the name: "ông Tuấn", "Rossi".
    for key, entity_type in list(wanted.items()):
        last = key[-1:]
        if entity_type == EntityType.PERSON and len(key) > 1 and len(last[0]) > 1 and last[0][:1].isupper():
            if types.get(last, {entity_type}) == {entity_type}:
                wanted.setdefault(last, entity_type)
                confidence[last] = max(confidence.get(last, 0.0), confidence[key])
    if not wanted:
        return []
    firsts = {key[0] for key in wanted}
    taken = sorted((m.start, m.end) for m in tagged)
    found: list[Mention] = []
    for index in [index for index, form in enumerate(forms) if form in firsts]:
        if index and _joined(forms, index - 1):
            continue
        for key, entity_type in wanted.items():
            last = index + len(key)
            if tuple(forms[index:last]) != key or (last < len(forms) and forms[last][:1].isupper()):
                continue
            start, end = offsets[index][0], offsets[last - 1][1]
            position = bisect_left(taken, (end,))
            if any(s < end and start < e for s, e in taken[max(0, position - 1):position + 1]):
                continue
            sentence = analysed.sentence_at(start)
            proposed = rule_names.get((start, end))
            if proposed is not None:
                found.append(replace(proposed, type=entity_type, confidence=confidence[key]))
            else:
                found.append(
                    Mention(analysed.id, sentence.index, start, end, text[start:end], entity_type, confidence=confidence[key])
                )
            taken.insert(position, (start, end))
            break
    return found


def _syllables_at(
    text: str, offsets: list[tuple[int, int]], forms: list[str], starts: list[int], start: int, end: int
) -> tuple[str, ...]:
    """The syllables of ``text[start:end]``: the article's own ``forms`` (at ``offsets``, which
    begin at ``starts``) when the span begins and ends where they do, else cut anew."""
    first = bisect_left(starts, start)
    last = bisect_left(starts, end)
    if first < last and offsets[first][0] == start and offsets[last - 1][1] == end:
        return tuple(forms[first:last])
    return tuple(text[s:e] for s, e in syllable_spans(text, start, end))


def _touches(start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether any of ``mentions`` overlaps the span ``start``–``end``."""
    return any(m.start < end and start < m.end for m in mentions)


def _joined(forms: list[str], index: int) -> bool:
    """True when syllable ``index``, before a name, is capitalised and no cue ("Ông"
    opening a sentence): the name would run on from it."""
    return forms[index][:1].isupper() and (forms[index].lower(),) not in cue_words()


def credits_typed(
    analysed: AnalysedArticle, credits: tuple[Mention, ...], tagger: EntityTagger | None = None
) -> tuple[Mention, ...]:
    """The caption and source credits, each a person where the tagger, reading the credit
    alone, finds one person's name over all of it with at least ``SURE`` confidence and
    neither the gazetteers nor the known names list it as anything else, nor does it end with
    a word of an agency's name ("Ảnh: Nhật_Minh" names a photographer; "Ảnh: AFP", "Ảnh:
    Getty_Images" and "Theo Thanh_Niên" an agency)."""
    tagger = tagger or default_tagger()
    text = analysed.article.text
    listed, seen = name_list(), known_names()
    districts = load_lexicon().cue_typed
    typed = []
    for credit in credits:
        key = syllable_key(credit.text)
        if credit.type is EntityType.NEWS_AGENCY and credit.text.replace("_", " ") in districts:
            # A photograph's credit names no place: a district's name there is a photographer's given name.
            typed.append(replace(credit, type=EntityType.PERSON))
            continue
        if listed.get(key, EntityType.PERSON.value) != EntityType.PERSON.value:
            typed.append(credit)
            continue
        if seen.get(key, EntityType.PERSON.value) != EntityType.PERSON.value or _agency_credit(credit.text):
            typed.append(credit)
            continue
        spans = tagger.tag(text, credit.start, credit.end)
        if (
            len(spans) == 1
            and (spans[0].start, spans[0].end) == (credit.start, credit.end)
            and spans[0].type == EntityType.PERSON.value
            and spans[0].confidence >= SURE
        ):
            credit = replace(credit, type=EntityType.PERSON, confidence=spans[0].confidence)
        typed.append(credit)
    return tuple(typed)


#: "Images", "News": the last word of an agency's name in a credit ("Getty Images").
_AGENCY_CREDIT_WORDS = frozenset(word_list("tagger.agency-credit-words"))


def _agency_credit(text: str) -> bool:
    """Whether a credit ends with a word of an agency's name ("Getty_Images", "Sky News")."""
    words = text.replace("_", " ").split()
    return len(words) > 1 and words[-1] in _AGENCY_CREDIT_WORDS


#: Heads of a road named by its number ("quốc_lộ 1A"), as lowercased syllables.
_ROAD_HEADS = frozenset(syllables_of(word.lower()) for word in word_list("tagger.numbered-road-heads"))
_ROAD_HEAD_FIRSTS = frozenset(head[0] for head in _ROAD_HEADS)
#: The word that may stand between a road's head and its number ("quốc_lộ số 6").
_NUMBER_WORD = "số"


def _numbered_roads(
    analysed: AnalysedArticle, offsets: list[tuple[int, int]], forms: list[str], tagged: list[Mention]
) -> list[Mention]:
    """Roads named by a head and a number ("quốc_lộ 1A", "Quốc_lộ số 13") as Locations, where no
    tagged span touches them: the number is the name, and the head is part of it.
    ``forms`` are the syllables at ``offsets``."""
    text = analysed.article.text
    found: list[Mention] = []
    heads = [index for index in range(len(forms) - 2) if forms[index].lower() in _ROAD_HEAD_FIRSTS]
    if not heads:
        return found
    forms = [form.lower() for form in forms]
    for index in heads:
        if (forms[index], forms[index + 1]) not in _ROAD_HEADS:
            continue
        number = index + 2
        if forms[number] == _NUMBER_WORD and number + 1 < len(forms):
            number += 1
        if not forms[number][:1].isdigit():
            continue
        start, end = offsets[index][0], offsets[number][1]
        if _touches(start, end, tagged):
            continue
        sentence = analysed.sentence_at(start)
        found.append(Mention(analysed.id, sentence.index, start, end, text[start:end], EntityType.LOCATION))
    return found


def _byline_author(analysed: AnalysedArticle, tagged: list[Mention]) -> list[Mention]:
    """The author of the closing byline ("Tường_Vi", "NGUYỆT PHƯƠNG") as a person, when no tagged
    span touches it and it has no digit: the article's structure says who wrote it, however
    the tagger reads a line of two capitalised words with nothing around them."""
    span = analysed.author_span
    if span is None or _touches(*span, tagged):
        return []
    start, end = span
    if any(char.isdigit() for char in analysed.article.text[start:end]):
        return []  # a score line ("FT Celtic 2"), no name
    sentence = analysed.sentence_at(start)
    text = analysed.article.text
    return [Mention(analysed.id, sentence.index, start, end, text[start:end], EntityType.PERSON)]


def _listed_names_left_out(rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """Rule city names that the gazetteers list exactly and no tagged span overlaps."""
    listed = name_list()
    kept = []
    for mention in rule_names:
        if mention.type != EntityType.CITY or syllable_key(mention.text) not in listed:
            continue
        if _touches(mention.start, mention.end, tagged):
            continue
        kept.append(mention)
    return kept


def _listed_names_cut_short_completed(rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each span the tagger cut short of a name the gazetteers list exactly, starting
    where it starts, replaced by the listed name ("Hoàng" of "Hoàng_Sa"), when the two agree on the
    type (or both are places) and no other tagged span stands in the rest of the listed name."""
    listed = name_list()
    longer = {}
    for mention in rule_names:
        if syllable_key(mention.text) in listed:
            longer.setdefault(mention.start, mention)
    return _cut_short_replaced(
        tagged,
        longer,
        lambda name, span: name.type == span.type or (name.type.is_location and span.type.is_location),
    )


def _titled_names_cut_short_completed(rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each person's name the tagger cut short at its end replaced by the rules'
    name written right after a person's title and shaped as a Vietnamese personal name
    ("Thiếu_tướng Lê_Quý_Vương" tagged "Lê_Quý"), when both start at one place and no other
    tagged span stands in the rest of the name: the title and the surname make the rules'
    span certain, and a Vietnamese name has no shorter name at its start. Not when the rest
    is a syllable the corpus writes mostly in lowercase: a heading run into the text after
    the name ("nhạc_sĩ Trần_Tiến Chàng trai_trẻ …", "Nguyễn_Nam_Khánh Lần thứ nhất")."""
    titled = {
        m.start: m
        for m in rule_names
        if m.type == EntityType.PERSON and m.title_span is not None and vietnamese_name_shaped(m.text)
    }
    if not titled:
        return tagged
    return _cut_short_replaced(
        tagged,
        titled,
        lambda name, span: span.type == EntityType.PERSON and not _mostly_lowercase(name.text[span.end - name.start:]),
    )


def _cut_short_replaced(
    tagged: list[Mention], longer: dict[int, Mention], fits: Callable[[Mention, Mention], bool]
) -> list[Mention]:
    """``tagged`` with each span for which ``longer`` holds a longer name starting where it starts,
    and ``fits(name, span)``, replaced by that name (with the span's confidence), when no other
    tagged span stands in the rest of the name."""
    starts = sorted(t.start for t in tagged)
    result = []
    for mention in tagged:
        name = longer.get(mention.start)
        if name is not None and name.end > mention.end and fits(name, mention):
            following = bisect_left(starts, mention.end)
            if following == len(starts) or starts[following] >= name.end:
                result.append(replace(name, confidence=mention.confidence))
                continue
        result.append(mention)
    return result


#: The word classes' lowercase band of a capitalised syllable the corpus writes mostly in
#: lowercase (the last of ``kg.training.clusters.LOWERCASE_BUCKETS``: over 0.8 of the time).
_MOSTLY_LOWERCASE = "low=4"


def _mostly_lowercase(rest: str) -> bool:
    """Whether a syllable of ``rest`` is one the corpus writes mostly in lowercase ("Chàng", "Lần")."""
    classes = word_classes()
    return any(_MOSTLY_LOWERCASE in classes.get(rest[s:e], ()) for s, e in syllable_spans(rest))


def _listed_agencies_typed(rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """A news agency the gazetteers list, tagged over the same span as a person, stays an agency:
    "KCNA đưa tin" is never a man called KCNA."""
    listed = name_list()
    agencies = {
        (m.start, m.end): m for m in rule_names if m.type == EntityType.NEWS_AGENCY and syllable_key(m.text) in listed
    }
    return [
        replace(t, type=EntityType.NEWS_AGENCY) if t.type == EntityType.PERSON and (t.start, t.end) in agencies else t
        for t in tagged
    ]


def _facilities_kept(facilities: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each rule facility in place of the tagged spans it covers."""
    kept = list(tagged)
    for facility in facilities:
        inside = [t for t in kept if t.start < facility.end and facility.start < t.end]
        if all(facility.start <= t.start and t.end <= facility.end for t in inside):
            confidence = min((t.confidence or 0.0 for t in inside), default=None)
            kept = [t for t in kept if t not in inside] + [replace(facility, confidence=confidence)]
    return kept


#: "các", "những": a kind of place after one is plural.
_PLURAL_MARKERS = frozenset(syllables_of(word) for word in word_list("tagger.plural-markers"))
#: A plural marker as written in text, alone: "các", "Những", "một_số", "một số".
_MARKER_PATTERN = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join("[ _]".join(map(re.escape, m)) for m in sorted(_PLURAL_MARKERS, key=len, reverse=True))
    + r")(?![^\W_])",
    re.IGNORECASE,
)
#: Syllables read after a marker: its cue, an opener and the list.
_LIST_WINDOW = 60
#: "như": may stand between the plural kind and its names.
_LIST_OPENERS = frozenset(word_list("tagger.list-openers"))
#: "," and "và": join the names of a list.
_LIST_JOINERS = frozenset(word_list("tagger.list-joiners"))
#: The kind of cue that names a facility ("chợ", "sân_bay").
_FACILITY_CUE = "facility"


def _listed_facilities(
    analysed: AnalysedArticle, offsets: list[tuple[int, int]], unit_starts: list[int], tagged: list[Mention]
) -> list[Mention]:
    """Every name listed after a plural facility cue ("các chợ như Bưởi, Ngọc_Hà và Thành_Công")
    as a Facility: the cue types the whole list, though each name alone reads as a person's.
    A list is two names or more, each a run of capitalised syllables, joined by "," or "và";
    it ends at the first other word. A tagged span inside a listed name gives way to it."""
    text = analysed.article.text
    cues = cue_words()
    longest = _longest_facility_cue()
    found: list[tuple[int, int]] = []
    # The markers are found in the text itself, so that only the syllables after one are read.
    for match in _MARKER_PATTERN.finditer(text):
        first = bisect_left(unit_starts, match.end())
        head = tuple(text[s:e].lower() for s, e in offsets[first:first + longest])
        cue = max((n for n in range(1, longest + 1) if cues.get(head[:n]) == _FACILITY_CUE), default=0)
        if not cue or not text[offsets[first][0]].islower():
            continue
        window = offsets[first:first + _LIST_WINDOW]
        forms = [text[s:e] for s, e in window]
        lowered = [form.lower() for form in forms]
        position = cue
        if position < len(forms) and lowered[position] in _LIST_OPENERS:
            position += 1
        names = _list_items(forms, lowered, position)
        if len(names) > 1:
            found.extend((window[start][0], window[end - 1][1]) for start, end in names)
    if not found:
        return tagged
    kept = [m for m in tagged if not any(s <= m.start and m.end <= e for s, e in found)]
    for start, end in found:
        inside = [m for m in tagged if start <= m.start and m.end <= end]
        confidence = min((m.confidence for m in inside if m.confidence is not None), default=None)
        sentence = analysed.sentence_at(start)
        kept.append(Mention(analysed.id, sentence.index, start, end, text[start:end], EntityType.FACILITY, confidence=confidence))
    return kept


@cache
def _longest_facility_cue() -> int:
    """The syllables of the longest facility cue ("nhà_máy điện hạt_nhân": five)."""
    return max((len(key) for key, kind in cue_words().items() if kind == _FACILITY_CUE), default=0)


def _list_items(forms: list[str], lowered: list[str], position: int) -> list[tuple[int, int]]:
    """The names (first and past-the-last syllable) of a list starting at ``position``."""
    items: list[tuple[int, int]] = []
    while position < len(forms) and forms[position][:1].isupper():
        first = position
        while position < len(forms) and forms[position][:1].isupper():
            position += 1
        items.append((first, position))
        if position < len(forms) and lowered[position] in _LIST_JOINERS:
            position += 1
        else:
            break
    return items


def _headed_by_facility_cue(text: str) -> bool:
    """True when ``text`` begins with a cue of the kind that heads a name, in either case
    ("sân_bay Nội_Bài", "Quảng_trường Đỏ", "bệnh_viện Bạch_Mai")."""
    words = syllable_key(text)
    cues = cue_words()
    return any(cues.get(words[:n]) == _FACILITY_CUE for n in range(1, min(len(words), _longest_facility_cue()) + 1))


#: The kinds of cue that head a body's name ("hạm_đội", "đội_tuyển", "đảng").
_BODY_CUES = frozenset({"org", "orginst"})
_PLACE_TYPE_NAMES = frozenset(t.value for t in (EntityType.COUNTRY, EntityType.CITY, EntityType.REGION, EntityType.LOCATION))


def _headed_by_lowercase_body(text: str) -> bool:
    """True when ``text`` is a body's head written in lowercase and a listed place ("hạm_đội
    Thái_Bình_Dương", "đội_tuyển Việt_Nam"): the head is part of the name, as the rules give it;
    not when the rest is no place ("đội_tuyển U23", "đảng CNPR")."""
    if not text[:1].islower():
        return False
    words = syllable_key(text)
    cues = cue_words()
    places = name_list()
    return any(
        cues.get(words[:n]) in _BODY_CUES and places.get(words[n:]) in _PLACE_TYPE_NAMES
        for n in range(1, min(len(words) - 1, 3) + 1)
    )


def _facility_cues_trimmed(tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each facility that begins with lowercase words ("chợ Ngọc_Hà", "sân_bay
    Nội_Bài"), and each other place a facility's cue heads ("quảng_trường Ba_Đình"), starting at
    its first capitalised word: the kind in front is a classifier, not part of the name. A body
    keeps its head ("bệnh_viện Bạch_Mai"), as organisations' names do. A name with no capitalised
    word stays whole."""
    result = []
    for mention in tagged:
        place = mention.type == EntityType.FACILITY or (mention.type.is_location and _headed_by_facility_cue(mention.text))
        if place and mention.text[:1].islower():
            units = syllable_spans(mention.text)
            first = next((s for s, e in units if mention.text[s:e][:1].isupper()), None)
            if first is not None:
                mention = replace(mention, start=mention.start + first, text=mention.text[first:])
        result.append(mention)
    return result


#: Lowercase heads of a body's name ("ngân_hàng", "thành_ủy"), as lowercased syllables.
_BODY_HEADS = frozenset(syllables_of(word) for word in word_list("tagger.body-heads"))


def _lowercase_heads_trimmed(rule_names: list[Mention], tagged: list[Mention]) -> list[Mention]:
    """``tagged`` with each lowercase-led span that ends with exactly one rule place replaced by it,
    unless a capitalised word stands between the head and the place: "bệnh_viện Trung_ương Huế"
    and "trường đại_học Xây_dựng Hà_Nội" name a body of their own, whose head is part of the name;
    nor when the words before the place hold a body's head ("ngân_hàng Đông_Á", "thành_ủy Hà_Nội")."""
    result = []
    for mention in tagged:
        if mention.text[:1].islower():
            inside = [
                r for r in rule_names if mention.start < r.start and r.end <= mention.end and r.type.is_location
            ]
            if (
                len(inside) == 1
                and inside[0].end == mention.end
                and not _capitalised_before(mention, inside[0])
                and not _body_head_before(mention, inside[0])
            ):
                result.append(replace(inside[0], confidence=mention.confidence))
                continue
        result.append(mention)
    return result


def _body_head_before(mention: Mention, place: Mention) -> bool:
    """True when the words of ``mention`` before ``place`` hold a body's head ("công_ty cổ_phần")."""
    words = syllables_of(mention.text[: place.start - mention.start])
    return any(words[i:i + len(head)] == head for head in _BODY_HEADS for i in range(len(words)))


def _capitalised_before(mention: Mention, place: Mention) -> bool:
    """True when a capitalised syllable of ``mention`` comes before ``place``, inside it."""
    head = mention.text[: place.start - mention.start]
    return any(head[s:e][:1].isupper() for s, e in syllable_spans(head))
