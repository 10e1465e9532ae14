raw = """name,dept,salary,start
Alice Smith, Engineering ,120000,2015-03-01
bob jones,Marketing,65000.50,2019-11-15
  Carol White,Engineering,135500,2012-07-30
Dan Brown,Sales,58000,2021-01-04
Eve Black,marketing,72000,2018-05-20
Frank Green,Sales,,2020-08-08
Grace Hall,Engineering,99999.99,2023-12-31
"""

def parse(text):
    lines = text.strip().splitlines()
    header = [h.strip() for h in lines[0].split(",")]
    rows, errors = [], []
    for lineno, line in enumerate(lines[1:], start=2):
        fields = [f.strip() for f in line.split(",")]
        rec = dict(zip(header, fields))
        try:
            rec["salary"] = float(rec["salary"])
        except ValueError as e:
            errors.append((lineno, str(e)))
            continue
        rec["name"] = rec["name"].title()
        rec["dept"] = rec["dept"].capitalize()
        y, m, d = map(int, rec["start"].split("-"))
        rec["start"] = (y, m, d)
        rows.append(rec)
    return header, rows, errors

header, rows, errors = parse(raw)
print(header)
print(errors)
width = max(len(r["name"]) for r in rows)
print(f"{'Name':<{width}} | {'Dept':^12} | {'Salary':>12} | Start")
print("-" * (width + 40))
for r in sorted(rows, key=lambda r: (r["dept"], -r["salary"])):
    y, m, d = r["start"]
    print(f"{r['name']:<{width}} | {r['dept']:^12} | {r['salary']:>12,.2f} | {y:04d}/{m:02d}/{d:02d}")

by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(r["salary"])
print()
for dept, sals in sorted(by_dept.items()):
    avg = sum(sals) / len(sals)
    print("%-12s n=%d avg=%10.2f min=%9.1f max=%9.1f" % (dept, len(sals), avg, min(sals), max(sals)))
total = sum(r["salary"] for r in rows)
print(f"Total payroll: {total:,.2f} ({total:.3e}) ~ {round(total, -3):,.0f}")
print("Share by dept:", {d: f"{sum(s) / total:.1%}" for d, s in sorted(by_dept.items())})
senior = [r["name"].split()[0] for r in rows if r["start"] < (2016, 1, 1)]
print("Senior:", ", ".join(senior) or "none")
initials = ["".join(p[0] for p in r["name"].split()) for r in rows]
print(initials, sorted(initials, reverse=True))
years = sorted({r["start"][0] for r in rows})
print(years, [y for y in range(min(years), max(years) + 1) if y not in years])
hist = {}
for r in rows:
    bucket = int(r["salary"] // 25000) * 25
    hist[bucket] = hist.get(bucket, 0) + 1
for b in sorted(hist):
    print(f"{b:>4}k-{b + 25:<4}k {'#' * hist[b]}")
box_w = 30
print("+" + "-" * box_w + "+")
for line in ["Quarterly summary", f"{len(rows)} employees", f"{len(by_dept)} departments"]:
    print("|" + line.center(box_w) + "|")
print("+" + "-" * box_w + "+")
def wrap(text, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines
para = ("The payroll report lists every employee whose salary could be parsed, grouped by "
        "department, with averages and extremes; rows with missing data are reported separately.")
for i, l in enumerate(wrap(para, 28)):
    print(f"{i:02}|{l:<28}|{len(l):>3}")
print("\n".join(l.rjust(28) for l in wrap(para, 28)[:3]))
csv_out = "\n".join(",".join(str(r[h]) if h != "start" else "-".join("%02d" % p for p in r[h]) for h in header) for r in rows[:3])
print(csv_out)
