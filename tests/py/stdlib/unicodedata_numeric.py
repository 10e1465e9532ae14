# unicodedata: decimal(), digit(), numeric() and decomposition().
import unicodedata as ud

# Digits, fractions, Roman numerals and CJK numbers from many scripts.
chars = ("0579\u00b2\u00b9\u00bc\u00bd\u00be\u0660\u0669\u06f4\u0966\u09e6"
         "\u0bf0\u0e53\u0f33\u1369\u137c\u2070\u2155\u215f\u2160\u216b\u2180"
         "\u2189\u2460\u2473\u24ea\u2776\u3007\u3021\u4e00\u4e07\u5146\u842c"
         "\uf96b\uff10\uff19\U00010107\U00010133\U0001d7ce\U0001d7ff\U0001f100"
         "\U0001f10a\U0001e8c7\U0001ecb4\U00016b5b\U0002626d\U000f0000aZ \u00c0")
for ch in chars:
    print("%04X" % ord(ch), ud.decimal(ch, None), ud.digit(ch, None),
          ud.numeric(ch, None))

# Every 89th code point of the BMP below the surrogates and a few planes.
found = []
for cp in list(range(0, 0xD800, 89)) + list(range(0x10000, 0x32000, 173)):
    ch = chr(cp)
    v = (ud.decimal(ch, -1), ud.digit(ch, -1), ud.numeric(ch, -1.0))
    if v != (-1, -1, -1.0):
        found.append("%X:%s" % (cp, v))
print(len(found))
print(" ".join(found))

# The defaults and the errors.
print(ud.decimal("x", "d"), ud.digit("x", []), ud.numeric("x", 0))
print(ud.decimal("\u00b2", "none"), ud.digit("\u00b2"), ud.numeric("\u2159"))
for f, arg in ((ud.decimal, "x"), (ud.digit, "x"), (ud.numeric, "x"),
               (ud.decimal, "\u00bd"), (ud.digit, "\u216b"),
               (ud.numeric, "\U000f0000")):
    try:
        f(arg)
    except ValueError as e:
        print(type(e).__name__, e)
for f in (ud.decimal, ud.digit, ud.numeric):
    for arg in ("", "12", 1, None):
        try:
            f(arg)
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            f(arg, 0)
        except TypeError as e:
            print(type(e).__name__, e)

# Decompositions: canonical, compatibility with every tag, none.
for ch in ("\u00c0\u00e9\u01c4\u0344\u0385\u1e9b\u1e69\u212b\u2126\u0958"
           "\u00a0\u00bd\u00b2\u2082\u2460\u3000\uff21\ufb01\ufe30\ufe80"
           "\u3250\u32c0\u33c2\u0f73\u1100\uac00\ud7a3\uf900\U0001d15e"
           "\U0001d400\U0002f800\U0001f190a\u4e00"):
    print("%04X %r" % (ord(ch), ud.decomposition(ch)))
count = 0
tags = {}
for cp in range(0, 0xD800, 7):
    d = ud.decomposition(chr(cp))
    if d:
        count += 1
        if d.startswith("<"):
            tag = d.split()[0]
            tags[tag] = tags.get(tag, 0) + 1
print(count, sorted(tags.items()))
