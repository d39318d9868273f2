"""Analysis: tokens and sentences with offsets, headline, captions and byline."""

from __future__ import annotations

import re

from kg.model import AnalysedArticle, Article, Sentence, Token

_TOKEN = re.compile(r"\S+")


def analyse(article: Article) -> AnalysedArticle:
    """Split ``article`` into sentences of tokens (placeholder: whitespace and full stops)."""
    tokens = [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(article.text)]
    sentences: list[Sentence] = []
    current: list[Token] = []
    for token in tokens:
        current.append(token)
        if token.text in {".", "!", "?"}:
            sentences.append(Sentence(len(sentences), current[0].start, current[-1].end, tuple(current)))
            current = []
    if current:
        sentences.append(Sentence(len(sentences), current[0].start, current[-1].end, tuple(current)))
    return AnalysedArticle(article, tuple(sentences), article.title, None, None, None, ())
