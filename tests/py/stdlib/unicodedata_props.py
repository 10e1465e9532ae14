# unicodedata: the per-character properties over samples of every plane.
import unicodedata as ud

# Every 97th code point of the BMP below the surrogates, then sparser
# samples above them and in the supplementary planes (pyprobe's str cannot
# hold lone surrogates, so U+D800-U+DFFF are left out).
samples = list(range(0, 0xD800, 97))
samples += list(range(0xE000, 0x10000, 211))
samples += list(range(0x10000, 0x20000, 389))
samples += list(range(0x20000, 0x40000, 2039))
samples += list(range(0xE0000, 0x110000, 4099))
samples += [0x1F600, 0x1F1E6, 0x10FFFF, 0xFFFD, 0xFEFF, 0x200D, 0x0300,
            0x05D0, 0x0627, 0x0E01, 0x3042, 0xFF21, 0x1D400, 0x2028, 0x2029,
            0x0085, 0x00A0, 0x3000, 0xAC00, 0xD7A3, 0xF900, 0x18B00, 0x1B170]

for cp in samples:
    ch = chr(cp)
    print("%04X %s %s %d %s %d" % (cp, ud.category(ch), ud.bidirectional(ch) or "-",
                                   ud.combining(ch), ud.east_asian_width(ch),
                                   ud.mirrored(ch)))

# Summary counts over a dense stretch (Latin, Greek, Cyrillic, Arabic ...).
counts = {}
for cp in range(0, 0x1000):
    c = ud.category(chr(cp))
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items()))
mirrored = [hex(cp) for cp in range(0x2000, 0x2300) if ud.mirrored(chr(cp))]
print(len(mirrored), mirrored[:12])
print([ud.combining(c) for c in "\u0300\u0316\u0327\u05b0\u0651\u093c\u094d\u3099\U0001d165"])
print([ud.east_asian_width(c) for c in "a\u00a1\u1100\u20a9\u3000\uff61\U0001f600\ue000"])
print(ud.unidata_version, type(ud.unidata_version).__name__)
print(type(ud.mirrored("(")).__name__, type(ud.combining("a")).__name__)

# A subclass of str with one character is accepted.
class S(str):
    pass
print(ud.category(S("x")), ud.bidirectional(S("\u05d0")))

# Wrong arguments.
for f in (ud.category, ud.bidirectional, ud.combining, ud.east_asian_width,
          ud.mirrored, ud.decomposition):
    for arg in ("", "ab", 5, None, b"a", 3.5, ["a"]):
        try:
            f(arg)
        except TypeError as e:
            print(type(e).__name__, e)
