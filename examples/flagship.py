"""Everything Zheng Zeguang said about norms, from a notebook.

Paste into a notebook cell (or run `python3 examples/flagship.py`) with a
quotegraph server running:

    go run ./cmd/quotegraph serve --ingest testdata/articles

It asks the question quotegraph was founded on over GraphQL, loads every
statement of the speaker as a table with pandas, and draws a timeline of what
they spoke about, by topic, with matplotlib.

Needs requests, pandas and matplotlib (Debian: python3-requests
python3-pandas python3-matplotlib). Settings come from the environment, so
that a notebook's own command line does not get in the way:

    QUOTEGRAPH_URL   the server (default http://localhost:8080)
    QUOTEGRAPH_PLOT  the PNG to write (default timeline.png)
"""

import os
import urllib.parse

import matplotlib

matplotlib.use("Agg")  # draw to files; no display needed

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import requests  # noqa: E402

BASE = os.environ.get("QUOTEGRAPH_URL", "http://localhost:8080").rstrip("/")
PLOT = os.environ.get("QUOTEGRAPH_PLOT", "timeline.png")
SPEAKER = "Zheng Zeguang"
TOPIC = "norms"

# 1. The flagship question, over GraphQL.
QUERY = """
query Flagship($speaker: String!, $topic: String!) {
  statements(speaker: $speaker, topic: $topic) {
    totalCount
    edges { node {
      text
      speaker { name }
      article { outlet publishedAt }
      match { topic matchedBy via }
    } }
  }
}
"""
resp = requests.post(
    f"{BASE}/graphql",
    json={"query": QUERY, "variables": {"speaker": SPEAKER, "topic": TOPIC}},
    timeout=30,
)
resp.raise_for_status()
body = resp.json()
if body.get("errors"):
    raise RuntimeError(f"GraphQL errors: {body['errors']}")
answer = body["data"]["statements"]
print(f"{SPEAKER} on {TOPIC}: {answer['totalCount']} statements")
for edge in answer["edges"]:
    node = edge["node"]
    match = node["match"] or {}
    print(f"- {node['article']['outlet']} {(node['article']['publishedAt'] or '')[:10]}: "
          f"{node['text']}  [{match.get('matchedBy')}: {match.get('via')}]")

# 2. Every statement of the speaker as a table: the CSV export takes the same
#    filters as the GraphQL field (speaker, topic, outlet, kind, since, until,
#    contains, sort) as query parameters.
url = f"{BASE}/export/statements.csv?" + urllib.parse.urlencode({"speaker": SPEAKER}, quote_via=urllib.parse.quote)
df = pd.read_csv(url)
df["published_at"] = pd.to_datetime(df["published_at"], utc=True, errors="coerce")
print(f"table: {len(df)} statements by {SPEAKER} from {df['outlet'].nunique()} outlets")

# 3. A timeline by topic: one row per (statement, topic), the most spoken-of
#    topics only, a dot on each day they were spoken of, sized by how often.
topics = (
    df.dropna(subset=["published_at"])
    .assign(day=lambda d: d["published_at"].dt.tz_convert(None).dt.normalize())
    .assign(topic=lambda d: d["topics"].fillna("").str.split(";"))
    .explode("topic")
    .query("topic != ''")
)
top = topics["topic"].value_counts().head(12).index[::-1]
topics = topics[topics["topic"].isin(top)]
counts = topics.groupby(["topic", "day"]).size().reset_index(name="statements")

fig, ax = plt.subplots(figsize=(8, 0.45 * len(top) + 1.5))
row = {t: i for i, t in enumerate(top)}
ax.scatter(counts["day"], counts["topic"].map(row), s=60 * counts["statements"], alpha=0.7)
ax.set_yticks(range(len(top)), list(top))
ax.set_title(f"What {SPEAKER} spoke about, by date ({len(df)} statements)")
ax.set_xlabel("published")
days = sorted(counts["day"].unique())
if len(days) <= 8:
    ax.set_xticks(days)  # a tick on each day spoken of
else:
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
ax.margins(x=0.2)
ax.grid(axis="x", alpha=0.3)
fig.autofmt_xdate()
fig.tight_layout()
fig.savefig(PLOT, dpi=100)
print(f"wrote {PLOT}: {len(top)} topics over {counts['day'].nunique()} days")
