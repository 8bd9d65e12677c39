"""Mentions in a release text: roles (with the country or organisation that qualifies them) and
person names. Offsets are character offsets into the release text.

Roles come from data/roles.csv, matched as whole words with a trie. A French title may carry its
demonym inside or after it ("la ministre roumaine des Affaires étrangères", "le chancelier
allemand"); an English one before it ("Turkish Foreign Minister", "NATO Secretary General",
"Latvia's Minister of Foreign Affairs") or after it ("Prime Minister of the Netherlands").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from . import gazetteer
from .lexicon import PhraseMatcher, Token, fold, norm_tokens, read_table, tokenize


@dataclass(frozen=True)
class RoleInfo:
    role: str  # canonical English label
    org: str | None  # organisation the title names
    country: str | None  # country a bare title implies in its language
    national: bool
    sole: bool = False  # a title of that country only ("Taoiseach", "Federal Councillor"): its country wins


@dataclass
class RoleMention:
    start: int
    end: int
    info: RoleInfo
    text: str  # as written, qualifiers excluded ("premier ministre")
    country: str | None = None  # qualifier read around the title
    countries: list[str] = field(default_factory=list)  # "Estonian and Latvian counterparts": EE, LV
    org: str | None = None
    qualifier_span: tuple[int, int] | None = None
    secondary: bool = False  # a later title of a chain ("Président de la République, Chef du Gouvernement")
    feminine: bool | None = None  # told by a French article before it: "la ministre" True, "le ministre" False

    @property
    def role(self) -> str:
        return self.info.role

    @property
    def affiliation(self) -> str | None:
        return self.org or self.country or self.info.org

    @property
    def specificity(self) -> int:
        """How much the mention says: a qualified, long title beats a bare 'President'."""
        return (2 if (self.country or self.org) else 0) + len(self.info.role.split()) + (
            1 if self.info.org or self.info.country else 0
        )


@dataclass
class NameMention:
    start: int
    end: int
    text: str
    tokens: tuple[str, ...]  # folded name tokens
    source: str  # "ner" or "title"
    honorific: str | None = None


@dataclass
class Entities:
    """Country, organisation, role and name mentions of one text, sorted by offset."""

    countries: list = field(default_factory=list)
    orgs: list = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)
    names: list[NameMention] = field(default_factory=list)


# ---------------------------------------------------------------- roles


@cache
def _role_matcher(lang: str) -> PhraseMatcher:
    m = PhraseMatcher()
    for r in read_table("roles.csv"):
        if r["lang"] != lang:
            continue
        info = RoleInfo(r["role"], r["org"] or None, r["country"] or None, r["national"] == "1", r["sole"] == "1")
        m.add(r["form"], info)
    return m


@cache
def _acronym_roles() -> frozenset[str]:
    return frozenset(fold(r["form"]) for r in read_table("roles.csv") if r["form"].isupper())


@cache
def honorific_words(lang: str) -> frozenset[tuple[str, ...]]:
    return frozenset(norm_tokens(r["form"]) for r in read_table("honorifics.csv") if r["lang"] == lang)


@cache
def all_honorific_words() -> frozenset[tuple[str, ...]]:
    """The courtesy titles of both languages (a release in one quotes titles of the other)."""
    return honorific_words("en") | honorific_words("fr")


def _demonym_at(tokens: list[Token], i: int, lang: str) -> str | None:
    if i >= len(tokens):
        return None
    return gazetteer.country_from_demonym(tokens[i].text, lang)


def _more_demonyms(m: RoleMention, text: str, tokens: list[Token], last: int) -> int:
    """'ses homologues malien, burkinabè et nigérien': each demonym of the list, in order; returns
    the index of the last one's token."""
    codes = [m.country]
    k = last + 1
    while k < len(tokens):
        if tokens[k].text == "et" and k + 1 < len(tokens):
            k += 1
        if not re.fullmatch(r",[ ]*|[ ]+et[ ]+", text[tokens[last].end : tokens[k].start]):
            break
        code = _demonym_at(tokens, k, "fr") if tokens[k].text[:1].islower() else None
        if code is None:
            break
        codes.append(code)
        last, k = k, k + 1
    if len(codes) > 1:
        m.countries = codes
        m.qualifier_span = (m.qualifier_span[0], tokens[last].end)
    return last


_FR_ARTICLE_BEFORE = re.compile(r"\b(la|le|une|un|cette|ce)[ ]+\Z", re.I)
# a lowercase adjective that makes a body's name another body ("Conseil exécutif", "Conseil régional")
_BODY_ADJECTIVE = re.compile(r"[a-zéèêàâîôûç-]+(?:if|ive|al|ale|aux|ique|aire|ier|ière|el|elle|eur|rice|é|ée)")


def _walk_role(matcher: PhraseMatcher, tokens: list[Token], i: int, lang: str):
    """Longest role form from token i; French forms may have one demonym inside them.

    Returns (last token index, infos, index of a skipped demonym token or None)."""
    best = matcher.longest_at(tokens, i)
    if lang != "fr":
        return (*best, None) if best else None
    # Try skipping one demonym token inside the form: "ministre [roumaine] des Affaires étrangères".
    node = matcher._root
    j = i
    while j < len(tokens):
        nxt = node.get(tokens[j].norm) if j == i or not tokens[j].after_stop else None
        if nxt is None:
            if j > i and _demonym_at(tokens, j, lang):
                alt = _continue(node, tokens, j + 1)
                if alt and (best is None or alt[0] > best[0]):
                    return alt[0], alt[1], j
            break
        node = nxt
        j += 1
    return (*best, None) if best else None


def _continue(node: dict, tokens: list[Token], j: int):
    best = (j - 1, node[None]) if None in node else None
    while j < len(tokens) and not tokens[j].after_stop:
        node = node.get(tokens[j].norm)
        if node is None:
            break
        if None in node:
            best = (j, node[None])
        j += 1
    return best


_PORTFOLIO_HEADS = {"European Commissioner": "Commissioner", "Minister": "Minister", "Secretary": "Secretary",
                    "Deputy Minister": "Deputy Minister", "Coordinating Minister": "Coordinating Minister",
                    "Spokesperson": "Spokesperson", "Cabinet Secretary": "Cabinet Secretary"}
# a portfolio that is foreign affairs, however it goes on ("for Foreign and Diaspora Affairs",
# "for Foreign and European Affairs"): the holder is the country's foreign minister
_OF_FOREIGN = re.compile(r"[ ]+of[ ]+(?:the[ ]+)?Foreign[ ]+and[ ]+[A-Z][\w'’-]+[ ]+Affairs\b")
_FOREIGN_PORTFOLIO = re.compile(r"(?:the[ ]+)?(?:Foreign|External)\b")
_PORTFOLIO = re.compile(r"[ ]+for[ ]+((?:the[ ]+)?[A-Z][\w'’-]*(?:(?:[ ]+(?:and|of|the|with)[ ]+|[ ]+)[A-Z][\w'’-]*){0,4})")


# words that end a ministry's name: "of International Relations and Cooperation", "of Defence"
_PORTFOLIO_WORD = "(?:" + "|".join(sorted(
    {"Affairs", "Relations", "Cooperation", "Co-operation", "Trade", "Development", "Emigration", "Expatriates",
     "Diaspora", "Integration", "Union", "Commerce", "Industry", "Business", "Economy", "Investment", "Tourism",
     "Francophonie", "Communities", "Worship", "Defence", "Defense", "Security", "Finance", "Planning", "Energy",
     "Culture"} | {r["en"].split()[-1] for r in read_table("portfolios.csv")}, key=len, reverse=True)) + ")"
_PORTFOLIO_OF = re.compile(r"[ ]+of[ ]+([A-Z][\w'’-]*(?:(?:[ ]+(?:and|of|the)[ ]+|[ ]+)[A-Z][\w'’-]*){0,4})")


def _with_portfolio(m: RoleMention, text: str) -> RoleMention:
    """'Commissioner for Enlargement', 'Minister for Digital Affairs': the portfolio is the title."""
    mo = _PORTFOLIO.match(text, m.end)
    head = _PORTFOLIO_HEADS[m.info.role]
    if not mo and head.endswith("Minister") and (of := _PORTFOLIO_OF.match(text, m.end)):
        # "Minister of International Relations and Cooperation": a ministry's name, not "of Norway"
        words = of.group(1).split()
        last = max((k for k, w in enumerate(words) if re.fullmatch(_PORTFOLIO_WORD, w)), default=None)
        if last is not None and not _FOREIGN_PORTFOLIO.match(of.group(1)) and not any(
                gazetteer.country_from_name(w) for w in words):
            portfolio = " ".join(words[: last + 1])
            end = text.index(words[last], of.start(1)) + len(words[last])
            info = RoleInfo(f"{head} of {portfolio}", m.info.org, m.info.country, m.info.national)
            return RoleMention(m.start, end, info, text[m.start : end])
    if not mo and m.info.role == "Minister" and (of := _OF_FOREIGN.match(text, m.end)):
        # "Minister of Foreign and Expatriates Affairs": the foreign minister
        info = RoleInfo("Minister of Foreign Affairs", m.info.org, m.info.country, m.info.national)
        return RoleMention(m.start, of.end(), info, text[m.start : of.end()])
    if not mo:
        return m
    portfolio, end = mo.group(1), mo.end()
    if (cut := re.search(r"\bAffairs\b", portfolio)) is not None:  # "... Affairs Musalia Mudavadi": a name
        portfolio, end = portfolio[: cut.end()], mo.start(1) + cut.end()
    label = f"{head} for {portfolio}"
    if m.info.role in ("Minister", "Secretary", "Cabinet Secretary") and _FOREIGN_PORTFOLIO.match(portfolio):
        label = "Minister of Foreign Affairs"
    info = RoleInfo(label, m.info.org, m.info.country, m.info.national)
    return RoleMention(m.start, end, info, text[m.start : end])


