# bytearray mutation
ba = bytearray(b"hello")
ba.append(33)
print(ba)
ba.extend(b" world")
print(ba)
ba.extend([65, 66])
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, ord("H"))
ba.insert(100, ord("!"))
ba.insert(-1, ord("?"))
print(ba)
ba.reverse()
print(ba)
ba.reverse()
ba[0] = 74
print(ba, ba[0], ba[-1])
ba[1:3] = b"EE"
print(ba)
ba[1:3] = b"XYZW"
print(ba)
ba[0:5] = b""
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
ba.remove(ord("w"))
print(ba)
try:
    ba.remove(ord("q"))
except ValueError as e:
    print(type(e).__name__, e)
for bad in [lambda: ba.append(256), lambda: ba.append("a"), lambda: ba.__setitem__(0, -1), lambda: bytearray().pop(),
            lambda: ba.__setitem__(100, 1), lambda: b"imm".__setitem__(0, 1)]:
    try:
        bad()
    except (ValueError, TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
c = ba.copy()
c.clear()
print(c, ba, ba.count(ord("l")), ba.index(ord("l")) if ord("l") in ba else -1)
ba += b"++"
print(ba)
ba *= 2
print(ba)
x = bytearray(b"abcdef")
x[::2] = b"XYZ"
print(x)
try:
    x[::2] = b"12"
except ValueError as e:
    print(type(e).__name__, e)
x[1:1] = [1, 2]
print(x, x.upper(), bytes(x))
x[:] = range(65, 70)
print(x, x.decode())
