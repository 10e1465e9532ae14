# locals() and vars() inside an inlined comprehension (PEP 709): the enclosing
# scope's names and the comprehension's own, without its hidden iterator; a
# generator expression keeps its own frame (and its ".0").
def f():
    a = 1
    r = [sorted(locals()) for x in range(1)]
    print(r)
    print({k: sorted(locals()) for k in "a"})
    print({tuple(sorted(locals())) for x in range(1) for y in range(1)})
    g = (sorted(locals()) for z in range(1))
    print(list(g))
    print([[sorted(locals()) for q in range(1)] for p in range(1)])
    b = 2
    print([sorted(locals()) for x in range(1) if b])
    print(sorted([vars() for x in range(1)][0].keys()))
    print(sorted(locals()))

f()
print([sorted(k for k in locals() if not k.startswith('__')) for x in range(1)])
class C:
    c = 5
    print([sorted(locals()) for x in range(1)])
    print(sorted(k for k in locals() if not k.startswith('__')))

def h():
    x = 'outer'
    [x for x in range(3)]
    return x
print(h())
def k():
    y = 10
    return [lambda: x + y for x in range(2)][1]()
print(k())
def k():
    y = 10
    fs = [(lambda: x + y, sorted(locals())) for x in range(2)]
    print(fs[1][1], fs[1][0]())
    def inner():
        return [sorted(locals()) for t in range(1)]
    print(inner())
    def inner2():
        return [sorted(locals()) + [y] for t in range(1)]
    print(inner2())
k()
x = [sorted(locals().keys() - {'__builtins__','__doc__','__loader__','__spec__','__package__','__annotations__','__cached__','__file__','__name__'}) for m in range(1)]
print(x)
print([eval('m') for m in range(2)])
print([sorted(globals()) == sorted(locals()) for m in range(1)])
