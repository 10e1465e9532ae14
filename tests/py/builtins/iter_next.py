# iter with sentinel, next with default
data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 9)))
print(pos[0])
count = [0]
def tick():
    count[0] += 1
    return count[0]
it = iter(tick, 4)
print(next(it), next(it), next(it), next(it, "sentinel hit"), next(it, "still done"))
lines = ["a", "b", "", "c"]
li = iter(lines)
print(list(iter(lambda: next(li), "")), next(li))
print(type(iter(tick, 0)).__name__, type(iter([])).__name__, type(iter(())).__name__)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
e = iter([])
print(next(e, None), next(e, 0), next(e, [1]))
try:
    next(e)
except StopIteration as ex:
    print(type(ex).__name__, repr(str(ex)), ex.args, ex.value)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
cd = Countdown(3)
print(iter(cd) is cd, list(cd), list(cd), next(cd, "empty"))
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(OnlyGetitem()), list(iter(OnlyGetitem())), 20 in OnlyGetitem())
calls = []
def limited():
    calls.append(1)
    if len(calls) > 5:
        raise ValueError("too many")
    return len(calls)
try:
    print(list(iter(limited, 100)))
except ValueError as ex:
    print(type(ex).__name__, ex, len(calls))
