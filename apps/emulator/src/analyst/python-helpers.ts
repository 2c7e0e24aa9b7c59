/**
 * Python helper functions shared by the document inspection and the document recipes, so the
 * inspection and the analysis agree on what a date is, where a sheet's header sits and what a
 * table on a PDF page looks like. Each constant defines functions only (no side effects); a call
 * includes the ones it uses, in the order given by `pythonHelpersFor`.
 */

/** Reads a date in any common written form; decides day-first vs month-first per column. */
export const pythonDateHelpers = String.raw`import re
from datetime import date, datetime, timedelta

MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july",
               "august", "september", "october", "november", "december"]
NUMERIC_DATE = re.compile(r"^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})$")
MONTH_DAY_YEAR = re.compile(r"^(?:[A-Za-z]+\.?,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}|\d{2})$")
DAY_MONTH_YEAR = re.compile(r"^(?:[A-Za-z]+\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s\-/]+([A-Za-z]{3,9})\.?,?[\s\-/]+(\d{4}|\d{2})$")
YEAR_MONTH_DAY = re.compile(r"^(\d{4})[\s\-/]+([A-Za-z]{3,9})\.?[\s\-/]+(\d{1,2})$")
TIME_SUFFIX = re.compile(r"(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)$")


def month_number(name):
    """'Mar', 'march', 'Sept.' -> 3, 3, 9; None when the word is not a month."""
    word = name.lower().rstrip(".")
    if len(word) < 3:
        return None
    for number, full in enumerate(MONTH_NAMES, start=1):
        if full.startswith(word):
            return number
    return None


def full_year(text):
    """Two-digit years follow Python's %y rule: 69-99 are 1900s, 00-68 are 2000s."""
    year = int(text)
    if len(text) <= 2:
        year += 1900 if year >= 69 else 2000
    return year


def safe_date(year, month, day):
    try:
        return date(year, month, day)
    except (TypeError, ValueError):
        return None


def date_text(value):
    """The written form of a cell, without a trailing time of day."""
    return TIME_SUFFIX.sub("", str(value).strip())


def numeric_date_parts(text):
    """'03/15/2024' -> ('/', 3, 15, '2024'): two numbers whose order is unknown, then the year."""
    match = NUMERIC_DATE.match(text)
    if not match or len(match.group(1)) == 4:
        return None
    first, separator, second, year = match.groups()
    if len(year) not in (2, 4):
        return None
    return separator, int(first), int(second), year


def read_date(value, day_first=False):
    """One cell as a date, or None. day_first settles 04/05/2024 (the column decides it)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)):
        return None  # plain numbers are not dates (Excel's real dates arrive as datetime)
    text = date_text(value)
    if not text:
        return None
    match = NUMERIC_DATE.match(text)
    if match and len(match.group(1)) == 4:  # 2024-3-5, 2024/03/05, 2024.03.05
        return safe_date(int(match.group(1)), int(match.group(3)), int(match.group(4)))
    parts = numeric_date_parts(text)
    if parts:
        _, first, second, year = parts
        day, month = (first, second) if day_first else (second, first)
        if month > 12:  # the column's order cannot hold for this value: the other one must
            day, month = month, day
        return safe_date(full_year(year), month, day)
    match = MONTH_DAY_YEAR.match(text)  # March 5, 2024 · Tue, Mar 5 2024
    if match and month_number(match.group(1)):
        return safe_date(full_year(match.group(3)), month_number(match.group(1)), int(match.group(2)))
    match = DAY_MONTH_YEAR.match(text)  # 5 Mar 24 · 05-Mar-2024 · 5th March 2024
    if match and month_number(match.group(2)):
        return safe_date(full_year(match.group(3)), month_number(match.group(2)), int(match.group(1)))
    match = YEAR_MONTH_DAY.match(text)  # 2024-Mar-05
    if match and month_number(match.group(2)):
        return safe_date(int(match.group(1)), month_number(match.group(2)), int(match.group(3)))
    return None


def day_first_by_separator(values):
    """Decides, per separator, whether 04/05/2024-style values are day-first.

    Unambiguous values vote (15/03/2024 is day-first, 03/15/2024 month-first): first the votes of
    values with the same separator; dotted dates without votes are day-first (nobody writes 03.15.2024);
    then the whole column's votes; then the usual convention (dashes day-first, slashes month-first).
    """
    votes = {}
    for value in values:
        if isinstance(value, (date, datetime)) or value is None:
            continue
        parts = numeric_date_parts(date_text(value))
        if not parts:
            continue
        separator, first, second, _ = parts
        tally = votes.setdefault(separator, [0, 0])
        if first > 12 >= second:
            tally[0] += 1
        elif second > 12 >= first:
            tally[1] += 1
    column_day, column_month = (sum(t[0] for t in votes.values()), sum(t[1] for t in votes.values()))
    decided = {}
    for separator, (day_votes, month_votes) in votes.items():
        if day_votes != month_votes:
            decided[separator] = day_votes > month_votes
        elif separator == ".":
            decided[separator] = True
        elif column_day != column_month:
            decided[separator] = column_day > column_month
        else:
            decided[separator] = separator in ".-"
    return decided


def read_column_dates(values):
    """Every value of a column as a date (None where it is not one), reading 04/05/2024 the column's way."""
    order = day_first_by_separator(values)
    dates = []
    for value in values:
        parts = None if isinstance(value, (date, datetime)) or value is None else numeric_date_parts(date_text(value))
        dates.append(read_date(value, order.get(parts[0], False) if parts else False))
    return dates
`;

