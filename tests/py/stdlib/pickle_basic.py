# Pickles of the built-in types, for every protocol: the exact bytes and
# the round trip.
import pickle

values = [
    None, True, False,
    0, 1, -1, 127, 128, 255, 256, 65535, 65536, -128, -129,
    2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**63, -2**63 - 1, 2**64, -2**64,
    10**30, -10**30, 2**2100,
    0.0, -0.0, 1.5, -2.25, 1e100, 1e-310, 5e-324, 1 / 3, float("inf"), float("-inf"),
    1 + 2j, -0.5j,
    "", "a", "hello world", "line\nbreak\\back\rcr\x00nul\x1a",
    "caf\xe9", "\u20ac uro", "\U0001f600 smile", "x" * 300,
    b"", b"a", b"\x00\xff\x80", b"y" * 300,
    bytearray(), bytearray(b"xyz"),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((), ()),
    [], [1], [1, 2], ["a", ("b", None)],
    {}, {1: 2}, {"a": 1, "b": [2, 3]},
    set(), {7}, frozenset(), frozenset({5}),
]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print("protocol", proto)
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v or (v != v and back != back)
        if isinstance(v, float) and v == 0:
            same = str(back) == str(v)
        print(" ", repr(v)[:40], data, same, type(back).__name__)

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps([1, "a"]))
print(pickle.dumps(float("nan"), 2), pickle.loads(pickle.dumps(float("nan"), 2)))
print(pickle.dumps(float("nan"), 0))
for n in [0, 1, -1, 255, -256, 2**64, -2**63]:
    print(n, pickle.encode_long(n), pickle.decode_long(pickle.encode_long(n)))

# Big containers are written in batches of 1000 items.
for proto in (0, 1, 2, 4):
    for n in (999, 1000, 1001, 2000, 2500):
        lst = list(range(n))
        data = pickle.dumps(lst, proto)
        print(proto, n, len(data), data[-12:], pickle.loads(data) == lst)
        d = dict.fromkeys(range(n), 0)
        data = pickle.dumps(d, proto)
        print(proto, n, len(data), data[-12:], pickle.loads(data) == d)
