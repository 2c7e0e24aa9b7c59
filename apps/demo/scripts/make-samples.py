"""Generates the demo's bundled sample files (one per example prompt); the outputs are committed under public/samples/.

Run with the Debian Python: /usr/bin/python3 apps/demo/scripts/make-samples.py
"""
import csv
import math
import random
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

out = Path(__file__).resolve().parent.parent / "public" / "samples"
out.mkdir(parents=True, exist_ok=True)
for stale in ("budget_2025.xlsx",):
    (out / stale).unlink(missing_ok=True)
random.seed(2024)

# sales_2024.csv: ~2,000 daily orders over 2024 (monthly growth and a line chart)
regions = ["North", "South", "East", "West"]
prices = {"Widget": 12.5, "Gadget": 24.0, "Gizmo": 7.75}
season = [0.8, 0.85, 1.05, 1.0, 1.1, 1.2, 1.15, 0.9, 1.0, 1.1, 1.35, 1.6]
with open(out / "sales_2024.csv", "w", newline="") as handle:
    writer = csv.writer(handle)
    writer.writerow(["date", "region", "product", "units", "revenue"])
    day = date(2024, 1, 1)
    while day.year == 2024:
        for _ in range(5 + (day.toordinal() % 2)):
            product = random.choice(list(prices))
            units = max(1, round(random.gauss(8, 3) * season[day.month - 1]))
            writer.writerow([day.isoformat(), random.choice(regions), product, units, round(units * prices[product], 2)])
        day += timedelta(days=1)

# orders_2024.xlsx: three sheets with a title row, mixed date spellings, stray spaces and duplicate rows
book = Workbook()
book.remove(book.active)
orders = book.create_sheet("Q1 Orders (EU)")
orders.append(["Q1 2024 orders — exported from the shop"])
orders.append([])
orders.append(["Order date", "Customer", "Region", "Amount"])
orders["A3"].font = orders["B3"].font = orders["C3"].font = orders["D3"].font = Font(bold=True)
spellings = [
    lambda d: d,  # a real Excel date
    lambda d: d.strftime("%m/%d/%Y"),
    lambda d: d.strftime("%d.%m.%Y"),
    lambda d: f"{d.year}-{d.month}-{d.day}",
    lambda d: f"{d.strftime('%B')} {d.day}, {d.year}",
    lambda d: f"{d.day} {d.strftime('%b %y')}",
]
customers = ["Northwind", " Contoso ", "Fabrikam", "Tailspin  Toys", "Litware", "Adatum"]
rows = []
for index in range(40):
    when = date(2024, 1, 2) + timedelta(days=index * 2)
    rows.append([spellings[index % len(spellings)](when), customers[index % len(customers)], regions[index % 4], round(50 + 400 * random.random(), 2)])
rows += [rows[3], rows[17], rows[17]]
for row in rows:
    orders.append(row)
    if isinstance(row[0], date):
        orders.cell(orders.max_row, 1).number_format = "dd/mm/yyyy"

returns = book.create_sheet("Returns & Refunds")
returns.append(["Returned on", "Order customer", "Reason", "Refund"])
for index, reason in enumerate(["damaged", "wrong size", "late", "changed mind", "damaged", "n/a"]):
    when = date(2024, 2, 5) + timedelta(days=index * 9)
    returns.append([when.strftime("%d/%m/%Y") if index % 2 else when, customers[index].strip(), reason, round(20 + 60 * random.random(), 2)])
returns.append(["unknown", "Adatum", "lost", 12.0])

stock = book.create_sheet("Stock #3")
stock.append(["Item", "Counted", "On hand"])
for index, item in enumerate(["Widget", "Gadget", "Gizmo", "Widget"]):
    when = date(2024, 3, 28) + timedelta(days=index)
    stock.append([item, f"{when.day}-{when.strftime('%b')}-{when.year}", 100 + index * 7])
book.save(out / "orders_2024.xlsx")

# annual_report.pdf: three pages, a table of products by category on page 3
styles = getSampleStyleSheet()
story = [
    Paragraph("Annual report 2024", styles["Title"]),
    Paragraph("This report summarises the year for our three lines of business: hardware, software and services.", styles["BodyText"]),
    PageBreak(),
    Paragraph("Market context", styles["Heading1"]),
    Paragraph("Demand was steady through the year. Prices rose slightly in the fourth quarter.", styles["BodyText"]),
    PageBreak(),
    Paragraph("Key metrics by product", styles["Heading1"]),
    Paragraph("Units sold and revenue in euros.", styles["BodyText"]),
    Spacer(1, 8),
]
products = [
    ("Hardware", "Laptop", 120, 144000.00), ("Hardware", "Dock", 310, 46190.00), ("Hardware", "Monitor", 95, 28405.00),
    ("Software", "Office suite", 540, 53460.00), ("Software", "Antivirus", 880, 26312.00),
    ("Services", "Support plan", 64, 80000.00), ("Services", "Training", 22, 33000.00), ("Services", "Installation", 140, 21000.00),
]
table = Table([["Category", "Product", "Units", "Revenue"]]
              + [[c, p, f"{u:,}", f"{r:,.2f}"] for c, p, u, r in products]
              + [["Total", "", f"{sum(u for _, _, u, _ in products):,}", f"{sum(r for *_, r in products):,.2f}"]])
table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                           ("FONTNAME", (0, -1), (-1, -1), "Helvetica-Bold"), ("ALIGN", (2, 1), (-1, -1), "RIGHT")]))
story.append(table)
SimpleDocTemplate(str(out / "annual_report.pdf"), pagesize=A4, title="Annual report 2024").build(story)

# website_traffic.csv: 24 months of visits with a trend and a yearly season (ARIMA forecast)
with open(out / "website_traffic.csv", "w", newline="") as handle:
    writer = csv.writer(handle)
    writer.writerow(["month", "visits"])
    for index in range(24):
        year, month = 2023 + index // 12, index % 12 + 1
        visits = 42000 + 650 * index + 5200 * math.sin(2 * math.pi * (month - 3) / 12) + random.gauss(0, 900)
        writer.writerow([f"{year}-{month:02d}", round(visits)])
