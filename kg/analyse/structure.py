"""Sentences and article structure: headline, captions, credits, byline.

Works on the repaired token list of one article. Caption credits
("Ảnh : AFP", "Video : Zvezda", "Đồ_họa : BBC") and the closing byline
("Huyền_Lê ( Theo AFP , Reuters )") become metadata and are left out of the
sentences; the sentence right before a caption credit is a caption.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.analyse.sentence_marks import is_name_mark, marked_names, opens_after_heading
from kg.analyse.tokens import ends_in_initial, is_foreign_word, syllable_class
from kg.lexicon import Lexicon, word_list, word_map
from kg.model import Credit, Sentence, Token

SENTENCE_END = frozenset({".", "!", "?", "…", "...", "!?", "?!"})
CLOSING_QUOTES = frozenset({'"', "”", "’", "'", ")"})
CAPTION_KINDS = word_map("structure.caption-kinds")
_CREDIT_SEPARATORS = frozenset(word_list("structure.credit-separators"))
_CREDIT_NO_ONES = frozenset(word_list("structure.credit-no-ones"))
_CREDIT_WORK_WORDS = frozenset(w.replace("_", " ") for w in word_list("structure.credit-work-words"))
#: "TP", "PGS", "Mr": abbreviations whose full stop stands before a name, not at a sentence's end.
_ABBREVIATIONS = frozenset(word_list("structure.abbreviations"))
_JOINERS = frozenset({"/", "-", "–", "&"})
_NOT_BEFORE_BODY = frozenset({":", ",", "(", '"', "“", "-", "–", "‘", "/"})
_ROLE_SHAPES = frozenset({"title", "organisation", "syllable"})
_NAME_SHAPES = frozenset({"name", "foreign"})
#: A Vietnamese personal name has at most four syllables.
_MAX_NAME_SYLLABLES = 4


@dataclass(frozen=True, slots=True)
class Structure:
    """Where the headline, the captions and the byline are, as token indices."""

    sentences: tuple[Sentence, ...]
    title: str | None
    title_span: tuple[int, int] | None
    author: str | None
    author_span: tuple[int, int] | None
    credits: tuple[Credit, ...]


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def _credit_names(tokens: list[Token], kind: str) -> list[Credit]:
    """Credits of a run of tokens such as "AFP , Reuters" or "AP/RIA Novosti"."""
    credits: list[Credit] = []
    run: list[Token] = []

    def flush() -> None:
        if run:
            start, end = run[0].start, run[-1].end
            name = " ".join(t.words for t in run)
            if name not in _CREDIT_NO_ONES:
                credits.append(Credit(kind, name, start, end))
            run.clear()

    for token in tokens:
        if token.text in _CREDIT_SEPARATORS:
            flush()
        elif token.words.lower() in _CREDIT_WORK_WORDS:
            flush()  # "VOV online Tổng_hợp": what was done, not who did it
        elif not any(c.isalnum() for c in token.text):
            flush()  # a full stop or a bracket ends the credit; it is never part of the name
        elif "/" in token.text and len(token.text) > 1:
            # "AP/RIA Novosti": the last part runs on into the next tokens.
            offset = token.start
            for part in token.text.split("/"):
                if part:
                    run.append(Token(part, offset, offset + len(part)))
                    if offset + len(part) < token.end:
                        flush()
                offset += len(part) + 1
        else:
            run.append(token)
    flush()
    return credits


class StructureFinder:
    """Splits repaired tokens into sentences and finds the article's metadata."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._lower_seen: set[str] = set()

    def find(self, tokens: list[Token], text: str, find_title: bool) -> Structure:
        """The structure of an article whose repaired tokens are ``tokens``."""
        end, author, author_span, closing_credits = self._closing(tokens)
        body = tokens[:end]
        skip: set[int] = set()
        caption_ends: set[int] = set()
        credits: list[Credit] = []
        for index in range(len(body) - 1):
            if body[index + 1].text != ":":
                continue
            kind = self._caption_kind(body, index)
            if kind is None:
                continue
            last = self._credit_end(body, index + 2)
            credits.extend(_credit_names(body[index + 2 : last], kind))
            skip.update(range(index, last))
            before = index - 1
            while before >= 0 and body[before].text in {"-", "–", "(", "|"}:
                skip.add(before)
                before -= 1
            if last < len(body) and body[last].text == ")" and before >= 0:
                skip.add(last)
            if before >= 0:
                caption_ends.add(before)
        self._lower_seen = {t.words for t in tokens if t.text[:1].islower()}
        self._marked_names = marked_names(body)
        title_end = self._title_end(body, text) if find_title else None
        sentences = self._sentences(body, skip, caption_ends, title_end)
        title = title_span = None
        if title_end is not None and sentences and sentences[0].kind == "title":
            title_span = (sentences[0].start, sentences[0].end)
            title = text[title_span[0] : title_span[1]].replace("_", " ")
        credits.extend(closing_credits)
        credits.sort(key=lambda c: c.start)
        return Structure(tuple(sentences), title, title_span, author, author_span, tuple(credits))

    # -- captions ------------------------------------------------------------

    def _caption_kind(self, tokens: list[Token], index: int) -> str | None:
        token = tokens[index]
        if not _is_capitalised(token) or tokens[index + 1].text != ":":
            return None
        kind = CAPTION_KINDS.get(token.words.lower())
        if kind is None or index + 2 >= len(tokens):
            return None
        name = tokens[index + 2]
        if not (name.text[:1].isupper() or name.text[:1].isdigit()):
            return None
        return kind

    def _credit_end(self, tokens: list[Token], first: int) -> int:
        """Index after the credit's name that starts at ``first``."""
        end = first + 1
        while end < len(tokens):
            token = tokens[end]
            if token.text in _JOINERS and end + 1 < len(tokens) and _is_capitalised(tokens[end + 1]):
                end += 2
                continue
            if _is_capitalised(token) and (
                self._continues_credit(token) or self._continues_vietnamese_name(tokens[first:end], token)
            ):
                end += 1
                continue
            break
        if end < len(tokens) and tokens[end].text in SENTENCE_END:
            end += 1
        return end

    def _continues_credit(self, token: Token) -> bool:
        words = token.words
        if words.lower() in self.lexicon.common or words in self.lexicon.names:
            return False
        return is_foreign_word(words) or syllable_class(token.text) == "U"

    def _continues_vietnamese_name(self, credit: list[Token], token: Token) -> bool:
        """Whether ``token`` goes on with a photographer's Vietnamese name the segmenter cut
        ("Ảnh : Việt Dũng", "Ảnh : Sỹ Bình Theo đó"): the credit so far and the token are
        capitalised Vietnamese syllables, the token no common word, title or listed name,
        and the name stays within the syllables a Vietnamese name has."""
        syllables = [t.words for t in credit] + [token.words]
        if len(syllables) > _MAX_NAME_SYLLABLES or any(" " in s or "_" in s for s in syllables):
            return False
        if any(not s.isalpha() or syllable_class(s) != "C" or is_foreign_word(s) for s in syllables):
            return False
        lower = token.words.lower()
        return lower not in self.lexicon.common and lower not in self.lexicon.titles and token.words not in self.lexicon.names

    # -- closing byline ------------------------------------------------------

    def _closing(self, tokens: list[Token]) -> tuple[int, str | None, tuple[int, int] | None, list[Credit]]:
        """Where the closing byline starts, its author and its sources."""
        n = len(tokens)
        if n == 0:
            return 0, None, None, []
        end = n
        credits: list[Credit] = []
        if tokens[-1].text == ")":
            opening = next((i for i in range(n - 2, max(-1, n - 15), -1) if tokens[i].text == "("), None)
            if opening is not None:
                inner = tokens[opening + 1 : n - 1]
                if inner and inner[0].text.lower() == "theo":
                    inner = inner[1:]
                if inner and all(self._byline_token(t) for t in inner):
                    credits = _credit_names(inner, "source")
                    end = opening
        else:
            # "… . Theo BBC" at the very end.
            for size in (1, 2, 3):
                at = n - size - 1
                if at > 0 and tokens[at].text.lower() == "theo" and tokens[at - 1].text in SENTENCE_END:
                    if all(self._byline_token(t) for t in tokens[at + 1 :]):
                        credits = _credit_names(tokens[at + 1 :], "source")
                        end = at
                        break
        # The author: a short run of capitalised words after the last sentence end.
        start = end
        while start > 0 and end - start < 6 and tokens[start - 1].text not in SENTENCE_END | CLOSING_QUOTES:
            if tokens[start - 1].text == ":":
                # "Đồ_họa : BBC Như_Tâm": the author follows the caption's credit.
                start = min(start + 1, end)
                break
            start -= 1
        author_tokens = tokens[start:end]
        # "Vũ_Hạnh / VOV online": after the slash comes the outlet, whatever its case.
        slash_at = next((k for k, t in enumerate(author_tokens) if t.text == "/"), None)
        if slash_at is not None and slash_at > 0:
            credits = _credit_names(author_tokens[slash_at + 1 :], "source") + credits
            end = start + slash_at
            author_tokens = author_tokens[:slash_at]
        if (
            start > 0
            and author_tokens
            and all(self._byline_token(t) for t in author_tokens)
            and _is_capitalised(author_tokens[0])
            and not any(t.words in self.lexicon.names for t in author_tokens[:1])
        ):
            run = author_tokens
            slash = next((i for i, t in enumerate(run) if t.text in _JOINERS), None)
            if slash is not None:
                credits = _credit_names(run[slash + 1 :], "source") + credits
                run = run[:slash]
            if run:
                author_span = (run[0].start, run[-1].end)
                author = " ".join(t.words for t in run)
                return start, author, author_span, credits
        return end, None, None, credits

    def _byline_token(self, token: Token) -> bool:
        if token.text in {",", "/", "-", "–", ".", "&"}:
            return True
        first = token.text[:1]
        if not (first.isupper() or first.isdigit()):
            return False
        lower = token.words.lower()
        return lower not in self.lexicon.function_words and lower not in self.lexicon.titles

    # -- headline ------------------------------------------------------------

    def _title_end(self, tokens: list[Token], text: str) -> int | None:
        """Index of the body's first token when the headline runs into it.

        Candidates are capitalised tokens before the first full stop, taken by
        tiers: the headline's first word repeated, then a capitalised common
        word (which only a sentence start capitalises), then a title or an
        organisation head, then a name right after a lowercase word.
        """
        limit = min(len(tokens), 45)
        first_end = next((i for i in range(limit) if tokens[i].text in SENTENCE_END and not is_name_mark(tokens, i, self._marked_names)), limit)
        # A line break before the first full stop ends the headline.
        for i in range(1, min(first_end + 1, len(tokens))):
            if "\n" in text[tokens[i - 1].end : tokens[i].start]:
                return i
        if limit < 5 or sum(1 for t in tokens if t.text in SENTENCE_END) < 2:
            return None  # one sentence is not an article with a headline
        if first_end < limit and tokens[first_end].text in {"?", "!"} and first_end + 1 < len(tokens):
            if first_end >= 3 and _is_capitalised(tokens[first_end + 1]):
                return first_end + 1
        shapes = [self._shape(t) for t in tokens[: first_end + 1]]
        candidates = [
            i
            for i in range(4, min(first_end + 1, len(tokens)))
            if shapes[i] != "low"
            and shapes[i] != "punct"
            and tokens[i - 1].text not in _NOT_BEFORE_BODY
            and shapes[i - 1] != "title"
            and tokens[i - 1].words.lower() not in self.lexicon.honorifics
        ]
        head = tokens[0].text
        for i in candidates:
            if tokens[i].text == head and len(head) > 1:
                return i
        for i in candidates:
            if shapes[i] == "common":
                return i
        # A title after a lowercase word is more often its object than a new sentence.
        for i in candidates:
            if shapes[i] in _ROLE_SHAPES and not (shapes[i] == "title" and shapes[i - 1] == "low"):
                return i
        for i in candidates:
            if shapes[i] in _NAME_SHAPES and shapes[i - 1] == "low":
                return i
        return None

    def _shape(self, token: Token) -> str:
        """What a capitalised token looks like, for finding where the body starts."""
        text = token.text
        if not text[:1].isupper():
            return "low" if text[:1].isalpha() else "punct"
        words = token.words
        lower = words.lower()
        if lower in self.lexicon.titles:
            # A title the article writes in lowercase elsewhere is capitalised here by a sentence start.
            return "common" if lower in self._lower_seen else "title"
        cue = self.lexicon.cues.get(words)
        if cue is not None and cue[0] in ("org", "orgfacility", "orginst"):
            return "organisation"
        syllables = text.split("_")
        if len(syllables) > 1:
            return "common" if any(s[:1].islower() for s in syllables[1:]) else "name"
        if words in self.lexicon.names:
            return "gazetteer"
        if lower in self.lexicon.common and not (text.isupper() and len(text) > 1):
            return "common"  # an acronym ("USD", "TNHH") is capitalised wherever it stands
        if is_foreign_word(words) or text.isupper():
            return "foreign"
        return "syllable"

    # -- sentences -----------------------------------------------------------

    def _sentences(
        self, tokens: list[Token], skip: set[int], caption_ends: set[int], title_end: int | None
    ) -> list[Sentence]:
        sentences: list[Sentence] = []
        current: list[Token] = []
        kind = "title" if title_end is not None else "body"
        is_caption = False

        def close() -> None:
            nonlocal current, kind, is_caption
            if current:
                sentence_kind = "caption" if is_caption and kind != "title" else kind
                sentences.append(
                    Sentence(len(sentences), current[0].start, current[-1].end, tuple(current), sentence_kind)
                )
            current = []
            kind = "body"
            is_caption = False

        open_quote = False
        for index, token in enumerate(tokens):
            if index == title_end:
                close()
                open_quote = False
            if index in skip:
                if current:
                    close()
                continue
            if current and not open_quote and opens_after_heading(current, token, tokens[index + 1 : index + 2]):
                if kind == "title":
                    title_end = None  # the headline ends at its heading's end, not further on
                close()  # "Mỹ trấn_an Liên_Hiệp_Quốc Những cáo_buộc …": a heading without a mark, then the text
            if token.text == '"':
                open_quote = not open_quote
            elif token.text == "“":
                open_quote = True
            elif token.text == "”":
                open_quote = False
            current.append(token)
            if index in caption_ends:
                is_caption = True
                close()
                open_quote = False
                continue
            if token.text in SENTENCE_END:
                following = tokens[index + 1].text if index + 1 < len(tokens) else ""
                if is_name_mark(tokens, index, self._marked_names):
                    continue  # "Yahoo ! Mail": the mark is the name's, not the sentence's end
                closes_quote = following == "”" or (following == '"' and open_quote) or following == ")"
                if closes_quote and index + 1 not in skip:
                    continue
                if token.text == "." and len(current) > 1 and _abbreviates(current[-2].text) and following[:1].isupper():
                    continue  # "George W. Bush", "TP. Hà_Nội", "PGS. Nghiêm_Đình_Vỳ": no sentence end
                close()
            elif token.text in CLOSING_QUOTES and len(current) > 1 and current[-2].text in SENTENCE_END:
                close()
        close()
        return sentences


def _abbreviates(text: str) -> bool:
    """Whether a token ends in a name's initial or in an abbreviation that stands before a
    name ("George_W", "TP", "UBND_TP"), so that a full stop after it ends no sentence."""
    return ends_in_initial(text) or text.replace("_", " ").split(" ")[-1] in _ABBREVIATIONS
