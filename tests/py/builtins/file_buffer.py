# The `buffer` of text files: bytes written to sys.stdout.buffer come out
# between the text printed before and after them; a file's buffer writes
# and reads the same file.
import os
import sys
import tempfile

print("text before")
sys.stdout.buffer.write(b"bytes through the buffer\n")
print("text after")
n = sys.stdout.buffer.write("caf\u00e9\n".encode("utf-8"))
print("wrote", n)
out = sys.stdout.buffer
print(out.mode, out.name, out.closed, out.writable(), out.readable(), out.fileno())
print(sys.stdin.buffer.mode, sys.stdin.buffer.name, sys.stderr.buffer.mode)
sys.stdout.buffer.writelines([b"one\n", b"two\n"])
sys.stdout.buffer.flush()

d = tempfile.mkdtemp()
path = os.path.join(d, "data.txt")
with open(path, "w", encoding="utf-8") as f:
    f.write("first line\n")
    f.flush()
    b = f.buffer
    print(b.mode, b.name == path, b.closed)
    b.write(b"raw \xc3\xa9 bytes\n")
    b.flush()
    f.write("last line\n")
print("closed with its file:", b.closed)
try:
    b.write(b"late")
except ValueError as e:
    print("ValueError:", e)

with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-8") as f:
    print(f.buffer.read(6))
    print(f.buffer.readline())
with open(path, "a") as f:
    print(f.buffer.mode)
with open(path, "r+") as f:
    print(f.buffer.mode)
with open(path, "rb") as f:
    print(hasattr(f, "buffer"), repr(f).startswith("<_io.BufferedReader name="))
with open(path, "wb") as f:
    print(repr(f).startswith("<_io.BufferedWriter name="))
os.remove(path)
os.rmdir(d)

# Operations on closed binary files name themselves.
f = open(os.path.join(tempfile.gettempdir(), "pyprobe_file_buffer.bin"), "wb")
f.close()
try:
    f.write(b"x")
except ValueError as e:
    print("ValueError:", e)
os.remove(f.name)
g = open(sys.argv[0], "rb")
g.close()
for op in (g.read, g.readline):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
