"""Typing the mentions the scan found without a type."""

from __future__ import annotations

from kg.extract.mention_spans import COORDINATORS, OPENING_QUOTES, PERSON, Candidate, Span, SpanFinder, Word
from kg.lexicon import Lexicon
from kg.model import EntityType


class MentionTyper:
    """The type of a name no gazetteer, title or honorific typed: by its cue,
    a foreign suffix, the type the same name got elsewhere in the article,
    its neighbours in a list, or a preposition of place."""

    def __init__(self, lexicon: Lexicon, spans: SpanFinder) -> None:
        self.lex = lexicon
        self.spans = spans

    def article_types(self, raw: list[Candidate]) -> dict[str, EntityType]:
        """Types given by strong evidence, by surface, to type the same name elsewhere."""
        known: dict[str, EntityType] = {}
        for candidate in raw:
            words, span = candidate.words, candidate.span
            if span.type is None:
                continue
            surface = " ".join(w.words for w in words[span.first : span.end])
            known.setdefault(surface, span.type)
            if span.type == PERSON and span.end - span.first <= 2:
                parts = surface.replace("-", " ").split(" ")
                for part in (parts[0], parts[-1]):
                    if len(part) > 2:
                        known.setdefault(part, PERSON)
        return known

    def listed_type(self, words: list[Word], span: Span) -> EntityType | None:
        """The type the scan gave ``span``, unless it is a district's or a town's listed name and a
        word of place written before it says what it is here ("huyện Điện_Bàn", "đảo Lý_Sơn")."""
        if span.type is None or not self.lex.cue_typed:
            return span.type
        surface = " ".join(w.words for w in words[span.first : span.end])
        if surface not in self.lex.cue_typed:
            return span.type
        cue = self.cue_before(words, span.first)
        return cue if cue is not None and cue.is_location else span.type

    def inside_a_phrase(self, words: list[Word], span: Span) -> bool:
        """Whether ``span`` is a district's or a town's listed name that ends a phrase of lowercase
        words naming something else ("điện_lực Châu_Đức", "nhà thi_đấu Tân_Bình", "lụa Hà_Đông"):
        the name is then part of that thing's, left to the tagger. After a word of function or
        a cue ("ở Thanh_Xuân", "huyện Châu_Đức") or a capitalised word it stands alone."""
        if span.first == 0 or span.type is None:
            return False
        if " ".join(w.words for w in words[span.first : span.end]) not in self.lex.cue_typed:
            return False
        before = words[span.first - 1]
        if before.capital or not before.token.text[:1].isalpha():
            return False
        lower = before.lower.replace("_", " ")
        return lower not in self.lex.function_words and lower not in self.lex.cues

    def guess_type(self, words: list[Word], span: Span, known: dict[str, EntityType]) -> EntityType | None:
        run = words[span.first : span.end]
        surface = " ".join(w.words for w in run)
        cue = self.cue_before(words, span.first)
        if cue is not None:
            return cue
        last = surface.replace("-", " ").rsplit(" ", 1)[-1]
        suffix = self.lex.cues.get(last)
        if suffix is not None and suffix[0] == "suffix":
            return suffix[1]
        if surface in known:
            return known[surface]
        if len(run) == 1 and self.spans.is_acronym(run[0]):
            return EntityType.ORGANIZATION
        # An address: "Cầu_Giấy , Hà_Nội", "Garden_Grove , California"; before a district's name
        # the place is a ward or a commune of it: "Liễu_Giai , Ba_Đình".
        if span.end + 1 < len(words) and words[span.end].token.text == ",":
            place = self.spans.gazetteer_at(words, span.end + 1)
            if place is not None and place.type in (EntityType.CITY, EntityType.REGION):
                listed = " ".join(w.words for w in words[place.first : place.end])
                district = place.type is EntityType.REGION and listed in self.lex.cue_typed
                return EntityType.REGION if district else EntityType.LOCATION
        if span.first > 0:
            previous = self.lex.cues.get(words[span.first - 1].lower)
            if previous is not None and previous[0] == "near":
                return EntityType.LOCATION
        return None

    def type_coordinated(self, raw: list[Candidate], types: list[EntityType | None]) -> None:
        """An untyped name listed with typed ones takes their type: "Arsenal và Dortmund"."""
        for k, entity_type in enumerate(types):
            if entity_type is not None:
                continue
            index, words, span = raw[k].sentence, raw[k].words, raw[k].span
            if span.end - span.first != 1 or "_" in words[span.first].token.text:
                continue  # a longer unknown name is a person by default
            for other in (k - 1, k + 1):
                if not 0 <= other < len(raw) or types[other] is None or raw[other].sentence != index:
                    continue
                other_span = raw[other].span
                if other_span.type is None or raw[other].attached.reference:
                    continue
                between = words[other_span.end : span.first] if other < k else words[span.end : other_span.first]
                if len(between) == 1 and between[0].lower in COORDINATORS:
                    types[k] = other_span.type
                    break

    def default_type(self, words: list[Word], span: Span) -> EntityType | None:
        """A name without any evidence: a person when it looks like a full name, else nothing.

        A lone capitalised word with no cue, title or gazetteer entry is as
        often a product, a team or a common word in a headline as a person.
        """
        run = words[span.first : span.end]
        if len(run) == 1 and "_" not in run[0].token.text:
            return None
        # Model numbers and editions ("Galaxy S4", "Portege Z30") are not people.
        if any(ch.isdigit() for w in run for ch in w.token.text):
            return None
        return PERSON

    def cue_before(self, words: list[Word], first: int) -> EntityType | None:
        cues = self.lex.cues
        key = ""
        if first > 0 and words[first - 1].token.text in OPENING_QUOTES:
            first -= 1  # Tờ “ Hoàn_Cầu ”
        for j in range(first - 1, max(-1, first - 4), -1):
            w = words[j]
            key = w.lower if j == first - 1 else f"{w.lower} {key}"
            cue = cues.get(key)
            if cue is not None and cue[0] == "before":
                return cue[1]
        return None

    def is_language(self, words: list[Word], span: Span) -> bool:
        """True for a language named after its country: "tiếng Việt", "tiếng Anh"."""
        if span.first == 0:
            return False
        cue = self.lex.cues.get(words[span.first - 1].lower)
        return cue is not None and cue[0] == "language"

    def is_work(self, words: list[Word], span: Span) -> bool:
        """True when a cue says the name is a work or a product: "album X", "chỉ_số Dow_Jones", "X Awards"."""
        cues = self.lex.cues
        last = words[span.end - 1].words.replace("-", " ").rsplit(" ", 1)[-1]
        suffix = cues.get(last)
        if suffix is not None and suffix[0] == "worksuffix":
            return True
        first = span.first
        if first > 0 and words[first - 1].token.text in OPENING_QUOTES:
            first -= 1
        key = ""
        for j in range(first - 1, max(-1, first - 4), -1):
            key = words[j].lower if j == first - 1 else f"{words[j].lower} {key}"
            cue = cues.get(key)
            if cue is not None:
                return cue[0] == "work"
        return False
