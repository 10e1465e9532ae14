# min()/max() take each item and call key= on it before the next item is
# produced (side effects interleave as in CPython), generators included.
def g(n):
    for i in range(n):
        print("y", i)
        yield (i * 7) % 5
def k(v):
    print("key", v)
    return -v
print(max(g(4)), min(g(3), key=k), max(g(0), default="empty"))
print(max([3, 1, 2], key=k), min(4, 2, 8, key=k), max("abc"))
try:
    max(g(0))
except ValueError as e:
    print(e)
try:
    min(x for x in [1, "a", 2])
except TypeError as e:
    print(e)
try:
    max(1, 2, default=3)
except TypeError as e:
    print(e)
print(max((x for x in range(5)), key=lambda v: v % 3))
