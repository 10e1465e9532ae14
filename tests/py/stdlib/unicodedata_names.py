# unicodedata: name() and lookup(), with aliases, named sequences and the
# names made by rule (Hangul syllables, CJK unified ideographs).
import unicodedata as ud

# Names over samples of many scripts and planes (no surrogates: pyprobe's
# str cannot hold them), each looked up again.
samples = list(range(0x20, 0xD800, 157)) + list(range(0xE000, 0x10000, 331))
samples += list(range(0x10000, 0x32000, 619)) + list(range(0xE0000, 0x110000, 7919))
samples += [0x41, 0x7A, 0xC5, 0x3B1, 0x416, 0x5D0, 0x627, 0x915, 0xE01, 0x10D0,
            0x1100, 0x13A0, 0x2603, 0x3042, 0x30AB, 0x3400, 0x4DBF, 0x4E00,
            0x9FFF, 0xA000, 0xAC00, 0xAC01, 0xB098, 0xD7A3, 0xF900, 0xFA6D,
            0xFA6E, 0xFB01, 0xFEFF, 0xFFFD, 0x10000, 0x17000, 0x18800,
            0x18B00, 0x18CD5, 0x1B170, 0x1B2FB, 0x1F600, 0x1F9FF, 0x20000,
            0x2A6DF, 0x2A6E0, 0x2B739, 0x2CEA1, 0x2EBE0, 0x2F800, 0x30000,
            0x323AF, 0x323B0, 0xE0001, 0xF0000, 0x10FFFD]
missing = 0
for cp in samples:
    n = ud.name(chr(cp), None)
    if n is None:
        missing += 1
        print("%04X -" % cp)
        continue
    back = ud.lookup(n)
    print("%04X %s%s" % (cp, n, "" if back == chr(cp) else " MISMATCH"))
print("missing", missing)

# A dense stretch, name lengths only.
total = 0
for cp in range(0x2190, 0x2400):
    total += len(ud.name(chr(cp), ""))
print("arrows and symbols", total)

# Lookups: case-insensitive for listed names, not for those made by rule.
for key in ("LATIN SMALL LETTER A", "latin small letter a", "Latin Capital Letter Z",
            "SNOWMAN", "GREEK SMALL LETTER FINAL SIGMA", "EM DASH",
            "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00",
            "CJK UNIFIED IDEOGRAPH-4e00", "cjk unified ideograph-4E00",
            "CJK UNIFIED IDEOGRAPH-2A6DF", "CJK UNIFIED IDEOGRAPH-2A6E0",
            "CJK UNIFIED IDEOGRAPH-004E00", "CJK UNIFIED IDEOGRAPH-4E0",
            "CJK UNIFIED IDEOGRAPH-", "CJK UNIFIED IDEOGRAPH-F900",
            "CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900",
            "NUSHU CHARACTER-1B170", "KHITAN SMALL SCRIPT CHARACTER-18B00",
            "TANGUT IDEOGRAPH-17000", "TANGUT COMPONENT-001",
            "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE GAGG",
            "HANGUL SYLLABLE A", "HANGUL SYLLABLE GGAGG", "HANGUL SYLLABLE HIH",
            "HANGUL SYLLABLE YEOLB", "HANGUL SYLLABLE WAE", "HANGUL SYLLABLE SSANG",
            "HANGUL SYLLABLE GGGA", "HANGUL SYLLABLE GAGX", "HANGUL SYLLABLE ",
            "HANGUL SYLLABLE", "hangul syllable ga", "HANGUL SYLLABLE Ga",
            # Aliases (corrections, controls, abbreviations).
            "NULL", "NUL", "LINE FEED", "LF", "nbsp", "BYTE ORDER MARK", "ZWJ",
            "LATIN CAPITAL LETTER GHA", "VS1", "VS256", "SHY",
            # Named sequences.
            "KEYCAP DIGIT ZERO", "keycap number sign",
            "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
            "TAMIL SYLLABLE KSSA", "GEORGIAN LETTER U-BRJGU",
            # Not names.
            "", " ", "LATIN SMALL LETTER A ", " LATIN SMALL LETTER A",
            "LATIN SMALL LETTER  A", "LATIN SMALL LETTER", "ZZZZ", "é",
            "LATıN SMALL LETTER A", "LATIN SMALL LETTER A\x00B"):
    try:
        r = ud.lookup(key)
        print(repr(key), "->", ascii(r), len(r))
    except KeyError as e:
        print(repr(key), type(e).__name__, e)

# Every syllable with a given lead, and names of all vowels with one lead.
print([ud.name(chr(cp)) for cp in range(0xAC00, 0xAC00 + 28 * 21, 28)])
print(all(ud.lookup(ud.name(chr(cp))) == chr(cp) for cp in range(0xAC00, 0xD7A4, 13)))

# bytes are accepted, other objects are not; too long a name.
print(ascii(ud.lookup(b"LATIN SMALL LETTER B")), ascii(ud.lookup(b"snowman")))
for arg in (bytearray(b"A"), memoryview(b"A"), 5, None, ["A"], b"\xff\xfe",
            "x" * 256, "x" * 257, "\u00e9" * 128, "\u00e9" * 129, b"x" * 257):
    try:
        ud.lookup(arg)
    except (KeyError, TypeError) as e:
        print(type(e).__name__, str(e)[:60])

# name() with defaults and errors.
print(ud.name("\x00", "ctl"), ud.name("\ue000", None), ud.name("\U000f0000", 0),
      ud.name("\u0378", "unassigned"), ud.name("\U00017000", "tangut"))
for arg in ("", "ab", 65, None, b"A"):
    for args in ((arg,), (arg, "d")):
        try:
            ud.name(*args)
        except TypeError as e:
            print(type(e).__name__, e)
for ch in ("\x00", "\x7f", "\ue000", "\U0010ffff", "\u0378"):
    try:
        ud.name(ch)
    except ValueError as e:
        print(type(e).__name__, e)
