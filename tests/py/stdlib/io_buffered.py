# io.BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair over
# raw streams written in Python.
import io


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Raw(io.RawIOBase):
    """A raw stream over a bytearray that logs its calls and returns at
    most `step` bytes per read."""

    def __init__(self, data=b"", step=5, seekable=True):
        self.data = bytearray(data)
        self.pos = 0
        self.step = step
        self._seekable = seekable
        self.log = []

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return self._seekable

    def readinto(self, b):
        n = min(len(b), self.step, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        self.log.append(("read", n))
        return n

    def write(self, b):
        b = bytes(b)
        self.data[self.pos:self.pos + len(b)] = b
        self.pos += len(b)
        self.log.append(("write", len(b)))
        return len(b)

    def seek(self, pos, whence=0):
        if whence == 1:
            pos += self.pos
        elif whence == 2:
            pos += len(self.data)
        self.pos = pos
        return pos

    def tell(self):
        return self.pos

    def truncate(self, size=None):
        if size is None:
            size = self.pos
        del self.data[size:]
        return size


# RawIOBase defaults: read() via readinto(), readall(), iteration.
r = Raw(b"ab\ncd\nef", step=3)
print(r.read(2), r.read(), r.read(), r.readable())
r = Raw(b"ab\ncd\nef", step=3)
print(list(r), r.closed)
r.close()
print(r.closed)
t("iter closed", lambda: iter(r))
t("base read", lambda: io.RawIOBase().read(2))
t("base write", lambda: io.RawIOBase().write(b"x"))
t("IOBase seek", lambda: io.IOBase().seek(0))
t("IOBase fileno", lambda: io.IOBase().fileno())
t("IOBase tell", lambda: io.IOBase().tell())
t("Buffered read", lambda: io.BufferedIOBase().read())
t("Text read", lambda: io.TextIOBase().read())

# BufferedReader.
raw = Raw(b"line one\nline two\nthree", step=4)
b = io.BufferedReader(raw, buffer_size=6)
print(b.read(3), b.peek()[:10], b.read1(100), b.readline(), b.tell())
print(b.readline(3), b.readlines(), b.read(), b.read(5))
raw = Raw(b"0123456789", step=4)
b = io.BufferedReader(raw, 4)
ba = bytearray(6)
print(b.readinto(ba), ba, b.readinto1(ba), ba, b.seek(1), b.read(2), b.seek(2, 1),
      b.read(1), b.seek(-2, 2), b.read(), b.tell())
print(b.raw is raw, b.readable(), b.writable(), b.seekable(), b.closed)
t("write", lambda: b.write(b"x"))
t("peek size", lambda: b.peek(3))
t("read neg", lambda: b.read(-2))
t("whence", lambda: b.seek(0, 5))
print(b.detach() is raw)
t("detached read", lambda: b.read())
t("detached raw", lambda: b.raw)
print(repr(b))
b = io.BufferedReader(Raw(b"abc"))
b.close()
t("read closed", lambda: b.read())
t("peek closed", lambda: b.peek())
t("tell closed", lambda: b.tell())
t("size", lambda: io.BufferedReader(Raw(), 0))

# BufferedWriter.
raw = Raw()
w = io.BufferedWriter(raw, 4)
print(w.write(b"ab"), bytes(raw.data), w.write(b"cdef"), bytes(raw.data),
      w.write(bytearray(b"0123456789")), bytes(raw.data), w.tell())
w.flush()
print(bytes(raw.data), raw.log)
print(w.seek(2), w.write(b"XY"), w.tell(), bytes(raw.data))
w.flush()
print(bytes(raw.data), w.truncate(), bytes(raw.data))
t("read", lambda: w.read())
t("str", lambda: w.write("text"))
t("int", lambda: w.write(3))
w.close()
t("write closed", lambda: w.write(b"x"))
t("flush closed", lambda: w.flush())
print(w.closed, raw.closed)

# BufferedRandom: reads and writes share one position.
raw = Raw(b"abcdefghij", step=3)
f = io.BufferedRandom(raw, 4)
print(f.read(2), f.tell(), f.write(b"XY"), f.tell(), f.read(2))
f.flush()
print(bytes(raw.data), f.seek(0), f.read(), f.write(b"!"), f.tell())
f.seek(0)
print(f.read())
print(f.truncate(4), bytes(raw.data), f.readable(), f.writable())
t("unseekable", lambda: io.BufferedRandom(Raw(seekable=False)))

# BufferedRWPair.
src = Raw(b"from reader\nmore", step=4)
dst = Raw()
p = io.BufferedRWPair(src, dst, 8)
print(p.read(4), p.peek()[:3], p.readline(), p.write(b"to writer"), bytes(dst.data))
p.flush()
print(bytes(dst.data), p.readable(), p.writable(), p.seekable(), p.closed)
p.close()
print(p.closed, src.closed, dst.closed)


class NotReadable(Raw):
    def readable(self):
        return False


t("pair reader", lambda: io.BufferedRWPair(NotReadable(), Raw()))
t("reader", lambda: io.BufferedReader(NotReadable()))

# Over BytesIO, with a text layer on top.
b = io.BufferedReader(io.BytesIO(b"x\ny\n"))
print(list(b), isinstance(b, io.BufferedIOBase), isinstance(b, io.RawIOBase))
t = io.TextIOWrapper(io.BufferedRandom(io.BytesIO(b"caf\xc3\xa9\n")), encoding="utf-8")
print(repr(t.readline()), t.write("ok"), t.tell())
t.seek(0)
print(repr(t.read()))
