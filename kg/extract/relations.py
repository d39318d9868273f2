"""Statements and events of an article: posts, places, bodies, interactions and speech.

Each extractor reads the article as a stream of pieces (``kg.extract.pieces``)
with the grammar of ``kg.extract.frames`` and the lexicons of ``ontology/``:

- ``roles``: posts held ("Tổng_thống Nga Vladimir_Putin" -> presidentOf);
- ``copular_posts``: posts told by "là" ("Quốc_vương của Brunei là X");
- ``rosters``: posts listed after the body they are held at ("Ban điều_hành của ACBS gồm …");
- ``places``: locatedIn, memberOf and the country of agencies and bodies;
- ``affiliations``: memberOf told by a member noun or by scoring for a team;
- ``match_reports``: memberOf of players helping a team, sent on by its coach, in brackets after its side;
- ``position_lists``: memberOf of players listed by their positions ("thủ_môn A , hậu_vệ B");
- ``apposed_bodies``: memberOf told by a body set beside a person's name;
- ``sides``: memberOf of players named with their side or shirt number ("X bên phía Y");
- ``team_colours``: memberOf of players told by a team's colours ("X ghi 2 bàn trong màu_áo Y");
- ``member_lists``: memberOf of the countries or bodies listed around "thành_viên" ("các thành_viên của Y là A , B");
- ``included``: what a named whole includes ("X , trong_đó có A , B");
- ``linked_groups``: memberOf of a group tied to a network ("nhóm X có liên_hệ với Y");
- ``team_members``: memberOf of a plain member of a team, an association or a party, not a seat
  ("thành_viên đội_tuyển Y", "thành_viên Hội Nhà_văn");
- ``ranked_members``: memberOf of the holder of a military rank written before a force ("Thượng_tướng CAND X");
- ``named_parts``: partOf told by a part's name ("Phòng Cảnh_sát Hình_sự Công_an Hà_Nội");
- ``subsidiaries``: partOf told by "công_ty con/mẹ" and a copula ("công_ty con của A là B");
- ``events``: meetings, visits, travels, invitations and gifts, with their
  binary shortcuts (met, visited, invited, gaveGiftTo);
- ``speech``: statements with speaker, quote and reporting agency.

What ``confidence`` means for each is written in docs/confidence.md.
"""

from __future__ import annotations

from kg.extract.affiliations import find_affiliations
from kg.extract.apposed_bodies import find_apposed_bodies
from kg.extract.bodies import find_bodies
from kg.extract.bracketed_units import find_bracketed_units
from kg.extract.copular_posts import find_copular_posts
from kg.extract.earlier_posts import with_posts_before_a_move
from kg.extract.events import find_cues, find_events, shortcuts
from kg.extract.fitting_posts import posts_fitting_titles
from kg.extract.implied_posts import find_implied_posts
from kg.extract.included import find_included
from kg.extract.ranked_members import find_ranked_members
from kg.extract.team_coaches import find_team_coaches
from kg.extract.team_colours import find_team_colours
from kg.extract.team_members import with_team_members
from kg.extract.left_posts import with_posts_left
from kg.extract.lineups import find_lineups
from kg.extract.linked_groups import find_linked_groups
from kg.extract.match_reports import find_match_reports
from kg.extract.member_lists import find_member_lists
from kg.extract.named_parts import find_named_parts
from kg.extract.pieces import ArticleView
from kg.extract.place_ranges import find_range_ends
from kg.extract.places import find_places
from kg.extract.position_lists import find_position_lists
from kg.extract.post_dates import with_start_dates
from kg.extract.role_holders import with_role_holders
from kg.extract.roles import CURRENT_POST_PREDICATES, find_roles
from kg.extract.rosters import find_rosters
from kg.extract.sides import find_sides
from kg.extract.squad_lists import find_squad_lists
from kg.extract.speech import find_statements
from kg.extract.subsidiaries import find_subsidiaries
from kg.extract.well_formed import well_formed
from kg.lexicon import role_of_title
from kg.model import AnalysedArticle, Event, Mention, Statement, TimeExpression
from kg.vocab import ROLE_PREDICATES

#: The predicates of a post: a person who holds one at a body is not also its member.
_POST_PREDICATES = frozenset(p for p in ROLE_PREDICATES if p != "memberOf")


def find_relations(
    analysed: AnalysedArticle, mentions: tuple[Mention, ...], times: tuple[TimeExpression, ...]
) -> tuple[tuple[Statement, ...], tuple[Event, ...]]:
    """Roles, places, memberships, events and speech found in ``analysed``."""
    view = ArticleView(analysed, mentions)
    posts = find_roles(view)
    posts += find_rosters(view)
    posts += find_copular_posts(view)
    posts += find_implied_posts(view, posts)
    posts += find_team_coaches(view, posts)
    posts = with_start_dates(view, posts, times)
    posts = with_posts_before_a_move(view, with_posts_left(view, posts))
    view.post_holders = _post_holders(posts)
    matches = find_cues(view)
    events = find_events(view, times, matches)
    statements_events = find_statements(view, times, matches)
    statements = (
        posts
        + find_places(view, times)
        + find_bodies(view)
        + find_range_ends(view)
        + find_bracketed_units(view)
        + find_named_parts(view)
        + find_subsidiaries(view)
        + find_lineups(view)
        + find_position_lists(view, posts)
        + find_match_reports(view, posts, times)
        + find_affiliations(view, times)
        + find_apposed_bodies(view)
        + find_sides(view)
        + find_squad_lists(view)
        + find_team_colours(view)
        + find_linked_groups(view)
        + find_member_lists(view)
        + find_ranked_members(view)
        + find_included(view)
        + list(shortcuts(events))
    )
    statements, all_events = with_role_holders(analysed.article.text, mentions, statements, events + statements_events)
    statements = posts_fitting_titles(_without_memberships_held_as_posts(with_team_members(statements)))
    return _unique_statements(well_formed(analysed.article.text, statements)), tuple(all_events)


def _post_holders(posts: list[Statement]) -> tuple[tuple[str, Mention], ...]:
    """(role, holder) of each current post among ``posts`` that carries its title."""
    return tuple(
        (role_of_title(s.title), s.subject)
        for s in posts
        if s.title and s.predicate in CURRENT_POST_PREDICATES
    )


def _without_memberships_held_as_posts(statements: list[Statement]) -> list[Statement]:
    """The statements without a membership of a person in a body where the person holds a post:
    the post says more ("Giám_đốc X , Vingroup")."""
    posts = {(s.subject.key, s.object.text) for s in statements if s.predicate in _POST_PREDICATES}
    return [s for s in statements if s.predicate != "memberOf" or (s.subject.key, s.object.text) not in posts]


def _unique_statements(statements: list[Statement]) -> tuple[Statement, ...]:
    """One statement per subject, predicate, object and evidence span."""
    seen = set()
    unique = []
    for statement in statements:
        key = (statement.subject.key, statement.predicate, statement.object.key, statement.provenance.start)
        if key not in seen and statement.subject.key != statement.object.key:
            seen.add(key)
            unique.append(statement)
    return tuple(unique)
