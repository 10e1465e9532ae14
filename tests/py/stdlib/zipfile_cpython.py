# zipfile: reading an archive made by CPython (stored, deflated, a
# directory, a UTF-8 name, a comment), and errors for damaged archives.
import io
import os
import tempfile
import zipfile

ARCHIVE = (
    b'PK\x03\x04\x14\x00\x00\x00\x00\x00\xe40\x85V(\xfe\xab\xc9\x0f\x00\x00\x00\x0f\x00\x00\x00\n\x00\x00\x00readme.txtRead me '
    b'first.\nPK\x03\x04\x14\x00\x00\x00\x08\x00}\xbf?X\xb0\xbb\xb3+s\x00\x00\x00\xea\x01\x00\x00\x0b\x00\x00\x00src/main.py'
    b'E\xd19\n\x02A\x14E\xd1\xdc\x95h\xe6\x1b\xdaaI&\xd2\x88\xfb\xa7E\xf8\xb7\xb2\x1b\xbd\xf3\xa9\xda?\xaf\xf7\xf7|\xbd\x9c\xf6\x7fh\xc2\x13\x99\xe8\xc46q'
    b'\x9b\xb8O<&\x9e\x0c\xaei\xb6\xc5\xb8X\x17\xf3b_\x00B\x10\x840\x8c\xe1u?\x861\x8ca\x0cc\x18\xc3\x18\xc6\x08F0\xb2\x1e\t#\x18\xc1\x08F0'
    b'\x82\x11\x8cb\x14\xa3\x18]?\x81Q\x8cb\x14\xa3\x18\xfd\x19\x07PK\x03\x04\x14\x00\x00\x00\x00\x00}\xbf?X\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00'
    b'\x00src/PK\x03\x04\x14\x00\x00\x08\x08\x00A\x10BTx\xd5/\x1d\x0e\x00\x00\x00\x0c\x00\x00\x00\t\x00\x00\x00caf\xc3\xa9.txt+\xcd\xcbL'
    b'\xceOIU\xc8K\xccM\x05\x00PK\x01\x02\x14\x03\x14\x00\x00\x00\x00\x00\xe40\x85V(\xfe\xab\xc9\x0f\x00\x00\x00\x0f\x00\x00\x00\n\x00\x00\x00\x00\x00\x00\x00\x00\x00'
    b'\x00\x00\x80\x01\x00\x00\x00\x00readme.txtPK\x01\x02\x14\x03\x14\x00\x00\x00\x08\x00}\xbf?X\xb0\xbb\xb3+s\x00\x00\x00\xea\x01\x00\x00\x0b\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xa4\x017\x00\x00\x00src/main.pyPK\x01\x02\x14\x03\x14\x00\x00\x00\x00\x00}\xbf?X\x00\x00\x00\x00\x00'
    b'\x00\x00\x00\x00\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\xedA\xd3\x00\x00\x00src/PK\x01\x02\x14\x03\x14\x00\x00\x08\x08\x00A\x10BTx\xd5/'
    b'\x1d\x0e\x00\x00\x00\x0c\x00\x00\x00\t\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\xf5\x00\x00\x00caf\xc3\xa9.txtPK\x05\x06\x00\x00\x00\x00\x04\x00\x04\x00'
    b'\xda\x00\x00\x00*\x01\x00\x00\x0f\x00made by CPython'
)

z = zipfile.ZipFile(io.BytesIO(ARCHIVE))
print(z.namelist())
print(z.comment, z.mode, len(z.infolist()))
for info in z.infolist():
    print(repr(info))
    print(" ", info.filename, info.date_time, info.compress_type,
          info.file_size, info.compress_size, info.CRC,
          oct(info.external_attr >> 16), info.external_attr & 0xFFFF,
          info.is_dir(), info.flag_bits, info.header_offset,
          info.create_system, info.create_version, info.extract_version)
print(z.read("readme.txt"))
main = z.read("src/main.py")
print(len(main), main[:20], main.count(b"\n"))
print(z.read("caf\u00e9.txt"), z.read(z.getinfo("src/")))
print(z.testzip())
with z.open("src/main.py") as f:
    print(repr(f))
    print(f.readline(), f.readline(5), f.read(6), f.tell())
    print(f.seek(100), f.read(9), f.seek(-9, 1), f.read(9))
    print(f.seek(0, 2), f.read(), f.seek(3), f.read(6))
    print(f.readable(), f.seekable(), f.name, f.mode)
    print(sum(1 for _ in f))
print(repr(f))
with z.open(z.getinfo("readme.txt")) as f:
    print(repr(f), list(f))
z.printdir()

tmp = tempfile.mkdtemp()
print(z.extract("src/main.py", tmp) == os.path.join(tmp, "src", "main.py"))
z.extractall(os.path.join(tmp, "all"))
for root, dirs, files in sorted(os.walk(os.path.join(tmp, "all"))):
    print(os.path.relpath(root, tmp), sorted(dirs), sorted(files))
with open(os.path.join(tmp, "all", "src", "main.py"), "rb") as f:
    print(f.read() == main)
z.close()
print(repr(z))

print(zipfile.is_zipfile(io.BytesIO(ARCHIVE)), zipfile.is_zipfile(io.BytesIO(b"PK")))
path = os.path.join(tmp, "saved.zip")
with open(path, "wb") as f:
    f.write(ARCHIVE)
print(zipfile.is_zipfile(path), zipfile.is_zipfile(os.path.join(tmp, "all", "readme.txt")))
print(zipfile.is_zipfile(os.path.join(tmp, "nothing")))
with zipfile.ZipFile(path) as z2:
    print(repr(z2).replace(tmp, "TMP"), z2.filename == path)
    print(z2.read("readme.txt"))
# Data in front of the archive (as in self-extracting files).
with zipfile.ZipFile(io.BytesIO(b"#!prefix\n" * 3 + ARCHIVE)) as z3:
    print(z3.read("readme.txt"), z3.getinfo("src/main.py").header_offset)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


z = zipfile.ZipFile(io.BytesIO(ARCHIVE))
show("missing", lambda: z.getinfo("nope"))
show("read missing", lambda: z.read("nope"))
show("mode", lambda: z.open("readme.txt", "a"))
show("write on read", lambda: z.writestr("x", b"y"))
show("not zip", lambda: zipfile.ZipFile(io.BytesIO(b"not a zip file at all")))
show("bad mode", lambda: zipfile.ZipFile(io.BytesIO(ARCHIVE), "q"))
show("compression", lambda: zipfile.ZipFile(io.BytesIO(), "w", compression=99))
bad = bytearray(ARCHIVE)
bad[ARCHIVE.index(b"Read me")] ^= 1
zb = zipfile.ZipFile(io.BytesIO(bytes(bad)))
show("crc", lambda: zb.read("readme.txt"))
print(zb.testzip())
bad = bytearray(ARCHIVE)
bad[0] = 0
show("local header", lambda: zipfile.ZipFile(io.BytesIO(bytes(bad))).read("readme.txt"))
cut = ARCHIVE.index(b"PK\x01\x02")
show("central dir", lambda: zipfile.ZipFile(io.BytesIO(ARCHIVE[:cut + 10] + ARCHIVE[-37:])))
z.close()
show("closed", lambda: z.read("readme.txt"))
show("closed open", lambda: z.open("readme.txt"))
print(zipfile.BadZipFile is zipfile.BadZipfile, zipfile.error is zipfile.BadZipFile)
print(zipfile.BadZipFile.__mro__, zipfile.LargeZipFile.__mro__)
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
