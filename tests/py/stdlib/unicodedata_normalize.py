# unicodedata: normalize() and is_normalized() in the four forms.
import unicodedata as ud

FORMS = ("NFC", "NFD", "NFKC", "NFKD")

cases = [
    "", "plain ascii", "caf\u00e9", "cafe\u0301", "\u00c5", "A\u030a", "\u212b",
    "\u2126", "\u1e9b\u0323", "\u1e69", "s\u0323\u0307", "s\u0307\u0323",
    "q\u0307\u0323", "\u0071\u0323\u0307",
    # Hangul: syllables, conjoining jamo, LV + T, broken sequences.
    "\ud55c\uad6d\uc5b4", "\u1112\u1161\u11ab", "\u1100\u1161", "\uac00\u11a8",
    "\uac01\u11a8", "\u1100\u1161\u11a7", "\u1100\u0300\u1161", "\u11a8\u1100",
    "\uac00\u0301\u11a8", "\u3131\u314f", "\u1100\u1100\u1161\u1161",
    # Singletons and composition exclusions.
    "\u0958", "\u0915\u093c", "\u2adc", "\u2add\u0338", "\ufb1d", "\u0344",
    "\u0340\u0341", "\u0f73", "\u0f77", "\u1f71", "\u0387", "\u037e", "\uf900",
    "\U0002f800", "\U0001d15e", "\U0001d160",
    # Reordering of marks and blocked composition.
    "a\u0301\u0327", "a\u0327\u0301", "a\u0316\u0301\u0300", "e\u0304\u0301",
    "e\u0301\u0304", "o\u031b\u0323", "o\u0323\u031b", "a\u05b0\u0301",
    "\u0061\u0328\u0301\u0328", "\u0e40\u0e49\u0e32", "\u0b47\u0b3e",
    "\u0b47\u0300\u0b3e", "\u0dd9\u0dcf\u0dca", "\u1025\u102e", "\u3099\u304b",
    "\u304b\u3099\u309a", "\u0301abc", "\u0301\u0300",
    # Compatibility characters.
    "\ufb01", "\u2460", "\u00bd", "\u2075", "\u2082", "\uff21\uff22",
    "\uff76\uff9e", "\u3300", "\u33c2", "\u32c0", "\u2026", "\u00a0x",
    "\u1e9b", "\u01c4", "\u0132", "\u2103", "\U0001d400\U0001d7ce",
    "\u210c", "\ufe30", "\ufe80", "\u0675", "\u0f77",
    # Mixed text from several scripts.
    "\u0393\u03b5\u03b9\u03ac \u03c3\u03bf\u03c5 \u039a\u03cc\u03c3\u03bc\u03b5",
    "\u041f\u0440\u0438\u0432\u0435\u0301\u0442", "\u0928\u092e\u0938\u094d\u0924\u0947",
    "\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd", "\u0627\u0644\u0633\u0651\u064e\u0644\u0627\u0645",
    "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8\u30ac\u30d1",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\U0001f1ef\U0001f1f5",
    "\ufdfa", "\ufdfb",
]
for s in cases:
    out = [ascii(ud.normalize(f, s)) for f in FORMS]
    flags = "".join("1" if ud.is_normalized(f, s) else "0" for f in FORMS)
    print(ascii(s), flags, " ".join(out))

# Normal forms are stable: normalizing again changes nothing, and the
# results pass is_normalized().
bad = 0
for s in cases:
    for f in FORMS:
        r = ud.normalize(f, s)
        if ud.normalize(f, r) != r or not ud.is_normalized(f, r):
            bad += 1
print("unstable", bad)

# Every 23rd code point of Latin Extended to Greek Extended, one by one.
lengths = []
for cp in range(0x00C0, 0x2000, 23):
    ch = chr(cp)
    lengths.append("".join(str(len(ud.normalize(f, ch))) for f in FORMS))
print(" ".join(lengths))

# A subclass of str comes back as it is when already normalized.
class S(str):
    pass
print(type(ud.normalize("NFC", S("abc"))).__name__,
      type(ud.normalize("NFD", S("\u00e9"))).__name__)

# Errors.
for args in (("NFX", "a"), ("nfc", "a"), ("", "a"), ("NFC ", "a"), (5, "a"),
             ("NFC", 5), ("NFX", 5), (None, None), ("NFC", b"a")):
    for f in (ud.normalize, ud.is_normalized):
        try:
            f(*args)
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
