# list *, +, nested, equality, ordering
print([1, 2] * 3, 3 * [0], [1] * 0, [1] * -1, [] * 5)
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 9
print(grid2)
print([1, 2] + [3], [[1]] + [[2]], [] + [])
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, 2] != [1, 2, 3], [] == [], [1] == (1,))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, 2] <= [1, 2], [3] >= [2, 9])
print([[1, 2], [3]] < [[1, 2], [4]], ["a", "b"] < ["a", "c"], [1, "x"] < [2, 1])
try:
    [1, "x"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
nested = [1, [2, [3, [4, [5]]]]]
print(nested, nested[1][1][1][1][0], len(nested))
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten(nested), flatten([[1, 2], [], [[3]], 4]))
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)], [row[::-1] for row in m], sum(m, []))
n = float("nan")
print([n] == [n], [n][0] == n, n in [n])
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
b = b + [5]
print(a, b, a is b)
print(3 in [1, 2, 3], [1] in [[1], 2], 4 not in [1, 2], max([[1, 2], [1, 3]]), min([[2], [1, 5]]))
print(len([None] * 1000), [1, 2, 3].count(2), bool([]), bool([0]))
print(list(reversed([1, 2, 3])), [x * 2 for x in [1, 2, 3] if x != 2])