/** Column profiles (dtype, counts, samples) and the header-row search for sheets with title rows. */
export const pythonTableHelpers = String.raw`import math

NUMBER_TEXT = re.compile(r"^\(?[-+]?[$€£¥]?\s?\d[\d,]*(\.\d+)?\s?%?\)?$|^\(?[-+]?[$€£¥]?\s?\.\d+\)?$")


def is_blank(value):
    return value is None or (isinstance(value, float) and math.isnan(value)) or (isinstance(value, str) and not value.strip())


def written(value):
    """A cell as the user would read it: real dates as YYYY-MM-DD, 3.0 as 3."""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_number(value):
    """12, '1,234.5', '$12', '(7)', '45%' -> a float; None when the cell is not a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return None if isinstance(value, float) and math.isnan(value) else float(value)
    text = str(value).strip()
    if not NUMBER_TEXT.match(text):
        return None
    negative = text.startswith("(") and text.endswith(")")
    digits = re.sub(r"[^\d.\-+]", "", text)
    try:
        number = float(digits)
    except ValueError:
        return None
    return -number if negative else number


def column_dtype(values):
    """'bool', 'date', 'number' or 'text' for the non-empty values of a column."""
    if not values:
        return "text"
    if all(isinstance(v, bool) or str(v).strip().lower() in ("true", "false") for v in values):
        return "bool"
    dates = sum(d is not None for d in read_column_dates(values))
    if dates >= 0.6 * len(values):
        return "date"
    numbers = sum(read_number(v) is not None for v in values)
    if numbers >= 0.8 * len(values):
        return "number"
    return "text"


def profile_column(name, values):
    """One column as the contract's InspectedColumn."""
    present = [v for v in values if not is_blank(v)]
    samples = []
    for value in present:
        if written(value) not in samples:
            samples.append(written(value))
        if len(samples) == 3:
            break
    return {"name": str(name), "dtype": column_dtype(present), "nonNull": len(present),
            "distinct": len({written(v) for v in present}), "sample": samples}


def profile_table(name, header, body, page=None, header_row=None):
    """A header and its rows as the contract's InspectedTable."""
    table = {"name": name, "rows": len(body),
             "columns": [profile_column(column, [row[i] if i < len(row) else None for row in body])
                         for i, column in enumerate(header)]}
    if page is not None:
        table["page"] = page
    if header_row is not None:
        table["headerRow"] = header_row
    return table


def header_row_index(rows):
    """Where a sheet's header is: the first row that fills most of the table's width with labels.

    Title rows ("Quarterly report", "Generated …") above a header fill one or two cells only.
    """
    filled = [sum(not is_blank(v) for v in row) for row in rows[:50]]
    width = max(filled, default=0)
    for index, row in enumerate(rows[:20]):
        cells = [v for v in row if not is_blank(v)]
        labels = [v for v in cells if isinstance(v, str) and read_date(v) is None and read_number(v) is None]
        if cells and len(cells) >= max(1, math.ceil(width * 0.6)) and len(labels) * 2 >= len(cells):
            return index
    return next((i for i, count in enumerate(filled) if count), 0)


def unique_names(names):
    """Blank header cells become column_N; repeated names get _2, _3."""
    seen, result = {}, []
    for index, name in enumerate(names):
        base = written(name) if not is_blank(name) else f"column_{index + 1}"
        seen[base] = seen.get(base, 0) + 1
        result.append(base if seen[base] == 1 else f"{base}_{seen[base]}")
    return result


def sheet_table(rows):
    """(header row index, column names, body rows) of a sheet given as lists of cell values."""
    rows = [list(row) for row in rows]
    if not any(any(not is_blank(v) for v in row) for row in rows):
        return 0, [], []
    at = header_row_index(rows)
    header = rows[at]
    used = [i for i, v in enumerate(header) if not is_blank(v)]
    # The table spans the header's labels, plus any data columns further right
    last = max(used + [i for row in rows[at + 1:] for i, v in enumerate(row) if not is_blank(v)])
    first = min(used) if used else 0
    names = unique_names((header + [None] * (last + 1))[first:last + 1])
    body = [(row + [None] * (last + 1))[first:last + 1] for row in rows[at + 1:]]
    body = [row for row in body if any(not is_blank(v) for v in row)]
    return at, names, body
`;

