"""The baseline of the overhead benchmark, as a whole process: a saved query's SPARQL run directly
on pyoxigraph (the store folder opened read-only, union default graph, values bound by
substitution), its results written as CSV to standard output. What `diplograph query NAME
--store S --format csv` does, without diplograph.

    python benchmarks/ox_query.py STORE QUERY.rq [name=value ...]
"""

from __future__ import annotations

import csv
import sys

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"


def term(text: str) -> ox.NamedNode | ox.Literal:
    if text.startswith(("http://", "https://")):
        return ox.NamedNode(text)
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        return ox.Literal(text, datatype=ox.NamedNode(XSD + "date"))
    return ox.Literal(text)


def main() -> None:
    store_path, query_path, *pairs = sys.argv[1:]
    store = ox.Store.read_only(store_path)
    subs = {ox.Variable(k): term(v) for k, v in (p.split("=", 1) for p in pairs)}
    result = store.query(
        open(query_path, encoding="utf-8").read(), use_default_graph_as_union=True, substitutions=subs or None
    )
    out = csv.writer(sys.stdout, lineterminator="\n")
    columns = [v.value for v in result.variables]
    out.writerow(columns)
    for solution in result:
        out.writerow(["" if (t := solution[c]) is None else t.value for c in columns])


if __name__ == "__main__":
    main()
