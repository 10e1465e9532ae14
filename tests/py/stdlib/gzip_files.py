# gzip: GzipFile and open() on real files: writing, appending, reading
# back, lines, seeking, text mode, and misuse.
import gzip
import io
import os
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "data.txt.gz")
lines = [b"line %d of the file\n" % i for i in range(500)]
payload = b"".join(lines)

with gzip.GzipFile(path, "wb", mtime=1234567890) as f:
    print(f.mode == gzip.WRITE, f.name == path, f.writable(), f.readable())
    for line in lines[:250]:
        f.write(line)
    print(f.tell())
    print(f.write(bytearray(b"")), f.write(memoryview(b"")))
    f.write(b"".join(lines[250:]))
    print(f.tell(), f.closed)
print(f.closed)
raw = open(path, "rb").read()
print(raw[:20])
print("smaller than input:", len(raw) < len(payload))

with gzip.open(path) as f:
    print(f.read(10), f.tell(), f.mtime)
    print(f.readline())
    print(f.readline(5), f.readline())
    print(f.peek(1)[:1] != b"")
    rest = f.read()
    print(len(rest), f.tell(), f.read(), f.read(5))
    print(f.seek(0), f.readline())
    print(f.seek(100), f.read(8), f.tell())
    print(f.seek(-50, 1), f.read(8))
    print(f.seek(0, 2), f.tell() == len(payload))
    print(f.seekable(), f.readable(), f.writable())
    try:
        f.write(b"x")
    except OSError as e:
        print("OSError", e)

with gzip.open(path, "rb") as f:
    print(sum(1 for _ in f), f.read())
with gzip.open(path, "rb") as f:
    got = list(f)
print(got == lines, got[0], got[-1])
with gzip.open(path, "rb") as f:
    print(f.readlines()[-2:])
with gzip.open(path) as f:
    chunks = []
    while True:
        c = f.read1(1000)
        if not c:
            break
        chunks.append(c)
print(b"".join(chunks) == payload)
with gzip.open(path) as f:
    buf = bytearray(16)
    print(f.readinto(buf), bytes(buf))

# Appending adds a member; reading goes through both.
with gzip.open(path, "ab") as f:
    f.write(b"appended\n")
with gzip.open(path) as f:
    data = f.read()
print(data.endswith(b"appended\n"), len(data) == len(payload) + 9)

# Exclusive creation.
xpath = os.path.join(tmp, "new.gz")
with gzip.open(xpath, "xb") as f:
    f.write(b"exclusive")
try:
    gzip.open(xpath, "xb")
except FileExistsError as e:
    print("FileExistsError")
print(gzip.open(xpath).read())

# Text mode.
tpath = os.path.join(tmp, "text.gz")
with gzip.open(tpath, "wt", encoding="utf-8") as f:
    print(type(f).__name__)
    f.write("héllo wörld\n")
    f.write("second line\r\nthird\rfourth\n")
with gzip.open(tpath, "rt", encoding="utf-8") as f:
    print(repr(f.readline()))
    print(repr(f.read()))
with gzip.open(tpath, "rt", encoding="utf-8", newline="") as f:
    print(list(f))
with gzip.open(tpath, "rt", encoding="utf-8", newline="\n") as f:
    print(list(f))
with gzip.open(tpath, "rb") as f:
    print(f.read())
with gzip.open(tpath, "rt", encoding="latin-1") as f:
    print(repr(f.read(8)))
with gzip.open(tpath, "wt", newline="\r\n") as f:
    f.write("a\nb\n")
print(gzip.open(tpath).read())

# File objects.
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", filename="inner.txt", mtime=0) as f:
    f.write(b"in memory")
print(buf.getvalue()[:20])
buf.seek(0)
with gzip.open(buf) as f:
    print(f.read(), f.name)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(b"no name")
print(buf.getvalue()[:10])
buf = io.BytesIO()
with gzip.GzipFile(os.path.join(tmp, "x.gz"), "wb", fileobj=buf, mtime=0) as f:
    f.seek(5)
    f.write(b"after zeros")
    try:
        f.seek(1)
    except OSError as e:
        print("OSError", e)
print(buf.getvalue()[:12], gzip.decompress(buf.getvalue()))


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(tmp, "TMP"))
    else:
        print(label, repr(r)[:60])


show("mode t", lambda: gzip.GzipFile(path, "rt"))
show("mode bt", lambda: gzip.open(path, "rbt"))
show("encoding", lambda: gzip.open(path, "rb", encoding="utf-8"))
show("errors", lambda: gzip.open(path, "rb", errors="strict"))
show("newline", lambda: gzip.open(path, "rb", newline="\n"))
show("filename", lambda: gzip.open(123))
show("missing", lambda: gzip.open(os.path.join(tmp, "missing.gz")))
f = gzip.open(path)
f.close()
f.close()
show("closed read", lambda: f.read())
show("closed iter", lambda: iter(f))
w = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
show("read on write", lambda: w.read())
show("seek end", lambda: w.seek(0, 2))
w.close()
show("write closed", lambda: w.write(b"x"))