/** Page texts of a PDF (layout kept) and the tables found in them (columns split on 2+ spaces). */
export const pythonPdfHelpers = String.raw`import subprocess

GAP = re.compile(r"\s{2,}")


def pdf_page_texts(path):
    """The text of each page, laid out as printed (poppler's pdftotext -layout; pypdf if it is missing)."""
    from pypdf import PdfReader
    reader = PdfReader(path)
    count = len(reader.pages)
    try:
        result = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, timeout=60)
        texts = result.stdout.split("\f") if result.returncode == 0 else None
    except (OSError, subprocess.SubprocessError):
        texts = None
    if texts is None:
        texts = [page.extract_text() or "" for page in reader.pages]
    return (texts + [""] * count)[:count]


def line_cells(line):
    """A layout line as (start column, text) cells, split where 2+ spaces separate them."""
    cells, position = [], 0
    for piece in GAP.split(line.rstrip()):
        start = line.index(piece, position) if piece else position
        if piece:
            cells.append((start, piece.strip()))
        position = start + len(piece)
    return cells


def align_to_header(header, cells):
    """Places a row's cells under the header columns whose span is nearest (a row may miss a cell)."""
    if len(cells) == len(header):
        return [text for _, text in cells]
    centers = [start + len(text) / 2 for start, text in header]
    row = [None] * len(header)
    for start, text in cells:
        middle = start + len(text) / 2
        nearest = min(range(len(header)), key=lambda i: abs(centers[i] - middle))
        row[nearest] = text if row[nearest] is None else row[nearest] + " " + text
    return row


def text_tables(text):
    """Tables in a page's text: runs of lines with 2+ columns, the first line being the header.

    Blank lines inside a run are row spacing; a line of one piece (a title, prose, a footer) ends it.
    """
    tables, block = [], []
    for line in text.splitlines() + ["(end)"]:
        if not line.strip():
            continue
        cells = line_cells(line)
        if len(cells) >= 2:
            block.append(cells)
            continue
        if len(block) >= 2:
            header = block[0]
            fitting = [cells for cells in block[1:] if len(cells) <= len(header)]
            complete = sum(len(cells) == len(header) for cells in fitting)
            if fitting and complete * 2 >= len(block) - 1:
                tables.append(([text for _, text in header], [align_to_header(header, cells) for cells in fitting]))
        block = []
    return tables
`;

export type HelperName = 'dates' | 'tables' | 'pdf';

const helperCode: Record<HelperName, string> = { dates: pythonDateHelpers, tables: pythonTableHelpers, pdf: pythonPdfHelpers };
const helperOrder: readonly HelperName[] = ['dates', 'tables', 'pdf'];

/** The helpers a snippet needs, in dependency order (tables use dates; pdf uses both via tables). */
export function pythonHelpersFor(needed: readonly HelperName[]): string {
  const wanted = new Set<HelperName>(needed);
  if (wanted.has('pdf')) wanted.add('tables');
  if (wanted.has('tables')) wanted.add('dates');
  return helperOrder
    .filter((name) => wanted.has(name))
    .map((name) => helperCode[name])
    .join('\n\n');
}
