# memoryview wherever a bytes-like object is accepted: concatenation, join,
# searching, conversions, % formatting, bytearray methods, files.


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", repr(r))


data = b"hello world"
m = memoryview(data)
views = [("whole", m), ("part", m[1:3]), ("strided", m[::2]), ("reversed", m[::-1])]
for name, v in views:
    print("--", name, v.tobytes())
    show("b'' + v", lambda: b"" + v)
    show("bytearray + v", lambda: bytearray(b">") + v)
    show("v + b''", lambda: v + b"")
    show("join", lambda: b"-".join([v, v]))
    show("find", lambda: data.find(v))
    show("count", lambda: data.count(v))
    show("index", lambda: data.index(v))
    show("startswith", lambda: data.startswith(v))
    show("endswith tuple", lambda: data.endswith((b"zz", v)))
    show("replace", lambda: data.replace(v, b"_"))
    show("split", lambda: data.split(v))
    show("strip", lambda: data.strip(v))
    show("partition is the view", lambda: data.partition(v)[1] is v)
    show("bytearray partition", lambda: bytearray(data).partition(v))
    show("removeprefix", lambda: data.removeprefix(v))
    show("translate delete", lambda: data.translate(None, v))
    show("in", lambda: v in data)
    show("bytearray in", lambda: v in bytearray(data))
    show("bytes()", lambda: bytes(v))
    show("bytearray()", lambda: bytearray(v))
    show("%b %s", lambda: b"%b|%s" % (v, v))
    show("%c", lambda: b"%c" % v[:1])
    show("str(v, 'ascii')", lambda: str(v, "ascii"))
    show("int.from_bytes", lambda: int.from_bytes(v[:2], "big"))

    def extend():
        x = bytearray(b">")
        x.extend(v)
        x += v
        return x

    show("extend and +=", extend)

    def assign():
        x = bytearray(b"0123456789")
        x[2:4] = v
        return x

    show("slice assignment", assign)
    show("bytearray == v", lambda: bytearray(data) == v)
    show("v == bytearray", lambda: v == bytearray(data))
    show("bytearray < v", lambda: bytearray(b"a") < v)
    show("v >= bytearray", lambda: v >= bytearray(b"a"))

print(int(memoryview(b"12")), int(memoryview(b" -7 ")), float(memoryview(b"1.5")))
show("int(view) invalid", lambda: int(memoryview(b"1x")))
show("int(view, 10)", lambda: int(memoryview(b"12"), 10))
show("int(strided)", lambda: int(memoryview(b"1_2")[::2]))
show("float(strided)", lambda: float(memoryview(b"1.5")[::2]))
show("int.from_bytes(cast)", lambda: int.from_bytes(memoryview(b"\x01\x00\x00\x00").cast("I"), "little"))
show("b''.join of casts", lambda: b"".join([memoryview(b"ab").cast("c"), memoryview(b"cd").cast("H")]))
show("b'' + cast", lambda: b"" + memoryview(b"abcd").cast("I"))
show("bytes(cast)", lambda: bytes(memoryview(b"abcd").cast("H")))
show("b'%c' % view", lambda: b"%c" % memoryview(b"a"))
show("center fill", lambda: b"x".center(3, memoryview(b"-")))
show("hex sep view", lambda: b"ab".hex(memoryview(b"-")))

path = "/tmp/pyprobe_bytes_memoryview_consumers.bin"
with open(path, "wb") as f:
    print(f.write(memoryview(b"abcdef")[1:4]), f.write(memoryview(bytearray(b"XY"))))
    show("write strided", lambda: f.write(memoryview(b"abcdef")[::2]))
    show("write str", lambda: f.write("text"))
with open(path, "rb") as f:
    print(f.read())
