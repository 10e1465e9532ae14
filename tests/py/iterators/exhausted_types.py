# An iterator keeps its type once exhausted; range has __iter__.
for src in [[1], (1,), "a", "é", b"a", bytearray(b"a"), range(1), {1: 2}, {1: 2}.values(), {1: 2}.items(), {1}, reversed([1]), reversed((1,)), iter(lambda: 1, 1), zip(), zip([1]), map(str, [1]), filter(None, [1]), enumerate([1])]:
    it = iter(src)
    before = type(it).__name__
    list(it)
    print(before, type(it).__name__, next(it, "done"))
class G:
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return i
it = iter(G()); b = type(it).__name__; list(it); print(b, type(it).__name__)
print(hasattr(range, "__iter__"), type(range.__iter__(range(2))).__name__, list(range.__iter__(range(2))))
