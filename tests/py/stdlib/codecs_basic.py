# codecs: lookup, encode/decode, error handlers, BOMs and the escape and
# bytes-to-bytes codecs.
import codecs


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ("utf8", "UTF-8", "U8", "utf_8", "utf-8-sig", "ascii", "us-ascii",
             "646", "latin1", "Latin 1", "iso-8859-1", "L1", "cp1252",
             "windows-1252", "utf-16", "UTF16", "utf-16le", "utf_16_be",
             "utf-32", "utf-32-le", "utf_32be", "unicode_escape",
             "unicode-escape", "raw_unicode_escape", "hex", "hex_codec",
             "base64", "base_64", "rot13", "zlib"):
    info = codecs.lookup(name)
    print(name, info.name, info._is_text_encoding, len(info))
t("unknown", lambda: codecs.lookup("nope"))
t("type", lambda: codecs.lookup(1))
info = codecs.lookup("utf-8")
print(isinstance(info, tuple), info is codecs.lookup("utf-8"),
      info[0] is info.encode, info.incrementalencoder.__name__,
      info.streamreader.__name__, repr(info).startswith("<codecs.CodecInfo object for encoding utf-8 at"))
print(codecs.getencoder("latin-1")("h\xe9"), codecs.getdecoder("latin-1")(b"h\xe9"))

# encode() and decode() over the text codecs.
text = "h\xe9llo \u20ac"
for enc in ("utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le", "utf-16-be",
            "utf-32", "utf-32-le", "utf-32-be"):
    data = codecs.encode(text, enc)
    print(enc, data, codecs.decode(data, enc) == text)
print(codecs.encode("abc"), codecs.decode(b"abc"), codecs.decode(bytearray(b"x\xc3\xa9")),
      codecs.decode(memoryview(b"xyz"), "ascii"))
print(codecs.decode(b"\xef\xbb\xbfabc", "utf-8-sig"), codecs.decode(b"abc", "utf-8-sig"))
print(codecs.decode(b"\xfe\xff\x00a", "utf-16"), codecs.decode(b"a\x00", "utf-16"),
      codecs.decode(b"\x00\x00\xfe\xff\x00\x00\x00a", "utf-32"))
t("enc bytes", lambda: codecs.encode(b"x", "utf-8"))
t("dec str", lambda: codecs.decode("x", "utf-8"))
t("strict enc", lambda: codecs.encode("\xe9", "ascii"))
t("strict dec", lambda: codecs.decode(b"\xff", "utf-8"))
t("utf16 odd", lambda: codecs.decode(b"a\x00b", "utf-16-le"))

# Standard error handlers.
for errors in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
    t(errors, lambda: codecs.encode("a\xe9\u20ac\U0001f600b", "ascii", errors))
for errors in ("ignore", "replace", "backslashreplace"):
    t(errors, lambda: codecs.decode(b"a\xff\xfeb\xc3", "utf-8", errors))
t("xml dec", lambda: codecs.decode(b"\xff", "ascii", "xmlcharrefreplace"))
t("bad handler", lambda: codecs.encode("\xe9", "ascii", "bogus"))
for name in ("strict", "ignore", "replace", "backslashreplace",
             "xmlcharrefreplace", "namereplace"):
    print(name, codecs.lookup_error(name).__name__)
t("lookup_error", lambda: codecs.lookup_error("nope"))
enc_err = UnicodeEncodeError("ascii", "a\xe9\u20ac", 1, 3, "bad")
dec_err = UnicodeDecodeError("utf-8", b"a\xff\xfe", 1, 3, "bad")
tr_err = UnicodeTranslateError("a\xe9\u20ac", 1, 3, "bad")
for handler in (codecs.ignore_errors, codecs.replace_errors,
                codecs.backslashreplace_errors, codecs.xmlcharrefreplace_errors):
    for exc in (enc_err, dec_err, tr_err, ValueError("x")):
        t(handler.__name__, lambda: handler(exc))
t("strict_errors", lambda: codecs.strict_errors(enc_err))
t("strict non-exc", lambda: codecs.strict_errors("x"))

