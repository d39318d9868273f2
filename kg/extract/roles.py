"""Posts held: a title from the role lexicon written with a person's name.

"Tổng_thống Nga Vladimir_Putin" (title, qualifier, name), "Dmitry_Peskov ,
Phát_ngôn_viên Điện_Kremlin ," (name, then the title in apposition) and a
reference that names a role ("Tổng_thống Nga" standing alone) each give
``person –predicate→ qualifier``. A title without its country or body
("Ngoại_trưởng Sergey_Lavrov") gives nothing: the post's country is not
guessed.
"""

from __future__ import annotations

from kg import lexicon
from kg.extract.frames import provenance, title_ending_at, title_starting_at
from kg.extract.pieces import ArticleView
from kg.lexicon import syllables_of, word_list
from kg.model import EntityType, Mention, Statement

EXTRACTOR = "roles"
#: Confidence per rule (docs/confidence.md): measured precision on the unseen corpus, rounded down.
CONFIDENCE_TITLE = 0.85
CONFIDENCE_APPOSITION = 0.8
CONFIDENCE_REFERENCE = 0.7
#: Words that turn a title into another post ("phó", deputy) or a past one ("cựu", "nguyên").
_MODIFIERS = frozenset(word_list("roles.modifiers"))
#: Titles that, standing alone before a body, name its leadership as a group.
_GROUP_TITLES = frozenset(syllables_of(w) for w in word_list("roles.group-titles"))
_PLURAL = frozenset(
    (w,) for w in word_list("roles.plural")
) | frozenset((str(n),) for n in range(2, 100))
_APPOSITION_MARKS = frozenset({",", "-", "–", "("})
_APPOSITION_ENDS = frozenset({",", "-", "–", ")", ".", ";", ":"})


def find_roles(view: ArticleView) -> list[Statement]:
    """Every post the article says a person holds."""
    statements: list[Statement] = []
    for k, piece in enumerate(view.pieces):
        mention = piece.mention
        if mention is None or mention.type is not EntityType.PERSON:
            continue
        if mention.reference:
            statements.extend(_reference_role(view, k, mention))
            continue
        statements.extend(_title_before(view, k, mention))
        statements.extend(_title_after(view, k, mention))
    return statements


def _title_before(view: ArticleView, k: int, person: Mention) -> list[Statement]:
    first = view.bounds(k)[0]
    qualifiers: list[int] = []
    j = k
    while j - 1 >= first and len(qualifiers) < 2:
        previous = view.pieces[j - 1].mention
        if previous is None or previous.type is EntityType.PERSON:
            break
        qualifiers.insert(0, j - 1)
        j -= 1
    found = title_ending_at(view, j)
    if found is None or not qualifiers:
        return []
    start, title = found
    if _modified(view, start):
        return []
    return _statements(view, person, title, qualifiers, start, k, CONFIDENCE_TITLE)


def _title_after(view: ArticleView, k: int, person: Mention) -> list[Statement]:
    last = view.bounds(k)[1]
    if k + 1 >= last or view.pieces[k + 1].text not in _APPOSITION_MARKS:
        return []
    found = title_starting_at(view, k + 2)
    if found is None:
        return []
    end, title = found
    qualifiers = []
    j = end
    while j < last and len(qualifiers) < 2 and (m := view.pieces[j].mention) is not None and m.type is not EntityType.PERSON:
        qualifiers.append(j)
        j += 1
    if not qualifiers or (j < last and view.pieces[j].text not in _APPOSITION_ENDS):
        return []
    return _statements(view, person, title, qualifiers, k, j - 1, CONFIDENCE_APPOSITION)


def _reference_role(view: ArticleView, k: int, reference: Mention) -> list[Statement]:
    """A role named by a reference: "Tổng_thống Nga" standing for the president."""
    first = view.bounds(k)[0]
    if any(
        j >= first and view.pieces[j].is_word and view.pieces[j].syllables[-1:] in _PLURAL for j in (k - 1, k - 2)
    ):
        return []  # "hai nhà_lãnh_đạo Nga", "các đời tổng_thống Mỹ": many holders, not one person
    syllables = view.pieces[k].syllables
    titles = lexicon.titles()
    title = None
    for length in range(len(syllables), 0, -1):
        if syllables[:length] in titles:
            title = titles[syllables[:length]]
            break
    if title is None or title.predicate is None:
        return []
    candidates = [m for m in view.inner(reference) if m.type in title.object_types]
    if title.syllables in _GROUP_TITLES and any(m.type.is_organization for m in candidates):
        return []  # "lãnh_đạo Sở Y_tế": the leadership of a body, not one person
    if candidates:
        return [Statement(reference, title.predicate, candidates[0], provenance(view, k, k, EXTRACTOR, CONFIDENCE_REFERENCE))]
    last = view.bounds(k)[1]
    following = view.pieces[k + 1].mention if k + 1 < last else None
    if following is not None and following.type in title.object_types:
        return [Statement(reference, title.predicate, following, provenance(view, k, k + 1, EXTRACTOR, CONFIDENCE_REFERENCE))]
    return []


def _statements(
    view: ArticleView, person: Mention, title: lexicon.Title, qualifiers: list[int], first: int, last: int, confidence: float
) -> list[Statement]:
    if title.predicate is None or EntityType.PERSON not in title.subject_types:
        return []
    for q in qualifiers:
        qualifier = view.pieces[q].mention
        if qualifier is not None and qualifier.type in title.object_types:
            return [Statement(person, title.predicate, qualifier, provenance(view, first, last, EXTRACTOR, confidence))]
    return []


def _modified(view: ArticleView, start: int) -> bool:
    first = view.bounds(start)[0]
    return start - 1 >= first and view.pieces[start - 1].is_word and view.pieces[start - 1].syllables[-1:] in {
        (m,) for m in _MODIFIERS
    }
