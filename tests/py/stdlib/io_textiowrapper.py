# io.TextIOWrapper over in-memory binary streams.
import io


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def wrap(data=b"", **kw):
    kw.setdefault("encoding", "utf-8")
    return io.TextIOWrapper(io.BytesIO(data), **kw)


# Reading with each newline mode.
data = b"one\r\ntwo\rthree\nfour"
for nl in (None, "", "\n", "\r", "\r\n"):
    w = wrap(data, newline=nl)
    print(repr(nl), w.readlines(), w.newlines)
    w = wrap(data, newline=nl)
    print(repr(nl), repr(w.read()))
    w = wrap(data, newline=nl)
    print(repr(nl), [w.readline(4) for _ in range(5)])

# Writing translates newlines.
for nl in (None, "", "\n", "\r", "\r\n"):
    b = io.BytesIO()
    w = io.TextIOWrapper(b, encoding="utf-8", newline=nl)
    w.write("a\nb\r\nc\r")
    w.flush()
    print(repr(nl), b.getvalue())

# Encodings and byte-order marks.
for enc in ("utf-8", "utf-8-sig", "latin-1", "ascii", "cp1252", "utf-16",
            "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"):
    b = io.BytesIO()
    w = io.TextIOWrapper(b, encoding=enc)
    w.write("h\xe9llo" if enc != "ascii" else "hello")
    w.write(" w\n")
    w.flush()
    raw = b.getvalue()
    r = io.TextIOWrapper(io.BytesIO(raw), encoding=enc)
    print(enc, raw, repr(r.read()), r.encoding)

# Decoding errors and error handlers.
t("strict", lambda: wrap(b"a\xffb").read())
t("replace", lambda: wrap(b"a\xffb", errors="replace").read())
t("ignore", lambda: wrap(b"a\xffb", errors="ignore").read())
t("backslash", lambda: wrap(b"a\xffb", errors="backslashreplace").read())
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="ascii", errors="xmlcharrefreplace")
w.write("caf\xe9\u20ac")
w.flush()
print(b.getvalue(), w.errors)
t("encode strict", lambda: io.TextIOWrapper(io.BytesIO(), encoding="ascii").write("\xe9"))

# A multi-byte character split across chunks.
w = wrap("\u20ac".encode() * 5)
w._CHUNK_SIZE = 4
print(repr(w.read(2)), repr(w.read()))
w = wrap(("ab\u20ac\n" * 4).encode())
w._CHUNK_SIZE = 3
print(list(w))

# read(size), readline(size), iteration.
w = wrap(b"alpha\nbeta\ngamma")
print(repr(w.read(3)), repr(w.readline()), repr(w.readline(2)), repr(w.read()))
print(repr(w.read()), repr(w.readline()))
w = wrap(b"x\ny\n")
print([line for line in w])

# Pending writes, flush, line_buffering and write_through.
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8")
w.write("abc")
print(b.getvalue())
w.flush()
print(b.getvalue())
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8", line_buffering=True)
w.write("abc")
print(b.getvalue(), w.line_buffering)
w.write("d\ne")
print(b.getvalue())
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8", write_through=True)
w.write("xyz")
print(b.getvalue(), w.write_through)

# tell() and seek().
w = wrap("a\u20acb\nc\r\nd".encode())
marks = []
while True:
    pos = w.tell()
    c = w.read(1)
    if not c:
        break
    marks.append((pos, c))
print(marks)
for pos, c in marks:
    w.seek(pos)
    print(pos, repr(w.read(1)), end="; ")
print()
w = wrap("\u20ac\u20ac\u20ac".encode())
w._CHUNK_SIZE = 2
print(repr(w.read(1)), w.tell(), repr(w.read(1)), w.tell())
w = wrap(b"abc\ndef\n")
w.readline()
p = w.tell()
print(p, repr(w.readline()))
w.seek(p)
print(repr(w.read()))
print(w.seek(0, 2), repr(w.read()), w.seek(0), repr(w.read(2)), w.seek(0, 1))
t("cur", lambda: w.seek(1, 1))
t("end", lambda: w.seek(1, 2))
t("neg", lambda: w.seek(-1))
t("whence", lambda: w.seek(0, 3))
w = wrap(b"a\nb\n")
next(w)
t("tell in for", lambda: w.tell())
print(list(w), w.tell())

# Writing after seeking, truncate, a BOM only at the start.
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-16")
w.write("ab")
w.seek(0, 2)
w.write("c")
w.flush()
print(b.getvalue())
w.seek(0)
print(repr(w.read()))
w.seek(0)
w.write("z")
w.flush()
print(b.getvalue())
b = io.BytesIO(b"hello world")
w = io.TextIOWrapper(b, encoding="utf-8")
print(w.truncate(5), b.getvalue())

# reconfigure().
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8")
w.write("\xe9")
w.reconfigure(encoding="latin-1")
w.write("\xe9\n")
w.reconfigure(newline="\r\n", line_buffering=True)
w.write("x\n")
print(b.getvalue(), w.encoding, w.line_buffering)
w = wrap(b"abc")
w.read(1)
t("reconf after read", lambda: w.reconfigure(encoding="latin-1"))
w.reconfigure(line_buffering=True)
print(w.line_buffering, w.encoding)

# detach(), close(), attributes.
b = io.BytesIO(b"data")
w = io.TextIOWrapper(b, encoding="utf-8")
print(w.detach() is b, w.buffer)
t("after detach", lambda: w.read())
t("closed", lambda: w.closed)
print(repr(w))
w = wrap(b"x")
print(repr(w), w.closed, w.readable(), w.writable(), w.seekable(),
      w.newlines, type(w.buffer).__name__)
with w:
    pass
print(w.closed, repr(w))
t("read closed", lambda: w.read())
t("write closed", lambda: w.write("x"))
t("bytes", lambda: wrap().write(b"x"))
t("enc type", lambda: io.TextIOWrapper(io.BytesIO(), encoding=1))
t("errors type", lambda: io.TextIOWrapper(io.BytesIO(), errors=1))
t("newline type", lambda: io.TextIOWrapper(io.BytesIO(), newline=1))
t("newline value", lambda: io.TextIOWrapper(io.BytesIO(), newline="x"))
t("unknown", lambda: io.TextIOWrapper(io.BytesIO(), encoding="nope"))
t("not text", lambda: io.TextIOWrapper(io.BytesIO(), encoding="hex"))
t("chunk", lambda: setattr(wrap(), "_CHUNK_SIZE", 0))
w = wrap(b"abc")
w.mode = "r"
print(repr(w))
print(isinstance(w, io.TextIOBase), isinstance(w, io.IOBase),
      isinstance(w, io.BufferedIOBase))

# Over a read-only or write-only buffer.
class ReadOnly(io.BytesIO):
    def writable(self):
        return False
r = io.TextIOWrapper(ReadOnly(b"q"), encoding="utf-8")
t("write ro", lambda: r.write("x"))
print(repr(r.read()))

# IncrementalNewlineDecoder.
import codecs
d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), True)
print([d.decode(x) for x in (b"a\r", b"\nb\r", b"c\r", b"")], d.decode(b"", True), d.newlines)
d = io.IncrementalNewlineDecoder(None, False)
print(repr(d.decode("x\r")), d.getstate(), repr(d.decode("\n")), d.newlines)
d.reset()
print(d.newlines, d.getstate())
