"""Writes the DOCX fixtures of DocxPreview's tests and stories (run with a Python that has python-docx and Pillow):

    /usr/bin/python3 packages/react/src/preview/docx/test-files/generate_test_files.py

- report.docx: headings, a paragraph with bold and italic text, a bulleted list, a table and an embedded PNG chart.
- hostile.docx: an image linked from a web address (r:link, an external relationship), an embedded OLE object
  (an EMF preview picture and a binary payload), links to a web page and to javascript:, and markup typed as text.
- corrupt.docx: the first half of report.docx (the ZIP's central directory is missing).

The ZIP entries get a fixed date so that running the script again writes the same bytes.
"""
import io
import os
import zipfile

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Inches
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
TRACKER = 'https://tracker.invalid/pixel.png'
NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
)


def chart_png():
    image = Image.new('RGB', (240, 120), 'white')
    draw = ImageDraw.Draw(image)
    for index, value in enumerate([40, 75, 55, 95]):
        draw.rectangle([20 + index * 55, 110 - value, 55 + index * 55, 110], fill=(36, 83, 201))
    draw.line([10, 110, 230, 110], fill=(27, 31, 39), width=2)
    buffer = io.BytesIO()
    image.save(buffer, 'PNG', optimize=True)
    buffer.seek(0)
    return buffer


def fixed_core_properties(document):
    import datetime
    moment = datetime.datetime(2026, 1, 1)
    document.core_properties.created = moment
    document.core_properties.modified = moment
    document.core_properties.last_printed = moment
    document.core_properties.author = 'execards'
    document.core_properties.last_modified_by = 'execards'
    document.core_properties.revision = 1


def add_hyperlink(paragraph, url, text):
    relationship_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    paragraph._p.append(parse_xml(
        f'<w:hyperlink {NAMESPACES} r:id="{relationship_id}"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r></w:hyperlink>'
    ))


def save_deterministic(document, name):
    buffer = io.BytesIO()
    fixed_core_properties(document)
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(os.path.join(HERE, name), 'w', zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(entry.filename))


def report():
    document = Document()
    document.add_heading('Quarterly report', level=1)
    intro = document.add_paragraph('Revenue grew ')
    intro.add_run('12%').bold = True
    intro.add_run(' over the previous quarter, ')
    intro.add_run('led by the North region').italic = True
    intro.add_run('.')
    document.add_heading('Highlights', level=2)
    for item in ['North: 4.1M', 'South: 3.7M', 'West: 2.9M']:
        document.add_paragraph(item, style='List Bullet')
    document.add_heading('Revenue by region', level=2)
    table = document.add_table(rows=4, cols=3)
    table.style = 'Table Grid'
    for row, values in enumerate([('Region', 'Q1', 'Q2'), ('North', '3.6M', '4.1M'), ('South', '3.5M', '3.7M'), ('West', '3.0M', '2.9M')]):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    document.add_heading('Chart', level=2)
    document.add_picture(chart_png(), width=Inches(2.5))
    document.paragraphs[-1].runs[0]._r.xpath('.//wp:docPr')[0].set('descr', 'Bar chart of revenue by region')
    sources = document.add_paragraph('Source: ')
    add_hyperlink(sources, 'https://example.org/sales', 'the sales dashboard')
    save_deterministic(document, 'report.docx')


def hostile():
    document = Document()
    document.add_heading('Hostile document', level=1)
    document.add_paragraph('<script>alert("typed as text")</script> stays text.')

    # A picture whose bytes live on a web server: the blip names an external relationship with r:link, no r:embed.
    document.add_picture(chart_png(), width=Inches(1))
    picture_paragraph = document.paragraphs[-1]
    picture_paragraph.runs[0]._r.xpath('.//wp:docPr')[0].set('descr', 'Tracking pixel')
    blip = picture_paragraph.runs[0]._r.xpath('.//a:blip')[0]
    embedded_id = blip.get(qn('r:embed'))
    del blip.attrib[qn('r:embed')]
    blip.set(qn('r:link'), document.part.relate_to(TRACKER, RT.IMAGE, is_external=True))
    document.part.drop_rel(embedded_id)

    # An embedded OLE object: a Windows metafile preview and a binary payload, as Word writes them.
    package = document.part.package
    preview = Part(PackURI('/word/media/ole-preview.emf'), 'image/x-emf', b'\x01\x00\x00\x00' + b'\x00' * 84, package)
    payload = Part(PackURI('/word/embeddings/oleObject1.bin'), 'application/vnd.openxmlformats-officedocument.oleObject',
                   b'MZ payload <script>alert(1)</script>', package)
    preview_id = document.part.relate_to(preview, RT.IMAGE)
    payload_id = document.part.relate_to(payload, RT.OLE_OBJECT)
    document.add_paragraph('Embedded object: ')._p.append(parse_xml(
        f'<w:r {NAMESPACES}><w:object w:dxaOrig="1440" w:dyaOrig="720">'
        f'<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:72pt;height:36pt" o:ole="">'
        f'<v:imagedata r:id="{preview_id}" o:title="Package"/></v:shape>'
        f'<o:OLEObject Type="Embed" ProgID="Package" ShapeID="_x0000_i1025" DrawAspect="Icon" ObjectID="_1" r:id="{payload_id}"/>'
        f'</w:object></w:r>'
    ))

    links = document.add_paragraph('Links: ')
    add_hyperlink(links, 'https://tracker.invalid/click', 'a web page')
    links.add_run(' and ')
    add_hyperlink(links, 'javascript:alert(document.domain)', 'a script link')
    document.add_paragraph('The end.')
    save_deterministic(document, 'hostile.docx')


def corrupt():
    with open(os.path.join(HERE, 'report.docx'), 'rb') as source:
        data = source.read()
    with open(os.path.join(HERE, 'corrupt.docx'), 'wb') as target:
        target.write(data[: len(data) // 2])


report()
hostile()
corrupt()