# an English portfolio joined to the title: "Minister for Foreign Affairs [and Trade]", "Minister of
# Foreign Affairs [and Expatriates]"; not "and Minister for Defence" (another title)
_EN_PORTFOLIO_MORE = re.compile(
    r"[ ]+and[ ]+(?!(?:Minister|Secretary|Deputy|the|his|her|their|President|Prime)\b)[A-Z][\w'’-]+"
    r"(?:[ ]+(?:Affairs|Cooperation|Development|Trade)\b"
    # (or up to two more words of the ministry's name, where punctuation ends it: "[and Climate Solutions],")
    r"|(?:[ ]+[A-Z][\w'’-]+){1,2}(?=[ ]*[,;.)]))?"
)


_PORTFOLIO_ONLY = re.compile(_PORTFOLIO_WORD)
_HONORIFIC_EN = r"(?:Mr|Ms|Mrs|Dr|Prof|H\.E\.|Hon|Senator|Ambassador)\.?"
_CAP_WORD = r"(?:[A-Z][\w'’-]*|and|of|the)"
# "Minister for Foreign Affairs[, European Union and Cooperation], José Manuel Albares", "Minister of
# Foreign Affairs[, Emigration and Egyptian Expatriates] Dr Badr Abdelatty": more of the ministry's
# name between commas, up to the name (each part holds a word that ends ministries' names)
_EN_PORTFOLIO_LIST = re.compile(
    rf"(?:,[ ]+(?=(?:{_CAP_WORD}[ ]+){{0,5}}{_PORTFOLIO_WORD}\b)(?!(?:the|and)\b)"
    rf"{_CAP_WORD}(?:[ ]+{_CAP_WORD}){{0,6}}?)+?"
    # (then maybe the country: "[, Regional Cooperation and Burkinabè Abroad] of Burkina Faso, Mr X")
    rf"(?=(?:[ ]+of[ ]+(?:the[ ]+)?[A-Z][\w'’-]+(?:[ ]+(?:of[ ]+)?[A-Z][\w'’-]+){{0,5}})?"
    rf"(?:,[ ]*(?:{_HONORIFIC_EN}[ ]+)*[A-Z][\w'’-]+[ ]+[A-Z]|[ ]+(?:{_HONORIFIC_EN}[ ]+)+[A-Z]"
    # (or the sentence's end, after the name: "Dr Badr Abdelatty, Minister of Foreign Affairs[, Emigration
    # and Egyptian Expatriates] of the Arab Republic of Egypt.")
    r"|[ ]*[.;]))"
)


# ... or right before the name, the list ending on a word that ends ministries' names: "Minister of Foreign
# Affairs[, Foreign Employment and Tourism] Vijitha Herath"
_EN_PORTFOLIO_LIST_BEFORE_NAME = re.compile(
    rf",[ ]+(?!(?:the|and)\b)(?:{_CAP_WORD}[ ]+){{0,6}}?{_PORTFOLIO_WORD}"
    r"(?=[ ]+(?!(?:Minister|Secretary|Deputy|Director|Chief|Head|President|Ambassador|State)\b)[A-Z][a-z][\w'’-]*"
    r"[ ]+[A-Z])")


_AND_FOREIGN = re.compile(r"[ ]+and[ ]+(?:for[ ]+|of[ ]+)?(?:Foreign|External)[ ]+Affairs\b")


def _with_english_portfolio(m: RoleMention, text: str) -> RoleMention:
    info = m.info
    if info.role == "Minister of State" and (mo := _AND_FOREIGN.match(text, m.end)) is not None:
        # "Minister of State and Foreign Affairs": a rank, then the office
        info = RoleInfo("Minister of Foreign Affairs", info.org, info.country, info.national)
    else:
        mo = (_EN_PORTFOLIO_MORE.match(text, m.end) or _EN_PORTFOLIO_LIST.match(text, m.end)
              or _EN_PORTFOLIO_LIST_BEFORE_NAME.match(text, m.end))
    if mo is None:
        return m
    grown = RoleMention(m.start, mo.end(), info, text[m.start : mo.end()])
    grown.country, grown.qualifier_span = m.country, m.qualifier_span
    return grown


# a French portfolio joined to the title: "ministre des Affaires étrangères [et de la Coopération
# internationale]", "[et du Commerce extérieur]", "[et de la Coopération au Développement]"
_FR_ARTICLE = r"(?:de[ ]+la[ ]+|du[ ]+|des[ ]+|de[ ]+l['’][ ]*)"
_FR_SMALL = r"(?:de|du|des|la|le|les|et|d|l|au|aux|à|en|pour|un|une|son|sa|ses|leur|leurs|qui|a|est|s|sur|par)"
# an adjective of the portfolio, lowercase or capitalised as some sites write them ("Coopération
# Internationale"): then only with an adjective's ending, not a name's
_FR_ADJECTIVE = (rf"(?:[ ]+(?!{_FR_SMALL}\b)(?:[a-zéèêàâîôûç][\w-]*|[A-ZÉÈ][\w-]*"
                 r"(?:ale|ales|aux|elle|elles|ique|iques|aire|aires|ère|ères|ienne|iennes|ée|ées|ive|ives|eure|eures)\b))")
# a complement that belongs to the portfolio: "au Développement", "à l'étranger"
_FR_COMPLEMENT = rf"(?:[ ]+(?:au|aux|à[ ]+la|à[ ]+l['’]|à)[ ]*(?!{_FR_SMALL}\b)[\wÉ][\w'’-]*{_FR_ADJECTIVE}?)"
_FR_PORTFOLIO_PART = rf"{_FR_ARTICLE}([A-ZÉÈÀÂÎÔ][\w'’-]*{_FR_ADJECTIVE}?{_FR_COMPLEMENT}?)"
_FR_PORTFOLIO_MORE = re.compile(
    rf"[ ]+et[ ]+(?:{_FR_PORTFOLIO_PART}"
    # "des Affaires étrangères [et européennes]": an adjective of the portfolio
    r"|(?!(?:le|la|les|l|un|une|des|du|de|son|sa|ses|leur|leurs|ministre|ministres|président|présidente)\b)"
    r"[a-zéèêàâîôûç][\w-]*(?:es|aux|ales|ennes|aires|ieures|iques)(?=[ ,;.)]))"
)
# what a title's country is written as after it: "de l'Ukraine", "du Bénin", "de la République de ..."
_FR_QUALIFIER_AFTER = re.compile(r"[ ]+(?:de[ ]+la|de[ ]+l['’]|du|des|de|d['’])[ ]*[A-ZÉÈÀÂÎÔ]")
# the portfolio of a bare "ministre": "le ministre [de la Culture]"
_FR_PORTFOLIO_HEAD = re.compile(rf"[ ]+{_FR_PORTFOLIO_PART}")


# "ministre des Affaires étrangères[, de l'Union européenne et de la Coopération], M. Albares": a
# list of portfolios between commas, up to the comma before the name (not "de la République ...")
@cache
def _fr_portfolio_list() -> re.Pattern:
    courtesy = f"(?i:{honorific_regex().pattern})"
    return re.compile(
        r"(?:,[ ]+(?:de[ ]+la|du|des|de[ ]+l['’])[ ]*(?!République|Royaume|Confédération|Principauté|Fédération)"
        rf"[A-ZÉÈÀÂÎÔ][^,;.\n]{{0,160}}?)+(?=,[ ]*(?:(?:le|la|l['’])[ ]*)?(?:{courtesy})*"
        r"[A-ZÉÈÀÂÎÔ][\w'’-]+[ ]+[A-ZÉÈÀÂÎÔ]"
        # (or, after the name it follows, the sentence's end or the next person: "M. Nasser Bourita, ministre
        # des Affaires étrangères, de la Coopération africaine et des Marocains ... du Royaume du Maroc.")
        r"|[ ]*[.;]|,[ ]+et[ ]+(?:M\.|Mme|le|la|l['’]))"
    )


@cache
def _portfolios() -> dict[str, str]:
    """data/portfolios.csv: a French portfolio (folded) -> its English name."""
    return {" ".join(fold(r["fr"]).split()): r["en"] for r in read_table("portfolios.csv")}


def _portfolio_in_english(written: str) -> str | None:
    return _portfolios().get(" ".join(fold(written).split()))


