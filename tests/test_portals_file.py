from pathlib import Path

import pytest

from crawler.portals import PortalsFileError, read_portals_file


def test_bad_rows_reported_by_line_and_skipped(tmp_path: Path):
    path = tmp_path / "p.csv"
    path.write_text(
        "url,name,level,province,owner\n"
        "https://xa.gov.vn/,Cổng xã,commune,Thanh Hóa,UBND\n"
        "not a url,Bad,commune,,\n"
        "http://huyen.gov.vn/tin,Huyện,district,Nghệ An,\n",
        encoding="utf-8",
    )
    parsed = read_portals_file(path)
    assert [p["url"] for p in parsed.portals] == ["https://xa.gov.vn/", "http://huyen.gov.vn/tin"]
    assert parsed.errors == ["line 3: bad URL 'not a url', row skipped"]
    assert parsed.portals[0]["extra"] == {"owner": "UBND"}  # unknown columns kept
    assert parsed.portals[0]["name"] == "Cổng xã"


def test_missing_url_column_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "p.csv"
    path.write_text("name\nX\n", encoding="utf-8")
    with pytest.raises(PortalsFileError, match="no 'url' column"):
        read_portals_file(path)
