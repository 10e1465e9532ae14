# find/rfind/count/index of bytes and bytearray against seeded random
# haystacks, needles and bounds (multi-byte needles, near misses, ends).
import random

r = random.Random(5)
rows = []
for n in range(1500):
    hay = bytes(r.choice(b'abc') for _ in range(r.randrange(0, 12)))
    nd = bytes(r.choice(b'abc') for _ in range(r.randrange(0, 4)))
    s = r.randrange(-3, 14)
    e = r.randrange(-3, 14)
    rows.append((hay.find(nd), hay.rfind(nd), hay.count(nd), hay.find(nd, s),
                 hay.rfind(nd, s, e), hay.count(nd, s, e), bytearray(hay).rfind(nd, s)))
print(len(rows), sum(map(sum, rows)))
for row in rows[:12]:
    print(row)
print(b'abcabc'.find(b'ca'), b'abcabc'.rfind(b'ab'), b'aaaa'.count(b'aa'), b'x'.find(120))
try:
    b'abc'.index(b'cb')
except ValueError as e:
    print(e)
try:
    b'abc'.rindex(b'd', 1)
except ValueError as e:
    print(e)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


small, big = {1, 2, Key(3)}, {1, 2, 3, Key(3), 4}
print(small <= big, small < big, big >= small, {1, 2} <= {2, 1}, {1, Key(9)} <= big)
print(frozenset(range(5)) <= set(range(6)), set(range(6)) <= frozenset(range(5)))
