import io
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = io.BytesIO(b"one\ntwo\nthree")
print(b.read(2), b.readline(), b.tell(), b.readlines())
b.seek(0)
print(list(b))
b.seek(0)
print(b.readline(2), b.read1(2), b.read1(), b.read())
print(b.seek(4), b.write(b"TWO"), b.getvalue(), b.tell())
print(b.write(bytearray(b"xy")), b.write(memoryview(b"!")), b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(0)
buf = bytearray(3)
print(b.readinto(buf), buf, b.readinto1(buf), buf)
print(b.readinto(bytearray(10)), b.readinto(bytearray(1)))
print(b.readable(), b.writable(), b.seekable(), b.isatty())
b = io.BytesIO(b"abc")
for expr in ["fileno()", "detach()", "seek(1,1)", "seek(-1)", "seek(-10,1)",
             "tell()", "seek(0,3)", "seek('a')", "truncate(-1)", "truncate('a')",
             "read('x')", "write('x')", "seek(10)", "write(b'z')", "getvalue()",
             "read1()", "seek(-2,2)", "read1(1)", "readinto(b'xx')",
             "readlines(3)", "seek(0)", "readlines(3)", "readline(None)",
             "truncate()", "getvalue()", "write(b'')"]:
    print(expr, end=" ")
    t(lambda: eval("b." + expr))
t(lambda: io.BytesIO("x"))
t(lambda: io.BytesIO(initial_bytes=b"x").getvalue())
t(lambda: io.BytesIO(None).getvalue())
t(lambda: io.BytesIO(bytearray(b"ba")).getvalue())

b = io.BytesIO(b"abcdef")
view = b.getbuffer()
print(bytes(view), len(view))
view[0] = 65
print(b.getvalue())
t(lambda: b.write(b"12345678"))
t(lambda: b.truncate(1))
t(lambda: b.close())
view.release()
print(b.write(b"12345678"), b.getvalue())
b.close()
print(b.closed)
for name in ["read", "readline", "getvalue", "tell", "readable", "flush",
             "isatty", "readlines", "getbuffer", "read1", "truncate"]:
    print(name, end=" ")
    t(getattr(b, name))
t(lambda: b.seek(0))
t(lambda: b.write(b""))

with io.BytesIO(b"ctx") as f:
    print(f.read())
print(f.closed)

print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase))
print(isinstance(io.BytesIO(), io.TextIOBase), io.BytesIO)

# The abstract bases.
x = io.IOBase()
for expr in ["seek(0)", "tell()", "truncate()", "fileno()", "readable()",
             "writable()", "seekable()", "flush()", "isatty()", "closed"]:
    print(expr, end=" ")
    t(lambda: eval("x." + expr))
x.close()
print(x.closed)
t(lambda: x.flush())
t(lambda: x.__enter__())
r = io.RawIOBase()
for expr in ["read()", "read(3)", "readall()", "readinto(bytearray(2))", "write(b'')"]:
    print(expr, end=" ")
    t(lambda: eval("r." + expr))
r = io.BufferedIOBase()
for expr in ["read()", "read1()", "readinto(bytearray(2))", "write(b'')", "detach()"]:
    print(expr, end=" ")
    t(lambda: eval("r." + expr))
r = io.TextIOBase()
for expr in ["read()", "readline()", "write('')", "detach()", "encoding", "newlines", "errors"]:
    print(expr, end=" ")
    t(lambda: eval("r." + expr))

class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

r = Raw(b"ab\ncd\nef")
print(r.read(2), r.readline(), r.readall(), r.read())
r = Raw(b"x\ny\n")
print(list(r), r.readable(), r.writable())
r = Raw(b"1\n22\n333\n4444\n")
print(r.readlines(3))
with Raw(b"q") as r:
    print(r.read())
print(r.closed)

class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)

u = Upper()
print(u.write("abc"), u.writelines(["d", "e"]), u.parts)
print(isinstance(u, io.IOBase), issubclass(Upper, io.TextIOBase))

# The names bound to pyprobe's file types, and UnsupportedOperation.
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    sys.stdout.read()
except io.UnsupportedOperation as e:
    print("caught", e)
with open(__file__) as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.IOBase), isinstance(f, io.TextIOBase))
    try:
        f.write("x")
    except io.UnsupportedOperation as e:
        print("caught", e)
with open(__file__, "rb") as f:
    print(isinstance(f, io.BufferedReader), isinstance(f, io.IOBase), isinstance(f, io.BufferedIOBase))
    print(f.read(6))
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOBase))
print(io.open is open, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.text_encoding(None), io.text_encoding("utf-8"))
d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("", final=True)), d.newlines)
