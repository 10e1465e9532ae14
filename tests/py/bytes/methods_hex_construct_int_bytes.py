def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

# fromhex / hex
for T in (bytes, bytearray):
    n = T.__name__
    for s in ["", "00", "deadBEEF", " de ad\tbe\nef ", "0", "zz", "de ad b", "1 2", "de\x0bad", "0a0", "é"]:
        t("%s fromhex %r" % (n, s), lambda: T.fromhex(s))
    t(n + " fromhex bytes", lambda: T.fromhex(b"00"))
    b = T(b"\x01\x02\xab\xcd\xef\x00\x10")
    t(n + " hex", lambda: b.hex())
    for sep in [":", "-", b"_", " "]:
        for bps in [None, 1, 2, 3, -1, -2, -3, 0, 7, 8, -8, 100]:
            if bps is None:
                t("%s hex %r" % (n, sep), lambda: b.hex(sep))
            else:
                t("%s hex %r %d" % (n, sep, bps), lambda: b.hex(sep, bps))
    t(n + " hex bad sep", lambda: b.hex("::"))
    t(n + " hex nonascii sep", lambda: b.hex("é"))
    t(n + " hex int sep", lambda: b.hex(1))
    t(n + " hex empty sep", lambda: b.hex(""))
    t(n + " hex kw", lambda: b.hex(sep=".", bytes_per_sep=2))
    t(n + " empty hex sep", lambda: T().hex(":"))
t("mv hex", lambda: memoryview(b"\x01\x02\x03").hex(":", 2))

# construction
t("bytes int", lambda: bytes(3))
t("bytes neg", lambda: bytes(-1))
t("bytes list", lambda: bytes([1, 2, 255]))
t("bytes list bad", lambda: bytes([256]))
t("bytes list neg", lambda: bytes([-1]))
t("bytes list str", lambda: bytes(["a"]))
t("bytes str", lambda: bytes("abc"))
t("bytes str enc", lambda: bytes("é", "utf-8"))
t("bytes str enc err", lambda: bytes("é", "ascii", "ignore"))
t("bytes enc no str", lambda: bytes(b"x", "utf-8"))
t("bytes float", lambda: bytes(1.5))
t("bytes None", lambda: bytes(None))
t("bytes gen", lambda: bytes(x for x in range(3)))
t("bytearray iter", lambda: bytearray(iter([65, 66])))
t("bytes range", lambda: bytes(range(65, 70)))
class B:
    def __bytes__(self): return b"custom"
class BI:
    def __index__(self): return 4
class BB:
    def __bytes__(self): return "notbytes"
t("bytes __bytes__", lambda: bytes(B()))
t("bytes __index__", lambda: bytes(BI()))
t("bytes __bytes__ bad", lambda: bytes(BB()))
t("bytearray __index__", lambda: bytearray(BI()))
t("bytes.fromhex type", lambda: type(bytearray.fromhex("00")).__name__)

# int.to_bytes / from_bytes
for v in [0, 1, 127, 128, 255, 256, -1, -128, -129, 65535, -32768, 2**64, -2**63]:
    for ln in [1, 2, 4, 9]:
        for order in ["big", "little"]:
            for signed in [False, True]:
                t("to_bytes %d %d %s %s" % (v, ln, order, signed), lambda: v.to_bytes(ln, order, signed=signed))
t("to_bytes default", lambda: (5).to_bytes())
t("to_bytes default big", lambda: (256).to_bytes())
t("to_bytes length kw", lambda: (5).to_bytes(length=3, byteorder="little"))
t("to_bytes bad order", lambda: (5).to_bytes(2, "middle"))
t("to_bytes neg length", lambda: (5).to_bytes(-1, "big"))
t("to_bytes zero length", lambda: (0).to_bytes(0, "big"))
t("to_bytes zero length 1", lambda: (1).to_bytes(0, "big"))
t("to_bytes bool", lambda: True.to_bytes(2, "big"))
for data in [b"", b"\x00", b"\xff", b"\x80\x00", b"\x00\x80", b"\xff\xff\xff\xff\xff\xff\xff\xff\xff", bytearray(b"\x01\x02")]:
    for order in ["big", "little"]:
        for signed in [False, True]:
            t("from_bytes %r %s %s" % (data, order, signed), lambda: int.from_bytes(data, order, signed=signed))
t("from_bytes list", lambda: int.from_bytes([1, 2, 3], "big"))
t("from_bytes default", lambda: int.from_bytes(b"\x01\x00"))
t("from_bytes str", lambda: int.from_bytes("ab", "big"))
t("from_bytes bad order", lambda: int.from_bytes(b"a", "x"))
t("from_bytes list bad", lambda: int.from_bytes([256], "big"))
t("from_bytes gen", lambda: int.from_bytes((i for i in [1, 0]), "little"))
t("bool from_bytes", lambda: bool.from_bytes(b"\x01", "big"))
class MyInt(int): pass
t("subclass from_bytes", lambda: (type(MyInt.from_bytes(b"\x05", "big")).__name__, MyInt.from_bytes(b"\x05", "big")))
