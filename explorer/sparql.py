"""SPARQL console: the saved queries of queries/ as examples (description, parameters as form
fields), an editor with a highlighted preview, results with IRIs shown by label and linked to
their pages, CSV/JSON downloads. Read-only (the store refuses updates), with a time limit and a
row limit."""

import streamlit as st

from explorer import state, ui
from graph import views
from graph.queries import bind_params, load_saved_queries
from graph.store import QueryError, check_params, tokens
from graph.timelimit import QueryTimeout, query_with_time_limit

ui.setup()
st.title("SPARQL")
st.caption(
    "Queries see the union of all release graphs as the default graph; `GRAPH ?g { }` reaches one "
    "release. The console is read-only."
)

saved = load_saved_queries()
ss = st.session_state
names = [""] + list(saved)
wanted = st.query_params.get("q", "")
if "sparql_saved" not in ss:
    ss["sparql_saved"] = wanted if wanted in saved else ""


def load_example() -> None:
    q = saved.get(ss["sparql_saved"])
    ss["sparql_text"] = q.text if q else ss.get("sparql_text", "")


if "sparql_text" not in ss:
    load_example()
    if not ss["sparql_text"]:
        ss["sparql_text"] = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10"
st.selectbox(
    "Saved query",
    names,
    key="sparql_saved",
    on_change=load_example,
    format_func=lambda n: f"{saved[n].title} ({n})" if n else "— write your own —",
)
query = saved.get(ss["sparql_saved"])
values: dict[str, str] = {}
if query:
    st.markdown(f"**{ui.escape(query.title)}** — {ui.escape(query.description)}")
    st.caption("Returns: " + ", ".join(query.returns))
    for p in query.params:
        label = f"?{p.name} ({p.type}{'' if p.required else ', optional'})"
        values[p.name] = st.text_input(
            label,
            value=p.default or "",
            help=p.description or None,
            key=f"param_{query.name}_{p.name}",
            placeholder={
                "iri": "https://w3id.org/diplograph/id/... or dgid:...",
                "date": "YYYY-MM-DD",
                "int": "a number",
            }.get(p.type, ""),
        )

text = st.text_area("Query", key="sparql_text", height=260)
with st.expander("Highlighted", expanded=False):
    st.code(text, language="sparql")
c1, c2, c3 = st.columns([1, 1, 2])
limit = c1.number_input("Row limit", min_value=1, max_value=100_000, value=1_000, step=100, key="sparql_limit")
seconds = c2.number_input("Time limit (s)", min_value=1, max_value=120, value=15, step=1, key="sparql_seconds")
run = c3.button("Run", type="primary", key="sparql_run")

if run:
    ss.pop("sparql_result", None)
    try:
        params = {}
        if query:
            bound = bind_params(query, values)
            used = {t[1:] for kind, t in tokens(text) if kind == "var"}
            params = {k: v for k, v in bound.items() if k in used}
            if params:
                check_params(text, params)
        with st.spinner("Running…"):
            ss["sparql_result"] = query_with_time_limit(
                state.store(), text, params, limit=int(limit), seconds=float(seconds)
            )
        ss["sparql_error"] = None
    except QueryTimeout as e:
        ss["sparql_error"] = f"Stopped: {e}. Add filters or a LIMIT, or raise the time limit."
    except QueryError as e:
        ss["sparql_error"] = str(e)

if ss.get("sparql_error"):
    st.error(ss["sparql_error"])
result = ss.get("sparql_result")
if result is not None and not ss.get("sparql_error"):
    if result.boolean is not None:
        st.success(f"ASK: {result.boolean}")
    else:
        df = result.to_dataframe()
        st.caption(f"{len(df):,} rows" + (f" (stopped at the row limit of {int(limit):,})" if result.truncated else ""))
        labels = state.labels()
        names_of = state.person_names()
        shown = df.copy()
        links = []
        for col in df.columns:
            iris = [v for v in df[col].head(200) if isinstance(v, str)]
            if iris and all(v.startswith(("http://", "https://")) for v in iris):
                shown[col] = [
                    labels.get(v) or names_of.get(v) or (views.label_of(v, {}) if isinstance(v, str) else v)
                    for v in df[col]
                ]
                if any(ui.page_of(v) for v in iris):
                    shown[f"{col} ↗"] = df[col]
                    links.append(f"{col} ↗")
        ui.table(shown, links=links, key="sparql_table")
        d1, d2 = st.columns(2)
        d1.download_button("Download CSV", result.to_csv(), file_name="diplograph-query.csv", mime="text/csv")
        d2.download_button(
            "Download JSON", result.to_json(), file_name="diplograph-query.json", mime="application/sparql-results+json"
        )
state.publish((), {"q": ss.get("sparql_saved", "")})
