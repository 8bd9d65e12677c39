"""The rdf stage: an Extraction in, the quads of its release's named graph out (docs/model.md).

A pure function of the extraction, so that it runs anywhere (a worker process, a Dask task) and
the same release always gives the same quads. Terms are built with pyoxigraph and serialised by it,
so no text from a release can break out of a literal or an IRI.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, serialize

from . import gazetteer
from .link import meeting_key
from .records import Evidence, Extraction, Meeting, Participant
from .vocab import (
    DG,
    OA,
    ORG,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    XSD,
    country_iri,
    kind_iri,
    meeting_iri,
    party_iri,
    person_iri,
    place_iri,
    post_iri,
    release_iri,
    role_iri,
    slug,
    topic_iri,
)


def _n(iri: str) -> NamedNode:
    return NamedNode(iri)


A = _n(RDF + "type")
LABEL = _n(RDFS + "label")
NAME = _n(SCHEMA + "name")
XSD_DATE = _n(XSD + "date")
XSD_INT = _n(XSD + "integer")


def S(local: str) -> NamedNode:  # noqa: N802 - vocabulary shorthands
    return _n(SCHEMA + local)


def D(local: str) -> NamedNode:  # noqa: N802
    return _n(DG + local)


def P(local: str) -> NamedNode:  # noqa: N802
    return _n(PROV + local)


def meeting_node(m: Meeting) -> str:
    place = m.place.city if m.place else None
    return meeting_iri(meeting_key(m.date, (p.person_key for p in m.participants), m.parties, place))


def release_quads(ex: Extraction) -> Iterator[Quad]:
    """Every quad of the release's named graph."""
    rel = ex.release
    g = _n(release_iri(rel.source))
    r = g

    def q(s, p, o) -> Quad:
        return Quad(s, p, o, g)

    yield q(r, A, S("NewsArticle"))
    yield q(r, A, P("Entity"))
    yield q(r, D("fileName"), Literal(rel.source))
    yield q(r, D("sha256"), Literal(rel.content_hash))
    yield q(r, S("inLanguage"), Literal(rel.language))
    yield q(r, S("text"), Literal(rel.text))
    yield q(r, S("encodingFormat"), Literal(rel.media_type))
    if rel.title:
        yield q(r, S("name"), Literal(rel.title))
        yield q(r, LABEL, Literal(rel.title))
    else:
        yield q(r, LABEL, Literal(rel.source))
    if rel.published:
        yield q(r, S("datePublished"), Literal(rel.published.isoformat(), datatype=XSD_DATE))
    if rel.url and rel.url.startswith(("http://", "https://")) and _safe_iri(rel.url):
        yield q(r, S("url"), _n(rel.url))

    seen_evidence: set[tuple[int, int]] = set()

    def evidence(ev: Evidence | None) -> Iterator[Quad]:
        if ev is None or (ev.start, ev.end) in seen_evidence:
            return
        seen_evidence.add((ev.start, ev.end))
        node = _evidence_node(g, ev)
        yield q(node, A, D("Evidence"))
        yield q(node, A, P("Entity"))
        yield q(node, P("value"), Literal(ev.text))
        yield q(node, P("wasQuotedFrom"), r)
        yield q(node, _n(OA + "start"), Literal(str(ev.start), datatype=XSD_INT))
        yield q(node, _n(OA + "end"), Literal(str(ev.end), datatype=XSD_INT))

    for cm in ex.mentioned_countries:
        country = _n(country_iri(cm.country))  # always a country: Australia's "AU" is not the African Union
        yield q(r, S("mentions"), country)
        node = _n(g.value + "#mention-" + slug(cm.country))
        yield q(node, A, D("CountryMention"))
        yield q(node, D("country"), country)
        yield q(node, P("wasDerivedFrom"), r)
        if cm.evidence:
            yield q(node, D("evidence"), _evidence_node(g, cm.evidence))
            yield from evidence(cm.evidence)

    # "AU" is Australia's code and the African Union's acronym: where the release names Australia,
    # a party "AU" is the country
    named = frozenset(cm.country for cm in ex.mentioned_countries)
    for i, m in enumerate(ex.meetings):
        yield from _meeting_quads(m, i, g, q, evidence, named)


def _party(code: str, named: frozenset[str]) -> NamedNode:
    return _n(country_iri(code) if code in named else party_iri(code))


def _meeting_quads(m: Meeting, i: int, g: NamedNode, q, evidence, named: frozenset[str] = frozenset()
                   ) -> Iterator[Quad]:
    node = _n(meeting_node(m))
    yield q(node, A, S("Event"))
    yield q(node, D("kind"), _n(kind_iri(m.kind)))
    yield q(node, P("wasDerivedFrom"), g)
    if m.date:
        yield q(node, S("startDate"), Literal(m.date.isoformat(), datatype=XSD_DATE))
    yield q(node, NAME, Literal(_meeting_label(m)))
    yield q(node, LABEL, Literal(_meeting_label(m)))
    for ev in m.evidence:
        yield q(node, D("evidence"), _evidence_node(g, ev))
        yield from evidence(ev)
    if m.place:
        yield from _place_quads(m, node, q)
    for party in m.parties:
        yield q(node, D("party"), _party(party, named))
    for k, p in enumerate(m.participants):
        yield from _participation_quads(m, p, node, g, f"{i}-{k}", q, evidence, named)
    for t in m.topics:
        topic = _n(topic_iri(t.topic))
        yield q(node, S("about"), topic)
        ta = _n(g.value + f"#topic-{i}-{slug(t.topic)}")
        yield q(ta, A, D("TopicAssignment"))
        yield q(ta, D("meeting"), node)
        yield q(ta, D("topic"), topic)
        yield q(ta, P("wasDerivedFrom"), g)
        if t.evidence:
            yield q(ta, D("evidence"), _evidence_node(g, t.evidence))
            yield from evidence(t.evidence)


