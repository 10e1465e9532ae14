# io.FileIO over descriptors, buffered and text layers over it, io.open,
# and isinstance() of the built-in file objects.
import io
import os
import shutil
import tempfile


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


home = os.getcwd()
tmp = tempfile.mkdtemp()
os.chdir(tmp)
try:
    with open("data.bin", "wb") as f:
        f.write(b"hello\nworld\n")

    f = io.FileIO("data.bin")
    print(repr(f), f.mode, f.closefd, f.name, f.readable(), f.writable(),
          f.seekable(), f.isatty(), f.fileno() > 2)
    print(f.read(3), f.tell(), f.readall(), f.read(), f.seek(-3, 2), f.read(10))
    f.seek(0)
    ba = bytearray(4)
    print(f.readinto(ba), ba, f.readline(), f.readlines())
    t("write", lambda: f.write(b"x"))
    t("truncate", lambda: f.truncate())
    f.close()
    f.close()
    print(repr(f), f.closed)
    for name in ("read", "fileno", "readable", "seekable", "tell", "isatty"):
        t(name, getattr(f, name))

    with io.FileIO("out.bin", "w") as f:
        print(f.mode, f.write(b"abc"), f.write(bytearray(b"def")), f.tell())
        print(f.seek(1), f.write(b"X"), f.truncate(4), f.tell())
        t("read", lambda: f.read())
    print(f.closed, open("out.bin", "rb").read())
    with io.FileIO("out.bin", "a") as f:
        print(f.mode, f.tell(), f.write(b"++"))
    with io.FileIO("out.bin", "r+") as f:
        print(f.mode, f.read(2), f.write(b"__"), f.seek(0), f.read())
    t("excl", lambda: io.FileIO("out.bin", "x"))
    with io.FileIO("new.bin", "xb") as f:
        print(f.mode)
    with io.FileIO("new.bin", "w+") as f:
        print(f.mode)

    for args in (("data.bin", "rw"), ("data.bin", "z"), ("data.bin", "rt"),
                 ("data.bin", "r++"), (1.5,), (-1,), ("missing.bin",), (".",)):
        t(args, lambda: io.FileIO(*args))
    t("closefd", lambda: io.FileIO("data.bin", closefd=False))

    # opener, descriptors and closefd.
    seen = []

    def opener(path, flags):
        seen.append(path)
        return os.open(path, flags)
    with io.FileIO("data.bin", opener=opener) as f:
        print(f.read(5), seen)
    t("opener -1", lambda: io.FileIO("data.bin", opener=lambda p, fl: -1))
    t("opener str", lambda: io.FileIO("data.bin", opener=lambda p, fl: "x"))
    fd = os.open("data.bin", os.O_RDONLY)
    f = io.FileIO(fd, closefd=False)
    print(f.name == fd, f.read(5), f.closefd)
    f.close()
    print(os.read(fd, 3))
    f = io.FileIO(fd)
    f.close()
    t("fd closed", lambda: os.read(fd, 1))

    # Pipes: not seekable.
    r, w = os.pipe()
    rf = io.FileIO(r, "r")
    wf = io.FileIO(w, "w")
    print(wf.write(b"through the pipe\n"), rf.seekable(), wf.seekable())
    wf.close()
    t("tell pipe", lambda: rf.tell())
    print(rf.readall())
    rf.close()

    # Buffered and text layers over FileIO.
    with io.BufferedWriter(io.FileIO("layer.bin", "w"), 8) as bw:
        bw.write(b"0123")
        print(open("layer.bin", "rb").read())
        bw.write(b"456789")
        print(open("layer.bin", "rb").read(), repr(bw))
    with io.BufferedReader(io.FileIO("layer.bin")) as br:
        print(br.peek(2)[:2], br.read(3), br.read1(2), br.read(), repr(br))
    with io.BufferedRandom(io.FileIO("layer.bin", "r+")) as bf:
        print(bf.read(2), bf.write(b"ab"), bf.read(2), bf.seek(0), bf.read())
    tw = io.TextIOWrapper(io.BufferedWriter(io.FileIO("text.txt", "w")),
                          encoding="utf-16", newline="\r\n")
    tw.write("caf\xe9\nline\n")
    tw.close()
    print(open("text.txt", "rb").read())
    tr = io.TextIOWrapper(io.BufferedReader(io.FileIO("text.txt")),
                          encoding="utf-16")
    print(repr(tr), tr.readlines(), repr(tr.newlines))
    tr.close()

    # io.open is the built-in open.
    print(io.open is open)
    with io.open("text.txt", encoding="utf-16", newline="") as f:
        print(f.read().split("\r\n"))

    # isinstance() of built-in file objects.
    names = ("IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase",
             "TextIOWrapper", "BufferedReader", "BufferedWriter",
             "BufferedRandom")
    for mode in ("r", "w", "rb", "wb", "ab", "r+b"):
        with open("data.bin" if "r" in mode else "other.bin", mode) as f:
            print(mode, [n for n in names if isinstance(f, getattr(io, n))])
    print([n for n in names if isinstance(io.FileIO("data.bin"), getattr(io, n))])
    print([n for n in names if isinstance(io.BytesIO(), getattr(io, n))])
    print([n for n in names if isinstance(io.StringIO(), getattr(io, n))])
    print(io.text_encoding("latin-1"), io.DEFAULT_BUFFER_SIZE, io.SEEK_END)
    print(issubclass(io.UnsupportedOperation, OSError),
          issubclass(io.UnsupportedOperation, ValueError))
finally:
    os.chdir(home)
    shutil.rmtree(tmp)
