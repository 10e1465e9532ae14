# Reading pickles: hand-written opcode streams (Python 2 opcodes and
# names included), framed protocol-4 data from files, and text options.
import pickle
import io


class Old:
    def __init__(self, *args):
        self.args = args

    def __repr__(self):
        return "Old(%r)" % sorted(vars(self).items())


class Bare:
    def __repr__(self):
        return "Bare(%r)" % sorted(vars(self).items())


streams = [
    b"(lp0\nI1\naI2\naF2.5\naS'text'\np1\naS\"q'uote\"\nag1\na.",
    b"(dp0\nS'k'\np1\nI7\nsS'n'\np2\nNs.",
    b"(I1\nI2\nI3\ntp0\n.",
    b"(I1\nI2\nl.",
    b"(S'a'\nI1\nS'b'\nI2\nd.",
    b"(I1\n0I2\n.",
    b"(I1\nI2\n1N.",
    b"I5\np3\n0g3\n.",
    b"L123456789012345678901234567890L\n.",
    b"L-5\n.",
    b"F-1.25e-05\n.",
    b"Finf\n.",
    b"Vcaf\xe9 \\u20ac \\U0001f600\n.",
    b"S'tab\\there\\nnew \\x41\\101 \\\\'\n.",
    b"T\x05\x00\x00\x00hello.",
    b"U\x02hi.",
    b"\x80\x02c__builtin__\nxrange\nK\x01K\x05K\x02\x87R.",
    b"\x80\x02c__builtin__\nunicode\nK\x05\x85R.",
    b"\x80\x02cexceptions\nValueError\nX\x03\x00\x00\x00bad\x85R.",
    b"\x80\x02c__builtin__\nset\n]K\x01a\x85R.",
    b"\x80\x02c__builtin__\nlong\nX\x02\x00\x00\x0042\x85R.",
    b"\x80\x02cUserDict\nUserDict\n)R.",
    b"\x80\x03cbuiltins\nrange\nK\x03\x85R.",
    b"\x80\x02\x8a\x00.",
    b"\x80\x02\x8a\x01\xff.",
    b"\x80\x02\x8b\x02\x00\x00\x00\x00\x80.",
    b"\x80\x02]q\x00(K\x01K\x02K\x03e.",
    b"\x80\x02}q\x00(K\x01K\x02K\x03K\x04u.",
    b"\x80\x04\x8f(K\x01K\x02\x90.",
    b"\x80\x04(K\x01K\x02\x91.",
    b"\x80\x04\x8c\x03abc\x94h\x00\x86.",
    b"\x80\x04\x8d\x02\x00\x00\x00\x00\x00\x00\x00ab.",
    b"\x80\x04\x8e\x02\x00\x00\x00\x00\x00\x00\x00ab.",
    b"\x80\x03C\x02abB\x01\x00\x00\x00c\x86.",
    b"\x80\x05\x96\x03\x00\x00\x00\x00\x00\x00\x00xyz.",
    b"\x80\x02K\x01K\x02\x86K\x03\x86.",
    b"\x80\x02N2\x86.",
    b"\x80\x02\x88\x89N\x87.",
    b"\x80\x01G@\t!\xfbTD-\x18.",
    b"M\xff\xffJ\xff\xff\xff\xff.",
    b"\x80\x02K\x05r\x00\x01\x00\x00j\x00\x01\x00\x00\x86.",
]
for data in streams:
    value = pickle.loads(data)
    print(repr(value), type(value).__name__)

print("instances")
old = [
    b"(i__main__\nOld\np0\n(dp1\nS'x'\nI1\nsb.",
    b"(I1\nI2\ni__main__\nOld\n.",
    b"(c__main__\nOld\nI3\no.",
    b"(c__main__\nBare\no}S'y'\nI2\nsb.",
    b"\x80\x02c__main__\nBare\n)\x81}X\x01\x00\x00\x00zK\x03sb.",
    b"\x80\x04\x95\x20\x00\x00\x00\x00\x00\x00\x00\x8c\x08__main__\x8c\x04Bare\x93)}\x92}X\x01\x00\x00\x00wK\x04sb.",
    b"\x80\x02c__main__\nBare\n)\x81N}X\x01\x00\x00\x00sK\x05s\x86b.",
]
for data in old:
    print(pickle.loads(data))

print("encodings")
for enc in ("ASCII", "latin1", "bytes", "utf-8"):
    for data in (b"U\x03abc.", b"U\x02\xc3\xa9.", b"S'\\xe9'\n."):
        try:
            print(enc, data, repr(pickle.loads(data, encoding=enc)))
        except Exception as e:
            print(enc, data, type(e).__name__)
print(repr(pickle.loads(b"U\x02\xc3\xff.", encoding="utf-8", errors="replace")))
print(pickle.loads(b"\x80\x02c__builtin__\nxrange\nK\x03\x85R.", fix_imports=True))
try:
    pickle.loads(b"\x80\x02c__builtin__\nxrange\nK\x03\x85R.", fix_imports=False)
except Exception as e:
    print(type(e).__name__, e)

print("files and frames")
big = {"text": "t" * 70000, "blob": b"b" * 70000, "nums": list(range(2500)),
       "words": ["w%d" % i for i in range(1200)]}
for proto in range(6):
    f = io.BytesIO()
    pickle.dump(big, f, proto)
    pickle.dump("after", f, proto)
    data = f.getvalue()
    print(proto, len(data), data.count(b"\x95"), pickle.dumps(big, proto) == data[:len(pickle.dumps(big, proto))])
    f.seek(0)
    print(pickle.load(f) == big, pickle.load(f), f.read())


class ReadOnly:
    """A file with only read() and readline()."""

    def __init__(self, data):
        self.f = io.BytesIO(data)

    def read(self, n=-1):
        return self.f.read(n)

    def readline(self):
        return self.f.readline()


print(pickle.load(ReadOnly(pickle.dumps([1, "two", 3.0] * 3, 0))))
print(pickle.load(ReadOnly(pickle.dumps(big, 4))) == big)
u = pickle.Unpickler(io.BytesIO(pickle.dumps("x") + pickle.dumps("y", 1)))
print(u.load(), u.load())
