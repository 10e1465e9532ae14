# zipfile: writing and appending archives in a temporary directory, with
# stored and deflated members, write() of real files, open(mode='w'),
# extraction, and misuse.
import io
import os
import tempfile
import zipfile

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "src")
os.makedirs(os.path.join(src, "sub"))
with open(os.path.join(src, "a.txt"), "wb") as f:
    f.write(b"alpha\n" * 100)
with open(os.path.join(src, "sub", "b.bin"), "wb") as f:
    f.write(bytes(range(256)) * 4)
os.chmod(os.path.join(src, "a.txt"), 0o640)

text = "".join("row %d, col %d\n" % (i, i * i) for i in range(300))
path = os.path.join(tmp, "out.zip")
with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
    print(z.mode, z.compression, z.filename == path)
    z.writestr("text.txt", text)
    z.writestr(zipfile.ZipInfo("stored.txt", (2001, 2, 3, 4, 5, 6)),
               b"kept as is", compress_type=zipfile.ZIP_STORED)
    z.writestr(zipfile.ZipInfo("level9.txt", (2010, 10, 10, 10, 10, 10)),
               text.encode(), zipfile.ZIP_DEFLATED, 9)
    z.write(os.path.join(src, "a.txt"), "files/a.txt")
    z.write(os.path.join(src, "sub"), "files/sub")
    z.write(os.path.join(src, "sub", "b.bin"), "files/sub/b.bin",
            compress_type=zipfile.ZIP_STORED)
    z.mkdir("empty")
    with z.open("streamed.txt", "w") as w:
        w.write(b"written ")
        w.write(bytearray(b"in "))
        w.write(memoryview(b"pieces"))
    z.comment = b"archive comment"
    print(len(z.namelist()))

with zipfile.ZipFile(path) as z:
    print(z.namelist())
    print(z.comment)
    for info in z.infolist():
        small = info.compress_size < info.file_size
        print(info.filename, info.compress_type, info.file_size,
              "smaller than input:", small, info.is_dir(),
              oct(info.external_attr >> 16), info.external_attr & 0xFFFF)
    print(z.getinfo("stored.txt").date_time, z.getinfo("level9.txt").date_time)
    print(z.getinfo("stored.txt").compress_size)
    print(z.read("text.txt").decode() == text)
    print(z.read("level9.txt").decode() == text)
    print(z.read("stored.txt"), z.read("streamed.txt"))
    print(z.read("files/a.txt")[:12], len(z.read("files/sub/b.bin")))
    print(z.read("files/sub/"), z.read("empty/"))
    print(z.testzip())
    print(repr(z.getinfo("stored.txt")))
    print(repr(z.getinfo("files/sub/")))
    print(repr(z.getinfo("empty/")))
    with z.open("text.txt") as f:
        print(f.readline(), f.read(5))
    out = os.path.join(tmp, "out")
    z.extractall(out)
    print(z.extract("stored.txt", out) == os.path.join(out, "stored.txt"))
    z.extractall(os.path.join(tmp, "some"), members=["stored.txt", "files/a.txt"])
for root, dirs, files in sorted(os.walk(tmp)):
    rel = os.path.relpath(root, tmp)
    if rel.startswith(("out", "some")):
        print(rel, sorted(dirs), sorted(files))
with open(os.path.join(out, "files", "sub", "b.bin"), "rb") as f:
    print(f.read() == bytes(range(256)) * 4)

# Appending keeps the old members.
with zipfile.ZipFile(path, "a") as z:
    z.writestr("added.txt", b"added later")
    print(z.namelist()[-2:])
with zipfile.ZipFile(path) as z:
    print(len(z.namelist()), z.read("added.txt"), z.read("stored.txt"),
          z.comment, z.testzip())
# Appending to a file that is not an archive puts one after its data.
plain = os.path.join(tmp, "plain.bin")
with open(plain, "wb") as f:
    f.write(b"leading data " * 10)
with zipfile.ZipFile(plain, "a") as z:
    z.writestr("inside.txt", b"inside")
with open(plain, "rb") as f:
    print(f.read(13))
with zipfile.ZipFile(plain) as z:
    print(z.namelist(), z.read("inside.txt"), z.getinfo("inside.txt").header_offset)
# Appending to a missing file creates it.
with zipfile.ZipFile(os.path.join(tmp, "fresh.zip"), "a") as z:
    z.writestr("f.txt", "fresh")
print(zipfile.ZipFile(os.path.join(tmp, "fresh.zip")).read("f.txt"))

# In-memory archives, and 'x' mode.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr(zipfile.ZipInfo("fixed.txt", (2020, 1, 2, 3, 4, 6)), b"hello")
print(buf.getvalue())
with zipfile.ZipFile(buf) as z:
    print(z.read("fixed.txt"))
xpath = os.path.join(tmp, "x.zip")
with zipfile.ZipFile(xpath, "x") as z:
    z.writestr("x", b"x")
try:
    zipfile.ZipFile(xpath, "x")
except FileExistsError:
    print("FileExistsError")
# An empty archive.
buf = io.BytesIO()
zipfile.ZipFile(buf, "w").close()
print(buf.getvalue(), zipfile.ZipFile(buf).namelist())

# ZipInfo.
zi = zipfile.ZipInfo("name\0ignored", (2000, 1, 1, 0, 0, 0))
print(zi.filename, zi.orig_filename, repr(zi))
print(zipfile.ZipInfo().filename, zipfile.ZipInfo("d/").is_dir())
zf = zipfile.ZipInfo.from_file(os.path.join(src, "a.txt"), "renamed.txt")
print(zf.filename, zf.file_size, oct(zf.external_attr >> 16), zf.compress_type)
zd = zipfile.ZipInfo.from_file(os.path.join(src, "sub"))
print(zd.filename.endswith("sub/"), zd.is_dir(), zd.external_attr & 0xFFFF)
print(zipfile.ZipInfo.from_file(os.path.join(src, "a.txt"), "/abs/../x.txt").filename)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


show("old date", lambda: zipfile.ZipInfo("a", (1979, 1, 1, 0, 0, 0)))
z = zipfile.ZipFile(io.BytesIO(), "w")
w = z.open("first", "w")
show("second writer", lambda: z.open("second", "w"))
show("writestr while writing", lambda: z.writestr("a", b""))
show("read while writing", lambda: z.read("first"))
w.close()
print(z.read("first"))
show("open mode", lambda: z.open("first", "rw"))
show("bzip2", lambda: z.writestr("b", b"", zipfile.ZIP_BZIP2) if False else "skip")
show("comment type", lambda: setattr(z, "comment", "text"))
z.close()
show("write closed", lambda: z.writestr("late", b""))
show("repr closed", lambda: repr(z))
