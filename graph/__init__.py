"""diplograph: press releases about diplomatic meetings -> a knowledge graph.

Stages, one module each: read -> extract (+ link) -> rdf -> store -> query / network -> export;
cli and the Streamlit app are thin shells over them.
"""

__version__ = "0.1.0"