def _with_french_portfolio(m: RoleMention, text: str) -> RoleMention:
    end, info = m.end, m.info
    if info.role == "Minister" and (head := _FR_PORTFOLIO_HEAD.match(text, end)) is not None:
        # a bare "ministre" and a portfolio the roles table does not list: "Minister of Culture"
        english = [_portfolio_in_english(head.group(1))]
        if english[0] is not None and not gazetteer.country_from_name(head.group(1)):
            end = head.end()
            while (mo := _FR_PORTFOLIO_MORE.match(text, end)) is not None and mo.group(1) \
                    and (more := _portfolio_in_english(mo.group(1))) is not None:
                english.append(more)
                end = mo.end()
            # (a foreign ministry with another portfolio is the foreign minister's: "ministre de
            # l'Intégration africaine et des Affaires étrangères")
            label = "Minister of Foreign Affairs" if "Foreign Affairs" in english[1:] else (
                f"Minister of {' and '.join(english)}")
            info = RoleInfo(label, info.org, info.country, info.national)
        elif english[0] is None and not gazetteer.country_from_name(head.group(1)) and (
                _FR_QUALIFIER_AFTER.match(text, head.end())):
            # a portfolio we cannot name in English, then the country: "le ministre [des Industries
            # stratégiques] de l'Ukraine" -- the title stays "Minister", its country is read after it
            end = head.end()
    while (mo := _FR_PORTFOLIO_MORE.match(text, end)) is not None:
        if info.role.startswith("Minister") and (info.role != "Minister of State" or end == m.end) and mo.group(
                1) and fold(mo.group(1)).startswith("affaires etrangeres"):
            # "ministre d'État et des Affaires étrangères": a rank, then the office; "ministre de
            # l'Intégration africaine et des Affaires étrangères": the foreign minister's office
            info = RoleInfo("Minister of Foreign Affairs", info.org, info.country, info.national)
        end = mo.end()
    if (mo := _fr_portfolio_list().match(text, end)) is not None:
        end = mo.end()
    if end == m.end:
        return m
    grown = RoleMention(m.start, end, info, text[m.start : end])
    grown.country, grown.qualifier_span = m.country, m.qualifier_span
    return grown


# a lowercase "commission" followed by its remit is a parliament's committee, not the European Commission
_REMIT_PART = r"(?:des|de[ ]+la|du|de[ ]+l['’])[ ]*[a-zéèêà][^,;.\n]*"
_COMMITTEE_REMIT = re.compile(rf"[ ]+{_REMIT_PART}(?:,[ ]+{_REMIT_PART})*")
_POSSESSIVE = re.compile(r"^['’]s\s+$")


def find_roles(text: str, tokens: list[Token], lang: str, countries, orgs) -> list[RoleMention]:
    matcher = _role_matcher(lang)
    by_start = {c.start: c for c in countries}
    org_by_start = {o.start: o for o in orgs}
    ends = {c.end: c for c in countries} | {o.end: o for o in orgs}
    found: list[RoleMention] = []
    i = 0
    while i < len(tokens):
        hit = _walk_role(matcher, tokens, i, lang)
        if hit is None:
            i += 1
            continue
        last, infos, skipped = hit
        republic_of = last >= i + 3 and tokens[last].norm in ("republic", "republique") and tokens[last - 2].norm in (
            "of", "de")
        if republic_of and {tokens[last - 1].start, tokens[last].start,
                            _skip_republic(text, tokens[last - 1].start)} & set(by_start):
            # "Speaker of the National Assembly [of the Republic of Serbia]": the country's name, not
            # the chamber "National Assembly of the Republic"
            shorter = matcher.longest_at(tokens[: last - 2], i)
            if shorter is not None and shorter[0] == last - 3 > i:  # (not "président [de la République]")
                last, infos, skipped = *shorter, None
        if lang == "fr" and last > i and last + 1 < len(tokens) and tokens[last].text[:1].isupper() and (
                _BODY_ADJECTIVE.fullmatch(tokens[last + 1].text)) and not gazetteer.country_from_demonym(
                tokens[last + 1].text, lang) and text[tokens[last].end : tokens[last + 1].start] == " ":
            # "le président du Conseil [exécutif de Corse]": another body than the form's ("président du
            # Conseil", Italy's head of government); the shorter title, then its complement
            shorter = matcher.longest_at(tokens[:last], i)
            if shorter is None:
                i += 1
                continue
            last, infos, skipped = *shorter, None
        info = max(infos, key=lambda x: (x.org is not None, x.country is not None))
        start, end = tokens[i].start, tokens[last].end
        # English titles are capitalised before a name; a lowercase "president" in English prose
        # is a common noun more often than a title.
        written = text[start:end]
        if not written.isupper() and fold(written) in _acronym_roles():
            i += 1  # "PM", "FM" are titles in capitals only: not "3 pm"
            continue
        if info.role == "European Commissioner" and fold(written) in ("commissioner", "commissaire") and (
                prev := _WORD_BEFORE.search(text, max(0, start - 30), start)) and (
                fold(prev.group(1)) in _NOT_EU_COMMISSIONERS):
            info = RoleInfo("Commissioner", None, None, True)  # "the London Fire Commissioner": a city's, not the EU's
        mention = RoleMention(start, end, info, written)
        if lang == "fr" and (article := _FR_ARTICLE_BEFORE.search(text, max(0, start - 8), start)) is not None:
            mention.feminine = fold(article.group(1)) in ("la", "une", "cette")
        if skipped is not None:
            mention.country = _demonym_at(tokens, skipped, lang)
            mention.qualifier_span = (tokens[skipped].start, tokens[skipped].end)
            mention.text = " ".join((text[start : tokens[skipped].start] + text[tokens[skipped].end : end]).split())
        else:
            # demonym right after ("le chancelier allemand", "the Secretary-General's"?)
            dem = _demonym_at(tokens, last + 1, lang) if lang == "fr" else None
            n = 1
            if lang == "fr" and dem is None and last + 2 < len(tokens) and text[
                    tokens[last + 1].end : tokens[last + 2].start] == "-":
                # "l'Assemblée nationale sud-africaine", "le ministre néo-zélandais"
                dem, n = gazetteer.country_from_demonym(f"{tokens[last + 1].text}-{tokens[last + 2].text}", lang), 2
            if dem and tokens[last + 1].text[:1].islower():
                mention.country = dem
                mention.qualifier_span = (tokens[last + 1].start, tokens[last + n].end)
                last += n
        if info.role == "Counterpart" and mention.qualifier_span and mention.qualifier_span[1] == tokens[last].end:
            last = _more_demonyms(mention, text, tokens, last)
        if lang == "en" and info.role in _PORTFOLIO_HEADS:
            mention = _with_portfolio(mention, text)
            if (more := _EN_PORTFOLIO_LIST.match(text, mention.end) or (
                    _EN_PORTFOLIO_MORE.match(text, mention.end) if mention.end > end else None)) is not None:
                # "Minister of Development[, Industry, Trade and Services], Geraldo Alckmin"
                grown = RoleMention(mention.start, more.end(), mention.info, text[mention.start : more.end()])
                grown.country, grown.qualifier_span = mention.country, mention.qualifier_span
                mention = grown
            last = max(last, next((k for k in range(last, len(tokens)) if tokens[k].end >= mention.end), last))
        elif lang == "en" and info.role.startswith(("Minister", "Secretary")) and skipped is None:
            mention = _with_english_portfolio(mention, text)
            last = max(last, next((k for k in range(last, len(tokens)) if tokens[k].end >= mention.end), last))
        elif lang == "fr" and info.role.startswith("Minister"):
            mention = _with_french_portfolio(mention, text)
            last = max(last, next((k for k in range(last, len(tokens)) if tokens[k].end >= mention.end), last))
        _qualify(mention, text, by_start, org_by_start, ends, tokens, i, lang)
        if info.org == "EU" and mention.org not in (None, "EU") and info.role.startswith("European "):
            # "le Commissaire aux affaires politiques ... de la Commission de l'Union africaine":
            # another organisation's commissioner
            mention.info = RoleInfo(info.role.removeprefix("European ").capitalize(), mention.org, None, False)
        if info.org == "EU" and text[start:end].endswith("commission") and (
                remit := _COMMITTEE_REMIT.match(text, end)):
            # "le président de la commission des affaires étrangères[, de la défense ...]": a
            # parliament's committee, not the European Commission; its remit is part of the title
            mention = RoleMention(start, remit.end(), RoleInfo("Committee Chair", None, None, True),
                                  text[start : remit.end()])
            last = max(last, next((k for k in range(last, len(tokens)) if tokens[k].end >= remit.end()), last))
        if mention.info.role == "Speaker of Parliament" and mention.org and (
                body := gazetteer.organisation(mention.org)) is not None:
            # an organisation's parliament has a President: "le Président du Parlement panafricain"
            mention.info = RoleInfo(f"President of the {body.name_en}", mention.org, None, False)
        if not (mention.country or mention.org) and (chamber := _chamber_country(mention.info.role)):
            mention.country = chamber  # "President of the Riigikogu", "présidente de la Saeima"
        if mention.info.role == "President" and mention.qualifier_span and mention.qualifier_span[0] > end and (
                chamber_at(text, mention.qualifier_span[1] + 1) is not None):
            # "President of the Norwegian Storting": the chamber's, its Speaker
            mention.info = RoleInfo("Speaker of Parliament", None, None, True)
        if lang == "en" and info.role == "Chair" and re.search(r"\bCommittee[ ]+\Z", text[max(0, start - 12) : start]):
            # "Committee Chairwoman Vesna Pavićević": a parliament's committee, held for its country
            mention.info = RoleInfo("Committee Chair", None, None, True)
        if lang == "en" and info.role == "Chair" and not (mention.country or mention.org) and (
                committee := _committee_chair(mention, text, by_start)) is not None:
            mention = committee
            last = max(last, next((k for k in range(last, len(tokens)) if tokens[k].end >= mention.end), last))
        if not (mention.country or mention.org):
            # "a delegation of the Parliament of Australia led by the President of the Senate", "a delegation
            # of the National Assembly of Côte d'Ivoire led by its President": the body's country or organisation
            window = max(0, start - 160)
            if (led := _DELEGATION_LED.search(text, window, start)) is not None:
                _held_for_last_named(mention, countries, orgs, led.start(1), led.end(1))
            elif (whose := _ITS.search(text, window, start)) is not None:
                # the body just before "led by its": after the last "delegation" ("L'ambassadrice du Portugal
                # a été reçue par une délégation du Conseil d'État conduite par son président": not Portugal's)
                body = max([whose.start(), *(d.start() for d in _DELEGATION_WORD.finditer(text, whose.start(),
                                                                                          whose.end()))])
                _held_for_last_named(mention, countries, orgs, body, whose.end())
        found.append(mention)
        i = last + 1
    return found


