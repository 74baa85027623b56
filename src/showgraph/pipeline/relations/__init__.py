"""The relation component: runs every rule family over every sentence.

Each rule yields ``(relation record, trigger token)``; a record whose trigger
sits in a negated or speculative clause is dropped (see
:mod:`showgraph.pipeline.relations.assertion`). Facts stated inside a noun
phrase ("Tom Reyes's film W", "Ada (Mara Lind)", "the 2012 film W") are
presupposed, not asserted by the clause around them, so their rules yield no
trigger and are kept whatever that clause says. Records go to
``doc._.sg_relations`` as plain dicts (see :mod:`.common`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from showgraph.pipeline.doc_data import Sentence

from showgraph.pipeline.lexicon import Lexicon
from showgraph.pipeline.relations import bands, cast_facts, companies, credits, employment, release, sources
from showgraph.pipeline.relations.assertion import is_asserted
from showgraph.pipeline.relations.common import Context

RULES = (
    cast_facts.cast_pair_facts, cast_facts.cast_list_facts, cast_facts.role_in_work_facts,
    cast_facts.roles_in_the_work, cast_facts.listed_role_facts, cast_facts.starred_by,
    cast_facts.star_vehicle_facts, cast_facts.defined_characters, cast_facts.followed_characters,
    cast_facts.characters_in_works, cast_facts.kin_characters, cast_facts.aside_credit_facts,
    cast_facts.career_credits,
    credits.passive_credits, credits.active_credits, credits.role_noun_credits,
    credits.possessive_credits, credits.filmmaker_modifiers, credits.hyphenated_credits, credits.award_credits,
    credits.award_lines, credits.award_sections,
    credits.directorial_works, credits.written_by_nouns, credits.made_by_nouns, credits.production_by,
    credits.intransitive_producers,
    credits.field_credits, credits.maker_asides,
    companies.possessive_companies, companies.bracketed_networks, companies.airing_on, companies.made_for,
    companies.commissioning, companies.headline_commissions, companies.platform_list_headlines,
    companies.scheduled_by,
    companies.production_credits, companies.co_productions, companies.company_productions,
    companies.active_production, companies.studio_named, companies.banners, companies.hails_from,
    companies.with_as_co_producers,
    companies.producing_for, companies.distributor_nouns, companies.its_works, companies.company_projects,
    companies.listed_works, companies.acquisitions, companies.made_from, companies.release_nouns,
    release.release_dates, release.dates_set_for, release.bracket_years, release.year_modifiers, release.credit_years,
    release.field_release, release.episode_counts,
    employment.titled_names, employment.appositive_titles, employment.titles_as, employment.appointments,
    employment.memberships, employment.employed_at, employment.worked_as, employment.company_people,
    employment.joined_companies, employment.where_employed, employment.owned_companies,
    bands.band_parts, bands.lineup_members, bands.named_members,
    sources.based_on, sources.country_of_origin, sources.country_of_broadcast, sources.co_production_countries,
    sources.countries_made_in, sources.bracketed_countries,
    sources.episode_of,
)


class RelationFinder:
    """Writes ``doc._.sg_relations``."""

    def __init__(self, nlp: Language, name: str = "showgraph_relations") -> None:
        self.name = name
        self.lexicon = Lexicon.load()

    def __call__(self, doc: Doc) -> Doc:
        topic = tuple(doc._.sg_topic) if doc._.sg_topic else None
        ctx = Context(doc, self.lexicon, topic)
        found = []
        ents = doc.ents
        for sent in doc.sents:
            sent = _Sentence.of(sent, ents)
            for rule in RULES:
                for record, trigger in rule(ctx, sent):
                    if trigger is None or is_asserted(trigger, self.lexicon):
                        found.append(record)
        doc._.sg_relations = found
        return doc


class _Sentence(Sentence):
    """A sentence whose ``ents``, like its Tokens, are made once, not once per rule.

    spaCy's ``Span.ents`` rebuilds every entity Span of the whole document on
    each call; thirty rules asking in every sentence cost more than the
    rules' own logic. Nothing here changes the Doc, so the list stays right
    for the whole pass.
    """

    _ents: list[Span]

    @classmethod
    def of(cls, sent: Span, doc_ents: tuple[Span, ...]) -> _Sentence:
        sentence = super().of(sent)
        sentence._ents = [e for e in doc_ents if e.start >= sent.start and e.end <= sent.end]
        return sentence

    @property
    def ents(self) -> list[Span]:
        return list(self._ents)
