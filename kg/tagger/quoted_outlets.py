"""A newspaper named in quotation marks after its noun: the name inside is the outlet.

Some articles write an outlet's name in quotation marks after the noun for it: 'tờ "Granma"',
'báo “Đoàn kết”', 'tạp chí «Der Spiegel»'. The tagger, which rarely saw such names, leaves them
out or reads them otherwise. Right after a noun for an outlet (``names.quoted-outlet-nouns``), a
quoted run of capitalised-led words, a few syllables long and with no mark inside, is a
NewsAgency, in place of what was tagged inside the quotation marks. The noun and the marks stay
out of the name, as the annotation keeps "báo" out of "Báo Tuổi Trẻ".
"""

from __future__ import annotations

import re
from functools import cache

from kg.lexicon import word_list, word_map
from kg.model import EntityType, Mention

#: How many syllables an outlet's name in quotation marks may have.
_MAX_SYLLABLES = 5
_OPENING = "\"“«"
_CLOSING = "\"”»"


@cache
def _pattern() -> re.Pattern[str]:
    nouns = sorted(word_map("names.quoted-outlet-nouns"), key=len, reverse=True)
    words = "|".join(re.escape(n).replace(r"\ ", "[ _]") for n in nouns)
    return re.compile(
        rf"(?<![^\W_])(?P<noun>(?i:{words}))[ _]+[{_OPENING}][ _]*(?P<name>[^\W\d_][^\W_]*(?:[ _]+[^\W_]+)*?)[ _]*[{_CLOSING}]"
    )


@cache
def _openers() -> frozenset[str]:
    return frozenset(word_list("names.quoted-outlet-openers"))


def _noun_stands(text: str, match: re.Match[str]) -> bool:
    """Whether the noun of ``match`` names an outlet there: a noun that is also a verb ("báo", to
    report: 'thông báo "Khẩn"', 'hô hoán báo "Có cướp"') only when capitalised or after a word that
    opens a source (``names.quoted-outlet-openers``: "theo", "trên")."""
    noun = match.group("noun")
    if word_map("names.quoted-outlet-nouns").get(noun.lower().replace("_", " ")) != "opened" or noun[:1].isupper():
        return True
    before = re.findall(r"[^\W_]+", text[max(0, match.start() - 20) : match.start()])
    return bool(before) and before[-1].lower() in _openers() and text[match.start() - 1] in " _"


def quoted_outlets_named(text: str, sentences: list[tuple[int, int, int]], tagged: list[Mention], article_id: str) -> list[Mention]:
    """``tagged`` with each name written in quotation marks right after a noun for an outlet made a
    NewsAgency; ``sentences`` are (index, start, end) of the article's sentences."""
    found: list[Mention] = []
    for match in _pattern().finditer(text):
        start, end = match.span("name")
        name = match.group("name")
        if not name[:1].isupper() or len(re.findall(r"[^\W_]+", name)) > _MAX_SYLLABLES or not _noun_stands(text, match):
            continue
        if any(m.start < end and start < m.end and (m.start < start or m.end > end) for m in tagged):
            continue
        sentence = next((index for index, first, last in sentences if first <= start < last), 0)
        found.append(Mention(article_id, sentence, start, end, name, EntityType.NEWS_AGENCY))
    if not found:
        return tagged
    kept = [m for m in tagged if not any(f.start <= m.start and m.end <= f.end for f in found)]
    confident = {(m.start, m.end): m.confidence for m in tagged}
    return kept + [Mention(f.article_id, f.sentence, f.start, f.end, f.text, f.type, confidence=confident.get((f.start, f.end))) for f in found]
