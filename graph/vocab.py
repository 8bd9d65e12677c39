"""Namespaces and IRI minting.

Every IRI diplograph mints goes through `mint()`, which percent-encodes each path segment, so
that text from an untrusted release can never break out of an IRI (no spaces, angle brackets,
quotes, braces) nor inject triples or SPARQL. See docs/model.md for the graph model.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import quote

BASE = "https://w3id.org/diplograph/"
DG = BASE + "ns#"  # own vocabulary: only what schema.org, PROV-O, SKOS and org lack
ID = BASE + "id/"  # minted resources
REFERENCE_GRAPH = BASE + "graph/reference"  # countries, organisations, topics, roles, kinds
# derived, kept by the store at every write: one rdfs:label per person, the least of the spellings
# its releases use, so that a query names a person without reading every release's label
NAMES_GRAPH = BASE + "graph/names"

SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
OA = "http://www.w3.org/ns/oa#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
WD = "http://www.wikidata.org/entity/"

PREFIXES = {
    "dg": DG,
    "dgid": ID,
    "schema": SCHEMA,
    "prov": PROV,
    "skos": SKOS,
    "org": ORG,
    "oa": OA,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "wd": WD,
}

# Characters allowed unescaped in a minted path segment (RFC 3986 unreserved).
_SAFE = "-._~"


def segment(text: str) -> str:
    """One IRI path segment from any text: NFC, then percent-encoded UTF-8."""
    text = unicodedata.normalize("NFC", str(text)).strip()
    if not text:
        raise ValueError("empty IRI segment")
    return quote(text, safe=_SAFE)


def mint(kind: str, *parts: str) -> str:
    return ID + "/".join([kind, *(segment(p) for p in parts)])


def country_iri(code: str) -> str:
    return mint("country", code.upper())


def org_iri(acronym: str) -> str:
    return mint("org", acronym.upper())


def party_iri(code: str) -> str:
    """A party is a country (ISO alpha-2) or an organisation (acronym: EU, UN and AU have two letters too)."""
    from .gazetteer import organisation

    if len(code) == 2 and code.isalpha() and organisation(code.upper()) is None:
        return country_iri(code)
    return org_iri(code)


def person_iri(key: str) -> str:
    return mint("person", key)


def meeting_iri(key: str) -> str:
    return mint("meeting", key)


def release_iri(source: str) -> str:
    """The release's named graph: derived from its file name, so a re-ingest replaces it."""
    return mint("release", source)


def topic_iri(topic_id: str) -> str:
    return mint("topic", topic_id)


def role_iri(slug: str) -> str:
    return mint("role", slug)


def kind_iri(kind: str) -> str:
    return mint("kind", kind)


def post_iri(affiliation: str, role_slug: str) -> str:
    return mint("post", affiliation.upper(), role_slug)


def place_iri(country: str | None, name: str) -> str:
    return mint("place", (country or "ZZ").upper(), name)


def slug(text: str) -> str:
    """Readable ASCII key: 'Premier ministre' -> 'premier-ministre'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    out, dash = [], False
    for c in text:
        if c.isalnum():
            out.append(c)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-") or "x"
