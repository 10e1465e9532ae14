# gzip: compress/decompress, members made by CPython, headers, and the
# errors for damaged files.
import gzip
import io
import zlib

TWO_MEMBERS = (b'\x1f\x8b\x08\x00\x00\xca\x9a;\x02\xffK\xcb,*.Q\xc8M\xcdMJ-'
               b'\xe2\x02\x00\xa7\xf4\x85\n\r\x00\x00\x00\x1f\x8b\x08\x00\x07'
               b'\x00\x00\x00\x04\xff+NM\xce\xcfKQ\xc8M\xcdMJ-\xe2\xcaI,.Q'
               b'\xc8\xc9\xccK\x05\x00\x81\xd4\xce\xb2\x17\x00\x00\x00')
NAMED = (b'\x1f\x8b\x08\x08\xd2\x02\x96I\x02\xffnotes.txt\x00\xcbK\xccMMQH'
         b'\xcb\xccI\xe5\xca\x1bnL\x00\x1b`td\xdc\x00\x00\x00')

print(gzip.decompress(TWO_MEMBERS))
print(gzip.decompress(NAMED) == b"named file\n" * 20)
with gzip.GzipFile(fileobj=io.BytesIO(NAMED)) as f:
    print(f.mtime, f.read(11), f.mtime, f.mode == gzip.READ)
with gzip.GzipFile(fileobj=io.BytesIO(TWO_MEMBERS)) as f:
    print(f.readline(), f.mtime)
    print(f.readline(), f.mtime)
    print(f.readline(), f.readline())

data = b"".join(b"%d bottles of beer on the wall\n" % i for i in range(200))
for level in (0, 1, 6, 9):
    c = gzip.compress(data, level, mtime=1)
    print(level, c[:10], gzip.decompress(c) == data,
          "smaller than input:", len(c) < len(data))
print(gzip.compress(b"", mtime=5)[:10], gzip.decompress(gzip.compress(b"")))
c0 = gzip.compress(b"abc", mtime=0)
print(c0[:10], gzip.decompress(c0))
print(gzip.decompress(gzip.compress(bytearray(b"ba"), mtime=3)))
print(gzip.decompress(gzip.compress(memoryview(b"mv"), mtime=3)))
print(gzip.decompress(gzip.compress(b"a") + gzip.compress(b"b")))
print(gzip.decompress(gzip.compress(b"padded") + b"\0" * 10))

# Optional header fields: extra, name, comment and header CRC.
body = zlib.compress(b"with extras", 6, -15)
head = b"\x1f\x8b\x08" + bytes([gzip.FEXTRA | gzip.FNAME | gzip.FCOMMENT])
head += b"\0\0\0\0\0\xff" + b"\x04\x00abcd" + b"name\0" + b"comment\0"
tail = zlib.crc32(b"with extras").to_bytes(4, "little") + (11).to_bytes(4, "little")
print(gzip.decompress(head + body + tail))
head2 = b"\x1f\x8b\x08" + bytes([gzip.FHCRC]) + b"\0\0\0\0\0\xff"
head2 += (zlib.crc32(head2) & 0xFFFF).to_bytes(2, "little")
print(gzip.decompress(head2 + body + tail))
print(gzip.FTEXT, gzip.FHCRC, gzip.FEXTRA, gzip.FNAME, gzip.FCOMMENT,
      gzip.READ, gzip.WRITE)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))


good = gzip.compress(b"abc", mtime=0)
show("not gzip", lambda: gzip.decompress(b"xxxxxxxxxxxx"))
show("short magic", lambda: gzip.decompress(good + b"x"))
show("zero start", lambda: gzip.decompress(b"\0\0" + good))
show("method", lambda: gzip.decompress(b"\x1f\x8b\x07" + good[3:]))
show("truncated header", lambda: gzip.decompress(good[:5]))
show("truncated body", lambda: gzip.decompress(good[:-9]))
show("truncated trailer", lambda: gzip.decompress(good[:-3]))
bad = bytearray(good)
bad[-8] ^= 1
show("crc", lambda: gzip.decompress(bytes(bad)))
bad = bytearray(good)
bad[-3] ^= 1
show("length", lambda: gzip.decompress(bytes(bad)))
show("corrupt", lambda: gzip.decompress(good[:10] + b"\xff\xff" + good[12:]))
show("empty", lambda: gzip.decompress(b""))
show("str", lambda: gzip.compress("text"))
print(gzip.BadGzipFile.__mro__)
