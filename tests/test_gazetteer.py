"""graph/gazetteer.py: reference tables, country / demonym / organisation lookups, matching in text,
cities.

Sentences here are written for the tests. The corpus section checks that, on every annotated
release of shared/corpus, find_countries finds every gold `mentioned_countries` code (recall), and
reports precision (limited by site boilerplate that another stage removes, so not asserted).
"""

from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path

import pycountry
import pytest

from graph import gazetteer as gz

DATA = Path(__file__).resolve().parents[1] / "data"
CORPUS = Path(os.environ.get("DIPLOGRAPH_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))
GOLD = sorted((CORPUS / "gold").glob("*.json")) if (CORPUS / "gold").is_dir() else []
needs_corpus = pytest.mark.skipif(not GOLD, reason="shared corpus not found")

NATO = (
    "AL BE BG CA CZ DE DK EE ES FI FR GB GR HR HU IS IT LT LU LV ME MK NL NO PL PT RO SE SI SK TR US".split()
)
EU = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
G20 = "AR AU BR CA CN DE FR GB ID IN IT JP KR MX RU SA TR US ZA".split()
EAST = "UA RU BY MD GE AM AZ".split()
BALKANS = "AL BA ME MK RS XK".split()
MENA = "DZ BH EG IR IQ IL JO KW LB LY MA OM PS QA SA SY TN AE YE".split()


def codes(text: str, lang: str = "en") -> list[str]:
    return [m.code for m in gz.find_countries(text, lang)]


def orgs(text: str, lang: str = "en") -> list[str]:
    return [m.acronym for m in gz.find_organisations(text, lang)]


# ---------------------------------------------------------------- tables


def test_every_iso_country_and_kosovo():
    mine = {c.code for c in gz.all_countries()}
    assert mine == {c.alpha_2 for c in pycountry.countries} | {"XK"}
    ro = gz.country("ro")
    assert ro == gz.Country("RO", "Romania", "Roumanie", "Q218")
    assert gz.country("XK").name_fr == "Kosovo" and gz.country("XK").wikidata == "Q1246"


@pytest.mark.parametrize("code", sorted(set(NATO + EU + G20 + EAST + BALKANS + MENA)))
def test_wikidata_for_the_countries_that_matter(code):
    assert re.fullmatch(r"Q[1-9]\d*", gz.country(code).wikidata or "")


def test_wikidata_ids_are_unique_and_well_formed():
    ids = [c.wikidata for c in gz.all_countries() if c.wikidata]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"Q[1-9]\d*", q) for q in ids)
    known = {"RO": "Q218", "UA": "Q212", "RU": "Q159", "US": "Q30", "GB": "Q145", "FR": "Q142", "DE": "Q183"}
    assert {k: gz.country(k).wikidata for k in known} == known


def test_organisations():
    table = {o.acronym: o for o in gz.all_organisations()}
    for acronym, qid in {
        "NATO": "Q7184",
        "EU": "Q458",
        "UN": "Q1065",
        "OSCE": "Q81299",
        "AU": "Q7159",
        "OECD": "Q41550",
    }.items():
        assert table[acronym].wikidata == qid
    for acronym in (
        "G7",
        "G20",
        "COE",
        "IAEA",
        "WHO",
        "IMF",
        "WBG",
        "ICC",
        "ICRC",
        "LAS",
        "ASEAN",
        "GCC",
        "NORDIC",
        "B9",
    ):
        assert acronym in table
    assert gz.organisation("nato").name_fr == "Organisation du traité de l'Atlantique Nord"
    assert "UA" in table["AU"].context_aliases and "UA" not in table["AU"].aliases
    ids = [o.wikidata for o in table.values() if o.wikidata]
    assert len(ids) == len(set(ids))
    assert not set(ids) & {c.wikidata for c in gz.all_countries()}


def test_demonyms_cover_every_sovereign_state_in_both_languages():
    rows = gz._read("demonyms.csv")
    by_lang = {lang: {r["code"] for r in rows if r["lang"] == lang} for lang in ("en", "fr")}
    states = set(NATO + EU + G20 + EAST + BALKANS + MENA)
    assert states <= by_lang["en"] and states <= by_lang["fr"]
    assert len(by_lang["en"] & by_lang["fr"]) >= 195
    assert {r["ambiguous"] for r in rows} == {"0", "1"}