# a body, then its head: "a delegation of the National Assembly of Côte d'Ivoire led by its President",
# "une délégation de l'Assemblée nationale du Bénin conduite par son Président"
def _held_for_last_named(m: RoleMention, countries, orgs, start: int, end: int) -> None:
    """The title is held for the last country or organisation named between start and end."""
    named = sorted((x for x in (*countries, *orgs) if start <= x.start and x.end <= end), key=lambda x: x.start)
    if named and hasattr(named[-1], "code"):
        m.country = named[-1].code
    elif named:
        m.org = named[-1].acronym


_DELEGATION_LED = re.compile(r"\b(?:delegation|délégation)\b([^.;:!?]{0,100}?)\b(?:led|headed|conduite?|dirigée?)[ ]+"
                             r"(?:by|par)[ ]+(?:the|le|la)[ ]+\Z")
_DELEGATION_WORD = re.compile(r"\b(?:delegation|délégation)\b", re.I)
_ITS = re.compile(r"[^.;:!?]*?(?:\b(?:led|headed|chaired|conducted)[ ]+by[ ]+its|\b(?:conduite?s?|dirigée?s?|"
                  r"présidée?s?)[ ]+par[ ]+(?:son|sa))(?:[ ]+(?:premier|première|first))?[ ]+\Z")


# "Chairman of the Foreign Affairs Committee [of the Verkhovna Rada [of Ukraine]]",
# "Chair of the Committee on Foreign Affairs and Defence"
_CAP_RUN = r"[A-Z][\w'’-]*(?:(?:,[ ]+|[ ]+and[ ]+|[ ]+)[A-Z][\w'’-]*){0,6}"
_EN_COMMITTEE = re.compile(
    rf"[ ]+of[ ]+the[ ]+((?:[A-Z][\w'’-]*[ ]+){{1,5}}Committee|Committee[ ]+(?:on|for)[ ]+(?:the[ ]+)?{_CAP_RUN})")
_OF_CHAMBER = re.compile(r"[ ]+of[ ]+the[ ]+([A-Z][\w'’-]*(?:[ ]+(?:of[ ]+)?[A-Z][\w'’-]*){0,3})")
@cache
def _chamber_countries() -> dict[str, str]:
    """'riigikogu' -> EE, 'verkhovna rada' -> UA: the chambers whose name says their country."""
    out: dict[str, str] = {}
    for r in read_table("chambers.csv"):
        for form in [r["chamber"], *filter(None, r["forms"].split("|"))]:
            out[fold(form)] = r["country"]
    return out


def _chamber_country(role: str) -> str | None:
    """'President of the Riigikogu' -> EE: a presiding title named after its chamber."""
    mo = re.search(r"\bof the (.+)$", role)
    return _chamber_countries().get(fold(mo.group(1))) if mo else None


def _committee_chair(m: RoleMention, text: str, by_start) -> RoleMention | None:
    """A parliament's committee chair: the committee names the office, the chamber or country after it
    the country it is held for."""
    if (mo := _EN_COMMITTEE.match(text, m.end)) is None:
        return None
    chair = RoleMention(m.start, mo.end(), RoleInfo(f"Chair of the {' '.join(mo.group(1).split())}", None, None, True),
                        text[m.start : mo.end()])
    pos = mo.end()
    if (of := _OF_CHAMBER.match(text, pos)) is not None:
        if of.start(1) in by_start:  # "... Committee of the Netherlands"
            c = by_start[of.start(1)]
            chair.country, chair.qualifier_span = c.code, (c.start, c.end)
            return chair
        chamber = of.group(1)
        for k in range(len(chamber.split()), 0, -1):  # "Verkhovna Rada of Ukraine": the chamber, then its country
            name = " ".join(chamber.split()[:k])
            if fold(name) in _chamber_countries():
                chair.country = _chamber_countries()[fold(name)]
                chair.qualifier_span = (of.start(1), of.start(1) + len(name))
                break
        tail = chair.qualifier_span[1] if chair.qualifier_span else pos
        if (more := re.match(r"[ ]+of[ ]+(?:the[ ]+)?", text[tail:])) and tail + more.end() in by_start:
            c = by_start[tail + more.end()]
            chair.country, chair.qualifier_span = c.code, (chair.qualifier_span or (c.start,))[0:1] + (c.end,)
    return chair


# "of the [79th Session of the] General Assembly", "de la [79e session de l']Assemblée générale"
_SESSION = re.compile(r"(?:\d+\w*|[A-Z][\w-]+)[ ]+session[ ]+(?:of[ ]+the|de[ ]+l['’]|du|de[ ]+la)[ ]*", re.I)
_ASSEMBLY = re.compile(r"General Assembly|Assemblée générale", re.I)


_REMIT_THEN_BODY = re.compile(
    r"[ ]+(?:for|chargée?[ ]+(?:des|du|de[ ]+la|de[ ]+l['’]|de)|in[ ]+charge[ ]+of|aux|au|à[ ]+la|à[ ]+l['’])[ ]*"
    # (a portfolio of several items: "aux affaires politiques, à la paix et à la sécurité")
    r"(?:[\w'’-]+,?[ ]+){1,9}?(?:of|de|du|des|de[ ]+la|de[ ]+l['’])[ ]*(?:the[ ]+|la[ ]+|l['’][ ]*)?")
