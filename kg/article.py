"""The per-article stages, analyse and extract, as one pure function.

``extract_article`` runs in the calling process (``kg.pipeline``) or in a
worker (``kg.parallel``); both import it from here, so neither imports the
other.
"""

from __future__ import annotations

from dataclasses import replace

from kg.analyse import analyse
from kg.extract import extract
from kg.model import Article, Extraction, ReadError
from kg.lexicon.syllables import repair_tone_marks
from kg.raw import looks_segmented, segmented_article, to_given_text, to_raw


def extract_article(article: Article, learned: bool = True) -> Extraction:
    """The per-article stages: pure, so they can run in any process.

    Tone marks typed on the wrong vowel are read where they belong ("vơí" as "với"), and raw
    text is segmented first; the result is mapped back, so every offset and quoted text points
    into the text as given. ``learned=False`` leaves names to
    the rules alone (no entity tagger).
    """
    segmented = article.segmented if article.segmented is not None else looks_segmented(article.text)
    repaired = repair_tone_marks(article.text)
    given = replace(article, segmented=segmented)
    read = replace(given, text=repaired)
    if segmented:
        extraction = extract(analyse(read), learned)
        return extraction if repaired == article.text else to_given_text(extraction, given)
    as_segmented, segmentation = segmented_article(read)
    return to_raw(extract(analyse(as_segmented), learned), given, segmentation)


def extract_or_error(article: Article, learned: bool = True) -> Extraction | ReadError:
    """``extract_article``, with a failure on this one article reported as a ``ReadError``
    so that the rest of the build goes on and nothing is lost silently."""
    try:
        return extract_article(article, learned)
    except Exception as error:  # noqa: BLE001 - any fault in one article must not stop the batch
        return ReadError(
            article.source,
            article.line,
            article.id,
            f"kg failed on this article ({type(error).__name__}: {error})",
            "the rest of the batch was built; report this article with the message as a bug in kg",
        )
