"""Builds the small XLSX test files of the preview (the huge sheet is built in the browser: src/test-support/build-xlsx.ts) (run: /usr/bin/python3 generate.py [out-dir]; needs openpyxl).

openpyxl writes formulas without their cached result, as a script would; Excel and LibreOffice store the
result they computed. `store_cached_results` rewrites the sheet XML to hold results, as a saved workbook does,
so the preview (which shows cached results and never evaluates) has something to show.
"""
import datetime
import re
import sys
import zipfile
from pathlib import Path

import openpyxl

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent


def store_cached_results(path, sheet_xml, results):
    """results: cell reference -> (XLSX cell type, cached text), e.g. {"C2": ("n", "6")}."""
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in entries:
            if info.filename == sheet_xml:
                text = data.decode("utf-8")
                for ref, (cell_type, value) in results.items():
                    pattern = re.compile(r'<c r="%s"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?' % ref)
                    if not pattern.search(text):
                        raise SystemExit("no formula cell %s in %s" % (ref, sheet_xml))
                    text = pattern.sub(lambda m: '<c r="%s" t="%s"><f>%s</f><v>%s</v>' % (ref, cell_type, m.group(2), value), text)
                data = text.encode("utf-8")
            target.writestr(info, data)


def multi_sheet():
    book = openpyxl.Workbook()
    sales = book.active
    sales.title = "Sales"
    sales.append(["Region", "Units", "Revenue"])
    for row in [["North", 120, 4800.5], ["South", 95, 3610.25], ["East", 143, 5720], ["West", 88, 3344.75]]:
        sales.append(row)
    costs = book.create_sheet("Costs")
    costs.append(["Item", "Amount"])
    costs.append(["Rent", 2000])
    costs.append(["Salaries", 12500])
    notes = book.create_sheet("Notes")
    notes.append(["Figures are in euros."])
    notes.append([True, False])
    book.save(OUT / "multi-sheet.xlsx")


def dates_formulas_merged():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Report"
    sheet.append(["Quarterly report"])
    sheet.merge_cells("A1:D1")
    sheet.append(["Date", "Units", "Price", "Total"])
    sheet.append([datetime.date(2024, 3, 15), 3, 2.5, "=B3*C3"])
    sheet.append([datetime.datetime(2024, 12, 31, 14, 30, 5), 4, 0.1, "=B4*C4"])
    sheet.append(["Sum", "=SUM(B3:B4)", None, "=SUM(D3:D4)"])
    sheet.append(["Label", '=CONCATENATE("Q", 1)'])
    # Hostile formulas: an external workbook over HTTP, a web service and a hyperlink. Only the cached text is shown.
    sheet.append(["External", "='http://attacker.invalid/[book.xlsx]Sheet1'!A1"])
    sheet.append(["Web", '=WEBSERVICE("http://attacker.invalid/ping")'])
    sheet.append(["Link", '=HYPERLINK("http://attacker.invalid/", "click me")'])
    sheet["A2"].font = openpyxl.styles.Font(bold=True)
    path = OUT / "dates-formulas-merged.xlsx"
    book.save(path)
    store_cached_results(path, "xl/worksheets/sheet1.xml", {
        "D3": ("n", "7.5"),
        "D4": ("n", "0.4"),
        "B5": ("n", "7"),
        "D5": ("n", "7.9"),
        "B6": ("str", "Q1"),
        "B7": ("str", "cached external"),
        "B8": ("e", "#VALUE!"),
        "B9": ("str", "click me"),
    })


def empty_sheet():
    book = openpyxl.Workbook()
    book.active.title = "Data"
    book.active.append(["only", "row"])
    book.create_sheet("Blank")
    book.save(OUT / "empty-sheet.xlsx")


def script_formulas():
    """As a code interpreter writes a workbook: formulas without results (the preview shows them as text)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Revenue & costs"
    sheet.append(["quarter", "revenue"])
    for quarter, revenue in [("Q1", 120), ("Q2", 134)]:
        sheet.append([quarter, revenue])
    sheet.append(["Total", "=SUM(B2:B3)"])
    sheet["D1"] = '=IF(B2>100,"high","low")'
    book.save(OUT / "script-formulas.xlsx")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    multi_sheet()
    dates_formulas_merged()
    empty_sheet()
    script_formulas()