def _participation_quads(m: Meeting, p: Participant, meeting: NamedNode, g, local: str, q, evidence,
                         named: frozenset[str] = frozenset()):
    person = _n(person_iri(p.person_key))
    yield q(meeting, S("attendee"), person)
    yield q(person, A, S("Person"))
    yield q(person, NAME, Literal(p.name))
    yield q(person, LABEL, Literal(p.name))
    part = _n(g.value + "#participation-" + local)
    yield q(part, A, D("Participation"))
    yield q(part, D("meeting"), meeting)
    yield q(part, D("participant"), person)
    yield q(part, P("wasDerivedFrom"), g)
    if p.evidence:
        yield q(part, D("evidence"), _evidence_node(g, p.evidence))
        yield from evidence(p.evidence)
    if p.role:
        role = _n(role_iri(slug(p.role)))
        yield q(part, _n(ORG + "role"), role)
        if p.role not in _REFERENCE_ROLES():  # a portfolio read from the text ("Commissioner for Enlargement")
            yield q(role, A, _n(ORG + "Role"))
            yield q(role, A, _n(SKOS + "Concept"))
            yield q(role, _n(SKOS + "prefLabel"), Literal(p.role, language="en"))
            yield q(role, LABEL, Literal(p.role, language="en"))
        if p.role_text:
            yield q(part, D("roleText"), Literal(p.role_text))
    if p.affiliation:
        aff = _party(p.affiliation, named)
        yield q(part, D("affiliation"), aff)
        if p.role:
            post = _n(post_iri(p.affiliation, slug(p.role)))
            yield q(part, _n(ORG + "post"), post)
            yield q(person, _n(ORG + "holds"), post)
            yield q(post, A, _n(ORG + "Post"))
            yield q(post, _n(ORG + "role"), _n(role_iri(slug(p.role))))
            yield q(post, _n(ORG + "postIn"), aff)
            yield q(post, LABEL, Literal(f"{p.role} ({p.affiliation})"))


def _place_quads(m: Meeting, meeting: NamedNode, q) -> Iterator[Quad]:
    pl = m.place
    assert pl is not None
    city_node = None
    if pl.city:
        city_node = _n(place_iri(pl.country, pl.city))
        yield q(city_node, A, S("Place"))
        yield q(city_node, A, S("City"))
        yield q(city_node, NAME, Literal(pl.city))
        yield q(city_node, LABEL, Literal(pl.city))
        yield q(city_node, D("placeType"), Literal("city"))
        if pl.country:
            yield q(city_node, S("containedInPlace"), _n(country_iri(pl.country)))
        city = gazetteer.find_city(pl.city, pl.country)
        if city is not None:
            yield q(city_node, S("latitude"), Literal(repr(float(city.lat)), datatype=_n(XSD + "decimal")))
            yield q(city_node, S("longitude"), Literal(repr(float(city.lon)), datatype=_n(XSD + "decimal")))
    target = city_node
    if pl.venue:
        venue = _n(place_iri(pl.country, pl.venue))
        yield q(venue, A, S("Place"))
        yield q(venue, NAME, Literal(pl.venue))
        yield q(venue, LABEL, Literal(pl.venue))
        yield q(venue, D("placeType"), Literal("venue"))
        if city_node is not None:
            yield q(venue, S("containedInPlace"), city_node)
        elif pl.country:
            yield q(venue, S("containedInPlace"), _n(country_iri(pl.country)))
        target = venue
    if target is None and pl.country:
        target = _n(country_iri(pl.country))
    if target is not None:
        yield q(meeting, S("location"), target)


@cache
def _REFERENCE_ROLES() -> frozenset[str]:  # noqa: N802 - a constant, read once
    from .lexicon import read_table

    return frozenset(r["role"] for r in read_table("roles.csv"))


def _meeting_label(m: Meeting) -> str:
    names = [p.name for p in m.participants][:4]
    who = " – ".join(names) if names else ", ".join(m.parties[:6])
    when = m.date.isoformat() if m.date else "undated"
    return f"{m.kind.capitalize()}: {who} ({when})"


def _evidence_node(g: NamedNode, ev: Evidence) -> NamedNode:
    return _n(f"{g.value}#ev-{ev.start}-{ev.end}")


def _safe_iri(iri: str) -> bool:
    """A page's own URL is kept only when it is a valid IRI (a bad canonical link is left out)."""
    if any(c in iri for c in ' <>"{}|\\^`\n\r\t'):
        return False
    try:
        NamedNode(iri)
    except ValueError:
        return False
    return True


def to_nquads(quads: Iterable[Quad]) -> str:
    return serialize(quads, format=RdfFormat.N_QUADS).decode("utf-8")


def release_nquads(ex: Extraction) -> tuple[str, str]:
    """(graph IRI, N-Quads of the release graph): what the store's replace_releases takes."""
    return release_iri(ex.release.source), to_nquads(release_quads(ex))
