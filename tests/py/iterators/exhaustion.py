# exhausted iterators, StopIteration from next() without default
it = iter([1, 2])
print(next(it), next(it))
for attempt in range(2):
    try:
        next(it)
    except StopIteration as e:
        print("attempt", attempt, type(e).__name__, e.args)
print(next(it, "default"), list(it), tuple(it), sum(it))
m = map(str, [1])
print(list(m), list(m))
z = zip([1], [2])
print(list(z), list(z))
e = enumerate("a")
print(list(e), list(e))
f = filter(None, [1, 0])
print(list(f), list(f))
r = reversed([1, 2])
print(list(r), list(r))
g = (x for x in "ab")
print(list(g), list(g), next(g, "gen done"))
di = iter({"a": 1})
print(list(di), next(di, "dict iter done"))
ri = iter(range(2))
print(list(ri), next(ri, "range iter done"))
it = iter([1, 2, 3])
for x in it:
    if x == 1:
        break
print("after break:", list(it))
it = iter("abc")
print("b" in it, list(it))
it = iter([1, 2, 3])
print(max(it), list(it))
def gen_return():
    yield 1
    return "retval"
gr = gen_return()
print(next(gr))
try:
    next(gr)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
print(next(gr, "finished"))
class Broken:
    def __iter__(self):
        return 5
try:
    iter(Broken())
except TypeError as e:
    print(type(e).__name__, e)
