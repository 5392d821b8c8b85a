#!/usr/bin/env bash
# Remakes the sheet fixtures of tests/core/tst_csvreader.cpp and tst_xlsxreader.cpp with real tools (Debian 12):
#   printf (bash)            people-utf8.csv, semicolon.csv and paste.tsv, byte for byte as spreadsheets write them
#   iconv (glibc)            the GB18030 and UTF-16 CSVs, from the UTF-8 one
#   python3-xlsxwriter 3.0   xlsxwriter-shared.xlsx (shared strings, as Excel writes them)
#                            xlsxwriter-inline.xlsx (constant_memory mode: inline strings)
#   python3-openpyxl 3.0     openpyxl.xlsx (another writer's part layout)
#   LibreOffice Calc 7.4     libreoffice.xlsx: xlsxwriter-shared.xlsx opened and saved again by LibreOffice
#                            (libreoffice-calc-nogui): its own number text (1E-007), booleans as TRUE() formulas
# Run from this folder: bash make-sheets.sh. The files are committed; the tests never run this.
set -euo pipefail
cd "$(dirname "$0")"

# The source CSV: CRLF like Excel, a quoted comma, doubled quotes, a cell with a line break, Chinese, a blank line.
printf '%s\r\n' \
    'prompt,style,seed,note' \
    'a cat on a sofa,oil painting,42,plain' \
    '"red, green and blue",watercolour,7,"she said ""hi"""' \
    '"first line' \
    'second line",sketch,0,multi-line' \
    '' \
    '山水画，水墨,国画,12, spaces kept ' >people-utf8.csv
{ printf '\xEF\xBB\xBF'; cat people-utf8.csv; } >people-utf8-bom.csv
iconv -f UTF-8 -t GB18030 people-utf8.csv >people-gb18030.csv
{ printf '\xFF\xFE'; iconv -f UTF-8 -t UTF-16LE people-utf8.csv; } >people-utf16le.csv
{ printf '\xFE\xFF'; iconv -f UTF-8 -t UTF-16BE people-utf8.csv; } >people-utf16be.csv
# Excel's "Unicode text" export: UTF-16 LE with a BOM, tab-separated.
{ printf '\xFF\xFE'; printf 'prompt\tseed\r\n中文\t5\r\n' | iconv -f UTF-8 -t UTF-16LE; } >unicode-text-utf16.txt
# A European Excel export: ';' separators, decimal commas inside quotes.
printf '%s\r\n' 'prompt;strength;seed' 'a dog;"0,75";3' 'a "quoted" word;1;4' >semicolon.csv
# Cells as a spreadsheet puts them on the clipboard: tabs, a quoted cell holding a line break and a tab.
printf 'prompt\tseed\nplain\t1\n"two\nlines"\t2\n"tab\there"\t3\n' >paste.tsv

# Debian's python3, where python3-xlsxwriter and python3-openpyxl install (a pyenv python3 lacks them).
/usr/bin/python3 - <<'PY'
import xlsxwriter, openpyxl

rows = [
    ["prompt", "seed", "strength", "id", "id as text", "flag", "", "last"],
    ["山水画", 42, 0.75, 1234567890123456789, "1234567890123456789", True, None, "x"],
    ["two\nlines", 7, 0.1 + 0.2, 123456789012345, "7", False, None, None],
    [None, None, None, None, None, None, None, None],
    ["after a gap", -3, 1e-7, 12, "", None, None, "far"],
]

def write_xlsxwriter(path, options):
    book = xlsxwriter.Workbook(path, options)
    sheet = book.add_worksheet("Jobs")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None or value == "":
                continue
            sheet.write(r, c, value)
    second = book.add_worksheet("第二页")
    second.write_row(0, 0, ["name", "count"])
    second.write_row(1, 0, ["only here", 5])
    # Rich text: a shared string of runs (<r><t>) in the shared-strings file, inline runs in constant_memory mode.
    second.write_rich_string(2, 0, book.add_format({"bold": True}), "bold", " and plain")
    book.close()

write_xlsxwriter("xlsxwriter-shared.xlsx", {})
write_xlsxwriter("xlsxwriter-inline.xlsx", {"constant_memory": True})

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Jobs"
for r, row in enumerate(rows, start=1):
    for c, value in enumerate(row, start=1):
        if value is not None and value != "":
            sheet.cell(row=r, column=c, value=value)
book.create_sheet("第二页").append(["name", "count"])
book["第二页"].append(["only here", 5])
book.save("openpyxl.xlsx")
PY

# The batch window test's sheet (tests/ui/tst_batchimport.cpp): 12 runs of the sandbox's text-to-image app, two of
# them bad (an offered model misspelt, steps below the minimum). Numbers stored as numbers, as a person types them.
/usr/bin/python3 - <<'PY'
import xlsxwriter

book = xlsxwriter.Workbook("batch-text-to-image.xlsx")
sheet = book.add_worksheet("Batch")
sheet.write_row(0, 0, ["Prompt", "采样步数", "Model", "label"])
for n in range(1, 13):
    model = ["flux-pro", "flux-dev", "flux-schnell"][n % 3]
    steps = 10 + n
    if n == 4:
        model = "flux-ultra"
    if n == 8:
        steps = 0
    sheet.write_row(n, 0, [f"a lighthouse at dawn, take {n}", steps, model, f"take {n}"])
book.close()
PY

# LibreOffice writes the same workbook its own way. HOME points at a temp profile so no user settings leak in.
profile=$(mktemp -d)
HOME=$profile soffice --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$profile/out" xlsxwriter-shared.xlsx
cp "$profile/out/xlsxwriter-shared.xlsx" libreoffice.xlsx
rm -rf "$profile"
