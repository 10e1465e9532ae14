# UnicodeEncodeError and UnicodeDecodeError carry (encoding, object, start,
# end, reason) as CPython's codecs make them, and word their message from it.
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e.args)
    print(hasattr(e, "start"), hasattr(e, "reason"), e)
try:
    "aé€😀b".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.args, e.start, e.end, e)
try:
    "x😀".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e)
try:
    b"ab\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.args, e)
try:
    b"a\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(repr(e), e)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
print(e, e.reason)
e = UnicodeEncodeError("ascii", "\u20ac", 0, 1, "nope")
print(e, e.object)
print(isinstance(e, ValueError), isinstance(e, UnicodeError))