_CITY_TITLES = frozenset({"Mayor", "Governor"})
# titles held for a region named like its capital ("premier ministre du Québec"); a counterpart "de
# Banjul" is the city's
_REGION_HEADS = frozenset({"Governor", "Prime Minister", "Premier", "Minister-President"})
# (with its particles: "Centre-Val de Loire", "Pays de la Loire", "Provence-Alpes-Côte d'Azur")
_PLACE_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:(?:[ -]|[ ](?:de[ ]la|de|du|des|d['’])[ ]?)[A-ZÀ-Ý][\w'’-]+)*"
_REGION_NAMED = re.compile(r"(?P<name>" + _PLACE_NAME + r")")
_REGION_OF = re.compile(
    r"(?:[ÉE]tat|[Rr]égion|[Pp]rovince|[Ss]tate|[Rr]egion|[Dd]épartement|[Cc]ounty|[Pp]rincipauté|[Pp]rincipality|"
    r"[Cc]anton|Land|[Cc]ollectivité(?:[ ]+(?:européenne|territoriale))?|[Cc]ommunauté[ ]+autonome)[ ]+"
    r"(?:de[ ]+la[ ]+|de[ ]+l['’]|de[ ]+|d['’]|du[ ]+|des[ ]+|of[ ]+(?:the[ ]+)?)(?P<name>" + _PLACE_NAME + r")"
    r"|(?P<named>" + _PLACE_NAME + r")[ ]+(?:State|Region|Province)\b"
    r"|(?:[Rr]égion|[Rr]egion)[ ]+(?P<bare>" + _PLACE_NAME + r")")  # "la Région Ligurie"
_TOWN_OF_DEMONYM = re.compile(r"(?:[Vv]ille|[Cc]ité|[Cc]ommune|[Mm]unicipalité)[ ]+([a-zéèëïô-]+)[ ]+(?:de|d['’])"
                              r"|([A-Z][a-z]+)[ ]+(?:city|town|municipality)[ ]+of\b")
_REGION_OF_DEMONYM = re.compile(r"(?:[ÉE]tat|[Rr]égion|[Pp]rovince|[Ll]and)[ ]+([a-zéèëïô-]+)\b"
                                r"|([A-Z][a-z]+)[ ]+(?:State|Region|Province)\b")


def _region_name(region: re.Match) -> str:
    return next(g for g in (region.groupdict().get(k) for k in ("name", "named", "bare")) if g)


def _country_of_region(region: re.Match) -> str | None:
    """The country of a region written with its noun ("la Région Ligurie"), or alone ("la Wallonie");
    with its noun, a province named after its capital is the capital's ("la Province de Coni")."""
    named = _region_name(region)
    code = gazetteer.country_of_region(named)
    while code is None and (shorter := re.sub(r"(?:[ -]|[ ](?:de[ ]la|de|du|des|d['’])[ ]?)[A-ZÀ-Ý][\w'’-]+\Z", "",
                                              named)) != named:
        named = shorter  # "la Région Bretagne de ...": the longest name that is a region
        code = gazetteer.country_of_region(named)
    if code is None and region.re is _REGION_OF and (city := gazetteer.find_city(named)) is not None:
        code = city.country
    return code


_WORD_BEFORE = re.compile(r"([\w'’]+)[ ]+\Z")
# commissioners of a country's or a city's services, not of the European Commission
_NOT_EU_COMMISSIONERS = frozenset({"fire", "police", "election", "elections", "electoral", "information", "privacy",
                                   "prison", "prisons", "border", "children's", "tax", "revenue", "lands", "water"})
_REGION_BEFORE = re.compile(r"\b([A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+)??)(?:[ ]State)?(?:['’]s)?[ ]\Z")
_ORGAN_AFTER = re.compile(r"[ ]+(?:[A-Z][\w-]+[ ]+){0,3}?(Commission|Council|Parliament|Court|Secretariat|Assembly)\b")


_REMIT_THEN_OF = re.compile(r"[ ]+for[ ]+(?:the[ ]+)?[A-Z][\w'’-]*(?:[ ]+(?:and[ ]+|the[ ]+)*[A-Z][\w'’-]*){0,5}?"
                            r"[ ]+of[ ]+(?:the[ ]+)?")


def _qualify(m: RoleMention, text, by_start, org_by_start, ends, tokens, i, lang) -> None:
    """Read the country or organisation a title is held for, around it."""
    # after: "of the Netherlands", "de l'OTAN", "du Kosovo", "of the Republic of Türkiye"
    tail = text[m.end : m.end + 40]
    # a country whose written name starts inside the title: "présidente de la [République de Moldavie]"
    for c in by_start.values():
        if m.start < c.start < m.end < c.end:
            m.country = c.code
            m.qualifier_span = (c.start, c.end)
            return
    # ... or at the end of a list of portfolios: "ministre des Affaires étrangères, de la
    # Communauté nationale à l'étranger ... de la [République algérienne] démocratique et populaire"
    if m.country is None and "," in (m.text or ""):
        inside = [c for c in by_start.values() if m.start + m.text.index(",") < c.start and c.end <= m.end]
        if inside:
            last = max(inside, key=lambda c: c.start)
            m.country, m.qualifier_span = last.code, (last.start, last.end)
            return
    # ... or an organisation's: "Président de la [Commission de l'Union africaine]"
    for o in org_by_start.values():
        if m.start < o.start < m.end < o.end:
            m.org = o.acronym
            m.qualifier_span = (o.start, o.end)
            return
    remit = _REMIT_THEN_OF.match(text, m.end, m.end + 120)
    if remit is not None and remit.end() in by_start:
        # "Under-Secretary of State [for the Middle East and North Africa] of the United Kingdom"
        m.country, m.qualifier_span = by_start[remit.end()].code, (remit.end(), by_start[remit.end()].end)
        return
    if m.info.role == "Commander" and (obj := re.match(r"[ ]+(?:le|la|l['’])[ ]*", tail)) is not None:
        # the French participle: "le général commandant le Corps européen", "commandant la force"
        pos = m.end + obj.end()
        if pos in org_by_start:
            m.org, m.qualifier_span = org_by_start[pos].acronym, (pos, org_by_start[pos].end)
            return
    ministry = _MINISTRY_DEMONYM.match(text, m.end)
    if ministry is not None and (code := gazetteer.country_from_demonym(ministry.group(ministry.lastindex), lang)):
        # "secrétaire d'État au ministère polonais de la Défense", "State Secretary at the Polish Ministry of ..."
        m.country, m.qualifier_span = code, ministry.span(ministry.lastindex)
        return
    # (a French title's adjective may come first: "vice-président [exécutif] de la Commission européenne")
    mo = re.match(r"(?:[ ]+(?:exécutif|exécutive|adjoint|adjointe|délégué|déléguée|spécial|spéciale|permanent|"
                  r"permanente))?[ ]+(?:of|des|du|de|d['’]|for)\b[ ]*(?:the[ ]+|la[ ]+|l['’][ ]*|le[ ]+|les[ ]+)?",
                  tail, re.I)
    if mo:
        pos = m.end + mo.end()
        if (session := _SESSION.match(text, pos)) is not None and session.end() in org_by_start:
            # "President of the 79th Session of the United Nations General Assembly"
            pos = session.end()
        if pos not in by_start and pos - 2 in by_start and text[pos - 2 : pos] in ("l'", "l’"):
            pos -= 2  # the country's written form holds its article: "de [l'État de Palestine]"
        written = pos  # before "République de", "État de" are skipped
        if pos not in by_start and pos not in org_by_start:
            # "President of the [Co-operative] Republic of Guyana": an adjective before the country's name
            word_ends = [pos + w.end() for w in re.finditer(r"[A-Z][\w'’-]*[ ]+", text[pos : pos + 60])][:3]
            pos = next((e for e in word_ends if e in by_start), pos)
        if pos not in by_start and pos not in org_by_start:
            pos = _skip_republic(text, pos)
        if pos not in by_start and pos not in org_by_start and (
                via_body := _BODY_OF.match(text, pos) or _NAMED_BODY_OF.match(text, pos)) is not None \
                and (via_body.end() in by_start or via_body.end() in org_by_start):
            # "commandant du Commandement [des États-Unis] pour l'Afrique", "directeur général de
            # l'état-major [de l'Union européenne]"
            pos = via_body.end()
        if pos in by_start and not m.country:
            m.country = by_start[pos].code
            m.qualifier_span = (pos, by_start[pos].end)
        elif (m.info.role in _CITY_TITLES or m.info.national) and not m.country and not m.info.sole and (
                region := _REGION_OF.match(text, written) or _REGION_NAMED.match(text, written)) and (
                code := _country_of_region(region)) and (
                m.info.role in _REGION_HEADS or gazetteer.find_city(_region_name(region)) is None
                or region.re is _REGION_OF):
            # "gouverneur de l'État de Borno", "Governor of Borno State", "ministre-président de la
            # Wallonie": the region's country; its head of government is its Premier
            m.country = code
            m.qualifier_span = (written, region.end())
            if m.info.role == "Prime Minister":
                m.info = RoleInfo("Premier", None, None, True)
        elif (m.info.role in _CITY_TITLES or m.info.national) and not m.country and (
                adj := _REGION_OF_DEMONYM.match(text, written)) and (
                code := gazetteer.country_from_demonym(adj.group(1) or adj.group(2), lang)):
            # "gouverneur de l'État brésilien de l'Amapá", "Governor of the Brazilian State of Amapá"
            m.country = code
            m.qualifier_span = (written, adj.end())
        elif m.info.role in _CITY_TITLES and not m.country and (
                town := _TOWN_OF_DEMONYM.match(text, written)) and (
                code := gazetteer.country_from_demonym(town.group(1) or town.group(2), lang)):
            # "le maire de la ville ukrainienne de Boutcha", "the Mayor of the Ukrainian city of Bucha": the
            # title's extent runs over the town's name (where it is held, not where one meets)
            m.country = code
            named = _REGION_NAMED.match(text, town.end() + (text[town.end() : town.end() + 1] == " "))
            m.qualifier_span = (written, named.end() if named else town.end())
        elif m.info.role in _CITY_TITLES and not m.country and (
                run := re.match(r"(?:(?:[Vv]ille|City|city|Municipality|[Cc]ommune)(?:[ ]+[a-zéèêëîïôûç-]+)?[ ]+"
                                r"(?:de[ ]+|d['’]|of[ ]+))?"
                                r"(?!(?:[ÉE]tat|[Rr][ée]gion|[Pp]rovince|[Ss]tate)\b)"
                                r"([A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)*)", text[pos : pos + 60])) and (
                city := gazetteer.find_city(run.group(1))) is not None:
            # "maire de Kyiv", "Mayor of Rome", "Maire de la Ville de Dakar": the city's country
            m.country = city.country
            m.qualifier_span = (pos, pos + run.end())
        elif m.info.role in _CITY_TITLES and not m.country and (
                cap := re.match(r"(?:capitale|capital)[ ]+([\w'’-]+)|([A-Z][\w'’-]+)[ ]+capital\b",
                                text[pos : pos + 40])) and (
                code := gazetteer.country_from_demonym(cap.group(1) or cap.group(2), lang)):
            m.country = code  # "le maire de la capitale sénégalaise", "the Mayor of the Senegalese capital"
            m.qualifier_span = (pos, pos + cap.end())
        elif pos in org_by_start and not m.org:
            m.org = org_by_start[pos].acronym
            m.qualifier_span = (pos, org_by_start[pos].end)
            if (organ := _ORGAN_AFTER.match(text, org_by_start[pos].end)) is not None:
                # "President of the ECOWAS Commission": the organisation's organ is part of the title
                m.qualifier_span = (pos, organ.end())
                if m.info.role == "President":
                    body = "European" if m.org == "EU" else m.org  # "the EU Commission": the European one
                    m.info = RoleInfo(f"President of the {body} {organ.group(1)}", m.org, None, False)
            if m.info.role == "President" and _ASSEMBLY.search(text[pos : org_by_start[pos].end]):
                m.info = RoleInfo("President of the General Assembly", m.org, None, False)
            if m.info.org == "EU" and m.org != "EU" and fold(m.text).endswith("commission"):
                # "le Président de la Commission de la CEDEAO": another organisation's commission
                m.info = RoleInfo(f"President of the {m.org} Commission", m.org, None, False)
    if not (m.country or m.org) and not m.info.national and (
            mo := _REMIT_THEN_BODY.match(text, m.end)) is not None:
        # "Deputy Secretary General [for Political Affairs] of the European External Action Service",
        # "Secrétaire général adjoint [chargé des affaires politiques] de l'Organisation de la ..."
        pos = mo.end()
        if pos in org_by_start:
            m.org = org_by_start[pos].acronym
            m.qualifier_span = (pos, org_by_start[pos].end)
    poss = re.search(r"\b(?:sa|son|its|their|leur)[ ]+\Z", text[max(0, m.start - 8) : m.start])
    if not (m.country or m.org) and poss:
        # "reçus au Parlement européen par sa présidente", "une délégation de la Commission de la CEDEAO,
        # conduite par sa Vice-Présidente": the organisation just named
        near = [o for o in org_by_start.values() if m.start - 80 <= o.end <= m.start - len(poss.group())]
        if near:
            last = max(near, key=lambda o: o.end)
            m.org, m.qualifier_span = last.acronym, (last.start, last.end)
            return
    if not (m.country or m.org) and (back := _THE_ORGANISATION.match(text, m.end)) is not None:
        # "le secrétaire général de l'organisation", "la présidente de l'institution": the one just named
        near = [o for o in org_by_start.values() if m.start - 300 <= o.end <= m.start]
        if near:
            last = max(near, key=lambda o: o.end)
            m.org, m.qualifier_span = last.acronym, (m.end, back.end())
            return
    if m.country or m.org or lang != "en":
        return
    if m.info.role in _REGION_HEADS and (region := _REGION_BEFORE.search(text, max(0, m.start - 40), m.start)) and (
            code := gazetteer.country_of_region(region.group(1))):
        m.country, m.qualifier_span = code, region.span(1)  # "Washington State Governor Bob Ferguson"
        return
    # before, in English: "Turkish Foreign Minister", "NATO Secretary General", "Latvia's Minister"
    for gap in ("", " ", "'s ", "’s ", "' ", "’ "):  # (and "Barbados' Minister")
        ent = ends.get(m.start - len(gap))
        if ent is not None and text[ent.end : m.start] == gap:
            code, acr = getattr(ent, "code", None), getattr(ent, "acronym", None)
            if code:
                m.country = code
                m.countries = _coordinated_countries(text, ent, ends) + [code]
            elif acr:
                m.org = acr
            m.qualifier_span = (ent.start, ent.end)
            return


_THE_ORGANISATION = re.compile(r"[ ]+(?:of[ ]+the|de[ ]+l['’][ ]*)[ ]*(?:organi[sz]ation|institution)\b"
                               r"(?![ ]+(?:of|for|pour|de|des|du|d['’]|on|sur)\b)", re.I)
# a body named in capitals, then its country: "Chairman of the [State Great Khural of] Mongolia"
_NAMED_BODY_OF = re.compile(r"[A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+){0,3}[ ]+of[ ]+(?:the[ ]+)?")
_MINISTRY_DEMONYM = re.compile(r"[ ]+(?:au|du)[ ]+ministère[ ]+([a-zéèëïô-]+)\b"
                               r"|[ ]+(?:at|in|of)[ ]+the[ ]+([A-Z][a-z]+)[ ]+(?:Ministry|Department)\b")
# a country's armed force, command or community, between a title and the country: "commandant du Commandement des
# États-Unis pour l'Afrique", "chef d'état-major de l'Armée de terre du Sénégal", "Commander of the Army of Peru",
# "ministre-président de la Communauté germanophone de Belgique"
_BODY_OF = re.compile(r"(?:Commandement|Command|Forces?|Armée|Army|Navy|Marine|Air[ ]+Force|Garde|Guard|Gendarmerie|"
                       r"Police|[ÉéE]tat-[Mm]ajor|(?:Military[ ]+)?Staff|Communauté|Community|Gouvernement|Government)"
                       r"(?:[ ]+(?:de[ ]+)?[a-zéè]+){0,2}?[ ]+"
                       r"(?:des|du|de[ ]+la|de[ ]+l['’]|de|d['’]|of[ ]+(?:the[ ]+)?)[ ]*")


def _coordinated_countries(text: str, ent, ends) -> list[str]:
    """'his Estonian and Latvian counterparts': the demonyms before the last one, in order."""
    before: list[str] = []
    pos = ent.start
    while True:
        mo = re.search(r"(?:,[ ]*|[ ]+(?:and|et)[ ]+)\Z", text[max(0, pos - 6) : pos])
        if not mo:
            return before
        prev = ends.get(pos - len(mo.group()))
        if prev is None or not getattr(prev, "code", None):
            return before
        before.insert(0, prev.code)
        pos = prev.start


_REPUBLIC = re.compile(
    r"(?:the\s+)?(?:Republic\s+of\s+(?:the\s+)?|République\s+(?:de\s+|d['’]\s*)|"
    r"Federal\s+Republic\s+of\s+|Kingdom\s+of\s+(?:the\s+)?|Royaume\s+(?:de\s+|du\s+|des\s+|d['’]\s*)|"
    r"State\s+of\s+|[ÉE]tat\s+(?:de\s+|d['’]\s*))",
    re.I,
)


def _skip_republic(text: str, pos: int) -> int:
    """'President of the Republic of Türkiye': the country starts after 'Republic of'."""
    mo = _REPUBLIC.match(text, pos)
    return pos + mo.end() - mo.start() if mo else pos


# ---------------------------------------------------------------- names

_PARTICLES = {"de", "da", "do", "e", "di", "del", "della", "van", "von", "der", "den", "du", "dos", "das", "bin", "ibn",
              "al", "el", "ter", "ten", "y", "zu", "af", "le", "la", "ben", "bint", "abu"}
# a leading ʻokina or apostrophe before a capital inside a name: "Fekitamoeloa 'Utoikamanu"
_NAME_TOKEN = re.compile(r"(?:['’ʻ](?=[A-Z]))?[^\W\d_][\w'’\-.]*", re.UNICODE)


@cache
def honorific_regex() -> re.Pattern:
    """Any courtesy title or rank of data/honorifics.csv followed by a space, also in brackets:
    "Deputy Speaker Hon. (Dr.) Rizvie Salih"."""
    forms = sorted({r["form"] for r in read_table("honorifics.csv")}, key=len, reverse=True)
    alts = []
    for f in forms:
        esc = re.escape(f).replace(r"\ ", "[ ]+").replace("'", "['’]")
        alts.append(esc if f.endswith(".") else esc + r"\.?")
    any_title = "(?:" + "|".join(alts) + ")"
    return re.compile(r"(?:(?<!\w)" + any_title + r"|\(" + any_title + r"\))[ ]+", re.I)


@cache
def _never_names() -> frozenset[str]:
    """data/name_stopwords.csv: words never part of a person's name (those written in capitals there,
    post-nominal letters and acronyms, only when so written: "OM" is an order, "Om Birla" a name)."""
    return frozenset(fold(r["word"]) for r in read_table("name_stopwords.csv") if not r["word"].isupper())


@cache
def capital_never_names() -> frozenset[str]:
    """The words of data/name_stopwords.csv written in capitals ("MP", "OBE"), as written."""
    return frozenset(r["word"] for r in read_table("name_stopwords.csv") if r["word"].isupper())


def _never_a_name(word: str) -> bool:
    return fold(word) in _never_names() or word in capital_never_names()


@cache
def not_name_words() -> frozenset[str]:
    """Capitalised words that start no name: months, weekdays, titles."""
    from babel import Locale

    words: set[str] = set()
    for lang in ("en", "fr"):
        loc = Locale(lang)
        for table in (loc.months["format"]["wide"], loc.days["format"]["wide"]):
            words |= {fold(w) for w in table.values()}
    for r in read_table("roles.csv"):
        words |= set(norm_tokens(r["form"]))
    words |= _never_names()
    words |= {"the", "le", "la", "les", "l", "a", "an", "un", "une", "on", "in", "at", "en", "au", "ce", "this",
              "they", "he", "she", "we", "it", "il", "elle", "ils", "elles", "nous"}
    return frozenset(words)


# a surname led by a lower-case particle joined to it: "al-Chaibani", "el-Sisi", "d'Estaing"
# (as the first word only the Arabic articles: "d'Italie" after a title is no name)
_PREFIXED_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|an|abu|bin|ibn|ben|bint)[-'’][^\W\d_]", re.UNICODE)
_PREFIXED_INSIDE = re.compile(r"(?:d|de|di|da|del|van|von|o)[-'’][^\W\d_]", re.UNICODE)


def _prefixed(w: str, inside: bool = False) -> bool:
    mo = _PREFIXED_NAME.match(w) or (_PREFIXED_INSIDE.match(w) if inside else None)
    return mo is not None and w[mo.end() - 1].isupper()


def is_name_word(word: str) -> bool:
    w = word.strip("'’")
    return bool(w) and (w[0].isupper() and not w.isupper() or (len(w) == 2 and w.endswith(".")) or _prefixed(w))


# courtesy titles that are also given names ("Cheikh Diba", "Sidi Ould Tah"): kept before a lone surname
_GIVEN_NAME_TITLES = frozenset({"cheikh", "sheikh", "cheick", "sidi", "moulay"})


def clean_name(raw: str, lang: str) -> tuple[str, str | None]:
    """Strip courtesy titles and trailing possessives: 'M. Rutte' -> 'Rutte'; 'Zelenskyy's' -> 'Zelenskyy'."""
    name = raw.strip(" ,;:()\"«»“”")
    if name.endswith(".") and not re.search(r"(?:^|[\s.])\w\.$", name):
        name = name[:-1]  # the sentence's full stop, not an initial's: "M. Baltasar Engonga Edjo'o."
    name = re.sub(r"['’]s$", "", name)
    honorific = None
    words = name.split()
    hon = all_honorific_words()
    written = tuple(norm_tokens(name))
    if written in hon or any(len(h) > 1 and h[: len(written)] == written for h in hon):
        return "", name  # a courtesy title alone ("The Rt Hon") or its start ("His Royal"), no name
    changed = True
    while changed and len(words) > 1:
        changed = False
        for n in (3, 2, 1):
            if len(words) - n < 2 and (honorific is not None or fold(words[0]) in _GIVEN_NAME_TITLES):
                continue  # "Monsieur Cheikh Diba": after one courtesy title, a given name, not another title
            if len(words) > n and tuple(norm_tokens(" ".join(words[:n]))) in hon:
                honorific = " ".join(words[:n])
                words = words[n:]
                changed = True
                break
    while len(words) > 2 and words[-1].isupper() and (
            fold(words[-1]) in not_name_words() or words[-1] in capital_never_names()):
        words = words[:-1]  # post-nominal letters: "Simon Harris TD"
    return " ".join(words), honorific


_TRAILING_ARTICLE = re.compile(r"(?:^|[ ,]+)(?:le|la|les|l['’]|the|a|an)?[ ,]*\Z")


# a building, a street or an institution named after somebody, right before the name
_NAMED_PLACE_BEFORE = re.compile(
    r"\b(?:Centre|Center|centre|Palais|palais|[ÉéEe]difice|Hall|Avenue|avenue|Rue|rue|Boulevard|boulevard|Street|"
    r"Airport|[AaÀ]éroport|Université|University|Stadium|[Ss]tade|Fondation|Foundation|Institute|Institut|Hôpital|"
    r"Hospital|Lycée|École|School|Prix|Prize|Bridge|Pont)"
    r"(?:[ ]+(?:[a-zéèêàç]+|d['’][a-zéèêàç]+))*[ ]+\Z")


_ARTICLE = re.compile(r"(?:the[ ]+|le[ ]+|la[ ]+|l['’][ ]*)", re.I)
# nouns that end the name of a place, not of a person: "Vilnius Airport", "Malacañang Palace"
_AT_BEFORE = re.compile(r"(?<!\w)(?:[Aa]t|[Àà])[ ]\Z")
_IN_TOWN_AFTER = re.compile(r",?[ ]+(?:in|à)[ ]+[A-ZÀ-Ý]")
_PLACE_NOUNS = frozenset({"airport", "aeroport", "palace", "palais", "hall", "centre", "center", "street", "avenue",
                          "boulevard", "square", "bridge", "stadium", "university", "universite", "hospital",
                          "hopital", "castle", "cathedral", "school", "institute", "foundation", "college", "museum",
                          "library", "prize", "award", "building", "brigade", "battalion", "regiment", "division",
                          "wharf", "quay", "pier", "harbour", "harbor", "station", "base", "bay", "island", "islands",
                          "river", "lake", "valley"})
_THING_NOUNS = frozenset({"strategy", "plan", "programme", "program", "initiative", "act", "agreement", "policy",
                          "fund", "treaty", "accord", "framework", "partnership", "declaration", "charter",
                          "convention", "project", "process", "agenda", "doctrine", "pact", "compact", "corridor",
                          "scheme", "mechanism", "facility", "platform"})
# a vessel's name after what it is: "on board the French icebreaker L'Astrolabe", "la frégate Provence"
_VESSEL_BEFORE = re.compile(r"\b(?:icebreaker|vessel|ship|frigate|corvette|destroyer|carrier|submarine|yacht|"
                            r"brise-glace|navire|frégate|porte-avions|sous-marin|bâtiment)"
                            r"[ ]+\Z", re.I)


# a Polynesian given name written with an apostrophe for its ʻokina, then more of the name
_OKINA_NAME = re.compile(r"['’][A-Z][a-z]+[ ]+[A-Z][a-z]+")
_REGNAL = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3})\Z")


