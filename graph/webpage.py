"""Read an HTML page: its main content (trafilatura) and its metadata (title, publication date,
canonical URL, declared language) from the head, JSON-LD and <time> elements.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from graph import gazetteer
from graph.pubdate import find_dates

META_DATES = (
    "article:published_time og:published_time datepublished date pubdate publishdate publish-date"
    " publication_date dc.date.issued dcterms.issued dcterms.date dc.date citation_publication_date"
    " parsely-pub-date sailthru.date article.published"
).split()


def parse(text: str):
    """The page as an lxml tree (lenient: truncated markup is read for what it holds), or None."""
    import lxml.html

    try:
        return lxml.html.document_fromstring(text.encode("utf-8"), parser=_html_parser())
    except Exception:  # lxml rejects some inputs outright (no element at all); treat as no page
        return None


@lru_cache(maxsize=1)
def _html_parser():
    import lxml.html

    return lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=False)


def page_metadata(tree) -> dict[str, str]:
    """Title, publication date, canonical URL and declared language from the page's head."""
    meta: dict[str, str] = {}
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        meta["lang"] = lang.strip()
    dates: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        content = (element.get("content") or "").strip()
        if not key or not content:
            continue
        if key in META_DATES:
            dates.setdefault(key, content)
        elif key == "og:url":
            meta.setdefault("og_url", content)
        elif key == "og:title":
            meta.setdefault("og_title", content)
        elif key in ("og:site_name", "application-name", "publisher", "dc.publisher", "author"):
            meta.setdefault("site", content)
        elif key in ("dc.language", "dcterms.language", "content-language", "language") and "lang" not in meta:
            meta["lang"] = content
    for element in tree.iter("link"):
        if "canonical" in (element.get("rel") or "").lower().split() and element.get("href"):
            meta["url"] = element.get("href").strip()
            break
    ld = json_ld(tree)
    published = ld.get("datePublished") or next((dates[k] for k in META_DATES if k in dates), None)
    if published is None:
        for element in tree.iter("time"):
            value = element.get("datetime") or ""
            if (
                find_dates(value)
                and "modified" not in (element.get("property") or element.get("itemprop") or "").lower()
            ):
                published = value
                break
    if published:
        meta["published"] = published
    url = meta.get("url") or meta.pop("og_url", None) or ld.get("url")
    if url and re.match(r"https?://", url):
        meta["url"] = url
    else:
        meta.pop("url", None)
    title = ld.get("headline") or meta.pop("og_title", None)
    if title:
        meta["title"] = " ".join(title.split())
    return meta


def json_ld(tree) -> dict[str, str]:
    """datePublished, headline and url of the page's article in its JSON-LD (the first object
    that has a datePublished or a headline, not the WebSite or Organization beside it)."""
    objects: list[dict] = []

    def walk(node, depth=0):
        if depth > 20 or len(objects) > 200:
            return
        if isinstance(node, list):
            for item in node:
                walk(item, depth + 1)
        elif isinstance(node, dict):
            objects.append(node)
            for key in ("@graph", "mainEntity", "mainEntityOfPage"):
                if key in node:
                    walk(node[key], depth + 1)

    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json" and script.text:
            try:
                walk(json.loads(script.text))
            except (ValueError, RecursionError):
                continue
    for node in objects:
        if isinstance(node.get("datePublished"), str) or isinstance(node.get("headline"), str):
            return {k: node[k] for k in ("datePublished", "headline", "url") if isinstance(node.get(k), str)}
    return {}


