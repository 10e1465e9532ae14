# frozenset: immutable, hashable, usable as dict key / set element
f = frozenset([3, 1, 2])
print(f, type(f).__name__, len(f), 2 in f, frozenset(), frozenset(range(3)))
print(f | {4}, type(f | {4}).__name__, {4} | f, type({4} | f).__name__, f & {1, 6}, f - {1}, f ^ {1, 5})
print(f == {1, 2, 3}, f.issubset({1, 2, 3, 4}), f.union([7]), f.copy() == f)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
d = {frozenset([1, 2]): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], frozenset({1, 2}) in d)
print(d)
nested = {frozenset([1]), frozenset([1]), frozenset([2, 3])}
print(len(nested), frozenset([3, 2]) in nested)
print(hash(frozenset()) == hash(frozenset()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
s = {1, 2}
try:
    {s: 1}
except TypeError as e:
    print(type(e).__name__, e)
print({frozenset(s): 1})
ff = frozenset([frozenset([1]), frozenset([2])])
print(len(ff), frozenset([1]) in ff)
print(set(f), frozenset(set([6, 5])), frozenset(f) == f)
print(sorted(frozenset("hello")), frozenset([1, 2]) < frozenset([1, 2, 3]))
graph_edges = {frozenset((1, 2)), frozenset((2, 1)), frozenset((2, 3))}
print(len(graph_edges), sorted(sorted(e) for e in graph_edges))
