# File objects: seek, tell and truncate; reads then writes in "r+" mode;
# universal newlines in text mode; directories refused; real descriptors.
import posix

path = "/tmp/pyprobe_positions_%d" % posix.getpid()

with open(path, "wb") as f:
    f.write(b"0123456789")
    print(f.tell())
    print(f.seek(3), f.tell())
    f.write(b"abc")
    print(f.tell(), f.seek(0, 2), f.seek(-2, 2), f.seek(1, 1))
with open(path, "rb") as f:
    print(f.read())
    print(f.seek(2), f.read(3), f.tell(), f.read(2), f.tell())
with open(path, "r+b") as f:
    print(f.read(2))
    f.write(b"XY")
    print(f.tell())
    print(f.truncate(6), f.tell())
    f.seek(0)
    print(f.read())
with open(path, "r") as f:
    print(f.read(4), f.tell())
    print(f.seek(0), f.read())
    for bad in (lambda: f.seek(2, 1), lambda: f.seek(1, 2), lambda: f.seek(-1), lambda: f.seek(0, 5)):
        try:
            bad()
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
    print(f.seek(0, 2), f.seek(0, 1))

with open(path, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour\r")
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print([repr(line) for line in f])
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, "rb") as f:
    print(f.read())
try:
    open(path, newline="x")
except ValueError as e:
    print("ValueError:", e)

try:
    open("/tmp")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror)
a = open(path)
b = open(path)
print(a.fileno() != b.fileno(), a.fileno() > 2)
a.close()
b.close()
try:
    a.fileno()
except ValueError as e:
    print("ValueError:", e)
with open(path, "w") as f:
    try:
        f.truncate(-1)
    except OSError as e:
        print(type(e).__name__, e)
with open(path) as f:
    try:
        f.truncate()
    except OSError as e:
        print(type(e).__name__, e)
for mode in ("wb", "w+b", "rb", "r+b", "ab", "a+b", "w", "r+", "a"):
    with open(path, mode) as f:
        print(mode, f.mode)
posix.unlink(path)
