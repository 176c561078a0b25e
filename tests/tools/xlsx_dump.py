"""Reads a workbook with openpyxl (an independent reader) and prints it as
JSON for the integration tests: per sheet, its name, frozen cell, filter
range, column widths, and each cell's value, type and number format.

`.ci/run` installs openpyxl; run by tests/it/workbook.rs."""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
sheets = []
for ws in book.worksheets:
    rows = []
    for row in ws.iter_rows():
        rows.append([
            {"v": c.value, "t": c.data_type, "f": c.number_format}
            for c in row
        ])
    widths = {k: d.width for k, d in ws.column_dimensions.items()}
    sheets.append({
        "name": ws.title,
        "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "widths": widths,
        "rows": rows,
    })
json.dump(sheets, sys.stdout, ensure_ascii=False)
