# out-of-range and negative indices: slicing never raises, indexing does
seqs = {"list": [1, 2, 3], "tuple": (1, 2, 3), "str": "xyz", "range": range(3), "bytes": b"\x01\x02\x03"}
for name, seq in seqs.items():
    print(name, list(seq[5:]), list(seq[-5:]), list(seq[:-5]), list(seq[:5]), list(seq[-5:5]), list(seq[5:-5:-1]), list(seq[2:-100:-1]))
    for idx in (3, -4, 100):
        try:
            seq[idx]
        except IndexError as e:
            print("  ", name, idx, type(e).__name__, e)
    print("  ", seq[-1], seq[-3], seq[0])
big = 10 ** 30
print([1, 2, 3][big:], [1, 2, 3][-big:], "abc"[-big:big], (1, 2)[:big], range(5)[-big:big], b"ab"[big:-big:-1])
try:
    [1][big]
except IndexError as e:
    print(type(e).__name__, e)
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], [0, 1, 2, 3][Idx(1):Idx(3)], (0, 1, 2)[::Idx(-1)])
for bad in [1.5, "1", None]:
    try:
        [1, 2][bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [1, 2][1.0:]
except TypeError as e:
    print(type(e).__name__, e)
empty = []
print(empty[:], empty[::-1], empty[1:2], ""[::-1], ()[5:])
