#!/usr/bin/python3
"""Writes the workbooks of batch's TestWorkbooksAsKept with openpyxl: the template filled
with the public examples (../forecast.csv), 40 organisations, each example six times over
in a run ("永磁材料企业 1" … "永磁材料企业 6"), kept as officers keep their spreadsheets.

    cd rules/batch/testdata/workbooks && /usr/bin/python3 make.py    # Debian: apt-get install python3-openpyxl

The files are committed, so that the tests need no Python; run this again to remake them.
"""
import csv
import datetime

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

with open("../forecast.csv", encoding="utf-8-sig", newline="") as f:
    header, *examples = list(csv.reader(f))

REPEAT = 6
rows = [[f"{ex[0]} {i + 1}"] + ex[1:] for ex in examples for i in range(REPEAT)][:40]


def typed(value):
    """A cell as a person types it: figures as numbers, the rest as text."""
    if not isinstance(value, str):
        return value
    try:
        return int(value)
    except ValueError:
        return value or None


def sheet_of(ws, head, body, top=1):
    for j, h in enumerate(head):
        ws.cell(row=top, column=j + 1, value=h)
    for i, r in enumerate(body):
        for j, v in enumerate(r):
            ws.cell(row=top + 1 + i, column=j + 1, value=typed(v))


def merge_runs(ws, top, body, columns):
    """Merges each run of equal cells down a column, as people do with 是 or 企业."""
    for j in columns:
        i = 0
        while i < len(body):
            k = i
            while k + 1 < len(body) and body[k + 1][j] == body[i][j]:
                k += 1
            if k > i and body[i][j]:
                letter = get_column_letter(j + 1)
                ws.merge_cells(f"{letter}{top + 1 + i}:{letter}{top + 1 + k}")
            i = k + 1


def hidden_year(wb):
    """A hidden sheet of last year first: the template with one organisation."""
    old = wb.active
    old.title = "2024年"
    sheet_of(old, header, rows[:1])
    old.sheet_state = "hidden"


def cover(wb):
    c = wb.create_sheet("封面")
    c["A1"] = "2025 年度科技创新八条措施资金测算"
    c["A3"] = "填报单位：包头稀土高新区科技局"
    c["A4"] = "说明：每家企业一行，见“填写”表"


def title(ws, width):
    ws["A1"] = "2025 年度企业填报汇总表"
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    ws["A2"] = "单位：万元（另注明者除外）"
    return 3  # the header's row


def extra_columns(head, body):
    """序号 first (a formula, as people number rows), 填报日期 and 备注 last."""
    head = ["序号"] + head + ["填报日期", "备注"]
    body = [[f"=ROW()-1"] + r + [datetime.date(2025, 3, 1 + i % 28), "已核对" if i % 3 == 0 else ""]
            for i, r in enumerate(body)]
    return head, body


def save(wb, name):
    wb.save(name)
    print("wrote", name)


# The template as it is: the figures every other file must give.
wb = Workbook()
sheet_of(wb.active, header, rows)
wb.active.title = "填写"
save(wb, "plain.xlsx")

# A hidden sheet of last year before this year's.
wb = Workbook()
hidden_year(wb)
sheet_of(wb.create_sheet("2025年"), header, rows)
save(wb, "hidden-first.xlsx")

# A cover sheet first.
wb = Workbook()
wb.remove(wb.active)
cover(wb)
sheet_of(wb.create_sheet("填写"), header, rows)
save(wb, "cover.xlsx")

# A title merged across the top, a note under it, the header in row 3.
wb = Workbook()
ws = wb.active
ws.title = "填写"
sheet_of(ws, header, rows, top=title(ws, len(header)))
save(wb, "title-row.xlsx")

# 是, 企业 and the amounts merged down each run of equal cells.
wb = Workbook()
ws = wb.active
ws.title = "填写"
sheet_of(ws, header, rows)
merge_runs(ws, 1, rows, range(1, len(header)))
save(wb, "merged.xlsx")

# Columns the template does not know: 序号 (formulas without results), 填报日期, 备注.
wb = Workbook()
ws = wb.active
ws.title = "填写"
sheet_of(ws, *extra_columns(header, rows))
save(wb, "extra-columns.xlsx")

# Amounts as formulas, which openpyxl saves without their results: refused.
wb = Workbook()
ws = wb.active
ws.title = "填写"
sheet_of(ws, header, rows)
rd = header.index("今年研发费用（万元）") + 1
for i in range(len(rows)):
    cell = ws.cell(row=2 + i, column=rd)
    if cell.value is not None:
        cell.value = f"={cell.value}*1"
save(wb, "formulas.xlsx")

# All of it at once: a hidden year, a cover, a title, merged cells, extra columns.
wb = Workbook()
hidden_year(wb)
cover(wb)
ws = wb.create_sheet("2025年")
head, body = extra_columns(header, rows)
top = title(ws, len(head))
sheet_of(ws, head, body, top=top)
merge_runs(ws, top, body, range(2, len(head) - 2))
save(wb, "as-kept.xlsx")
