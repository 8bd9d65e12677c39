"""Topic classification (graph/topics.py) and its scheme (data/topics.ttl).

The sentences of tests/topic_sentences.py were written for these tests, not taken from the corpus.
The corpus section pins a floor under the scores of benchmarks/topics_eval.py (release and
meeting level, held-out files apart); the floor only rises.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from pathlib import Path

import pytest
from topic_sentences import HARD, NEGATIVE, POSITIVE, RELEASES

from graph.records import Evidence, TopicAssignment
from graph.topics import (
    DATA_FILE,
    classify,
    compile_cue,
    load_scheme,
    split_sentences,
    tokenize,
    topics_for_text,
)

ROOT = Path(__file__).resolve().parents[1]


def ev(text: str) -> Evidence:
    return Evidence(0, len(text), text)


def topics(text: str, lang: str = "en", scheme=None) -> set[str]:
    return {a.topic for a in classify([ev(text)], lang, scheme)}


def topics_of(sentences: list[str], lang: str = "en", scheme=None) -> set[str]:
    pos, evidence = 0, []
    for s in sentences:
        evidence.append(Evidence(pos, pos + len(s), s))
        pos += len(s) + 1
    return {a.topic for a in classify(evidence, lang, scheme)}


# ---------------------------------------------------------------- the scheme file


def csv_rows() -> list[dict[str, str]]:
    with open(ROOT / "data" / "topics.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_scheme_has_the_topics_of_the_csv_with_their_labels_and_scope():
    scheme = load_scheme()
    rows = csv_rows()
    assert scheme.ids == [r["id"] for r in rows]
    for r in rows:
        c = scheme.concepts[r["id"]]
        assert c.pref_labels == {"en": r["label_en"], "fr": r["label_fr"]}
        assert c.scope_notes["en"] == r["scope_en"]
        assert c.scope_notes.get("fr")
        assert c.iri == "https://w3id.org/diplograph/id/topic/" + r["id"]


def test_scheme_is_valid_skos():
    """Each concept in the scheme; pref/alt/hidden labels pairwise disjoint per language (SKOS S13),
    one prefLabel per language (S14)."""
    from rdflib import Graph, Literal
    from rdflib.namespace import RDF, SKOS

    g = Graph().parse(DATA_FILE, format="turtle")
    scheme_iri = next(g.subjects(RDF.type, SKOS.ConceptScheme))
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) == len(csv_rows())
    for c in concepts:
        assert (c, SKOS.inScheme, scheme_iri) in g
        labels: dict[tuple[str, str | None], str] = {}
        prefs = [o.language for o in g.objects(c, SKOS.prefLabel)]
        assert sorted(prefs) == ["en", "fr"], c
        for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            for o in g.objects(c, prop):
                assert isinstance(o, Literal)
                key = (str(o), o.language)
                assert key not in labels, f"{c}: {o!r} is both {labels[key]} and {prop}"
                labels[key] = str(prop)


def test_every_cue_compiles_and_every_topic_has_strong_cues_in_both_languages():
    scheme = load_scheme()
    for cue, _ in scheme.cues:
        assert cue.elements, cue
        assert cue.elements[0][0] != "gap" and cue.elements[-1][0] != "gap", cue
        for kind, value in cue.elements:
            if kind == "prefix":
                assert len(str(value)) >= 3, f"{cue.topic}: {cue.text!r} has a prefix too short"
    for lang in ("en", "fr"):
        strong = {c.topic for c, cl in scheme.cues if c.kind == "strong" and cl in ("", lang)}
        assert strong == set(scheme.ids), (lang, set(scheme.ids) - strong)


def test_an_analyst_adds_a_concept_by_editing_the_file_alone(tmp_path):
    ttl = tmp_path / "topics.ttl"
    ttl.write_text(
        """@prefix dg: <https://w3id.org/diplograph/ns#> .
@prefix topic: <https://w3id.org/diplograph/id/topic/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
topic:scheme a skos:ConceptScheme .
topic:space-security a skos:Concept ; skos:inScheme topic:scheme ;
    skos:prefLabel "Space security"@en, "Sécurité spatiale"@fr ;
    skos:hiddenLabel "satellite* ... jamm*"@en, "anti-satellite"@en, "brouillage ... satellite*"@fr ;
    dg:weakCue "orbit*"@en ;
    dg:blockCue "orbit of ... influence"@en .