# Custom error handlers, honoured by codecs.encode() and decode().
def dashes(exc):
    if isinstance(exc, UnicodeEncodeError):
        return "-" * (exc.end - exc.start), exc.end
    return "<%s>" % exc.object[exc.start:exc.end].hex(), exc.end
codecs.register_error("dashes", dashes)
print(codecs.lookup_error("dashes") is dashes)
print(codecs.encode("a\xe9\u20acb", "ascii", "dashes"),
      codecs.encode("a\u20acb", "latin-1", "dashes"),
      codecs.decode(b"a\xff\xfeb", "utf-8", "dashes"),
      codecs.decode(b"a\x80b", "ascii", "dashes"))


def skip_all(exc):
    return b"[bytes]", len(exc.object)
codecs.register_error("skip_all", skip_all)
print(codecs.encode("ab\xe9cd\xe9", "ascii", "skip_all"))
t("not callable", lambda: codecs.register_error("x", 1))
codecs.register_error("badresult", lambda exc: "oops")
t("bad result", lambda: codecs.decode(b"\xff", "utf-8", "badresult"))
codecs.register_error("far", lambda exc: ("", 100))
t("out of bounds", lambda: codecs.decode(b"\xff", "utf-8", "far"))

# BOM constants.
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE,
      codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16,
      codecs.BOM_LE, codecs.BOM_BE, codecs.BOM_UTF32 in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE))

# unicode_escape and raw_unicode_escape.
s = "a\\b\t\n\r'\"\x00\x7f\xe9\u20ac\U0001f600"
for enc in ("unicode_escape", "raw_unicode_escape"):
    data = codecs.encode(s, enc)
    print(enc, data, codecs.decode(data, enc) == s)
for data in (b"\\x41\\101\\u20ac\\U0001F600\\n\\t\\\\", b"\\N{EURO SIGN}",
             b"a\\\nb", b"\\x4", b"\\u12", b"\\U1234", b"abc\\", b"\\U00110000",
             b"\\N{NO SUCH NAME}", b"\xe9\\'"):
    t(data, lambda: codecs.decode(data, "unicode_escape"))
t("ue replace", lambda: codecs.decode(b"a\\x4b\\u1c", "unicode_escape", "replace"))
t("ue ignore", lambda: codecs.decode(b"a\\x4b", "unicode_escape", "ignore"))
for data in (b"\\u20ac\\x41", b"\\\\u1234", b"\\\\\\u1234", b"\\u12", b"\\U00110000",
             b"abc\\", b"\xe9"):
    t(data, lambda: codecs.decode(data, "raw_unicode_escape"))
print([codecs.escape_encode(d) for d in (b"it's", b'a"b', b"\\\t\r\x7f\xff")])
print(codecs.unicode_escape_decode(b"ab\\x4", "strict", False),
      codecs.escape_decode(b"\\x41\\n\\101"), codecs.escape_encode(b"a\n\x00'\""))

# Bytes-to-bytes and str-to-str codecs.
print(codecs.encode(b"\x00hi\xff", "hex"), codecs.decode(b"0068ff", "hex"))
print(codecs.encode(b"hello" * 12, "base64"))
print(codecs.decode(b"aGVsbG8=\n", "base64"), codecs.encode("Hello!", "rot13"),
      codecs.decode(codecs.encode(b"zzz" * 10, "zlib"), "zlib"))
t("hex odd", lambda: codecs.decode(b"abc", "hex"))
t("b64 pad", lambda: codecs.decode(b"abc", "base64"))
t("hex str", lambda: codecs.encode("x", "hex"))

# Search functions.
def search(name):
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (b.decode().lower(), len(b)),
                                name="my-codec")
    return None
codecs.register(search)
print(codecs.lookup("my_codec").name, codecs.encode("abc", "my_codec"),
      codecs.decode(b"ABC", "my_codec"))
codecs.register(lambda name: "bad" if name == "bad_codec" else None)
t("bad search", lambda: codecs.lookup("bad_codec"))
t("register", lambda: codecs.register(1))
