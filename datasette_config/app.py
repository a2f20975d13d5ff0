"""Datasette on the archive: the project's metadata, templates and plugins."""
from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

from datasette.app import Datasette

HERE = Path(__file__).parent
SETTINGS = {
    "default_page_size": 50,
    "max_returned_rows": 1000,
    # a visitor's query gets one second; the journalist pages run their own bounded queries
    "sql_time_limit_ms": 1000,
    "num_sql_threads": 4,
    "facet_time_limit_ms": 1000,
    "default_facet_size": 15,
    "allow_csv_stream": True,
    "max_csv_mb": 0,  # CSV export streams the whole result, however large
    "allow_download": False,
    "suggest_facets": False,
}


def metadata_for(db_path: str | Path, public_sql: bool = True) -> dict[str, Any]:
    """metadata.json with its database section keyed by this archive's name.

    `public_sql=False` turns off visitors' `?sql=` (canned queries and the
    journalist pages keep working); when on, it reads only published tables
    (datasette_config.publish).
    """
    metadata = json.loads((HERE / "metadata.json").read_text(encoding="utf-8"))
    database = metadata.pop("database")
    if not public_sql:
        database["allow_sql"] = False
    metadata["databases"] = {Path(db_path).stem: database}
    return metadata


def make_datasette(db_path: str | Path, public_sql: bool = True) -> Datasette:
    return Datasette(
        [str(db_path)],
        metadata=metadata_for(db_path, public_sql),
        template_dir=str(HERE / "templates"),
        plugins_dir=str(HERE / "plugins"),
        settings=SETTINGS,
    )


def listen(host: str, port: int) -> socket.socket:
    """A listening socket; port 0 picks a free one; a busy port raises PortBusy."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise PortBusy(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    sock.listen(128)
    return sock


def serve_on(db_path: str | Path, sock: socket.socket, public_sql: bool = True) -> None:
    """Serve on an open socket until interrupted."""
    import uvicorn

    host, port = sock.getsockname()[:2]
    datasette = make_datasette(db_path, public_sql)
    print(f"Datasette serving {db_path} at http://{host}:{port}/", flush=True)
    uvicorn.Server(uvicorn.Config(datasette.app(), log_level="warning")).run(sockets=[sock])


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001, public_sql: bool = True) -> None:
    """Serve until interrupted.  Port 0 picks a free port; a busy port raises PortBusy."""
    serve_on(db_path, listen(host, port), public_sql)


class PortBusy(OSError):
    """The port to serve on is taken (or not allowed)."""
