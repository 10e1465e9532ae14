# repr with quotes and escapes, unicode and control chars
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\nx", "cr\rx", "back\\slash",
           "\x00\x01\x07\x08\x0b\x0c\x1b\x1f\x7f", "\x80\x9f\xa0\xad", "é ñ ü", "日本語", "😀", "\u200b\u2028\ufeff",
           "\ud800" if False else "surrogate-skip", "", "'", '"', "\\", "\U0010ffff", "\xff", "a\x00b"]
for s in samples:
    print(repr(s), len(s))
print(ascii("é ñ ü"), ascii("日本語"), ascii("😀"), ascii("plain"), ascii("it's"))
print(str("x\ny"), repr("x\ny"), [("a\n", "b'")], {"k'": "v\""})
print(repr(repr("a")), repr(str(5)), repr("%s" % "q"))
print(f"{'tab':>5}|{'x'!r}|{chr(9)!r}|{chr(0x1F600)!a}")
print("\N{GREEK SMALL LETTER ALPHA}", repr("\N{EM DASH}"), "\u00e9" == "é", "\x41\101")
raw = r"C:\new\table\x"
print(raw, repr(raw), len(raw))
print(repr(b"bytes\n'\x00\xff".decode("latin-1")))
print("""triple "quoted" 'mixed'""", repr("""triple "quoted" 'mixed'"""))
for cp in [0, 9, 10, 13, 27, 31, 32, 126, 127, 128, 159, 160, 173, 255, 256, 0x300, 0x85, 0xe000, 0xfffe]:
    print(cp, repr(chr(cp)), ascii(chr(cp)))
def describe(s):
    r = repr(s)
    return "%s -> %d chars, quote=%s" % (r, len(r), r[0])
for s in ["a'b", 'a"b', "a'b\"c", "\\'", "\n'", "'\"'"]:
    print(describe(s))
print(repr("\x00" * 3), repr("\t\n\r\x0b\x0c"), repr("\\n"), len("\\n"))
print(eval(repr("round'trip\"\n\x00é😀")) == "round'trip\"\n\x00é😀")
print(repr(["'", '"', "\\"]), repr(("\n",)), repr({"\t": "\x7f"}))
print("%r|%s|%a" % ("é\n", "é\n", "é\n"))
print(f"{'é'!r} {'é'!a} {'é'!s}")
