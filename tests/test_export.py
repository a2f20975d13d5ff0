"""CSV cells written by archive.export, checked against the csv module on random rows."""
import csv
import io
import random

from archive.export import EXPORT_COLUMNS, FORMULA_STARTS, csv_lines, safe_cell
from tests.vi_text import SENTENCES


def _random_cell(rng: random.Random):
    pieces = ['"', ",", "\n", "\r\n", "\r", " ", "'", "\t", *FORMULA_STARTS, *rng.choice(SENTENCES).split()]
    kind = rng.random()
    if kind < 0.1:
        return None
    if kind < 0.2:
        return rng.randint(-10**6, 10**6)
    if kind < 0.25:
        return rng.uniform(-1000, 1000)
    return "".join(rng.choices(pieces, k=rng.randint(0, 12)))


def test_csv_lines_are_the_csv_modules_bytes_and_read_back():
    rng = random.Random()
    rows = [{c: _random_cell(rng) for c in EXPORT_COLUMNS} for _ in range(300)]
    expected = io.StringIO()
    csv.writer(expected, lineterminator="\r\n").writerows([[safe_cell(r[c]) for c in EXPORT_COLUMNS] for r in rows])
    written = csv_lines(rows)
    assert written == expected.getvalue()
    back = list(csv.reader(io.StringIO(written, newline="")))
    assert len(back) == len(rows)
    for row, read in zip(rows, back):
        for column, cell in zip(EXPORT_COLUMNS, read):
            value = row[column]
            assert cell == ("" if value is None else str(safe_cell(value)))
            if isinstance(value, str):  # a number stays a number, -5 included
                assert not cell.startswith(FORMULA_STARTS)
