# dict comprehensions and construction patterns
sq = {x: x * x for x in range(6)}
print(sq)
print({x: x * x for x in range(10) if x % 3 == 0})
print({k: v for k, v in zip("abc", [1, 2, 3])})
print({(i, j): i * j for i in range(3) for j in range(i, 3)})
print({s: len(s) for s in ["a", "bb", "a", "ccc"]})
print({v: k for k, v in sq.items() if v > 4})
print({x % 3: x for x in range(10)})
words = "the cat sat on the mat the end".split()
freq = {w: words.count(w) for w in words}
print(freq)
print({k: sorted(v) for k, v in {"b": [3, 1], "a": [2, 0]}.items()})
matrix = {r: {c: r * c for c in range(3)} for r in range(3)}
print(matrix, matrix[2][2])
x = "outer"
d = {x: x for x in range(2)}
print(d, x)
print({str(i): [j for j in range(i)] for i in range(4)})
try:
    {[i]: i for i in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
print(dict((i, chr(65 + i)) for i in range(4)))
print({**{i: 0 for i in range(2)}, **{i: 1 for i in range(1, 3)}})
print(len({i: i for i in range(100)}), sum({i: i for i in range(100)}.values()))
