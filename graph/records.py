"""Typed records passed between the stages of the flow.

read -> Release; extract + link -> Extraction (meetings, participants, topics, mentions, each
with its Evidence); rdf turns an Extraction into quads. Records hold plain values only (str, int,
date), so that they pickle across worker processes and compare by value in tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

KINDS = ("meeting", "call", "visit", "conference")


@dataclass(frozen=True)
class Evidence:
    """A sentence of the release text that a fact was read from: text[start:end] == sentence."""

    start: int
    end: int
    text: str


@dataclass
class Release:
    """One saved release, its main text cleaned of site boilerplate."""

    source: str  # file name, e.g. "fr-007.txt": names the release's graph
    text: str  # main content; Evidence offsets point into it
    language: str  # "fr", "en", another ISO 639-1 code, or "und"
    content_hash: str  # sha256 of the raw bytes: a re-ingest of the same bytes changes nothing
    title: str | None = None
    published: date | None = None
    url: str | None = None
    path: str | None = None
    media_type: str = "text/plain"  # or "text/html"
    site: str = ""  # the page's furniture that names its publisher (site name, header, footer)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Participant:
    """A named person who took part in a meeting, as whom."""

    name: str  # full name as written in the release
    person_key: str  # identity key: the same person gives the same key across releases/languages
    role: str | None = None  # canonical English label, e.g. "Prime Minister"
    role_text: str | None = None  # the form written, e.g. "premier ministre"
    affiliation: str | None = None  # ISO 3166-1 alpha-2 code or organisation acronym
    evidence: Evidence | None = None


@dataclass(frozen=True)
class Place:
    city: str | None = None  # canonical (English) city name
    venue: str | None = None
    country: str | None = None  # ISO alpha-2
    city_text: str | None = None  # as written, e.g. "Cracovie"


@dataclass(frozen=True)
class TopicAssignment:
    topic: str  # id of the SKOS scheme, e.g. "support-ukraine"
    evidence: Evidence | None = None


@dataclass
class Meeting:
    """A meeting, call, visit or conference that the release reports as having taken place."""

    date: date | None
    kind: str  # one of KINDS
    place: Place | None = None
    participants: list[Participant] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)  # ISO alpha-2 codes and organisation acronyms
    topics: list[TopicAssignment] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class CountryMention:
    country: str  # ISO alpha-2 (Kosovo: XK)
    evidence: Evidence | None = None


@dataclass
class Extraction:
    """Everything read out of one release."""

    release: Release
    meetings: list[Meeting] = field(default_factory=list)
    mentioned_countries: list[CountryMention] = field(default_factory=list)


class ReadError(Exception):
    """A file that cannot be read as a release; the message names the file and the reason."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
