/**
 * Python helper functions shared by the document inspection and the document recipes, so the
 * inspection and the analysis agree on what a date is, where a sheet's header sits and what a
 * table on a PDF page looks like. Each constant defines functions only (no side effects); a call
 * includes the ones it uses, in the order given by `pythonHelpersFor`.
 */

/** Reads a date in any common written form; decides day-first vs month-first per column. */
export const pythonDateHelpers = String.raw`import re
from datetime import date, datetime

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
NUMERIC_DATE = re.compile(r"^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})$")                   # 2024-3-5, 03/15/2024, 15.03.24
MONTH_DAY_YEAR = re.compile(r"^(?:[A-Za-z]+\.?,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}|\d{2})$")  # (Tue,) March 5, 2024
DAY_MONTH_YEAR = re.compile(r"^(?:[A-Za-z]+\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?[\s\-/]+([A-Za-z]{3,9})\.?,?[\s\-/]+(\d{4}|\d{2})$")  # 5 Mar 24, 05-Mar-2024
MONTH_ONLY = re.compile(r"^(\d{4})[-/](\d{1,2})$|^(\d{1,2})[-/](\d{4})$|^([A-Za-z]{3,9})\.?[\s\-/,]+(\d{4})$")  # 2024-03, 03/2024, March 2024
TIME_OF_DAY = re.compile(r"[T\s]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([AaPp]\.?[Mm]\.?)?\s*(Z|[+-]\d{2}:?\d{2})?$")


def month_number(word):
    """'Mar', 'march', 'Sept.' -> 3, 3, 9; None when the word is no month."""
    word = word.lower().rstrip(".")
    return next((n for n, name in enumerate(MONTHS, start=1) if len(word) >= 3 and name.startswith(word)), None)


def safe_date(year, month, day):
    """A date, or None when the parts make none; two-digit years as Python's %y (69-99 -> 1900s)."""
    year = int(year) + (0 if len(str(year)) > 2 else 1900 if int(year) >= 69 else 2000)
    try:
        return date(year, int(month), int(day))
    except (TypeError, ValueError):
        return None


def date_text(value):
    return TIME_OF_DAY.sub("", str(value).strip())


def numeric_date_parts(text):
    """'03/15/2024' -> ('/', 3, 15, '2024'): two numbers in an order to settle, then the year."""
    match = NUMERIC_DATE.match(text)
    if not match or len(match.group(1)) == 4 or len(match.group(4)) not in (2, 4):
        return None
    return match.group(2), int(match.group(1)), int(match.group(3)), match.group(4)


def read_date(value, day_first=False):
    """One cell as a date, or None. day_first settles 04/05/2024 (the column decides it)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if value is None or isinstance(value, (bool, int, float)):
        return None  # plain numbers are no dates (Excel's real dates arrive as datetime)
    text = date_text(value)
    match = NUMERIC_DATE.match(text)
    if match and len(match.group(1)) == 4:
        return safe_date(match.group(1), match.group(3), match.group(4))
    parts = numeric_date_parts(text)
    if parts:
        _, first, second, year = parts
        day, month = (first, second) if day_first else (second, first)
        if month > 12:  # this value can only be read the other way
            day, month = month, day
        return safe_date(year, month, day)
    match = MONTH_ONLY.match(text)  # a month stands for its first day
    if match:
        year, month, name, named_year = match.group(1) or match.group(4), match.group(2) or match.group(3), match.group(5), match.group(6)
        return safe_date(named_year, month_number(name), 1) if name else safe_date(year, month, 1)
    for pattern, month_at, day_at in ((MONTH_DAY_YEAR, 1, 2), (DAY_MONTH_YEAR, 2, 1)):
        match = pattern.match(text)
        if match and month_number(match.group(month_at)):
            return safe_date(match.group(3), month_number(match.group(month_at)), match.group(day_at))
    return None


def month_only(value):
    """Whether a cell names a month without a day (2024-03, March 2024)."""
    return isinstance(value, str) and bool(MONTH_ONLY.match(date_text(value)))


def day_first_by_separator(values):
    """Per separator ('/', '.', '-'), whether 04/05/2024-style values of a column are day-first.

    Values that can only be read one way vote (15/03 day-first, 03/15 month-first): first those with
    the same separator; dotted dates without votes are day-first (nobody writes 03.15.2024); then
    the whole column's votes; then the usual convention (dashes day-first, slashes month-first).
    """
    votes = {}
    for value in values:
        parts = None if isinstance(value, (date, datetime)) or value is None else numeric_date_parts(date_text(value))
        if parts:
            separator, first, second, _ = parts
            tally = votes.setdefault(separator, [0, 0])
            tally[0] += first > 12 >= second
            tally[1] += second > 12 >= first
    column = [sum(t[0] for t in votes.values()), sum(t[1] for t in votes.values())]
    decided = {}
    for separator, (day_votes, month_votes) in votes.items():
        if day_votes != month_votes:
            decided[separator] = day_votes > month_votes
        elif separator == ".":
            decided[separator] = True
        elif column[0] != column[1]:
            decided[separator] = column[0] > column[1]
        else:
            decided[separator] = separator == "-"
    return decided


def read_column_dates(values):
    """Every value of a column as a date (None where it is none), reading 04/05/2024 the column's way."""
    order = day_first_by_separator(values)
    parts = [None if isinstance(v, (date, datetime)) or v is None else numeric_date_parts(date_text(v)) for v in values]
    return [read_date(v, order.get(p[0], False) if p else False) for v, p in zip(values, parts)]
`;