def test_no_table_form_names_two_countries():
    """One form, one country, in each language (names and demonyms)."""
    seen: dict[tuple[str, str, str], str] = {}
    clashes = []
    for kind, forms in (("name", gz._name_forms()), ("demonym", gz._demonym_forms())):
        for code, lang, form, _amb in forms:
            key = (kind, lang, gz.normalise(form))
            if seen.setdefault(key, code) != code:
                clashes.append((key, seen[key], code))
    # pycountry's "Saint-Martin (partie néerlandaise)" (SX) loses to Saint-Martin (MF)
    assert [c for c in clashes if c[0][2] != "saint martin"] == []


# ---------------------------------------------------------------- single lookups


def test_normalise():
    assert gz.normalise("Côte d’Ivoire") == "cote d'ivoire"
    assert gz.normalise("  Guinée-Bissau ") == "guinee bissau"
    assert gz.normalise("ÉTATS\u00a0UNIS") == "etats unis"
    assert gz.normalise("Timor–Leste") == "timor leste"


@pytest.mark.parametrize(
    "name, code",
    [
        ("Romania", "RO"),
        ("Roumanie", "RO"),
        ("Russie", "RU"),
        ("Fédération de Russie", "RU"),
        ("Russian Federation", "RU"),
        ("Corée du Sud", "KR"),
        ("Republic of Korea", "KR"),
        ("République de Corée", "KR"),
        ("North Korea", "KP"),
        ("Türkiye", "TR"),
        ("Turquie", "TR"),
        ("Turkey", "TR"),
        ("the United Kingdom", "GB"),
        ("UK", "GB"),
        ("Britain", "GB"),
        ("Great Britain", "GB"),
        ("Royaume-Uni", "GB"),
        ("the United States", "US"),
        ("U.S.", "US"),
        ("USA", "US"),
        ("États-Unis", "US"),
        ("Czechia", "CZ"),
        ("Tchéquie", "CZ"),
        ("République tchèque", "CZ"),
        ("Czech Republic", "CZ"),
        ("the Netherlands", "NL"),
        ("Pays-Bas", "NL"),
        ("Kosovo", "XK"),
        ("North Macedonia", "MK"),
        ("Macédoine du Nord", "MK"),
        ("Moldavie", "MD"),
        ("Republic of Moldova", "MD"),
        ("République de Moldova", "MD"),
        ("Holy See", "VA"),
        ("Vatican", "VA"),
        ("Saint-Siège", "VA"),
        ("Côte d'Ivoire", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("République islamique d'Iran", "IR"),
        ("Democratic Republic of the Congo", "CD"),
        ("RDC", "CD"),
        ("Republic of the Congo", "CG"),
        ("Bélarus", "BY"),
        ("Biélorussie", "BY"),
        ("Iraq", "IQ"),
        ("Irak", "IQ"),
    ],
)
def test_country_from_name(name, code):
    assert gz.country_from_name(name) == code


def test_country_from_name_unknown_and_language():
    assert gz.country_from_name("Atlantis") is None
    assert gz.country_from_name("European Union") is None
    assert gz.country_from_name("Allemagne", "fr") == "DE"
    assert gz.country_from_name("Allemagne", "en") == "DE"  # any language as a fallback


@pytest.mark.parametrize(
    "forms, code",
    [
        ("roumain roumaine roumains roumaines Roumains Romanian Romanians", "RO"),
        ("ukrainien ukrainienne ukrainiens ukrainiennes Ukrainian Ukrainians", "UA"),
        ("américain américaine américains américaines American Americans", "US"),
        ("britannique britanniques British Briton Britons", "GB"),
        ("néerlandais néerlandaise néerlandaises Dutch", "NL"),
        ("letton lettone lettons lettones Latvian", "LV"),
        ("tchèque tchèques Czech Czechs", "CZ"),
        ("turc turque turcs turques Turkish Turks", "TR"),
        ("kosovar kosovare kosovars kosovares Kosovan Kosovar", "XK"),
        ("grec grecque grecs grecques Greek", "GR"),
        ("émirati émiratie Emirati Emiratis", "AE"),
        ("moldave moldaves Moldovan", "MD"),
    ],
)
def test_country_from_demonym(forms, code):
    for form in forms.split():
        assert gz.country_from_demonym(form) == code, form


def test_country_from_demonym_unknown():
    assert gz.country_from_demonym("européen") is None
    assert gz.country_from_demonym("Atlantean") is None


def test_organisation_from_name():
    assert gz.organisation_from_name("OTAN") == "NATO"
    assert gz.organisation_from_name("Organisation du traité de l’Atlantique Nord") == "NATO"
    assert gz.organisation_from_name("Union européenne") == "EU"
    assert gz.organisation_from_name("European Commission") == "EU"
    assert gz.organisation_from_name("Nations unies") == "UN"
    assert gz.organisation_from_name("OCDE") == "OECD"
    assert gz.organisation_from_name("Union africaine") == "AU"
    assert gz.organisation_from_name("AIEA") == "IAEA"
    assert gz.organisation_from_name("the Alliance") == "NATO"
    assert gz.organisation_from_name("UA") is None  # Ukraine's ISO code, never an organisation alone
    assert gz.organisation_from_name("Acme Corporation") is None


# ---------------------------------------------------------------- finding countries in text


def test_offsets_surface_and_via():
    text = "Le ministre roumain a reçu les Roumains et l’ambassadeur de l’Ukraine."
    found = gz.find_countries(text, "fr")
    assert [(m.code, m.surface, m.via) for m in found] == [
        ("RO", "roumain", "demonym"),
        ("RO", "Roumains", "demonym"),
        ("UA", "Ukraine", "name"),
    ]
    assert all(text[m.start : m.end] == m.surface for m in found)


def test_french_elision():
    assert codes("l’Ukraine, d'Estonie, de l'Ukraine, qu’Israël, jusqu'en Irak", "fr") == [
        "UA",
        "EE",
        "UA",
        "IL",
        "IQ",
    ]


@pytest.mark.parametrize("word", ["roumain", "roumaine", "roumains", "roumaines", "Roumain", "Roumaines"])
def test_french_demonym_every_gender_and_number(word):
    assert codes(f"La délégation {word} et les autres.", "fr") == ["RO"]


def test_longest_match_wins():
    assert codes("Papua New Guinea, Guinea-Bissau, Equatorial Guinea and Guinea.") == ["PG", "GW", "GQ", "GN"]
    assert codes("South Sudan and Sudan; South Korea and North Korea.") == ["SS", "SD", "KR", "KP"]
    assert codes("the Democratic Republic of the Congo and the Republic of the Congo") == ["CD", "CG"]
    assert codes("Northern Ireland and Ireland") == ["GB", "IE"]
    assert codes("Guinée équatoriale, Guinée-Bissau, Papouasie-Nouvelle-Guinée", "fr") == ["GQ", "GW", "PG"]


def test_word_boundaries():
    assert codes("Nigeria and Niger") == ["NG", "NE"]
    assert codes("Romania, Romanian, Romanians") == ["RO", "RO", "RO"]  # no Oman inside
    assert codes("une indemnité pour l'Inde", "fr") == ["IN"]
    assert codes("Nigerians and Nigeriens") == ["NG", "NE"]
    assert codes("Dominica and the Dominican Republic") == ["DM", "DO"]


def test_case_rules():
    assert codes("a turkey dinner with chili and china plates") == []
    assert codes("Turkey and China") == ["TR", "CN"]
    assert codes("let us know; the US replied") == ["US"]
    assert codes("Us and them") == []
    assert codes("le chili con carne", "fr") == []


def test_all_caps_headline():
    assert codes("NATO SECRETARY GENERAL VISITS ROMANIA AND TÜRKIYE\nText.") == ["RO", "TR"]
    assert codes("LA SECRÉTAIRE GÉNÉRALE EN ROUMANIE ET EN UKRAINE\nTexte.", "fr") == ["RO", "UA"]
    # two-letter acronyms are ordinary words in a headline
    assert codes("JOIN US FOR THE SUMMIT IN WARSAW\nText.") == []


def test_language_names_are_not_countries():
    assert codes("The statement is available in French and in English.") == []
    assert codes("translated into Russian, the text") == []
    assert codes("Russian-speaking residents and Russian language schools") == []
    assert codes("in Russian hands, Russian troops") == ["RU", "RU"]
    assert codes("Le communiqué est disponible en français et en anglais.", "fr") == []
    assert codes("Il parle le russe et l'ukrainien ; la langue française.", "fr") == []
    assert codes("le gouvernement français et les Français", "fr") == ["FR", "FR"]
    assert codes("un cours de français, un professeur d’anglais, des milliers de Français", "fr") == ["FR"]
    assert codes("a knowledge of Russian. The withdrawal of Russian troops.") == ["RU"]
    assert codes("العربية | 中文 | English | Français | Русский\nEnglish\n") == []


def test_ambiguous_forms_in_person_names():
    assert codes("Michael Jordan played basketball in Chicago.") == []
    assert codes("The guitarist Chad Smith toured Europe.") == []
    assert codes("Jordan Peterson gave a lecture.") == []
    assert codes("Georgia Meloni, an artist, was in Rome.") == []
    assert codes("Jean-Maurice Dupont est arrivé.", "fr") == []
    assert codes("Maurice Gourdault-Montagne a rencontré le ministre.", "fr") == []
    assert codes("François Hollande a reçu le ministre.", "fr") == []
    assert codes("le port de l'île Maurice", "fr") == ["MU"]
    assert codes("Dominique de Villepin est à Paris.", "fr") == []
    assert codes("Mr. Jordan said so; Jersey City is in New Jersey.") == []
    assert codes("M. Maurice est venu. Le port de Maurice.", "fr") == ["MU"]


def test_ambiguous_forms_as_countries():
    assert codes("The Foreign Minister of Jordan met his counterparts from Chad and Niger.") == [
        "JO",
        "TD",
        "NE",
    ]
    assert codes("With Jordan, Georgia and Moldova, NATO discussed Black Sea security.") == ["JO", "GE", "MD"]
    assert codes("Jordan Foreign Minister Ayman Safadi") == ["JO"]
    assert codes("Turkey and Sweden signed the memorandum.") == ["TR", "SE"]
    assert codes("Israel-Jordan relations") == ["IL", "JO"]
    assert codes("The talks ended. Jordan and Chad agreed.") == ["JO", "TD"]
    assert codes("Indian Prime Minister Modi and Georgian Dream leaders") == ["IN", "GE"]


def test_hyphenated_compounds():
    assert codes("pro-Russian separatists, anti-Ukrainian rhetoric, the U.S.-led coalition") == [
        "RU",
        "UA",
        "US",
    ]
    assert codes("the NATO–Ukraine Council and the Franco-German brigade") == ["UA", "DE"]
    assert codes("le Conseil OTAN-Russie et le couple franco-allemand", "fr") == ["RU", "DE"]


def test_georgia_the_us_state():
    assert codes("The conference took place in Atlanta, Georgia, last week.") == []
    assert codes("The meeting took place in Tbilisi, Georgia.") == ["GE"]
    assert codes("He studied at Georgia Tech and lives in the State of Georgia.") == []
    assert codes("Savannah, Georgia, USA") == ["US"]


def test_blocked_phrases():
    assert codes("Latin America, South American states and the Indian Ocean") == []
    assert codes("New Jersey, New Mexico and British Columbia") == []
    assert codes("peace on the Korean Peninsula") == []
    assert codes("l'Amérique latine et l'océan Indien", "fr") == []
    assert codes("Réunion des ministres des Affaires étrangères de l'OTAN", "fr") == []
    assert codes("à La Réunion et en Colombie-Britannique", "fr") == ["RE"]
    assert codes("Halifax (Nouvelle-Écosse)", "fr") == []


def test_organisations_are_not_countries():
    assert codes("The European Union and the UN Secretary-General met the African Union.") == []
    assert codes("the Organization of American States and the American delegation") == ["US"]


def test_cities_are_not_countries():
    assert codes("The ministers met in The Hague and in Washington.") == []


def test_korea_and_congo_decisions():
    assert codes("Korea and the Korean delegation") == ["KR", "KR"]
    assert codes("la Corée et les Nord-Coréens", "fr") == ["KR", "KP"]
    assert codes("Congo, Congolese, DRC, DR Congo") == ["CG", "CG", "CD", "CD"]


def test_kosovo():
    assert codes("Kosovo, Kosovan and Kosovar leaders") == ["XK", "XK", "XK"]
    assert codes("le Kosovo et les autorités kosovares", "fr") == ["XK", "XK"]


def test_other_languages_use_both_tables():
    assert codes("Roumanie and Romania", "de") == ["RO", "RO"]


def test_decomposed_text_keeps_offsets():
    text = "La Roume\u0301nie? non: la Roumanie et la Re\u0301publique tche\u0300que."
    found = gz.find_countries(text, "fr")
    assert [m.code for m in found] == ["RO", "CZ"]
    assert all(text[m.start : m.end] == m.surface for m in found)
    assert found[1].surface == "Re\u0301publique tche\u0300que"


# ---------------------------------------------------------------- finding organisations


def test_find_organisations():
    text = "NATO Secretary General met the UN Secretary-General and the European Commission; l'OTAN."
    found = gz.find_organisations(text, "en")
    assert [(m.acronym, m.surface) for m in found] == [
        ("NATO", "NATO"),
        ("UN", "UN"),
        ("EU", "European Commission"),
        ("NATO", "OTAN"),
    ]
    assert all(text[m.start : m.end] == m.surface for m in found)


def test_context_aliases_need_the_organisation_named():
    assert orgs("The Alliance will respond.") == []
    assert orgs("NATO Allies agreed. The Alliance will respond.") == ["NATO", "NATO"]
    assert orgs("L'UA et l'Ukraine.", "fr") == []
    assert orgs("L'Union africaine (UA) a salué l'accord. L'UA soutient.", "fr") == ["AU", "AU", "AU"]
    assert orgs("un accord, Un sommet", "fr") == []
    assert orgs("UN SOMMET DE L'OTAN\nTexte.", "fr") == ["NATO"]


def test_ukraine_code_is_not_the_african_union():
    assert codes("L'UA et l'Ukraine.", "fr") == ["UA"]


# ---------------------------------------------------------------- cities


@pytest.mark.parametrize(
    "name, city, country",
    [
        ("Varsovie", "Warsaw", "PL"),
        ("Cracovie", "Kraków", "PL"),
        ("Bruxelles", "Brussels", "BE"),
        ("Kiev", "Kyiv", "UA"),
        ("Kyiv", "Kyiv", "UA"),
        ("La Haye", "The Hague", "NL"),
        ("The Hague", "The Hague", "NL"),
        ("Chișinău", "Chisinau", "MD"),
        ("Chisinau", "Chisinau", "MD"),
        ("Prishtina", "Pristina", "XK"),
        ("Pristina", "Pristina", "XK"),
        ("Vilnius", "Vilnius", "LT"),
        ("Washington", "Washington", "US"),
        ("Washington, D.C.", "Washington", "US"),
        ("Vienne", "Vienna", "AT"),
        ("Bucarest", "Bucharest", "RO"),
        ("Londres", "London", "GB"),
        ("Luxembourg", "Luxembourg", "LU"),
        ("Niš", "Niš", "RS"),
        ("Tapa", "Tapa", "EE"),
        ("NATO Headquarters", "Brussels", "BE"),
    ],
)
def test_find_city(name, city, country):
    found = gz.find_city(name)
    assert found is not None and (found.name_en, found.country) == (city, country)
    assert -90 <= found.lat <= 90 and -180 <= found.lon <= 180 and found.geonameid > 0


def test_find_city_prefers_the_country_given():
    assert gz.find_city("Washington", "GB").country == "GB"
    assert gz.find_city("Vienne", "FR").country == "FR"
    assert gz.find_city("Warsaw", "FR").country == "PL"  # no Warsaw in France: the known one


def test_find_city_rejects_countries_and_junk():
    assert gz.find_city("Georgia") is None
    assert gz.find_city("Jordan") is None
    assert gz.find_city("Kuwait") is None
    assert gz.find_city("") is None
    assert gz.find_city("Xqzzyville") is None
    assert gz.find_city("IEV") is None  # IATA codes are not names (Kyiv lists "IEV")


# ---------------------------------------------------------------- the corpus


def _release_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", "\n", raw))
    return raw


@needs_corpus
def test_corpus_recall_of_mentioned_countries(capsys):
    hit = found_total = gold_total = 0
    missed = {}
    for gp in GOLD:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        text = _release_text(CORPUS / "releases" / gold["file"])
        found = {m.code for m in gz.find_countries(text, gold["language"])}
        want = set(gold["mentioned_countries"])
        hit += len(want & found)
        gold_total += len(want)
        found_total += len(found)
        if want - found:
            missed[gold["file"]] = sorted(want - found)
    with capsys.disabled():
        print(
            f"\ngazetteer corpus: recall {hit}/{gold_total} = {hit / gold_total:.3f}, "
            f"precision {hit}/{found_total} = {hit / found_total:.3f} (raw files, boilerplate included)"
        )
    assert missed == {}
