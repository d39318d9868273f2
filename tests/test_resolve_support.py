"""Small hand-made articles for the resolver tests: text with mentions at known offsets."""

from __future__ import annotations

from dataclasses import dataclass

from kg.model import AnalysedArticle, Article, EntityType, Extraction, Mention, Resolution


@dataclass(frozen=True)
class Say:
    """A mention to write into a test article: name, type, and what stands before it."""

    text: str
    type: str = "Person"
    title: str | None = None
    honorific: str | None = None
    reference: bool = False


def make_extraction(article_id: str, *pieces: str | Say) -> Extraction:
    """An ``Extraction`` whose text is ``pieces`` joined by spaces, one mention per ``Say``."""
    text = ""
    mentions = []
    for piece in pieces:
        if text:
            text += " "
        if isinstance(piece, str):
            text += piece
            continue
        prefix = " ".join(p for p in (piece.honorific, piece.title) if p)
        prefix_start = len(text) if prefix else None
        if prefix:
            text += prefix + " "
        start = len(text)
        text += piece.text
        mentions.append(
            Mention(
                article_id=article_id,
                sentence=0,
                start=start,
                end=len(text),
                text=piece.text,
                type=EntityType(piece.type),
                title=piece.title,
                honorific=piece.honorific,
                prefix_start=prefix_start,
                reference=piece.reference,
            )
        )
    article = Article(id=article_id, text=text, source=f"{article_id}.txt")
    analysed = AnalysedArticle(article, (), None, None, None, None)
    return Extraction(analysed, tuple(mentions))


def entity_by_name(resolution: Resolution, name: str):
    """The entity whose canonical name is ``name``."""
    found = [e for e in resolution.entities if e.name == name]
    assert len(found) == 1, f"expected one entity named {name!r}, got {[e.id for e in resolution.entities]}"
    return found[0]


def decisions_for(resolution: Resolution, text: str, article_id: str | None = None):
    """Decisions about mentions whose text is ``text``."""
    return [
        d
        for d in resolution.decisions
        if d.mention.text == text and (article_id is None or d.mention.article_id == article_id)
    ]
