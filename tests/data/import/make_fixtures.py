#!/usr/bin/env python3
"""Writes the reader fixtures (r_*) of tests/data/import/: the same small table of foreign
patients (KHIDI: 2023 total 605,768; 2024 total 1,170,467, Japan 441,112) in every encoding,
line-end style, delimiter and in XLSX, so that every format must give the same numbers.

Python 3 standard library only; deterministic output (fixed zip timestamps). Run from anywhere:
    python3 tests/data/import/make_fixtures.py
"""

import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = ["연도", "국적", "환자수"]
ROWS = [
    ["2023", "일본", "187711"],
    ["2023", "중국", "112135"],
    ["2023", "합계", "605768"],
    ["2024", "일본", "441112"],
    ["2024", "중국", "260641"],
    ["2024", "합계", "1170467"],
]
# "똠" (CP949 0x8C63) is outside EUC-KR (KS X 1001): only a real CP949 decoder reads it.
COMMENT = "# 출처: KHIDI 외국인환자 유치실적 (CP949 전용 음절: 똠)"


def table_text(delimiter=",", newline="\n", comment=True, trailing=""):
    lines = [COMMENT] if comment else []
    lines.append(delimiter.join(HEADER) + trailing)
    lines += [delimiter.join(row) + trailing for row in ROWS]
    return newline.join(lines) + newline


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def text_fixtures():
    write("r_utf8.csv", table_text().encode("utf-8"))
    write("r_utf8_bom.csv", b"\xef\xbb\xbf" + table_text(newline="\r\n").encode("utf-8"))
    # Excel's "Unicode text": UTF-16LE with a byte-order mark, tab-separated, CRLF.
    write("r_utf16le.tsv", b"\xff\xfe" + table_text("\t", "\r\n").encode("utf-16-le"))
    write("r_utf16be.csv", b"\xfe\xff" + table_text(newline="\r\n").encode("utf-16-be"))
    write("r_cp949.csv", table_text(newline="\r\n").encode("cp949"))
    write("r_cr_only.csv", table_text(newline="\r").encode("utf-8"))
    write("r_tab.tsv", table_text("\t").encode("utf-8"))
    write("r_semicolon.csv", table_text(";").encode("utf-8"))
    write("r_trailing.csv", table_text(trailing=",").encode("utf-8"))

    # Quoted fields: thousands separators inside quotes, a note with a comma, a line break
    # and doubled quotes. The note column is extra (kept out of the cube by the interpreter).
    quoted = [COMMENT, '연도,국적,환자수,비고']
    notes = ['', '"추정, 반올림"', '', '"일본 ""의료관광""\n증가"', '', '"합계, 전체"']
    for row, note in zip(ROWS, notes):
        count = "{:,}".format(int(row[2]))
        quoted.append('{},"{}","{}",{}'.format(row[0], row[1], count, note))
    write("r_quoted.csv", ("\n".join(quoted) + "\n").encode("utf-8"))

    # Comments and blank lines before the header, between and after the rows.
    lines = ["", COMMENT, "# 단위: 명", "", ",".join(HEADER), "# 2023년"]
    lines += [",".join(r) for r in ROWS[:3]] + ["", "# 2024년", "  "]
    lines += [",".join(r) for r in ROWS[3:]] + ["", "# 끝"]
    write("r_comments.csv", ("\n".join(lines) + "\n").encode("utf-8"))

    # Opening quote at line 4, column 6 is never closed.
    write("r_unterminated.csv", "연도,국적,환자수\n2023,일본,187711\n2023,중국,112135\n2024,\"일본,441112\n2024,중국,260641\n"
          .encode("utf-8"))
    # An 0xFF byte at line 3, column 9 (after "2023,중국,") in otherwise UTF-8 text.
    write("r_bad_utf8.csv", "연도,국적,환자수\n2023,일본,187711\n2023,중국,".encode("utf-8") + b"\xff112135\n")


# --- XLSX: zip + hand-written Office Open XML -------------------------------------------------

NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def workbook_parts(sheet_names, sheets_xml, shared_xml, styles_xml=None):
    ct = (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>')
    for i in range(len(sheet_names)):
        ct += ('<Override PartName="/xl/worksheets/sheet{}.xml" ContentType="application/'
               'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>').format(i + 1)
    ct += ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
           'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    root_rels = (XML + '<Relationships xmlns="{}"><Relationship Id="rId1" Type="{}/officeDocument" '
                 'Target="xl/workbook.xml"/></Relationships>').format(NS_PKG, NS_REL)
    wb = XML + '<workbook xmlns="{}" xmlns:r="{}"><sheets>'.format(NS_MAIN, NS_REL)
    rels = XML + '<Relationships xmlns="{}">'.format(NS_PKG)
    for i, name in enumerate(sheet_names):
        # Relationship ids in reverse order: the reader must follow r:id, not guess from position.
        rid = "rId{}".format(len(sheet_names) - i)
        wb += '<sheet name="{}" sheetId="{}" r:id="{}"/>'.format(esc(name), i + 1, rid)
        rels += '<Relationship Id="{}" Type="{}/worksheet" Target="worksheets/sheet{}.xml"/>'.format(
            rid, NS_REL, i + 1)
    wb += "</sheets></workbook>"
    rels += '<Relationship Id="rId9" Type="{}/sharedStrings" Target="sharedStrings.xml"/>'.format(NS_REL)
    if styles_xml:
        rels += '<Relationship Id="rId8" Type="{}/styles" Target="styles.xml"/>'.format(NS_REL)
    rels += "</Relationships>"
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", root_rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", rels), ("xl/sharedStrings.xml", shared_xml)]
    parts += [("xl/worksheets/sheet{}.xml".format(i + 1), x) for i, x in enumerate(sheets_xml)]
    if styles_xml:
        parts.append(("xl/styles.xml", styles_xml))
    return parts


def write_zip(name, parts):
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts:
            info = zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)


class SharedStrings:
    def __init__(self):
        self.items = []

    def index(self, xml_item):
        if xml_item not in self.items:
            self.items.append(xml_item)
        return self.items.index(xml_item)

    def plain(self, s):
        return self.index("<si><t>{}</t></si>".format(esc(s)))

    def xml(self):
        return (XML + '<sst xmlns="{}" count="{}" uniqueCount="{}">'.format(NS_MAIN, len(self.items), len(self.items))
                + "".join(self.items) + "</sst>")


def sheet_xml(rows):
    """rows: list of (row number, [(ref, xml of the cell's content and type)])."""
    out = XML + '<worksheet xmlns="{}"><sheetData>'.format(NS_MAIN)
    for number, cells in rows:
        out += '<row r="{}">'.format(number)
        for ref, body in cells:
            out += body.format(ref=ref)
        out += "</row>"
    return out + "</sheetData></worksheet>"


def s_cell(sst, text):
    return '<c r="{{ref}}" t="s"><v>{}</v></c>'.format(sst.plain(text))


def n_cell(value):
    return '<c r="{{ref}}"><v>{}</v></c>'.format(value)


def inline_cell(text):
    return '<c r="{{ref}}" t="inlineStr"><is><t>{}</t></is></c>'.format(esc(text))