/** Column profiles (dtype, counts, samples) and the header-row search for sheets with title rows. */
export const pythonTableHelpers = String.raw`import math

NUMBER_TEXT = re.compile(r"^\(?[-+]?[$€£¥]?\s?(\d[\d,]*)?(\.\d+)?\s?%?\)?$")  # 12 · 1,234.5 · $12 · (7) · 45%


def is_blank(value):
    return value is None or (isinstance(value, float) and math.isnan(value)) or (isinstance(value, str) and not value.strip())


def written(value):
    """A cell as the user reads it: real dates as YYYY-MM-DD, 3.0 as 3."""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_number(value):
    """A number from a cell (12, '1,234.5', '$12', '(7)', '45%'), or None."""
    if isinstance(value, bool) or is_blank(value):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip()
    if not NUMBER_TEXT.match(text) or not re.search(r"\d", text):
        return None
    number = float(re.sub(r"[^\d.]", "", text))
    return -number if text.startswith(("(", "-")) else number


def column_dtype(values):
    """'bool', 'date', 'number' or 'text' for the non-empty values of a column."""
    if values and all(isinstance(v, bool) or str(v).strip().lower() in ("true", "false") for v in values):
        return "bool"
    if values and sum(d is not None for d in read_column_dates(values)) >= 0.6 * len(values):
        return "date"
    if values and sum(read_number(v) is not None for v in values) >= 0.8 * len(values):
        return "number"
    return "text"


def profile_column(name, values):
    """One column as the contract's InspectedColumn: type, counts and three example values."""
    present = [v for v in values if not is_blank(v)]
    shown = list(dict.fromkeys(written(v) for v in present))
    return {"name": str(name), "dtype": column_dtype(present), "nonNull": len(present), "distinct": len(shown), "sample": shown[:3]}


def profile_table(name, header, body, page=None, header_row=None):
    """A header and its rows as the contract's InspectedTable."""
    table = {"name": name, "rows": len(body),
             "columns": [profile_column(column, [row[i] if i < len(row) else None for row in body]) for i, column in enumerate(header)]}
    if page is not None:
        table["page"] = page
    if header_row is not None:
        table["headerRow"] = header_row
    return table


def unique_names(names):
    """Blank header cells become column_N; repeated names get _2, _3."""
    seen, result = {}, []
    for index, name in enumerate(names):
        base = f"column_{index + 1}" if is_blank(name) else written(name)
        seen[base] = seen.get(base, 0) + 1
        result.append(base if seen[base] == 1 else f"{base}_{seen[base]}")
    return result


def sheet_table(rows):
    """(header row index, column names, body rows) of a sheet given as rows of cell values.

    The header is the first row filling most of the table's width with labels: title rows
    ("Quarterly report", "Prepared by …") above it fill one or two cells only.
    """
    rows = [list(row) for row in rows]
    filled = [sum(not is_blank(v) for v in row) for row in rows]
    if not any(filled):
        return 0, [], []
    width = max(filled[:50])
    at = next((i for i, row in enumerate(rows[:20]) if filled[i] >= max(1, math.ceil(width * 0.6))
               and 2 * sum(isinstance(v, str) and read_date(v) is None and read_number(v) is None for v in row) >= filled[i]),
              next(i for i, count in enumerate(filled) if count))
    used = [i for row in rows[at:] for i, v in enumerate(row) if not is_blank(v)]
    first, last = min(used), max(used)
    pad = lambda row: (row + [None] * (last + 1))[first:last + 1]
    body = [pad(row) for row in rows[at + 1:] if any(not is_blank(v) for v in row)]
    return at, unique_names(pad(rows[at])), body
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
