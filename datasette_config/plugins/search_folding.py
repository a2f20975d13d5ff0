"""Fold `_search` queries the way the index is folded (archive.fold).

The index stores title and text without diacritics and with "đ" as "d"; SQLite's
tokenizer strips diacritics from a query by itself but not "đ", so the wrapper
folds every `_search` parameter before Datasette builds its FTS query.
"""
from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl

from archive.fold import fold


def fold_query_string(raw: bytes) -> bytes:
    pairs = parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True)
    folded = [(k, fold(v) if k == "_search" or k.startswith("_search_") else v) for k, v in pairs
              # Datasette's table pages have no relevance order ("rank" made a 500); /search has
              if not (k in ("_sort", "_sort_desc") and v == "rank")]
    return urlencode(folded).encode("ascii")


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def folded_search(scope, receive, send):
            if scope.get("type") == "http" and b"_search" in scope.get("query_string", b""):
                scope = dict(scope, query_string=fold_query_string(scope["query_string"]))
            await app(scope, receive, send)

        return folded_search

    return wrap
