"""The GraphiQL page at /graphql (outside production), loading its scripts and styles from this
server: no CDN, so it works offline and a third party sees nothing of who uses it.

The assets under `api/static/graphiql/` are the published builds of graphiql 3.8.3, react 18.2.0
and react-dom 18.2.0 (npm, MIT licences beside them), committed as they are.
"""

from __future__ import annotations

from pathlib import Path

from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

ASSETS_DIR = Path(__file__).resolve().parent / "static" / "graphiql"
ASSETS_PATH = "/graphiql-assets"

PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Etebar GraphiQL</title>
  <link rel="stylesheet" href="{assets}/graphiql.min.css">
  <style>html, body, #graphiql {{ height: 100%; margin: 0; }}</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="{assets}/react.production.min.js"></script>
  <script src="{assets}/react-dom.production.min.js"></script>
  <script src="{assets}/graphiql.min.js"></script>
  <script>
    const url = window.location.origin + window.location.pathname;
    const socket = new URL(url);
    socket.protocol = socket.protocol === "https:" ? "wss:" : "ws:";
    const fetcher = GraphiQL.createFetcher({{url: url, subscriptionUrl: socket.toString()}});
    const headers = JSON.stringify({{Authorization: "Bearer <paste var/demo-token here>"}},
                                   null, 2);
    ReactDOM.createRoot(document.getElementById("graphiql")).render(
      React.createElement(GraphiQL, {{
        fetcher: fetcher,
        defaultHeaders: headers,
        shouldPersistHeaders: true,
        defaultEditorToolsVisibility: true,
        defaultQuery: "# The README's tour of the API has blocks to paste here.\\n" +
                      "query Ledgers {{ ledgers {{ __typename code name unit }} }}\\n",
      }}));
  </script>
</body>
</html>
"""


def graphiql_page() -> str:
    return PAGE.format(assets=ASSETS_PATH)


def assets_mount() -> Mount:
    return Mount(ASSETS_PATH, app=StaticFiles(directory=ASSETS_DIR), name="graphiql-assets")
