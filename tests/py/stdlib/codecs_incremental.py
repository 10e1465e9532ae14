# codecs: incremental encoders and decoders, iterencode/iterdecode, stream
# readers and writers, codecs.open and EncodedFile.
import codecs
import io
import os
import shutil
import tempfile


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def feed(enc, data, **kw):
    """Decode data a byte at a time; return the pieces."""
    d = codecs.getincrementaldecoder(enc)(**kw)
    out = [d.decode(data[i:i + 1]) for i in range(len(data))]
    out.append(d.decode(b"", True))
    return out


text = "a\xe9\u20ac\U0001f600z"
for enc in ("utf-8", "utf-8-sig", "latin-1", "cp1252", "ascii", "utf-16",
            "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
            "unicode_escape", "raw_unicode_escape"):
    sample = text if enc not in ("latin-1", "ascii", "cp1252") else "ab\xe9"[:2 if enc == "ascii" else 3]
    e = codecs.getincrementalencoder(enc)()
    data = b"".join(e.encode(c) for c in sample) + e.encode("", True)
    pieces = feed(enc, data)
    print(enc, data, "".join(pieces) == sample, [p for p in pieces if p][:4])

# States: getstate()/setstate() and reset().
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"a\xe2\x82")), d.getstate(), d.decode(b"\xac"), d.getstate())
d.decode(b"\xe2")
d.reset()
print(d.getstate(), d.decode(b"x"))
t("invalid continuation", lambda: codecs.getincrementaldecoder("utf-8")().decode(b"a\xe2\x28"))
t("truncated final", lambda: codecs.getincrementaldecoder("utf-8")().decode(b"a\xe2", final=True))
d = codecs.getincrementaldecoder("utf-8")("replace")
print(repr(d.decode(b"a\xffb\xe2")), repr(d.decode(b"", True)), d.errors)
d = codecs.getincrementaldecoder("utf-16")()
print(repr(d.decode(b"\xfe")), d.getstate(), repr(d.decode(b"\xff")), d.getstate(),
      repr(d.decode(b"\x00a\xd8")), repr(d.decode(b"\x3d\xde\x00\x00")), d.getstate())
t("no BOM", lambda: codecs.getincrementaldecoder("utf-16")().decode(b"a\x00"))
t("no BOM 32", lambda: codecs.getincrementaldecoder("utf-32")().decode(b"a\x00\x00\x00"))
t("short", lambda: codecs.getincrementaldecoder("utf-16")().decode(b"a"))
e = codecs.getincrementalencoder("utf-16")()
print(e.getstate(), e.encode("a"), e.getstate(), e.encode("b"))
e.reset()
print(e.encode("c"))
e.setstate(0)
print(e.encode("d"))
e = codecs.getincrementalencoder("utf-8-sig")()
print(e.getstate(), e.encode("a"), e.getstate(), e.encode("b"))
d = codecs.getincrementaldecoder("utf-8-sig")()
print(repr(d.decode(b"\xef\xbb")), d.getstate(), d.decode(b"\xbfa"), d.getstate(),
      d.decode(b"\xef\xbb\xbf"))
d = codecs.getincrementaldecoder("utf-8-sig")()
print(repr(d.decode(b"\xef")))
t("sig", lambda: d.decode(b"x"))
d = codecs.getincrementaldecoder("unicode_escape")()
print(repr(d.decode(b"ab\\u20")), repr(d.decode(b"ac\\")), repr(d.decode(b"n")),
      repr(d.decode(b"", True)))
e = codecs.getincrementalencoder("hex")()
print(e.encode(b"\x01\x02"), codecs.getincrementaldecoder("hex")().decode(b"4142"))
print(codecs.utf_8_decode(b"ab\xc3", "strict", False), codecs.utf_8_decode(b"ab\xc3\xa9"),
      codecs.utf_16_le_decode(b"a\x00b", "strict", False), codecs.utf_16_ex_decode(b"\xfe\xff\x00a"),
      codecs.utf_8_encode("\xe9"), codecs.latin_1_encode("\xe9"), codecs.ascii_decode(b"ab"))

# iterencode() and iterdecode().
print(list(codecs.iterencode(["a", "\xe9", "", "\u20ac"], "utf-16")))
print(list(codecs.iterdecode([b"\xe2", b"\x82", b"\xac", b"", b"x"], "utf-8")))
print(list(codecs.iterdecode([b"\xff\xfe", b"a", b"\x00"], "utf-16")))
t("iterdecode bad", lambda: list(codecs.iterdecode([b"\xe2"], "utf-8")))

# A custom error handler in incremental decoding.
codecs.register_error("qmark", lambda exc: ("?", exc.end))
d = codecs.getincrementaldecoder("utf-8")("qmark")
print(repr(d.decode(b"a\xff")), repr(d.decode(b"\xc3")), repr(d.decode(b"\xa9\xff", True)))

# StreamWriter and StreamReader.
b = io.BytesIO()
w = codecs.getwriter("utf-16")(b)
w.write("ab")
w.writelines(["c", "d\n"])
print(b.getvalue(), w.errors, w.getvalue() == b.getvalue())
b.seek(0)
r = codecs.getreader("utf-16")(b)
print(repr(r.read(1)), repr(r.read()), repr(r.read()))
r = codecs.getreader("utf-8")(io.BytesIO("line1\nline2\r\nl\xe9ne3\rlast".encode()))
print(r.readline(), repr(r.readline(keepends=False)), r.readlines())
r = codecs.getreader("utf-8")(io.BytesIO("x\ny\n".encode()))
print(list(r))
r = codecs.getreader("utf-8")(io.BytesIO("abc\u20acdef".encode()))
print(repr(r.read(chars=2)), repr(r.read(4)), repr(r.read(chars=1)), repr(r.read()))
r = codecs.getreader("latin-1")(io.BytesIO(b"ab\xe9"))
print(r.read(), r.stream.tell())
r = codecs.getreader("ascii")(io.BytesIO(b"ok\xff"))
t("reader error", lambda: r.read())
r = codecs.getreader("utf-8")(io.BytesIO(b"one\ntwo\n"), "replace")
r.readline()
r.seek(0)
print(repr(r.read()), r.errors)

# codecs.open() and EncodedFile().
home = os.getcwd()
tmp = tempfile.mkdtemp()
os.chdir(tmp)
try:
    with codecs.open("t.txt", "w", "utf-16") as f:
        print(f.encoding)
        f.write("caf\xe9\n")
        f.write("two\n")
    print(open("t.txt", "rb").read())
    with codecs.open("t.txt", "r", encoding="utf-16") as f:
        print(f.readline(), f.readlines())
    with codecs.open("t.txt", "r", "utf-16") as f:
        print(list(f))
    with codecs.open("t.txt", "rb") as f:
        print(f.read(2))
    t("open unknown", lambda: codecs.open("t.txt", "r", "nope"))
finally:
    os.chdir(home)
    shutil.rmtree(tmp)
raw = io.BytesIO()
ef = codecs.EncodedFile(raw, "utf-8", "latin-1")
ef.write("\xe9t\xe9".encode("utf-8"))
print(raw.getvalue(), ef.data_encoding, ef.file_encoding)
raw.seek(0)
print(ef.read())
