"""Named-entity mentions: find and type every name of an analysed article.

One left-to-right pass per sentence over plain dicts and sets:

* gazetteer names (longest match), organisation heads that start a name
  ("Bộ Ngoại_giao Mỹ", "Viện_Hàn_lâm Khoa_học Nga"), facility cues that are
  part of the name ("sân_bay vũ_trụ Vostochny") and runs of capitalised words;
* titles and honorifics in front of a name are attached to it ("Tổng_thống
  Nga" + "Vladimir_Putin"); a title with a qualifier and no name after it is a
  reference mention ("Tổng_thống Nga cho biết…");
* names the gazetteers do not know are typed by their cue ("thành_phố X"),
  their title, a foreign suffix ("… Cosmodrome"), the type the same name got
  elsewhere in the article, or a preposition of place.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kg.analyse.tokens import SENTENCE_STARTERS, is_foreign_word
from kg.lexicon import Lexicon, load_lexicon, word_list
from kg.model import AnalysedArticle, EntityType, Mention, Token

_PERSON = EntityType.PERSON
_QUALIFIER_TYPES = frozenset(
    {EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.CITY, EntityType.REGION, EntityType.NEWS_AGENCY}
)
_MAX_NAME_TOKENS = 6
_OPENING_QUOTES = frozenset({'"', "“", "‘", "'"})
_ROMAN = re.compile(r"^[IVXLC]+$")
_NAME_PARTICLES = frozenset(word_list("mentions.name-particles"))
_ORG_HEADS = frozenset({"org", "orgfacility", "orginst"})
_COORDINATORS = frozenset(word_list("mentions.coordinators"))


@dataclass(slots=True)
class _Word:
    """A token with what the scanner asks about it, computed once."""

    token: Token
    words: str
    lower: str
    capital: bool
    name_shaped: bool  # every syllable capitalised (or a digit): "Kim_Jong-un", "KCNA", "G20"
    initial: bool  # where a sentence (or a quote) starts
    may_start: bool = True  # could begin a name, a title or a cue


@dataclass(slots=True)
class _Span:
    first: int
    end: int  # token index after the span
    type: EntityType | None
    strong: bool  # typed by gazetteer, cue, title or honorific


def _prepare(tokens: tuple[Token, ...], lexicon: Lexicon) -> list[_Word]:
    out: list[_Word] = []
    previous = "."
    starters = lexicon.starters
    for token in tokens:
        text = token.text
        words = text.replace("_", " ") if "_" in text else text
        first = text[:1]
        capital = first.isupper()
        lower = words.lower()
        if capital:
            name_shaped = "_" not in text or all(s[:1].isupper() or s[:1].isdigit() for s in text.split("_"))
            may_start = True
        else:
            name_shaped = False
            may_start = first.isdigit() or lower in starters
        out.append(_Word(token, words, lower, capital, name_shaped, previous in SENTENCE_STARTERS, may_start))
        previous = text
    return out


class MentionFinder:
    """Finds the mentions of one article."""

    def __init__(self, analysed: AnalysedArticle, lexicon: Lexicon) -> None:
        self.analysed = analysed
        self.lex = lexicon
        self.text = analysed.article.text
        self.sentences = [(s.index, _prepare(s.tokens, lexicon)) for s in analysed.sentences]
        self.capital_seen: Counter[str] = Counter()
        self.lower_seen: set[str] = set()
        for _, words in self.sentences:
            for w in words:
                if w.capital and not w.initial:
                    self.capital_seen[w.words] += 1
                elif not w.capital:
                    self.lower_seen.add(w.words)

    # -- public --------------------------------------------------------------

    def find(self) -> tuple[Mention, ...]:
        raw: list[tuple[int, list[_Word], _Span, dict]] = []
        for index, words in self.sentences:
            for span, extra in self._scan(words):
                raw.append((index, words, span, extra))
        known = self._article_types(raw)
        raw = [r for r in raw if not self._is_language(r[1], r[2]) and (r[2].strong or not self._is_work(r[1], r[2]))]
        types = [span.type or self._guess_type(words, span, known) for _, words, span, _ in raw]
        self._type_coordinated(raw, types)
        mentions: list[Mention] = []
        for (index, words, span, extra), entity_type in zip(raw, types):
            if entity_type is None:
                entity_type = self._default_type(words, span)
            if entity_type is None:
                continue
            first, last = words[span.first].token, words[span.end - 1].token
            mentions.append(
                Mention(
                    article_id=self.analysed.id,
                    sentence=index,
                    start=first.start,
                    end=last.end,
                    text=self.text[first.start : last.end],
                    type=entity_type,
                    title=extra.get("title"),
                    honorific=extra.get("honorific"),
                    prefix_start=extra.get("prefix_start"),
                    reference=extra.get("reference", False),
                )
            )
        mentions.sort(key=lambda m: (m.start, m.end))
        return tuple(mentions)

    # -- the scan ------------------------------------------------------------

    def _scan(self, words: list[_Word]):
        n = len(words)
        i = 0
        honorific: tuple[int, str] | None = None
        while i < n:
            word = words[i]
            if not word.may_start and honorific is None:
                i += 1
                continue
            # An honorific before a title or a name: "ông Kim", "Ông Putin", "bà Harf".
            if word.lower in self.lex.honorifics and (not word.capital or word.initial) and i + 1 < n:
                if self._title_at(words, i) is None and (
                    self._title_at(words, i + 1) is not None or self._name_run(words, i + 1, relaxed=True) is not None
                ):
                    honorific = (i, word.words.lower())
                    i += 1
                    continue
            title_end = self._title_at(words, i)
            if title_end is not None:
                found, i = self._after_title(words, i, title_end, honorific)
                yield from found
                honorific = None
                continue
            if honorific is not None:
                run = self._name_run(words, i, relaxed=True)
                honorific_index, honorific_word = honorific
                honorific = None
                if run is not None:
                    span = self._span_at(words, i)
                    if span is None or span.type is None or span.type == _PERSON or span.end <= run:
                        span = _Span(i, run, _PERSON, True)
                    else:
                        span = _Span(span.first, span.end, _PERSON, True)
                    prefix = words[honorific_index].token.start
                    yield span, {"honorific": honorific_word, "prefix_start": prefix}
                    i = span.end
                    continue
            span = self._span_at(words, i)
            if span is not None:
                yield span, {}
                i = span.end
                continue
            i += 1

    def _after_title(
        self, words: list[_Word], start: int, title_end: int, honorific: tuple[int, str] | None
    ) -> tuple[list[tuple[_Span, dict]], int]:
        """Mentions of the title phrase at ``start``, and the index where scanning goes on.

        "Tổng_thống Nga Vladimir_Putin" gives the qualifier "Nga" and the person
        with their title; "Tổng_thống Nga cho biết" gives "Nga" and a reference.
        """
        n = len(words)
        k = title_end
        # Department words written capitalised: "Bộ_trưởng Quốc_phòng".
        while k < n and k < title_end + 2 and self._is_department(words[k]):
            k += 1
        found: list[tuple[_Span, dict]] = []
        qualifier = self._qualifier_at(words, k)
        if qualifier is not None:
            found.append((qualifier, {}))
            # A second qualifier: "Chủ_tịch UBND_TP Hà_Nội".
            second = self._qualifier_at(words, qualifier.end)
            if second is not None and second.type is not None and second.type.is_location:
                found.append((second, {}))
                qualifier = _Span(qualifier.first, second.end, qualifier.type, True)
        after = qualifier.end if qualifier else k
        title_text = self.text[words[start].token.start : words[after - 1].token.end]
        prefix = {
            "title": title_text,
            "honorific": honorific[1] if honorific else None,
            "prefix_start": words[honorific[0] if honorific else start].token.start,
        }
        run = self._name_run(words, after, relaxed=True) if after < n else None
        if run is not None:
            found.append((_Span(after, run, _PERSON, True), prefix))
            return found, run
        head = " ".join(w.lower for w in words[start:title_end])
        if qualifier is not None and head not in self.lex.roles:
            found.append((_Span(start, after, _PERSON, True), {**prefix, "reference": True}))
        return found, max(after, start + 1)

    def _qualifier_at(self, words: list[_Word], k: int) -> _Span | None:
        """A country, place or organisation right after a title, or None."""
        if k >= len(words):
            return None
        qualifier = self._span_at(words, k)
        if qualifier is not None and qualifier.type is None and self._is_acronym(words[k]) and qualifier.end == k + 1:
            # "lãnh_đạo UBND_TP": an acronym after a title names an organisation, not the person.
            return _Span(k, k + 1, EntityType.ORGANIZATION, True)
        if qualifier is not None and qualifier.type not in _QUALIFIER_TYPES:
            return None
        return qualifier

    def _title_at(self, words: list[_Word], i: int) -> int | None:
        """End index of the longest title phrase starting at ``i``."""
        titles = self.lex.titles
        key = ""
        found = None
        for j in range(i, min(len(words), i + self.lex.longest_title)):
            w = words[j]
            if w.name_shaped and j > i and "_" in w.token.text:
                break
            key = w.lower if j == i else f"{key} {w.lower}"
            if key not in self.lex.title_prefixes:
                break
            if key in titles:
                found = j + 1
        if found is None:
            return None
        if words[i].name_shaped and "_" in words[i].token.text:
            return None
        return found

    @staticmethod
    def _is_acronym(word: _Word) -> bool:
        """All capitals, two letters or more, no digits: "KCNA", "UBND_TP" (not "TIN_LIÊN_QUAN")."""
        text = word.token.text
        letters = text.replace("_", "")
        if not (len(letters) >= 2 and letters.isalpha() and letters.isupper()):
            return False
        return "_" not in text or not _shouted(word)



    def _is_department(self, word: _Word) -> bool:
        if not word.capital or word.name_shaped:
            return False
        return word.lower in self.lex.common and word.words not in self.lex.names

    # -- spans ---------------------------------------------------------------

    def _span_at(self, words: list[_Word], i: int) -> _Span | None:
        """The longest name starting at ``i``: organisation, facility, gazetteer name or capitalised run."""
        best: _Span | None = None
        for candidate in (
            self._organisation_at(words, i),
            self._facility_at(words, i),
            self._gazetteer_at(words, i),
        ):
            if candidate is not None and (best is None or candidate.end > best.end):
                best = candidate
        if best is not None:
            return best
        run = self._name_run(words, i)
        if run is not None:
            return _Span(i, run, None, False)
        return None

    def _gazetteer_at(self, words: list[_Word], i: int) -> _Span | None:
        names = self.lex.names
        word = words[i]
        if not (word.capital or word.token.text[:1].isdigit()) and word.words not in names:
            return None
        key = ""
        found: _Span | None = None
        for j in range(i, min(len(words), i + self.lex.longest_name)):
            key = words[j].words if j == i else f"{key} {words[j].words}"
            if key not in self.lex.name_prefixes:
                break
            entity_type = names.get(key)
            if entity_type is not None:
                found = _Span(i, j + 1, entity_type, True)
        if found is not None and found.end == i + 1 and word.initial and not word.name_shaped:
            return None
        return found

    def _organisation_at(self, words: list[_Word], i: int) -> _Span | None:
        cues = self.lex.cues
        key = ""
        head_end = None
        kind = None
        entity_type = None
        for j in range(i, min(len(words), i + 3)):
            key = words[j].words if j == i else f"{key} {words[j].words}"
            if key not in self.lex.cue_prefixes:
                break
            cue = cues.get(key)
            if cue is not None and cue[0] in _ORG_HEADS:
                head_end, kind, entity_type = j + 1, cue[0], cue[1]
        if head_end is None:
            return None
        n = len(words)
        j = head_end
        if kind == "orgfacility":
            # "Nhà_máy sản_xuất máy_bay Komsomolsk-on-Amur"
            k = j
            while k < n and k < j + 3 and words[k].token.text[:1].islower() and words[k].lower not in self.lex.function_words:
                k += 1
            if k < n and k > j and words[k].name_shaped:
                j = k
        consumed = 0
        while j < n:
            w = words[j]
            if not w.capital or w.lower in self.lex.titles or w.lower in self.lex.honorifics:
                break
            gazetteer = self._gazetteer_at(words, j)
            if gazetteer is not None:
                j = gazetteer.end
                consumed += 1
                break
            if w.name_shaped and " " not in w.words and j + 1 < n and self._joins_next(w, words[j + 1]):
                # "Bộ Tài chính" segmented as "Tài" + "chính".
                j += 2
                consumed += 1
                continue
            if w.name_shaped:
                # An institution takes a place after it, never a name: "Quốc_hội Uông_Chu_Lưu".
                if consumed or kind == "orginst":
                    break
                run = self._name_run(words, j, relaxed=True)
                j = run if run is not None else j + 1
                consumed += 1
                break
            j += 1
            consumed += 1
        if not consumed:
            return None
        return _Span(i, j, entity_type, True)

    def _joins_next(self, word: _Word, following: _Word) -> bool:
        """True when a capitalised syllable and the lowercase one after it make a known word."""
        if following.capital or " " in following.words or not following.words.isalpha():
            return False
        joined = f"{word.lower} {following.lower}"
        return joined in self.lex.common or joined in self.lower_seen

    def _facility_at(self, words: list[_Word], i: int) -> _Span | None:
        cues = self.lex.cues
        key = ""
        head_end = None
        for j in range(i, min(len(words), i + 3)):
            w = words[j]
            if w.capital:
                break
            key = w.lower if j == i else f"{key} {w.lower}"
            if key not in self.lex.cue_prefixes:
                break
            cue = cues.get(key)
            if cue is not None and cue[0] == "facility":
                head_end = j + 1
        if head_end is None or head_end >= len(words):
            return None
        run = self._name_run(words, head_end)
        if run is None:
            return None
        return _Span(i, run, EntityType.FACILITY, True)

    def _name_run(self, words: list[_Word], i: int, relaxed: bool = False) -> int | None:
        """End index of the run of name-shaped words starting at ``i``, or None.

        ``relaxed`` is for a place where a name is expected (after a title or
        an honorific): any capitalised word may start it there.
        """
        n = len(words)
        if i >= n or not self._name_like(words[i], relaxed):
            return None
        j = i + 1
        while j < n and j < i + _MAX_NAME_TOKENS:
            word = words[j]
            if self._name_like(word, relaxed) and not word.initial:
                if self._gazetteer_at(words, j) is not None or word.lower in self.lex.titles:
                    break
                j += 1
                continue
            step = self._foreign_joint(words, i, j)
            if not step:
                break
            j += step
        return j

    def _foreign_joint(self, words: list[_Word], first: int, j: int) -> int:
        """Tokens to take at ``j`` to go on with a foreign name cut by the segmenter.

        "Park_Geun - hye", "Charles_Olivieri - Munroe", "Bashar al - Assad",
        "Juan_Martin del Potro": a hyphen or a particle between parts of a
        name that has a foreign syllable. Returns 0 when the name ends at ``j``.
        """
        n = len(words)
        if not is_foreign_word(" ".join(w.words for w in words[first:j])):
            return 0
        k = j
        if words[k].lower in _NAME_PARTICLES:
            k += 1
        if k < n and words[k].token.text == "-":
            k += 1
        if k == j or k >= n:
            return 0
        following = words[k]
        if self._gazetteer_at(words, k) is not None:
            return 0
        text = following.token.text
        if following.name_shaped or (text.isalpha() and text.islower() and len(text) <= 3 and k > j + 0 and words[k - 1].token.text == "-"):
            return k - j + 1
        return 0

    def _name_like(self, word: _Word, relaxed: bool = False) -> bool:
        if not word.name_shaped:
            return False
        lower = word.lower
        lex = self.lex
        if lower in lex.honorifics or lower in lex.titles:
            return False
        if word.words in lex.names:
            return True
        if " " in word.words:
            # Vietnamese words in capitals ("TIN_LIÊN_QUAN", a byline) are a name only where one is expected.
            return relaxed or not _shouted(word)
        # One syllable: a common word or an acronym of one ("USD", "GDP") is not a name.
        if lower in lex.common:
            return False
        text = word.token.text
        if len(text) < 2 or not any(ch.isalpha() for ch in text) or _ROMAN.match(text) or "&" in text:
            return False
        if is_foreign_word(word.words) or text.isupper():
            return not word.initial or self.capital_seen[word.words] > 0 or relaxed or text.isupper()
        if relaxed:
            return True
        # A Vietnamese syllable capitalised on its own is a name only when the
        # article capitalises it where no sentence starts, more than once.
        return self.capital_seen[word.words] >= 2

    # -- typing --------------------------------------------------------------

    def _article_types(self, raw) -> dict[str, EntityType]:
        """Types given by strong evidence, by surface, to type the same name elsewhere."""
        known: dict[str, EntityType] = {}
        for _, words, span, _ in raw:
            if span.type is None:
                continue
            surface = " ".join(w.words for w in words[span.first : span.end])
            known.setdefault(surface, span.type)
            if span.type == _PERSON and span.end - span.first <= 2:
                parts = surface.replace("-", " ").split(" ")
                for part in (parts[0], parts[-1]):
                    if len(part) > 2:
                        known.setdefault(part, _PERSON)
        return known

    def _guess_type(self, words: list[_Word], span: _Span, known: dict[str, EntityType]) -> EntityType | None:
        run = words[span.first : span.end]
        surface = " ".join(w.words for w in run)
        cue = self._cue_before(words, span.first)
        if cue is not None:
            return cue
        last = surface.replace("-", " ").rsplit(" ", 1)[-1]
        suffix = self.lex.cues.get(last)
        if suffix is not None and suffix[0] == "suffix":
            return suffix[1]
        if surface in known:
            return known[surface]
        if len(run) == 1 and self._is_acronym(run[0]):
            return EntityType.ORGANIZATION
        # An address: "Cầu_Giấy , Hà_Nội", "Garden_Grove , California".
        if span.end + 1 < len(words) and words[span.end].token.text == ",":
            place = self._gazetteer_at(words, span.end + 1)
            if place is not None and place.type in (EntityType.CITY, EntityType.REGION):
                return EntityType.LOCATION
        if span.first > 0:
            previous = self.lex.cues.get(words[span.first - 1].lower)
            if previous is not None and previous[0] == "near":
                return EntityType.LOCATION
        return None

    def _type_coordinated(self, raw, types: list[EntityType | None]) -> None:
        """An untyped name listed with typed ones takes their type: "Arsenal và Dortmund"."""
        for k, entity_type in enumerate(types):
            if entity_type is not None:
                continue
            index, words, span, _ = raw[k]
            if span.end - span.first != 1 or "_" in words[span.first].token.text:
                continue  # a longer unknown name is a person by default
            for other in (k - 1, k + 1):
                if not 0 <= other < len(raw) or types[other] is None or raw[other][0] != index:
                    continue
                other_span = raw[other][2]
                if other_span.type is None or raw[other][3].get("reference"):
                    continue
                between = words[other_span.end : span.first] if other < k else words[span.end : other_span.first]
                if len(between) == 1 and between[0].lower in _COORDINATORS:
                    types[k] = other_span.type
                    break

    def _default_type(self, words: list[_Word], span: _Span) -> EntityType | None:
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
        return _PERSON

    def _cue_before(self, words: list[_Word], first: int) -> EntityType | None:
        cues = self.lex.cues
        key = ""
        if first > 0 and words[first - 1].token.text in _OPENING_QUOTES:
            first -= 1  # Tờ “ Hoàn_Cầu ”
        for j in range(first - 1, max(-1, first - 4), -1):
            w = words[j]
            key = w.lower if j == first - 1 else f"{w.lower} {key}"
            cue = cues.get(key)
            if cue is not None and cue[0] == "before":
                return cue[1]
        return None

    def _is_language(self, words: list[_Word], span: _Span) -> bool:
        """True for a language named after its country: "tiếng Việt", "tiếng Anh"."""
        if span.first == 0:
            return False
        cue = self.lex.cues.get(words[span.first - 1].lower)
        return cue is not None and cue[0] == "language"

    def _is_work(self, words: list[_Word], span: _Span) -> bool:
        """True when a cue says the name is a work or a product: "album X", "chỉ_số Dow_Jones", "X Awards"."""
        cues = self.lex.cues
        last = words[span.end - 1].words.replace("-", " ").rsplit(" ", 1)[-1]
        suffix = cues.get(last)
        if suffix is not None and suffix[0] == "worksuffix":
            return True
        first = span.first
        if first > 0 and words[first - 1].token.text in _OPENING_QUOTES:
            first -= 1
        key = ""
        for j in range(first - 1, max(-1, first - 4), -1):
            key = words[j].lower if j == first - 1 else f"{words[j].lower} {key}"
            cue = cues.get(key)
            if cue is not None:
                return cue[0] == "work"
        return False


def _shouted(word: _Word) -> bool:
    """Several Vietnamese syllables all in capitals: "NGUYỆT_PHƯƠNG", "TIN_LIÊN_QUAN"."""
    text = word.token.text
    if "_" not in text or not text.replace("_", "").isupper():
        return False
    return not is_foreign_word(word.words)


def find_mentions(analysed: AnalysedArticle) -> tuple[Mention, ...]:
    """Every named-entity mention of ``analysed``, in text order.

    A mention's span covers the name only; its title and honorific are in
    ``title``/``honorific`` with ``prefix_start`` where they begin. A title
    with a qualifier and no name after it is a mention with ``reference=True``.
    """
    return MentionFinder(analysed, load_lexicon()).find()
