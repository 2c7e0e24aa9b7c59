"""Generates the demo's bundled sample files once; the outputs are committed under public/samples/."""
import csv
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

out = Path(__file__).resolve().parent.parent / "public" / "samples"
out.mkdir(parents=True, exist_ok=True)
random.seed(2024)

regions = ["North", "South", "East", "West"]
products = ["Widget", "Gadget", "Gizmo"]
months = ["2024-%02d" % m for m in range(1, 13)]

with open(out / "sales_2024.csv", "w", newline="") as handle:
    writer = csv.writer(handle)
    writer.writerow(["month", "region", "product", "units", "revenue"])
    for month_index, month in enumerate(months):
        for region in regions:
            for product in products:
                units = int(80 + 40 * random.random() + 6 * month_index)
                price = {"Widget": 12.5, "Gadget": 24.0, "Gizmo": 7.75}[product]
                writer.writerow([month, region, product, units, round(units * price, 2)])

workbook = Workbook()
sheet = workbook.active
sheet.title = "Budget"
sheet.append(["department", "q1", "q2", "q3", "q4"])
for cell in sheet[1]:
    cell.font = Font(bold=True)
for department in ["Engineering", "Marketing", "Sales", "Support", "Operations"]:
    sheet.append([department] + [round(50_000 + 30_000 * random.random()) for _ in range(4)])
headcount = workbook.create_sheet("Headcount")
headcount.append(["department", "people"])
for department, people in [("Engineering", 42), ("Marketing", 12), ("Sales", 18), ("Support", 9), ("Operations", 7)]:
    headcount.append([department, people])
workbook.save(out / "budget_2025.xlsx")