""",
        encoding="utf-8",
    )
    scheme = load_scheme(ttl)
    assert scheme.ids == ["space-security"]
    assert topics("They condemned the test of an anti-satellite weapon.", scheme=scheme) == {"space-security"}
    assert topics("Satellites suffered repeated jamming.", scheme=scheme) == {"space-security"}
    assert topics("Le brouillage des satellites a été évoqué.", "fr", scheme) == {"space-security"}
    assert topics("Space security was discussed.", scheme=scheme) == {"space-security"}  # the prefLabel
    assert topics("It reached orbit.", scheme=scheme) == set()  # one weak cue
    assert topics_of(["It reached orbit.", "Orbits are crowded."], scheme=scheme) == {"space-security"}
    assert topics_of(["Its orbit of influence.", "Orbits are crowded."], scheme=scheme) == set()


# ---------------------------------------------------------------- cue syntax


def test_words_are_folded_stemmed_and_elisions_dropped():
    stems = [
        t.stem
        for t in tokenize(
            "L’adhésion d'Ukraine à l'OTAN : Russia's cyber-attacks, capabilities, câbles régionaux"
        )
    ]
    assert stems == [
        "adhesion",
        "ukraine",
        "a",
        "otan",
        "russia",
        "cyber",
        "attack",
        "capability",
        "cable",
        "regional",
    ]
    assert [t.stem for t in tokenize("defense DEFENCE modernization Œuvre")] == [
        "defence",
        "defence",
        "modernisation",
        "oeuvre",
    ]


def test_cue_syntax():
    assert compile_cue("cyber-attack*") == [
        (("word", "cyber"), ("prefix", "attack")),
        (("prefix", "cyberattack"),),
    ]
    assert compile_cue("support ... Ukraine") == [(("word", "support"), ("gap", 4), ("word", "ukraine"))]
    assert compile_cue("soutien à l'Ukraine") == [(("word", "soutien"), ("word", "a"), ("word", "ukraine"))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cyberattacks on banks.", True),
        ("Cyber-attacks on banks.", True),
        ("CYBER ATTACKS on banks.", True),
        ("Cybersécurité des banques.", True),  # cyber* is untagged: both languages
    ],
)
def test_hyphen_star_case_and_accents(text, expected):
    assert ("cyber-defence" in topics(text)) is expected


def test_gap_allows_four_words_and_no_more():
    assert "support-ukraine" in topics(
        "They reaffirmed their support for the people of Ukraine."
    )  # 4 between
    assert "support-ukraine" not in topics("They support the idea that, as we said before, Ukraine matters.")


def test_plural_and_singular_match():
    assert topics("They discussed the protection of an undersea cable.") == {"critical-infrastructure"}
    assert topics("Ils ont évoqué la protection des câbles sous-marins.", "fr") == {"critical-infrastructure"}


def test_cues_are_per_language_and_unknown_languages_get_all():
    assert topics("Les ministres ont évoqué la sécurité énergétique.", "en") == set()
    assert topics("Les ministres ont évoqué la sécurité énergétique.", "fr") == {"energy-security"}
    assert topics("Les ministres ont évoqué la sécurité énergétique.", "und") == {"energy-security"}
    assert topics("Patriot", "de") == {"air-missile-defence"}


# ---------------------------------------------------------------- strength, quotes, blocks


def test_a_strong_cue_suffices():
    assert topics("The leaders discussed KFOR.") == {"nato-missions", "western-balkans"}


def test_a_weak_cue_needs_an_independent_second_hit():
    assert topics("The minister came from Serbia.") == set()
    assert topics("The minister travelled from Serbia to Montenegro.") == {"western-balkans"}  # two cues
    assert topics_of(["She visited Serbia.", "Serbia's president met her."]) == {
        "western-balkans"
    }  # two sentences
    assert topics("Serbia, Serbia and Serbia.") == set()  # one cue, one sentence


def test_the_names_of_the_countries_taking_part_only_back_another_cue():
    talks = ["The Prime Minister met the Prime Minister of Australia in Canberra.",
             "Australia and the Pacific island nation signed a defence treaty."]
    spans, pos = [], 0
    for s in talks:  # where "Australia" is written in the two sentences, as the extractor passes it
        spans += [(pos + m.start(), pos + m.end()) for m in re.finditer("Australia", s)]
        pos += len(s) + 1
    evidence, pos = [], 0
    for s in talks:
        evidence.append(Evidence(pos, pos + len(s), s))
        pos += len(s) + 1
    assert "indo-pacific" in {a.topic for a in classify(evidence, "en")}  # two weak cues, as before
    assert "indo-pacific" not in {a.topic for a in classify(evidence, "en", ignore=spans)}
    more = [*talks, "They discussed China's growing presence."]
    evidence.append(Evidence(pos, pos + len(more[-1]), more[-1]))
    assert "indo-pacific" in {a.topic for a in classify(evidence, "en", ignore=spans)}  # backed by "China"


def test_overlapping_weak_cues_count_once():
    # "partner*" and "partnership*" both match "partnership": one hit, not two
    assert "partnerships" not in topics("They praised the partnership.")


def test_a_strong_cue_in_a_quote_counts_as_weak():
    said = "“Our support for Ukraine will never waver,” the minister said at the fair."
    assert "support-ukraine" not in topics(said)
    assert "support-ukraine" in topics_of([said, "They discussed military aid."])
    assert "support-ukraine" in topics("The minister said our support for Ukraine will never waver.")
    assert "support-ukraine" not in topics(
        "« Notre soutien à l’Ukraine ne faiblira pas », a-t-il déclaré.", "fr"
    )


def test_a_block_cue_cancels_the_cues_it_overlaps():
    assert topics("They discussed hybrid threats.") == {"hybrid-threats"}
    assert topics("The meeting was held in a hybrid format.") == set()
    assert topics("They prepared the summit.") == {"summit"}
    assert topics("They prepared the EU-Ukraine summit.") == set()
    assert topics("The climbers reached the summit of Mont Blanc.") == set()
    assert topics_of(["Nuclear matters came up.", "So did the nuclear question."]) == {"nuclear-deterrence"}
    assert topics_of(["Nuclear energy came up.", "So did civil nuclear cooperation."]) == set()


def test_evidence_is_the_sentence_that_decided():
    text = (
        "The ministers met in Rome. They discussed energy security. They also discussed the Western Balkans."
    )
    found = topics_for_text(text, "en")
    assert [a.topic for a in found] == ["energy-security", "western-balkans"]
    assert all(isinstance(a, TopicAssignment) and a.evidence for a in found)
    assert found[0].evidence.text == "They discussed energy security."
    assert text[found[1].evidence.start : found[1].evidence.end] == found[1].evidence.text


def test_nothing_in_nothing_out():
    assert classify([], "en") == []
    assert topics_for_text("", "fr") == []
    assert topics("   ") == set()


# ---------------------------------------------------------------- sentences written for the tests


@pytest.mark.parametrize(
    "lang, sentence, expected",
    POSITIVE,
    ids=[f"{e and sorted(e)[0]}-{i}" for i, (_, _, e) in enumerate(POSITIVE)],
)
def test_own_sentences(lang, sentence, expected):
    assert topics(sentence, lang) == expected


@pytest.mark.parametrize("lang, sentence, expected", HARD)
def test_own_hard_sentences(lang, sentence, expected):
    assert {a.topic for a in topics_for_text(sentence, lang)} == expected


@pytest.mark.parametrize("lang, sentence", NEGATIVE)
def test_own_negative_sentences(lang, sentence):
    assert topics(sentence, lang) == set()


@pytest.mark.parametrize("lang, text, expected", RELEASES, ids=[f"release-{i}" for i in range(len(RELEASES))])
def test_own_releases(lang, text, expected):
    assert {a.topic for a in topics_for_text(text, lang)} == expected


def test_every_topic_has_own_sentences_in_both_languages():
    covered = {(lang, t) for lang, _, e in POSITIVE for t in e}
    missing = {(lang, t) for t in load_scheme().ids for lang in ("en", "fr")} - covered
    assert not missing


# ---------------------------------------------------------------- sentence splitting


def test_split_sentences_keeps_offsets_and_skips_labels():
    text = (
        "Home | News\nMinisters meet in Rome\n12 May 2025\n"
        "Mr. Smith met H.E. M. Dupont in the U.S. on Monday. They discussed the Black Sea.\n"
        "« Nous sommes unis », a déclaré M. Dupont. The talks ended at noon!\n"
        "A wrapped line that goes on\nin lower case on the next line.\nShare this page"
    )
    sentences = split_sentences(text)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert [s.text for s in sentences] == [
        "Mr. Smith met H.E. M. Dupont in the U.S. on Monday.",
        "They discussed the Black Sea.",
        "« Nous sommes unis », a déclaré M. Dupont.",
        "The talks ended at noon!",
        "A wrapped line that goes on\nin lower case on the next line.",
    ]


# ---------------------------------------------------------------- the corpus


def _eval_module():
    spec = importlib.util.spec_from_file_location("topics_eval", ROOT / "benchmarks" / "topics_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["topics_eval"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


topics_eval = _eval_module()
needs_corpus = pytest.mark.skipif(
    not (topics_eval.CORPUS / "gold").is_dir(), reason="shared corpus not found"
)

# Floors under the corpus scores (F1), a little below the figures of the day: they only rise.
FLOORS = {
    "release/all": 0.86,
    "release/dev": 0.86,
    "release/held-out": 0.85,
    "meeting/all": 0.93,
    "meeting/held-out": 0.88,
}


@pytest.fixture(scope="module")
def corpus_scores():
    return topics_eval.evaluate(topics_eval.load_cases())


@needs_corpus
@pytest.mark.parametrize("split", sorted(FLOORS))
def test_corpus_f1_floor(corpus_scores, split):
    assert corpus_scores[split].f1 >= FLOORS[split], corpus_scores[split].line(split)


@needs_corpus
def test_held_out_list_is_every_third_corpus_file():
    files = sorted(p.name for p in (topics_eval.CORPUS / "releases").iterdir())
    assert topics_eval.HELD_OUT == {Path(f).stem for i, f in enumerate(files) if i % 3 == 2}
