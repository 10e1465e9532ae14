def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

b = bytearray(b"hello")
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e, bytes(b))
    else:
        print(label, "->", repr(r), bytes(b))

show("append", lambda: b.append(33))
show("append 256", lambda: b.append(256))
show("append -1", lambda: b.append(-1))
show("append bytes", lambda: b.append(b"x"))
show("append str", lambda: b.append("x"))
show("insert 0", lambda: b.insert(0, 65))
show("insert -1", lambda: b.insert(-1, 66))
show("insert 100", lambda: b.insert(100, 67))
show("insert -100", lambda: b.insert(-100, 68))
show("insert bad", lambda: b.insert(0, 300))
show("insert float idx", lambda: b.insert(1.0, 65))
show("pop", lambda: b.pop())
show("pop 0", lambda: b.pop(0))
show("pop -2", lambda: b.pop(-2))
show("pop 100", lambda: b.pop(100))
show("remove", lambda: b.remove(ord("l")))
show("remove missing", lambda: b.remove(ord("z")))
show("remove 300", lambda: b.remove(300))
show("extend", lambda: b.extend(b"XYZ"))
show("extend list", lambda: b.extend([1, 2]))
show("extend gen", lambda: b.extend(i for i in (48, 49)))
show("extend str", lambda: b.extend("abc"))
show("extend int", lambda: b.extend(5))
show("extend bad item", lambda: b.extend([1, 256]))
show("reverse", lambda: b.reverse())
show("count", lambda: b.count(b"l"))
show("copy", lambda: b.copy())
show("setitem", lambda: b.__setitem__(0, 122))
show("setitem bad", lambda: b.__setitem__(0, 1000))
show("setitem oob", lambda: b.__setitem__(100, 1))
show("setitem bytes", lambda: b.__setitem__(0, b"a"))
show("slice assign", lambda: b.__setitem__(slice(1, 3), b"----"))
show("slice assign shrink", lambda: b.__setitem__(slice(0, 5), b""))
show("slice assign list", lambda: b.__setitem__(slice(0, 0), [65, 66]))
show("slice assign int", lambda: b.__setitem__(slice(0, 0), 3))
show("slice assign str", lambda: b.__setitem__(slice(0, 0), "ab"))
show("ext slice assign", lambda: b.__setitem__(slice(None, None, 2), bytes(len(b[::2]))))
show("ext slice assign bad", lambda: b.__setitem__(slice(None, None, 2), b"x"))
show("ext slice del", lambda: b.__delitem__(slice(None, None, 3)))
show("del item", lambda: b.__delitem__(0))
show("del oob", lambda: b.__delitem__(50))
show("del slice", lambda: b.__delitem__(slice(-2, None)))
show("self assign", lambda: b.__setitem__(slice(0, 1), b))
def imul():
    global b
    b *= 2
show("imul", imul)
def imul0():
    global b
    c = b
    c *= 0
    return c is b
show("imul0", imul0)
def iadd():
    global b
    b += b"abc"
show("iadd", iadd)
def iadd_bad():
    global b
    b += "abc"
show("iadd bad", iadd_bad)
def iadd_list():
    global b
    b += [1]
show("iadd list", iadd_list)
show("clear", lambda: b.clear())
show("pop empty", lambda: b.pop())
show("remove empty", lambda: b.remove(1))
b = bytearray(b"abcdefghij")
show("reset", lambda: None)
show("slice step assign", lambda: b.__setitem__(slice(1, 8, 3), b"XYZ"))
show("slice neg step", lambda: b.__setitem__(slice(None, None, -1), b"0123456789"))
show("slice neg step bad", lambda: b.__setitem__(slice(None, None, -2), b"01"))
show("slice empty ext", lambda: b.__setitem__(slice(5, 2, 2), b""))
show("mv slice", lambda: b.__setitem__(slice(0, 2), memoryview(b"MV")))
show("hash", lambda: hash(b))
show("eq", lambda: b == b"0123456789")
show("iter", lambda: list(b)[:3])
show("alloc", lambda: b.__alloc__() >= len(b))
show("len", lambda: len(b))
b2 = bytearray(b"x")
show("b2 repr", lambda: b2)
t("ba mul neg", lambda: bytearray(b"ab") * -3)
t("ba mul float", lambda: bytearray(b"ab") * 1.5)
t("ba from ba", lambda: bytearray(bytearray(b"z")))
t("ba iadd mv", lambda: bytes((lambda x: (x.__iadd__(memoryview(b"!")), x)[1])(bytearray(b"q"))))
