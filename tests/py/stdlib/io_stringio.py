import io

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = io.StringIO("hello\nworld\nlast")
print(s.read(3), repr(s.readline()), s.tell())
print(s.readlines())
print(repr(s.read()), s.tell())
s.seek(0)
print(list(s))
s.seek(0)
print([line for line in s])
s.seek(6)
print(s.write("WORLD"), s.getvalue())
print(s.tell(), repr(s.read()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0, 2)
print(s.tell())
print(s.write("!"), repr(s.getvalue()))
s.seek(10)
s.write("z")
print(repr(s.getvalue()))
print(s.seek(0), s.readline(2), s.readline(-1), s.readline(None))
print(s.readable(), s.writable(), s.seekable(), s.isatty())
print(s.line_buffering, s.encoding, s.errors, s.newlines)
s.close()
print(s.closed)
for name in ["read", "readline", "getvalue", "tell", "readable", "writable",
             "seekable", "isatty", "flush", "readlines", "__iter__"]:
    print(name, end=" ")
    t(getattr(s, name))
t(lambda: s.write("x"))
t(lambda: s.seek(0))
t(lambda: s.truncate())
s.close()

s = io.StringIO("abc")
for expr in ["fileno()", "detach()", "seek(1,1)", "seek(-1)", "seek(0,3)",
             "seek('a')", "truncate(-1)", "truncate('a')", "read('x')",
             "readline('x')", "write(b'x')", "readlines('x')", "seek(0,1)",
             "seek(0, 2)", "seek(10)", "tell()", "write('z')", "getvalue()",
             "read(1.5)", "truncate(None)", "readlines(2)"]:
    print(expr, end=" ")
    t(lambda: eval("s." + expr))
t(lambda: io.StringIO(1))
t(lambda: io.StringIO("", newline=3))
t(lambda: io.StringIO("", newline="x"))
t(lambda: io.StringIO(None).getvalue())
t(lambda: io.StringIO(initial_value="iv").read())

# Newline handling.
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
    s = io.StringIO(newline=nl)
    s.write("x\ny")
    s.write("\r\n")
    print(repr(nl), repr(s.getvalue()), s.newlines)
s = io.StringIO(newline=None)
s.write("a\n")
print(repr(s.newlines))
s.write("b\r")
print(repr(s.newlines))

# Non-ASCII text.
s = io.StringIO()
s.write("héllo\n")
s.write("wörld\n")
s.write("end")
print(repr(s.getvalue()), s.tell())
s.seek(2)
print(repr(s.read(4)), s.tell())
s.write("ÄÖ")
print(repr(s.getvalue()))
s.seek(0)
print(s.readlines())
s.seek(1)
s.write("x")
print(repr(s.getvalue()))
s.truncate(4)
print(repr(s.getvalue()), s.tell())
s = io.StringIO("α\r\nβ\rγ\n", newline="")
print(s.readlines())
s = io.StringIO("α\r\nβ\rγ\n", newline="\r\n")
print(s.readlines())

big = "".join("line %d é\n" % i for i in range(2000))
s = io.StringIO(big)
n = 0
for line in s:
    n += len(line)
print(n, len(big))

# Writing many pieces.
s = io.StringIO()
for i in range(1000):
    s.write(str(i))
print(len(s.getvalue()), s.tell())
print(s.writelines(["a", "b", "c"]), s.getvalue()[-5:])

with io.StringIO("ctx") as f:
    print(f.read())
print(f.closed)
t(lambda: f.__enter__())

print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase))
print(isinstance(io.StringIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.RawIOBase))
print(type(io.StringIO()).__name__, io.StringIO)

class Sub(io.StringIO):
    def readline(self, size=-1):
        return super().readline(size).upper()

print(list(Sub("a\nb\n")))