@cache
def name_abbreviations() -> frozenset[str]:
    """data/name_abbreviations.csv: abbreviated given names ("Ma.", "Md.")."""
    return frozenset(r["abbreviation"] for r in read_table("name_abbreviations.csv"))


def _abbreviated_given_name(text: str, mo: re.Match, first: bool) -> bool:
    """An abbreviated given name heading a name: "Ma. Theresa P. Lazaro" (María)."""
    return first and mo.group() in name_abbreviations() and re.match(r" [A-Z]", text[mo.end():]) is not None


def name_run(text: str, pos: int, limit: int = 80) -> tuple[int, int] | None:
    """The run of capitalised name words starting at pos (particles allowed inside)."""
    words = []
    i = pos
    end = min(len(text), pos + limit)
    while i < end:
        mo = _NAME_TOKEN.match(text, i)
        if not mo:
            break
        w = mo.group()
        if w.endswith(".") and not (len(w) == 2 and w[0].isupper()) and not _abbreviated_given_name(
                text, mo, not words):
            w = w[:-1]
        possessive = re.search(r"['’]s$", w) is not None
        if possessive:
            w = w[:-2]
        wend = mo.start() + len(w)
        lower = fold(w)
        if (lower in not_name_words() or w in capital_never_names()) and not (words and lower in _PARTICLES):
            break
        if w[0] in "'’ʻ" and not words and not (w[0] == "ʻ" or _OKINA_NAME.match(text, mo.start())):
            break  # an opening quote, not the ʻokina of "'Aisake Valu Eke"
        if (w.lstrip("'’ʻ")[0].isupper() and not w.isupper() or (len(w) == 2 and w[1] == "." and w[0].isupper())
                or _prefixed(w, bool(words))):
            words.append((mo.start(), wend))
        elif w.isupper() and len(w) > 2 and words and lower not in not_name_words():  # "Mark RUTTE"
            words.append((mo.start(), wend))
        elif words and _REGNAL.match(w):  # "Albert II", "Mohammed VI"
            words.append((mo.start(), wend))
        elif lower in _PARTICLES and words:
            # particles go on to a capitalised word: "von der Leyen", "de la Fuente"
            k, nxt = wend, None
            while k < len(text) and text[k] == " ":
                nxt = _NAME_TOKEN.match(text, k + 1)
                if nxt is None or fold(nxt.group()) not in _PARTICLES:
                    break
                k = nxt.end()
            if not (nxt and nxt.group()[0].isupper()):
                break
        else:
            break
        i = wend
        if possessive:  # "Blinken's meetings": the name ends at the possessive
            break
        if i < len(text) and text[i] == " " and i + 1 < len(text) and text[i + 1] not in " ,;:.()":
            i += 1
            continue
        break
    if not words:
        return None
    # do not end on a particle
    return words[0][0], words[-1][1]


