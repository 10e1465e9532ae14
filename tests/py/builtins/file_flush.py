# What a file opened for writing buffers reaches the file when the file
# object is freed, and at exit when a module or an object still holds it.
import posix
import sys

base = "/tmp/pyprobe_flush_%d" % posix.getpid()


def read(path):
    with open(path) as f:
        return f.read()


open(base + "_a", "w").write("freed at once")
print(read(base + "_a"))


def write_in_function():
    f = open(base + "_b", "w")
    f.write("freed with its frame")


write_in_function()
print(read(base + "_b"))

child = (
    "g = open(%r, 'w'); g.write('held by a global')\n"
    "class H: pass\n"
    "h = H(); h.f = open(%r, 'w'); h.f.write('held by an attribute')\n"
    "keep = [open(%r, 'w')]; keep[0].write('held by a list')\n"
) % (base + "_c", base + "_d", base + "_e")
with open(base + "_child.py", "w") as f:
    f.write(child)
status = posix.system("%s %s" % (sys.executable, base + "_child.py"))
print(status)
for suffix in "cde":
    print(read(base + "_" + suffix))
for suffix in ("a", "b", "c", "d", "e", "child.py"):
    posix.unlink(base + "_" + suffix)
