"""A synthetic release as a user saves it: scraped text with the site's boilerplate lines, or the
HTML page itself; and the release's own text (title + paragraphs) with sentence offsets, as the
graph generator needs it for evidence."""

from __future__ import annotations

import html
import random

from .releases import EN_MON, EN_MONTHS, FR_MON, FR_MONTHS, SynthRelease


def dateline(sr: SynthRelease, template: str) -> str:
    d = sr.published
    rng = random.Random(sr.source)
    return template.format(
        d=d.day,
        dd=f"{d.day:02d}",
        mm=f"{d.month:02d}",
        y=d.year,
        month=(EN_MONTHS if sr.lang == "en" else FR_MONTHS)[d.month - 1],
        mon=(EN_MON if sr.lang == "en" else FR_MON)[d.month - 1],
        hh=f"{rng.randrange(8, 20):02d}",
        mi=f"{rng.randrange(60):02d}",
    )


def render(sr: SynthRelease) -> bytes:
    """The file's bytes (.txt or .html)."""
    return (_html(sr) if sr.fmt == "html" else _text(sr)).encode("utf-8")


def _text(sr: SynthRelease) -> str:
    site = sr.site
    date_line = dateline(sr, site["dateline"])
    rng = random.Random(sr.source + "/layout")
    top = [date_line, sr.title] if rng.random() < 0.5 else [sr.title, date_line]
    lines = [*site["header"], *top, *sr.body(), *(dateline(sr, f) for f in site["footer"])]
    return "\n".join(lines) + "\n"


def _html(sr: SynthRelease) -> str:
    site, e = sr.site, html.escape
    d = sr.published
    nav = "".join(
        f'<li><a href="/{i}/">{e(item.strip())}</a></li>' for i, item in enumerate(site["header"][-2].split("|"))
    )
    paras = "\n".join(f"<p>{e(p)}</p>" for p in sr.body())
    footer = "\n".join(f"<p>{e(dateline(sr, f))}</p>" for f in site["footer"])
    related = "Related" if sr.lang == "en" else "À lire aussi"
    return f"""<!DOCTYPE html>
<html lang="{sr.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(sr.title)} - {e(site["name"])}</title>
<meta property="og:title" content="{e(sr.title)}">
<meta property="og:site_name" content="{e(site["name"])}">
<meta property="og:url" content="{sr.url}">
<meta property="article:published_time" content="{d.isoformat()}T10:00:00+00:00">
<link rel="canonical" href="{sr.url}">
<link rel="stylesheet" href="/static/main.css">
<script>window.dataLayer = window.dataLayer || []; function track(){{ dataLayer.push(arguments); }}</script>
</head>
<body>
<a class="skip-link" href="#main">{e(site["header"][0])}</a>
<header class="site-header"><div class="logo"><a href="/">{e(site["name"])}</a></div>
<nav aria-label="Main"><ul class="menu">{nav}</ul></nav></header>
<nav class="breadcrumbs">{e(site["header"][-1])}</nav>
<main id="main">
<article>
<header><h1>{e(sr.title)}</h1><p class="date">{e(dateline(sr, site["dateline"]))}</p></header>
<div class="entry-content">
{paras}
</div>
</article>
<aside class="related"><h2>{related}</h2><ul><li><a href="/news/">{e(site["name"])}</a></li></ul></aside>
</main>
<footer class="site-footer">
{footer}
</footer>
</body>
</html>
"""


def own_text(sr: SynthRelease) -> tuple[str, list[tuple[int, int]]]:
    """The release's own text (title, then one line per paragraph) and each sentence's offsets."""
    parts, spans = [sr.title], [(0, 0)] * len(sr.sentences)
    pos = len(sr.title) + 1
    for par in sr.paragraphs:
        line = []
        for i in par:
            if line:
                pos += 1
            spans[i] = (pos, pos + len(sr.sentences[i]))
            line.append(sr.sentences[i])
            pos += len(sr.sentences[i])
        parts.append(" ".join(line))
        pos += 1
    return "\n".join(parts), spans