_NAME_BEFORE_TITLE = re.compile(
    r"(?:^|(?<=[\s(]))((?:[^\W\d_][\w'’.-]*[ ]){1,5}[^\W\d_][\w'’.-]*)[ ]*,[ ]*(?:the[ ]+|le[ ]+|la[ ]+|l['’][ ]*)?\Z",
    re.M,
)


_BEFORE_PEOPLE = frozenset({"of", "by", "with", "from", "de", "par", "avec"})


def _given_name_before(text: str, start: int, pos: int) -> bool:
    """A capitalised word that is no title, right before pos, inside the name being read."""
    words = text[start:pos].split()
    return bool(words) and words[-1][:1].isupper() and fold(words[-1]) not in not_name_words() \
        and not words[-1].endswith(("'s", "’s", ","))


_FEAST_DAY = re.compile(r"['’]s[ ]+Day\b")
_SAINTS_PLACE = re.compile(r"(?:St|St\.|Saint|Ste)[ ]+[A-Z][\w-]*(?:['’]s)?\Z")


_GIVEN_BEFORE = re.compile(r",[ ]+([A-ZÀ-Ý][a-zà-ÿ'’-]+)[ ]\Z")


_CHAMBER_WORDS = re.compile(r"([A-Z][\w'’-]+)(?:[ ]+([A-Z][\w'’-]+))?[ ]+")


def chamber_at(text: str, pos: int) -> int | None:
    """Where the name starts after a chamber named at pos (one or two words of data/chambers.csv)."""
    mo = _CHAMBER_WORDS.match(text, pos)
    if mo is None:
        return None
    if mo.group(2) and fold(f"{mo.group(1)} {mo.group(2)}") in _chamber_countries():
        return mo.end()
    if fold(mo.group(1)) in _chamber_countries():
        return mo.end(1) + len(text[mo.end(1):]) - len(text[mo.end(1):].lstrip(" "))
    return None


