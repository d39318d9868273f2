"""Analysis: tokens and sentences with offsets, headline, captions and byline.

``analyse`` never rewrites ``article.text``: every token is a slice of it, and
a glued token is cut into pieces that are slices too.
"""

from __future__ import annotations

from kg.analyse.structure import StructureFinder
from kg.analyse.tokens import QUOTES, ArticleEvidence, Repairer, raw_tokens
from kg.lexicon import Lexicon, load_lexicon
from kg.model import AnalysedArticle, Article, Token

__all__ = ["analyse", "tokenise"]

_new = object.__new__
_set_text, _set_start, _set_end = Token.text.__set__, Token.start.__set__, Token.end.__set__  # type: ignore[attr-defined]


def _token(text: str, start: int, end: int) -> Token:
    # The slots are set directly (as kg.codec does): a frozen dataclass's __init__ is
    # several times slower, and an article has a token per word.
    token = _new(Token)
    _set_text(token, text)
    _set_start(token, start)
    _set_end(token, end)
    return token


def tokenise(text: str, lexicon: Lexicon | None = None) -> list[Token]:
    """The tokens of ``text`` with glued tokens repaired, in order."""
    lexicon = lexicon or load_lexicon()
    raw = raw_tokens(text)
    repairer = Repairer(lexicon, ArticleEvidence.gather(raw))
    tokens: list[Token] = []
    for index, (word, start, _end) in enumerate(raw):
        plain = "_" not in word or (word.islower() and word.replace("_", "").replace("-", "").isalpha())
        if plain and not (len(word) > 1 and (word[0] in QUOTES or word[-1] in QUOTES)):
            tokens.append(_token(word, start, _end))
            continue
        following = raw[index + 1][0] if index + 1 < len(raw) else ""
        previous = raw[index - 1][0] if index > 0 else ""
        for piece, piece_start, piece_end in repairer.repair(word, start, following, previous):
            tokens.append(Token(piece, piece_start, piece_end))
    return tokens


def analyse(article: Article) -> AnalysedArticle:
    """Split ``article`` into repaired tokens and sentences, and find its metadata.

    For input without a separate headline (``article.title is None``), the
    headline that runs into the body becomes sentence 0 of kind "title".
    """
    lexicon = load_lexicon()
    tokens = tokenise(article.text, lexicon)
    structure = StructureFinder(lexicon).find(tokens, article.text, find_title=article.title is None)
    return AnalysedArticle(
        article=article,
        sentences=structure.sentences,
        title=article.title if article.title is not None else structure.title,
        title_span=structure.title_span,
        author=structure.author,
        author_span=structure.author_span,
        credits=structure.credits,
    )
