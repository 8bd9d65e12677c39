"""The reference graph: countries, organisations, the topic scheme, roles and meeting kinds, with
English and French labels, from the tables in data/. Loaded once per store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

from . import gazetteer
from .lexicon import DATA, read_table
from .rdf import to_nquads
from .records import KINDS
from .vocab import (
    DG,
    ID,
    OWL,
    RDF,
    RDFS,
    REFERENCE_GRAPH,
    SCHEMA,
    SKOS,
    WD,
    country_iri,
    kind_iri,
    org_iri,
    role_iri,
    slug,
)

_G = NamedNode(REFERENCE_GRAPH)
A = NamedNode(RDF + "type")
LABEL = NamedNode(RDFS + "label")
PREF = NamedNode(SKOS + "prefLabel")
IN_SCHEME = NamedNode(SKOS + "inScheme")
CONCEPT = NamedNode(SKOS + "Concept")
SAME_AS = NamedNode(OWL + "sameAs")
CODE = NamedNode(DG + "code")

_KIND_LABELS = {
    "meeting": ("meeting", "rencontre"),
    "call": ("call", "entretien téléphonique"),
    "visit": ("visit", "visite"),
    "conference": ("conference", "conférence"),
}


def _q(s, p, o) -> Quad:
    return Quad(s, p, o, _G)


def _labels(node: NamedNode, en: str, fr: str) -> Iterator[Quad]:
    for text, lang in ((en, "en"), (fr, "fr")):
        if text:
            yield _q(node, LABEL, Literal(text, language=lang))
            yield _q(node, PREF, Literal(text, language=lang))


def reference_quads(topics_path: Path | None = None) -> Iterator[Quad]:
    for c in gazetteer.all_countries():
        node = NamedNode(country_iri(c.code))
        yield _q(node, A, NamedNode(SCHEMA + "Country"))
        yield _q(node, CODE, Literal(c.code))
        yield from _labels(node, c.name_en, c.name_fr)
        if c.wikidata:
            yield _q(node, SAME_AS, NamedNode(WD + c.wikidata))
    for o in gazetteer.all_organisations():
        node = NamedNode(org_iri(o.acronym))
        yield _q(node, A, NamedNode(SCHEMA + "Organization"))
        yield _q(node, CODE, Literal(o.acronym))
        yield from _labels(node, o.acronym if o.acronym in ("NATO", "EU", "UN") else o.name_en, _fr_short(o))
        yield _q(node, NamedNode(SCHEMA + "name"), Literal(o.name_en, language="en"))
        if o.name_fr:
            yield _q(node, NamedNode(SCHEMA + "name"), Literal(o.name_fr, language="fr"))
        if o.wikidata:
            yield _q(node, SAME_AS, NamedNode(WD + o.wikidata))
    kinds = NamedNode(ID + "kind/scheme")
    yield _q(kinds, A, NamedNode(SKOS + "ConceptScheme"))
    yield from _labels(kinds, "Meeting kinds", "Types de rencontre")
    for k in KINDS:
        node = NamedNode(kind_iri(k))
        yield _q(node, A, CONCEPT)
        yield _q(node, IN_SCHEME, kinds)
        yield from _labels(node, *_KIND_LABELS[k])
    roles = NamedNode(ID + "role/scheme")
    yield _q(roles, A, NamedNode(SKOS + "ConceptScheme"))
    yield from _labels(roles, "Roles", "Fonctions")
    first_fr: dict[str, str] = {}
    for r in read_table("roles.csv"):
        if r["lang"] == "fr":
            first_fr.setdefault(r["role"], r["form"])
    for role in dict.fromkeys(r["role"] for r in read_table("roles.csv")):
        node = NamedNode(role_iri(slug(role)))
        yield _q(node, A, CONCEPT)
        yield _q(node, A, NamedNode("http://www.w3.org/ns/org#Role"))
        yield _q(node, IN_SCHEME, roles)
        yield from _labels(node, role, first_fr.get(role, ""))
    yield from _topic_quads(topics_path or DATA / "topics.ttl")


def _fr_short(o) -> str:
    aliases = [a for a in (o.aliases or []) if a.isupper() and 2 <= len(a) <= 6]
    return {"NATO": "OTAN", "EU": "UE", "UN": "ONU"}.get(o.acronym) or (aliases[0] if aliases else o.name_fr)


def _topic_quads(path: Path) -> Iterator[Quad]:
    """The SKOS topic scheme as written in data/topics.ttl, moved into the reference graph."""
    with open(path, "rb") as fh:
        for t in parse(fh, format=RdfFormat.TURTLE):
            yield Quad(t.subject, t.predicate, t.object, _G)
            if t.predicate == PREF:  # everything displayed has an rdfs:label (docs/model.md)
                yield Quad(t.subject, LABEL, t.object, _G)


def reference_nquads() -> str:
    return to_nquads(reference_quads())
