def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r)[:50])

import sys
t("list mul huge", lambda: [0] * 2**62)
t("list mul overflow2", lambda: [0, 1] * (sys.maxsize // 2 + 1))
t("tuple mul", lambda: (1, 2) * (sys.maxsize // 2 + 1))
t("bytes alloc", lambda: bytes(2**63))
t("bytearray alloc", lambda: bytearray(sys.maxsize))
t("range len", lambda: len(range(sys.maxsize + 1)))
t("range len ok", lambda: len(range(sys.maxsize)))
t("list insert huge", lambda: [].insert(2**63, 1))
t("list index huge", lambda: [1].index(1, 2**100))
t("list pop huge", lambda: [1].pop(2**100))
t("str center huge", lambda: "a".center(2**63))
t("str zfill huge", lambda: "a".zfill(2**63))
t("str expandtabs huge", lambda: "\t".expandtabs(2**63))
t("str ljust maxsize", lambda: "a".ljust(sys.maxsize))
t("chr huge", lambda: chr(2**63))
t("float huge int", lambda: float(2**2000))
t("round float huge", lambda: round(1e308, -308))
t("divmod huge", lambda: divmod(10**100, 7))
t("maxsize", lambda: (sys.maxsize, sys.maxsize.bit_length()))
t("hash maxsize", lambda: (hash(sys.maxsize), hash(sys.maxsize + 1), hash(-sys.maxsize - 1)))
