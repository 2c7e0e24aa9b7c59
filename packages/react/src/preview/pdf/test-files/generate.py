"""Writes the PDF fixtures of the PDF preview's stories and tests (run: /usr/bin/python3 generate.py; needs reportlab and pypdf).

three-pages.pdf  a report of three pages with known text on each
long.pdf         60 pages, one line each: more than the preview lets you page through
corrupt.pdf      a PDF header followed by bytes that are no PDF structure
password.pdf     three-pages.pdf encrypted with a user password
hostile.pdf      written by hand: JavaScript on open, a /Launch action, javascript: and http links, a form submit
jpeg2000.pdf     a JPEG 2000 image, whose decoder pdf.js would fetch: the preview must fetch nothing
"""

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

HERE = Path(__file__).resolve().parent

# The stories check these strings in the text layer; keep them in step with PdfPreview.stories.tsx.
THREE_PAGES = [
    ("Quarterly report", ["Revenue grew 12% over the previous quarter.", "North 4.1M, South 3.7M, West 2.9M."]),
    ("Costs", ["Operating costs fell to 2.2M.", "Hiring paused in the West region."]),
    ("Outlook", ["The forecast for next quarter is 11.5M.", "Risks: supply delays and currency swings."]),
]
LONG_PAGE_COUNT = 60


def report(pages: list[tuple[str, list[str]]]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1)
    canvas.setTitle("Fixture report")
    width, height = A4
    for number, (heading, lines) in enumerate(pages, start=1):
        canvas.setFont("Helvetica-Bold", 22)
        canvas.drawString(72, height - 96, heading)
        canvas.setFont("Helvetica", 12)
        for index, line in enumerate(lines):
            canvas.drawString(72, height - 140 - index * 20, line)
        # A bar chart drawn as vector shapes: something to see besides text.
        canvas.setFillColorRGB(0.14, 0.33, 0.79)
        for bar, value in enumerate((4.1, 3.7, 2.9, 1.5 + number)):
            canvas.rect(72 + bar * 60, 420, 40, value * 40, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont("Helvetica", 10)
        canvas.drawString(width / 2 - 30, 48, f"Page {number} of {len(pages)}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def long_document() -> bytes:
    return report([(f"Section {number}", [f"This is page {number} of the long document."]) for number in range(1, LONG_PAGE_COUNT + 1)])


def corrupt() -> bytes:
    return b"%PDF-1.7\n" + bytes((index * 37 + 11) % 256 for index in range(2048)) + b"\n%%EOF\n"


def password_protected(source: bytes) -> bytes:
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(source)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="open sesame", owner_password="owner", use_128bit=True)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# Where a PDF viewer that obeyed the file would send requests: the stories check none arrives.
BEACON = "http://127.0.0.1:23199/beacon"


def hostile() -> bytes:
    """A one-page PDF whose every action is hostile; only its text may show."""
    content = (
        b"BT /F1 18 Tf 72 760 Td (This PDF carries JavaScript and a launch action.) Tj ET\n"
        b"BT /F1 12 Tf 72 730 Td (A safe viewer shows this text and runs nothing.) Tj ET\n"
        b"BT /F1 12 Tf 72 700 Td (Click here: javascript link) Tj ET\n"
        b"BT /F1 12 Tf 72 670 Td (Click here: launch link) Tj ET\n"
    )
    script = f"app.alert('pdf javascript ran'); this.submitForm('{BEACON}/js'); app.launchURL('{BEACON}/launch', true);".encode()
    objects = [
        # 1: catalog: JavaScript on open, a document-level script, an AcroForm with XFA, an additional action on close.
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /Names << /JavaScript << /Names [(init) 6 0 R] >> >>"
        b" /AcroForm << /Fields [] /XFA 11 0 R >> /AA << /WC 6 0 R >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        # 3: the page: /Launch when it opens, links to javascript:, a launch, and a remote address.
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R"
        b" /Annots [8 0 R 9 0 R 10 0 R] /AA << /O 7 0 R >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
        b"<< /Type /Action /S /JavaScript /JS (" + script + b") >>",
        b"<< /Type /Action /S /Launch /F (calc.exe) /Win << /F (cmd.exe) /P (/c calc.exe) >> >>",
        b"<< /Type /Annot /Subtype /Link /Rect [72 695 300 715] /Border [0 0 1] /A << /S /URI /URI (javascript:alert\\(1\\)) >> >>",
        b"<< /Type /Annot /Subtype /Link /Rect [72 665 300 685] /Border [0 0 1] /A 7 0 R >>",
        b"<< /Type /Annot /Subtype /Link /Rect [72 755 560 780] /Border [0 0 0] /A << /S /URI /URI (" + BEACON.encode() + b"/link) >> >>",
        b"<< /Length 64 >>\nstream\n<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><template/></xdp:xdp>\nendstream",
    ]
    return raw_pdf(objects)


def raw_pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def jpeg2000() -> bytes:
    from PIL import Image

    image = Image.new("RGB", (64, 64), (36, 83, 201))
    encoded = io.BytesIO()
    image.save(encoded, format="JPEG2000")
    jp2 = encoded.getvalue()
    content = b"q 200 0 0 200 72 500 cm /Im1 Do Q BT /F1 14 Tf 72 740 Td (A JPEG 2000 image follows.) Tj ET\n"
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
            b"<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /Filter /JPXDecode /Length " + str(len(jp2)).encode() + b" >>\nstream\n" + jp2 + b"\nendstream",
        ]
    )


def main() -> None:
    three_pages = report(THREE_PAGES)
    files = {
        "three-pages.pdf": three_pages,
        "long.pdf": long_document(),
        "corrupt.pdf": corrupt(),
        "password.pdf": password_protected(three_pages),
        "hostile.pdf": hostile(),
        "jpeg2000.pdf": jpeg2000(),
    }
    for name, data in files.items():
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
