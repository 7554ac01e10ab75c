"""A Hugo site with the same pages as an aimsgen build: one Markdown page per page aimsgen wrote.

The records come from the build's data/model.json (the content's own fields; aimsgen's computed `links` and
`origin` are dropped), the documents' Markdown bodies from the content directory. Every record's fields are its
page's front matter under `record:` (so that Hugo's own keys such as date, type, summary or description keep
their meaning out of it); a minimal set of layouts lists them. Pages aimsgen computes (KPIs, clauses, review
packs, the dashboard and the other top-level pages) get the model.json data they are built from, so both tools
write the same number of HTML pages.
"""

import datetime
import json
import os
import re

from aimsbench.yaml_out import dump_front_matter

DIRS = {"ai-systems": "ai-systems", "risks": "risks", "controls": "soa", "impact-assessments": "impact-assessments",
        "incidents": "incidents", "nonconformities": "nonconformities", "audits": "audits",
        "management-reviews": "management-reviews", "objectives": "objectives", "training": "training",
        "suppliers": "suppliers", "decisions": "decisions", "measurements": "measurements",
        "documents": "documents"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

CONFIG = """baseURL = "http://bench.example.org/"
title = "aimsgen benchmark (Hugo)"
uglyURLs = true
disablePathToLower = true
buildFuture = true
buildExpired = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]

[outputs]
home = ["HTML"]
section = ["HTML"]
page = ["HTML"]
"""

LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} | {{ site.Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "_default/single.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ partial "value.html" .Params.record }}
{{ .Content }}{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<table><thead><tr><th>Id</th><th>Title</th><th>Status</th><th>Owner</th></tr></thead><tbody>
{{ range .Pages }}<tr><td><a href="{{ .RelPermalink }}">{{ .Params.record.id }}</a></td><td>{{ .Title }}</td>
<td>{{ .Params.record.status }}</td><td>{{ .Params.record.owner }}</td></tr>
{{ end }}</tbody></table>{{ end }}
""",
    "index.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .Pages }})</li>{{ end }}</ul>
{{ partial "value.html" .Params.record }}{{ end }}
""",
    "partials/value.html": """{{- $v := . -}}
{{- if reflect.IsMap $v -}}<dl>{{ range $k, $x := $v }}<dt>{{ $k }}</dt><dd>{{ partial "value.html" $x }}</dd>{{ end }}</dl>
{{- else if reflect.IsSlice $v -}}<ul>{{ range $v }}<li>{{ partial "value.html" . }}</li>{{ end }}</ul>
{{- else -}}{{ $v }}{{- end -}}
""",
}


def _plain(value):
    """model.json values as the content wrote them: dates back to dates."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str) and _DATE.match(value):
        return datetime.date.fromisoformat(value)
    return value


def _record(record):
    return _plain({k: v for k, v in record.items() if k not in ("links", "origin")})


def _title(record):
    for key in ("title", "name", "metric", "id", "control"):
        if record.get(key):
            return str(record[key])
    return "Untitled"


def _body(content_dir, document):
    with open(os.path.join(content_dir, document["origin"]["path"]), encoding="utf-8") as handle:
        text = handle.read()
    return text.split("\n---\n", 1)[1] if text.startswith("---\n") else text


def _page(title, record, body=""):
    return "---\n" + dump_front_matter({"title": title, "record": record}) + "---\n" + body


def _lookups(model):
    """{aimsgen folder: {page id: record}}."""
    lookups = {}
    for folder, register in DIRS.items():
        key = "control" if register == "soa" else "id"
        lookups[folder] = {record[key]: record for record in model["registers"][register]}
    lookups["kpis"] = {kpi["id"]: kpi for kpi in model["kpis"]}
    lookups["clauses"] = {clause["id"]: clause for clause in model["catalogue"]["clauses"]}
    reviews = lookups["management-reviews"]
    held = [r for r in model["registers"]["management-reviews"] if r.get("status") == "held"]
    for review_id, review in list(reviews.items()):
        reviews[f"{review_id}-pack"] = review
    if held:
        reviews["draft-pack"] = held[-1]
    return lookups


def _top_level(model, name):
    """Data behind aimsgen's top-level pages that are not register tables."""
    settings = model["settings"]
    return {"index": {"kpis": [{k: kpi.get(k) for k in ("id", "title", "value", "rag")} for kpi in model["kpis"]]},
            "context": {"context": settings.get("context"), "interested_parties": settings.get("interested_parties")},
            "people": {"people": settings.get("people"), "roles": settings.get("roles")},
            "readiness": model["readiness"], "traceability": {"controls": model["catalogue"]["controls"]},
            "evidence": {"soa": [{"control": e["control"], "evidence": e.get("evidence")}
                                 for e in model["registers"]["soa"]]},
            "diagnostics": {"triggers": model["triggers"][:200]}, "search": {"note": "search index"}}.get(name, {})


def html_pages(out_dir):
    """Relative paths of the HTML pages of a build."""
    pages = []
    for root, _, names in os.walk(out_dir):
        pages += [os.path.relpath(os.path.join(root, n), out_dir) for n in names if n.endswith(".html")]
    return sorted(pages)


def write_site(out_dir, content_dir, site_dir):
    """Writes the Hugo site; returns how many pages it should render."""
    with open(os.path.join(out_dir, "data", "model.json"), encoding="utf-8") as handle:
        model = json.load(handle)
    lookups = _lookups(model)
    files = {"config.toml": CONFIG}
    files.update({f"layouts/{path}": text for path, text in LAYOUTS.items()})
    pages = html_pages(out_dir)
    for page in pages:
        folder, _, name = page.rpartition("/")
        stem = name[: -len(".html")]
        if not folder:
            target = "content/_index.md" if stem == "index" else (
                f"content/{stem}/_index.md" if stem in lookups else f"content/{stem}.md")
            record = _top_level(model, stem)
            files[target] = _page(stem.replace("-", " ").capitalize(), _plain(record))
            continue
        record = lookups[folder][stem]
        body = _body(content_dir, record) if folder == "documents" else ""
        files[f"content/{folder}/{stem}.md"] = _page(_title(record), _record(record), body)
    for path, text in files.items():
        full = os.path.join(site_dir, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as handle:
            handle.write(text)
    return len(pages)
