ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]

def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range 1..3999")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)

def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    prev = 0
    for ch in reversed(s.upper()):
        if ch not in vals:
            raise ValueError(f"invalid roman digit {ch!r}")
        v = vals[ch]
        total += -v if v < prev else v
        prev = max(prev, v)
    if to_roman(total) != s.upper():
        raise ValueError(f"non-canonical numeral {s!r}")
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000, -5, 2.0, True, "7"]:
    try:
        r = to_roman(n)
        print(f"{n!r:>6} -> {r:<14} -> {from_roman(r)}")
    except (TypeError, ValueError) as e:
        print(f"{n!r:>6} !! {type(e).__name__}: {e}")
for s in ["mcmxcix", "IIII", "IC", "XLII", "ABC", ""]:
    try:
        print(repr(s), from_roman(s))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(all(from_roman(to_roman(i)) == i for i in range(1, 4000)))
print(max(range(1, 4000), key=lambda i: (len(to_roman(i)), i)), to_roman(3888))

UNITS = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "mi": 1609.344}
def convert(text):
    parts = text.split()
    match parts:
        case [amount, src, "to", dst] if src in UNITS and dst in UNITS:
            value = float(amount) * UNITS[src] / UNITS[dst]
            return f"{float(amount):g} {src} = {value:.4g} {dst}"
        case [amount, src, "to", dst]:
            bad = [u for u in (src, dst) if u not in UNITS]
            return f"unknown unit(s): {', '.join(bad)}"
        case ["list"]:
            return " ".join(f"{u}={f:g}" for u, f in sorted(UNITS.items(), key=lambda kv: kv[1]))
        case _:
            return f"cannot parse {text!r}"
for q in ["5 km to mi", "12 in to cm", "1 mi to ft", "3 furlong to m", "list", "hello", "2.5e3 mm to m", "1 m to parsec"]:
    try:
        print(convert(q))
    except ValueError as e:
        print("ValueError:", e)

def to_base(n, b, digits="0123456789abcdefghijklmnopqrstuvwxyz"):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for n in [0, 7, 255, -255, 2**64, 123456789]:
    reps = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    print(n, reps, [int(r, b) for r, b in zip(reps, (2, 3, 8, 16, 36))] == [n] * 5)
print(to_base(255, 16) == format(255, "x"), to_base(-8, 8) == oct(-8).replace("0o", ""))
def human_size(n):
    for unit in ["B", "KiB", "MiB", "GiB", "TiB"]:
        if abs(n) < 1024 or unit == "TiB":
            return f"{n:.1f} {unit}" if unit != "B" else f"{n} {unit}"
        n /= 1024
print([human_size(v) for v in (0, 1023, 1024, 1536, 10**6, 2**30, 5 * 2**40, 2**60)])
def duration(sec):
    m, s = divmod(sec, 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    parts = [f"{v}{u}" for v, u in ((d, "d"), (h, "h"), (m, "m"), (s, "s")) if v]
    return " ".join(parts) or "0s"
print([duration(x) for x in (0, 59, 61, 3600, 3661, 86399, 90061, 10**6)])
