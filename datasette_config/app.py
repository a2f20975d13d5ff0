"""Datasette on the archive: the project's metadata, templates and plugins."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from datasette.app import Datasette

HERE = Path(__file__).parent
SETTINGS = {
    "default_page_size": 50,
    "max_returned_rows": 1000,
    "sql_time_limit_ms": 5000,
    "facet_time_limit_ms": 1000,
    "default_facet_size": 15,
    "allow_csv_stream": True,
    "max_csv_mb": 0,  # CSV export streams the whole result, however large
    "allow_download": False,
    "suggest_facets": False,
}


def metadata_for(db_path: str | Path) -> dict[str, Any]:
    """metadata.json with its database section keyed by this archive's name."""
    metadata = json.loads((HERE / "metadata.json").read_text(encoding="utf-8"))
    database = metadata.pop("database")
    metadata["databases"] = {Path(db_path).stem: database}
    return metadata


def make_datasette(db_path: str | Path) -> Datasette:
    return Datasette(
        [str(db_path)],
        metadata=metadata_for(db_path),
        template_dir=str(HERE / "templates"),
        plugins_dir=str(HERE / "plugins"),
        settings=SETTINGS,
    )


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve until interrupted."""
    import uvicorn

    datasette = make_datasette(db_path)
    print(f"Datasette serving {db_path} at http://{host}:{port}/", flush=True)
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning")
