# unicodedata.ucd_3_2_0: the same methods, answering for Unicode 3.2.0.
import unicodedata as ud

old = ud.ucd_3_2_0
print(old.unidata_version, ud.unidata_version)
print(type(old).__name__, type(old).__module__, type(old) is ud.UCD)
print(isinstance(old, ud.UCD))

# Properties over samples (no surrogates: pyprobe's str cannot hold them);
# only the code points where the two versions differ are printed.
samples = list(range(0, 0xD800, 61)) + list(range(0xE000, 0x10000, 127))
samples += list(range(0x10000, 0x30000, 509)) + [0xE0001, 0xE0020, 0xE0080, 0x10FFFD]
same = 0
for cp in samples:
    ch = chr(cp)
    a = (old.category(ch), old.bidirectional(ch), old.combining(ch),
         old.east_asian_width(ch), old.mirrored(ch), old.decomposition(ch),
         old.decimal(ch, None), old.digit(ch, None), old.numeric(ch, None),
         old.name(ch, None))
    b = (ud.category(ch), ud.bidirectional(ch), ud.combining(ch),
         ud.east_asian_width(ch), ud.mirrored(ch), ud.decomposition(ch),
         ud.decimal(ch, None), ud.digit(ch, None), ud.numeric(ch, None),
         ud.name(ch, None))
    if a == b:
        same += 1
    else:
        print("%04X" % cp, a)
print("same", same)

# Characters whose data changed after 3.2.
for ch in "\u00b2\u00b9\u0221\u0234\u03f9\u07c0\u10fc\u1b06\u20b5\u2c00\u9fa6\u9fff\ufa70\U0001d7ce\U0002a6d6\U0002a6d7\U0001f600\U00011f42":
    print("%04X" % ord(ch), old.category(ch), repr(old.bidirectional(ch)),
          old.east_asian_width(ch), old.decimal(ch, "-"), old.digit(ch, "-"),
          old.numeric(ch, "-"), repr(old.decomposition(ch)), old.name(ch, "-"))

# Lookups: no aliases, no named sequences, only characters of 3.2.
for key in ("LATIN SMALL LETTER A", "latin small letter a", "NULL", "NBSP",
            "KEYCAP DIGIT ZERO", "LATIN SMALL LETTER D WITH CURL",
            "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-9FA5",
            "CJK UNIFIED IDEOGRAPH-9FA6", "CJK UNIFIED IDEOGRAPH-2A6D7",
            "CJK COMPATIBILITY IDEOGRAPH-F900", "CJK COMPATIBILITY IDEOGRAPH-FA70",
            "HANGUL SYLLABLE GA", "NUSHU CHARACTER-1B170", "GRINNING FACE",
            "MUSICAL SYMBOL G CLEF", "EURO SIGN", "x" * 300):
    try:
        print(repr(key[:40]), ascii(old.lookup(key)))
    except KeyError as e:
        print(repr(key[:40]), type(e).__name__, str(e)[:70])

# Normalization with the 3.2 tables.
for s in ("caf\u00e9", "cafe\u0301", "\u1e9b\u0323", "\ud55c\uad6d", "\u1100\u1161\u11a8",
          "\u2adc", "\u0f77", "\ufb1d", "\u1b05\u1b35", "\u1f98\U00011f42",
          "\u0041\U00011f42\u0301", "\u2460\uff21\u00bd", "\U0001d15e",
          "\u2000\u2001", "\u0958\u095c"):
    print(ascii(s), [ascii(old.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [old.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])

# Errors, with the same messages as the module's.
for f, args in ((old.category, ("ab",)), (old.name, (5,)), (old.numeric, ("",)),
                (old.decimal, ("x",)), (old.digit, ("x",)), (old.numeric, ("x",)),
                (old.name, ("\u0378",)), (old.normalize, ("NFX", "a")),
                (old.normalize, ("NFC", 1)), (old.is_normalized, (1, "a")),
                (old.lookup, (7,)), (old.decomposition, (None,)),
                (old.mirrored, ("",)), (old.combining, (b"a",)),
                (old.east_asian_width, ("ab",)), (old.bidirectional, ([],))):
    try:
        f(*args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)

# UCD objects cannot be made, and the version cannot be changed.
for make in (lambda: ud.UCD(), lambda: ud.UCD("3.2.0"), lambda: type(old)()):
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    old.unidata_version = "9.9"
except AttributeError as e:
    print(type(e).__name__, e)
print(old.unidata_version)
print(sorted(n for n in dir(old) if not n.startswith("_")))
print(sorted(n for n in dir(ud) if not n.startswith("_")))
print(repr(old).startswith("<unicodedata.UCD object at "))
