#!/usr/bin/env python3
"""Generates the interpreter's import fixtures (tests/data/import/i_*): the same official
figures (MOHW / KHIDI 2023-2024: total 605,768 -> 1,170,467; Japan 441,112) as long and wide
tables, CSV / TSV / semicolon text and XLSX, UTF-8 (with BOM) and CP949, plus a record-level
registry. Python 3 standard library only (codecs, zipfile). Run from any directory:

    python3 tests/data/import/make_interp_fixtures.py
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# (Korean name, English name, 2023, 2024); None = not published.
ROWS = [
    ("합계", "Total", 605768, 1170467),
    ("일본", "Japan", 187711, 441112),
    ("중국", "China", 112135, 260641),
    ("미국", "United States", 76925, 101733),
    ("대만", "Taiwan", None, 83456),
    ("태국", "Thailand", 30844, 38152),
    ("몽골", "Mongolia", 22080, None),
]


def fmt(v, sep=","):
    return "-" if v is None else f"{v:,}".replace(",", sep)


def write(name, text, encoding="utf-8", newline="\n"):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(text.replace("\n", newline).encode(encoding))


def long_rows(korean=True):
    out = []
    for ko, en, v23, v24 in ROWS:
        for year, v in ((2023, v23), (2024, v24)):
            out.append((str(year), ko if korean else en, v))
    return out


def make_text():
    # Long, Korean headers, UTF-8 with BOM, quoted thousands separators, CRLF.
    lines = ["연도,국적,환자수(명)"]
    lines += [f'{y},{n},"{fmt(v)}"' for y, n, v in long_rows()]
    write("i_kpi_long.csv", "\ufeff" + "\n".join(lines) + "\n", newline="\r\n")
    # Long, English headers and names, plain numbers, a comment line and an ignored column.
    lines = ["# Foreign patients by nationality", "Year,Nationality,Patients,Remarks"]
    lines += [f"{y},{n},{'' if v is None else v},checked" for y, n, v in long_rows(korean=False)]
    write("i_kpi_long_en.csv", "\n".join(lines) + "\n")
    # Long, CP949, tab-separated, "명" units.
    lines = ["년도\t국적\t실환자수"]
    lines += [f"{y}년\t{n}\t{'' if v is None else str(v) + '명'}" for y, n, v in long_rows()]
    write("i_kpi_long_cp949.tsv", "\n".join(lines) + "\n", encoding="cp949")
    # Wide, UTF-8 without BOM, "2023년" / "2024 년" headers.
    lines = ["국적,2023년,2024 년"]
    lines += [f'{ko},"{fmt(v23)}","{fmt(v24)}"' for ko, _, v23, v24 in ROWS]
    write("i_kpi_wide.csv", "\n".join(lines) + "\n")
    # Wide, CP949, semicolons and decimal-comma numbers (1.170.467), CR-only line ends.
    lines = ["국적;2023;2024"]
    lines += [f"{ko};{fmt(v23, '.')};{fmt(v24, '.')}" for ko, _, v23, v24 in ROWS]
    write("i_kpi_wide_cp949_semicolon.csv", "\n".join(lines) + "\n", encoding="cp949", newline="\r")
    # Record-level registry: one row per patient (year from the visit date), 10 rows.
    registry = [
        ("2024-01-05", "일본", "의원"), ("2024-01-09", "일본", "의원"), ("2024-02-11", "일본", "병원"),
        ("2024-03-02", "중국", "의원"), ("2024-03-15", "중국", "종합병원"), ("2024-04-20", "미국", "의원"),
        ("2023-11-30", "일본", "의원"), ("2023-12-01", "중국", "병원"), ("2024.05.06", "Japan", "Clinic"),
        ("20240607", "태국", "의원"),
    ]
    lines = ["방문일자,국적,종별,담당자"]
    lines += [f"{d},{n},{t},김" for d, n, t in registry]
    write("i_registry.csv", "\n".join(lines) + "\n")


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_xlsx(name, sheet, table):
    """A minimal workbook: one sheet, strings shared, numbers as numbers, blanks left out."""
    strings = []
    rows_xml = []
    for r, row in enumerate(table):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r + 1}"
            if v is None:
                continue
            if isinstance(v, int):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                if v not in strings:
                    strings.append(v)
                cells.append(f'<c r="{ref}" t="s"><v>{strings.index(v)}</v></c>')
        rows_xml.append(f'<row r="{r + 1}">{"".join(cells)}</row>')
    ns = "http://schemas.openxmlformats.org"
    files = {
        "[Content_Types].xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="{ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{ns}/spreadsheetml/2006/main" xmlns:r="{ns}/officeDocument/2006/relationships"><sheets><sheet name="{esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{ns}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{ns}/spreadsheetml/2006/main"><sheetData>{"".join(rows_xml)}</sheetData></worksheet>',
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{ns}/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">' + "".join(f"<si><t>{esc(s)}</t></si>" for s in strings) + "</sst>",
    }
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, xml in files.items():
            info = zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, xml.encode("utf-8"))


def make_xlsx():
    wide = [["국적", "2023년", "2024년"]] + [[ko, v23, v24] for ko, _, v23, v24 in ROWS]
    write_xlsx("i_kpi_wide.xlsx", "국적별", wide)
    long = [["연도", "국적", "환자수"]] + [[int(y), n, v] for y, n, v in long_rows()]
    write_xlsx("i_kpi_long.xlsx", "Sheet1", long)


if __name__ == "__main__":
    make_text()
    make_xlsx()