def find_names(text: str, doc, lang: str, roles: list[RoleMention], countries, orgs) -> list[NameMention]:
    """Person names: spaCy's PER entities, and capitalised runs written right after a title."""
    blocked = [(c.start, c.end) for c in countries] + [(o.start, o.end) for o in orgs]
    role_spans = [(r.start, r.end) for r in roles]
    spans: dict[tuple[int, int], NameMention] = {}

    def add(s: int, e: int, source: str, vouched: bool = False) -> None:
        if "\n" in text[s:e]:  # an entity across a line break is two pieces of two lines
            cut = text.index("\n", s)
            add(s, cut, source)
            add(cut + 1, e, source)
            return
        if source == "ner" and (inner := honorific_regex().search(text, s + 1, e)) is not None \
                and text[inner.start() - 1] == " ":
            # "au Centre William Rappard Mme Sophie Primas": two names, the courtesy title between
            add(inner.start(), e, source)
            e = inner.start() - 1
        if text.startswith("Ville ", s) and re.search(r"H[ôo]tel[ ]+de[ ]+\Z", text[max(0, s - 12) : s]):
            s += len("Ville ")  # "reçu à l'Hôtel de Ville Burkhard Jung": the venue, then the name
        if gazetteer.country_of_region(text[s:e]) is not None:
            return  # "Wallonie-Bruxelles", "Nouveau-Brunswick": a region, no person
        if _NAMED_PLACE_BEFORE.search(text, max(0, s - 60), s):
            return  # "l'édifice Honoré-Mercier", "le Centre de conférences Mahatma Gandhi": a place
        raw = text[s:e]
        name, hon = clean_name(raw, lang)
        if not name:
            return
        off = raw.find(name)
        s2, e2 = s + max(off, 0), s + max(off, 0) + len(name)
        # cut a title written inside the entity: "President Zelenskyy"
        for rs, re_ in role_spans:
            if rs <= s2 and e2 <= re_:
                return  # the entity is a title ("Président de la République")
            if rs <= s2 < re_ < e2:
                s2 = re_ + 1 if text[re_ : re_ + 1] == " " else re_
            elif source == "ner" and s2 < rs < e2:  # "[à] Rabat le Ministre des Affaires Étrangères"
                e2 = rs
                while (cut := _TRAILING_ARTICLE.search(text[s2:e2])) and cut.start() < e2 - s2:
                    e2 = s2 + cut.start()
                if gazetteer.find_city(text[s2:e2]) is not None:
                    return  # a place before the title, no name
        # cut anything that is a country or organisation
        if any(bs <= s2 and e2 <= be for bs, be in blocked):
            return
        for bs, be in blocked:
            if bs <= s2 < be < e2:  # "of the Republic of [Kazakhstan Yermek Kosherbayev]": the name after
                s2 = be
                while s2 < e2 and text[s2] in " ,;:-–":
                    s2 += 1
                continue
            if s2 <= bs < e2:
                if source == "ner" and be >= e2 and _given_name_before(text, s2, bs):
                    continue  # "Luís Montenegro", "Jordan Bardella": a surname that is also a country
                e2 = bs
                while e2 > s2 and text[e2 - 1] in " ,;:-–'’":
                    e2 -= 1
                # "Albert II [de] Monaco", "Ahmed [of] Qatar": the particle went with the country
                while (tail := re.search(r"[ ]+(?:de|of|du|d|von|van)\Z", text[s2:e2], re.I)) is not None:
                    e2 = s2 + tail.start()
        name = text[s2:e2].strip()
        if _FEAST_DAY.match(text, s2 + len(name)) or (name.endswith(("'s", "’s")) and _FEAST_DAY.match(
                text, s2 + len(name) - 2)):
            return  # "St David's Day": a feast, no person
        if _SAINTS_PLACE.match(name) and (name.endswith(("'s", "’s")) or text[s2 + len(name) : s2 + len(name) + 2]
                                          in ("'s", "’s")):
            return  # "the Diplomatic Centre, St Ann's, Port of Spain": a place named after a saint
        name = re.sub(r"['’]s$", "", name)
        # words that are never part of a name at its ends: "Al-Thani Meets" (a headline's verb),
        # "Boko Haram" (an armed group)
        words = name.split()
        if len(words) > 1 and fold(words[-1]) in _THING_NOUNS:
            return  # a thing named: "Canada's Indo-Pacific Strategy", "the Green Deal Initiative"
        if len(words) > 1 and any(fold(w) in _PLACE_NOUNS for w in words[1:]):
            return  # a place named after someone or somewhere: "Vilnius Airport", "John A. Burns School of Medicine"
        if (after := re.match(r"[ ]+(?:(?:air|naval|military|army|research)[ ]+)?(\w+)", text[s2 + len(name) :])) and (
                fold(after[1]) in _PLACE_NOUNS) and (
                after[1][0].isupper() or fold(after[1]) in ("station", "base", "wharf", "airport")):
            # ... the name before it: "the Nelson Mandela Foundation", "the Jang Bogo station", "the Mihail
            # Kogălniceanu air base"
            return
        if _VESSEL_BEFORE.search(text, max(0, s2 - 30), s2):
            return  # a ship: "the French icebreaker L'Astrolabe"
        while words and _never_a_name(words[-1]):
            words.pop()
        while words and (_never_a_name(words[0]) or fold(words[0]) in _chamber_countries()):
            # (a chamber's name between the title's demonym and the name: "Speaker of the Estonian
            # [Riigikogu] Lauri Hussar")
            s2 += len(words.pop(0)) + 1
        name = " ".join(words)
        if words and words[0] == "The":  # "the Dubrovnik Forum" bared of its last word is no person
            return
        e2 = s2 + len(name)
        for rs, re_ in role_spans:  # a title bared by the trim: "[Majesty] King Abdullah II"
            if rs <= s2 < re_ < e2:
                cut = re_ + 1 if text[re_ : re_ + 1] == " " else re_
                name, s2 = text[cut:e2], cut
        if _AT_BEFORE.search(text, max(0, s2 - 4), s2) and _IN_TOWN_AFTER.match(text, s2 + len(name)):
            return  # "At Wisma Putra in Putrajaya": a building in a town, no person
        toks = tuple(t.norm for t in tokenize(name))
        if not toks or not (name.lstrip("'’ʻ")[:1].isupper() or _prefixed(name)) or any(t.isdigit() for t in toks):
            return
        if len(name) < 2:
            return
        key = (s2, e2)
        if key not in spans:
            spans[key] = NameMention(s2, e2, name, toks, source, hon)
        elif vouched:  # a title in apposition vouches for a one-word name NER also found ("Foreign
            spans[key].source = "title"  # Minister of Indonesia, Sugiono,"), unlike "President Trump"

    for ent in doc.ents:
        if ent.label_ in ("PER", "PERSON"):
            # the parser sometimes stops inside a name ("Ursula von der | Leyen"): finish the run
            run = name_run(text, ent.start_char)
            end = run[1] if run and run[0] == ent.start_char and run[1] > ent.end_char else ent.end_char
            # ... or after its first word ("Affairs, Andreas | Motzfeldt Kravik"): the given name after a comma
            given = _GIVEN_BEFORE.search(text, max(0, ent.start_char - 30), ent.start_char)
            start = ent.start_char
            if given is not None and not _never_a_name(given.group(1)) and not any(
                    bs <= given.start(1) < be for bs, be in blocked + role_spans):
                start = given.start(1)
            add(start, end, "ner")
    # right after a title, allowing a comma and courtesy titles ("le ministre de la Défense,
    # l'honorable Bill Blair"), and right after a courtesy title alone ("M. Rutte")
    honorific = honorific_regex()
    for r in roles:
        after = r.qualifier_span[1] if r.qualifier_span and r.qualifier_span[1] > r.end else r.end
        mo = re.compile(r"(?:[ ]*,)?[ ]*").match(text, after)
        pos = mo.end() if mo else after
        if (art := _ARTICLE.match(text, pos)) is not None and honorific.match(text, art.end()):
            pos = art.end()  # "le Speaker du Parlement du Ghana, le Rt. Hon. Alban Bagbin"
        if r.qualifier_span and (chamber := chamber_at(text, pos)):
            pos = chamber  # "Speaker of the Lithuanian [Seimas] Saulius Skvernelis"
        while (h := honorific.match(text, pos)) is not None:
            pos = h.end()
        run = name_run(text, pos)
        if run and not _PORTFOLIO_ONLY.fullmatch(text[run[0] : run[1]]):
            # (not more of the title's portfolios: "Secretary for Finance, [Planning] and Public Administration")
            add(run[0], run[1], "title", vouched="," in text[after:pos])
    # before a title, in apposition: "Stéphane Séjourné, ministre de l'Europe ..."
    honorific = honorific_regex()
    for r in roles:
        begin = min(r.start, r.qualifier_span[0]) if r.qualifier_span else r.start  # "the Greek Prime Minister"
        mo = _NAME_BEFORE_TITLE.search(text, max(0, begin - 80), begin)
        if mo:
            # the run of name words that ends right before the comma ("at the invitation of
            # [Þorgerður Katrín Gunnarsdóttir], Minister for Foreign Affairs"): inside the clause,
            # only right after a preposition that introduces people, not "the Black Sea Initiative"
            for w in re.finditer(r"\S+", mo.group(1)):
                start = mo.start(1) + w.start()
                before = text[max(0, start - 20) : start].split()
                if w.start() and (not before or fold(before[-1]) not in _BEFORE_PEOPLE or honorific.match(text, start)):
                    continue
                run = name_run(text, start)
                if run and run[1] == mo.end(1) and " " in text[run[0] : run[1]]:
                    add(run[0], run[1], "title")
                    break
    # "Serbia's Marko Đurić": a full name right after a country's possessive
    for c in countries:
        if text[c.end : c.end + 3] in ("'s ", "’s "):
            run = name_run(text, c.end + 3)
            if run and " " in text[run[0] : run[1]]:
                add(run[0], run[1], "title")
    for mo in honorific.finditer(text):
        pos = mo.end()
        while (h := honorific.match(text, pos)) is not None:
            pos = h.end()
        run = name_run(text, pos)
        if run:
            add(run[0], run[1], "title")
    # names in coordination with a name: "Margus Tsahkna and Baiba Braže", "MM. X et Y"
    for _ in range(3):
        for n in list(spans.values()):
            mo = re.compile(r",?[ ]+(?:and|et)[ ]+(?:(?:M\.|Mme|Mr\.?|Ms\.?|Mrs\.?)[ ]+)?").match(text, n.end)
            if mo:
                run = name_run(text, mo.end())
                if run and " " in text[run[0] : run[1]]:
                    add(run[0], run[1], "title")
    # drop names nested in longer ones
    out = sorted(spans.values(), key=lambda n: (n.start, -(n.end - n.start)))
    kept: list[NameMention] = []
    for n in out:
        if kept and n.start < kept[-1].end:
            continue
        kept.append(n)
    return kept