def main_text(text: str) -> tuple[str, str | None, str | None]:
    """trafilatura's main content (body paragraphs, no comments), its title and date."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            text,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            deduplicate=False,
        )
    except Exception:  # trafilatura can fail on odd markup; the fallback extractor takes over
        return "", None, None
    if document is None:
        return "", None, None
    return document.text or "", document.title, document.date


_SENTENCE_END = re.compile(r"[.!?»”\"')]\s*$")
_OUTSIDE_PROSE = ("nav", "aside", "footer", "header", "form", "figure", "figcaption", "blockquote", "button")


_STANDFIRST = re.compile(r"intro|lead|chapo|chapeau|standfirst|summary|teaser|excerpt|abstract", re.I)


def dropped_paragraphs(tree, body: str) -> str:
    """trafilatura keeps the densest block of a page and may leave out paragraphs of the same
    article around it: a lead paragraph styled apart (`<p class="lead">`, `<div class="intro">`), a
    standfirst above the body's own div. Put back, in page order, the prose paragraphs (whole sentences, six words or
    more, not in a nav, aside, footer, form or figure) of the <article> or <main> holding the text
    trafilatura kept."""
    if tree is None or not body:
        return body
    kept = {_squash(line) for line in body.splitlines() if line.strip()}
    for container in tree.xpath("//article | //main | //*[@role='main']"):
        paras = []
        for p in container.iter("p", "div"):
            if p.tag == "div" and (not _STANDFIRST.search(p.get("class") or "") or p.find(".//p") is not None):
                continue  # (a div only when it is the standfirst itself: '<div class="news-intro"><strong>...')
            if any(a.tag in _OUTSIDE_PROSE for a in p.iterancestors()):
                continue
            text = " ".join(p.text_content().split())
            paras.append(text)
        found = [t for t in paras if _squash(t) in kept]
        if len(found) < max(1, len(kept) // 2):
            continue  # not the container of the kept text
        missing = [t for t in paras if _squash(t) not in kept and len(t.split()) >= 6 and _SENTENCE_END.search(t)]
        if not missing:
            return body
        lines = body.splitlines()
        first_kept = next((i for i, t in enumerate(paras) if _squash(t) in kept), len(paras))
        before = [t for t in paras[:first_kept] if t in missing]
        # a lead paragraph before the body: after the kept title lines, before the first kept paragraph
        at = next((i for i, line in enumerate(lines) if _squash(line) == _squash(paras[first_kept])), 0) \
            if first_kept < len(paras) else 0
        lines[at:at] = before
        after = [t for t in paras[first_kept:] if t in missing]
        for t in after:  # a paragraph between kept ones goes after the kept paragraph before it
            prev = paras[: paras.index(t)]
            anchor = next((_squash(x) for x in reversed(prev) if _squash(x) in kept), None)
            pos = next((i + 1 for i, line in enumerate(lines) if _squash(line) == anchor), len(lines))
            lines[pos:pos] = [t]
            kept.add(_squash(t))
        return "\n".join(lines)
    return body


_DATELINE_CITY = re.compile(r"\s*([A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ý][\w'’.-]+)*)\s*(?:[(,–—-]|$)")


def restored_dateline(tree, body: str) -> str:
    """A dateline the page sets apart from the body ('<div class="meta"><span>Nouméa
    (Nouvelle-Calédonie)</span> – <time>15 mai 2025</time></div>'), which trafilatura leaves out
    as page furniture: where the release was written belongs to its text, as in a scraped page.
    Put back before the body's first paragraph: a short element of the article that holds a
    <time> and, first, a city's name, above the kept text."""
    if tree is None or not body:
        return body
    lines = body.splitlines()
    kept = {_squash(line) for line in lines if line.strip()}
    for container in tree.xpath("//article | //main | //*[@role='main']"):
        paras = [p for p in container.iter("p") if _squash(p.text_content()) in kept]
        if not paras:
            continue
        order = {el: k for k, el in enumerate(container.iter())}
        for time in container.iter("time"):
            holder = time.getparent()
            if holder is None or any(a.tag in _OUTSIDE_PROSE for a in holder.iterancestors()) or (
                    holder.tag in _OUTSIDE_PROSE):
                continue
            text = _squash(holder.text_content())
            place = _DATELINE_CITY.match(text.replace(_squash(time.text_content()), " "))
            if len(text) > 80 or place is None or text in kept or gazetteer.find_city(place.group(1)) is None:
                continue  # a city, then the date: not "Press release 22 May 2025", "Date de publication"
            if order[holder] > order[paras[0]]:
                continue  # a date below the text ("Updated on ..."), not its dateline
            first = next((i for i, line in enumerate(lines) if _squash(line) == _squash(paras[0].text_content())), 0)
            lines[first:first] = [text]
            return "\n".join(lines)
        return body
    return body


def _squash(text: str) -> str:
    return " ".join(text.split())


BLOCK_TAGS = frozenset(
    "p div li h1 h2 h3 h4 h5 h6 br tr td th section article header footer nav aside main blockquote pre"
    " dd dt time figcaption title ul ol table form button label option".split()
)


def visible_text(tree) -> str:
    """All visible text of a page, one line per block element."""
    if tree is None:
        return ""
    parts: list[str] = []
    skip = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}

    def walk(element, depth=0):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in skip or depth > 200:
            return
        block = tag in BLOCK_TAGS
        if block:
            parts.append("\n")
        if element.text:
            parts.append(element.text)
        for child in element:
            walk(child, depth + 1)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(tree)
    title = tree.find(".//title")
    heading = title.text_content() if title is not None else ""
    return heading + "\n" + "".join(parts)