def xlsx_fixtures():
    sst = SharedStrings()
    # Sheet "Summary": row 1 only styled empty cells, header on row 2 ("국적" as two rich-text
    # runs, "환자수" inline), a missing row 5; 2024 total written in exponent form as some tools do.
    rich = sst.index('<si><r><t>국</t></r><r><rPr><b/></rPr><t>적</t></r></si>')
    summary = [(1, [("A1", '<c r="{ref}" s="1"/>'), ("B1", '<c r="{ref}" s="1"/>')]),
               (2, [("A2", s_cell(sst, "연도")), ("B2", '<c r="{{ref}}" t="s"><v>{}</v></c>'.format(rich)),
                    ("C2", inline_cell("환자수"))])]
    numbers = {"1170467": "1.170467E6"}
    for i, (year, nat, count) in enumerate(ROWS):
        r = 3 + i + (1 if i >= 2 else 0)
        summary.append((r, [("A%d" % r, n_cell(year)), ("B%d" % r, s_cell(sst, nat)),
                            ("C%d" % r, n_cell(numbers.get(count, count)))]))
    # Sheet "국적별": an empty spacer column C (no cells at all), shares in column E.
    shares = ["30.99", "18.51", "100", "37.700000000000003", "22.27", "100"]
    detail = [(1, [("A1", s_cell(sst, "연도")), ("B1", s_cell(sst, "국적")), ("D1", s_cell(sst, "환자수")),
                   ("E1", inline_cell("비중(%)"))])]
    for i, (year, nat, count) in enumerate(ROWS):
        r = 2 + i
        detail.append((r, [("A%d" % r, n_cell(year)), ("B%d" % r, s_cell(sst, nat)), ("D%d" % r, n_cell(count)),
                           ("E%d" % r, n_cell(shares[i]))]))
    write_zip("r_table.xlsx", workbook_parts(["Summary", "국적별"], [sheet_xml(summary), sheet_xml(detail)],
                                             sst.xml()))

    # Cell types: boolean, formula string, error, inline rich text, phonetic run, numbers.
    sst2 = SharedStrings()
    phon = sst2.index('<si><t>日本</t><rPh sb="0" eb="2"><t>にほん</t></rPh></si>')
    types = [(1, [("A1", inline_cell("kind")), ("B1", inline_cell("value"))]),
             (2, [("A2", inline_cell("bool")), ("B2", '<c r="{ref}" t="b"><v>1</v></c>')]),
             (3, [("A3", inline_cell("str")), ("B3", '<c r="{ref}" t="str"><f>A1&amp;"x"</f><v>kindx</v></c>')]),
             (4, [("A4", inline_cell("error")), ("B4", '<c r="{ref}" t="e"><v>#N/A</v></c>')]),
             (5, [("A5", inline_cell("phonetic")), ("B5", '<c r="{{ref}}" t="s"><v>{}</v></c>'.format(phon))]),
             (6, [("A6", inline_cell("small")), ("B6", n_cell("1E-3"))]),
             (7, [("A7", inline_cell("negative")), ("B7", '<c r="{ref}" t="n"><v>-0.5</v></c>')]),
             (8, [("A8", inline_cell("big")), ("B8", n_cell("123456789012"))]),
             (9, [("A9", inline_cell("rich")),
                  ("B9", '<c r="{ref}" t="inlineStr"><is><r><t>a</t></r><r><t xml:space="preserve"> b</t></r></is></c>')]),
             (10, [("A10", inline_cell("far")), ("AB10", inline_cell("AB"))]),
             # Cell formats (styles.xml cellXfs): 1 = built-in date 14, 2 = Korean custom date,
             # 3 = custom "#,##0" (a number, not a date).
             (11, [("A11", inline_cell("date")), ("B11", '<c r="{ref}" s="1"><v>45366</v></c>')]),
             (12, [("A12", inline_cell("kdate")), ("B12", '<c r="{ref}" s="2"><v>45366.5</v></c>')]),
             (13, [("A13", inline_cell("thousands")), ("B13", '<c r="{ref}" s="3"><v>1170467</v></c>')])]
    styles = (XML + '<styleSheet xmlns="{}"><numFmts count="2">'
              '<numFmt numFmtId="164" formatCode="yyyy&quot;년&quot; m&quot;월&quot; d&quot;일&quot;"/>'
              '<numFmt numFmtId="165" formatCode="#,##0&quot;명&quot;"/></numFmts>'
              '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
              '<cellXfs count="4"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/>'
              '<xf numFmtId="164" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" xfId="0" applyNumberFormat="1"/>'
              '</cellXfs></styleSheet>').format(NS_MAIN)
    write_zip("r_types.xlsx", workbook_parts(["Types"], [sheet_xml(types)], sst2.xml(), styles))

    # Malformed sheet XML: the <row> on line 4 of sheet1.xml is closed by </rowx>.
    bad = XML + '<worksheet xmlns="{}">\n<sheetData>\n<row r="1"><c r="A1"><v>1</v></c></rowx>\n</sheetData></worksheet>'.format(NS_MAIN)
    write_zip("r_bad_xml.xlsx", workbook_parts(["Sheet1"], [bad], SharedStrings().xml()))
    write("r_not_zip.xlsx", table_text().encode("utf-8"))


if __name__ == "__main__":
    text_fixtures()
    xlsx_fixtures()
