def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        if isinstance(r, (set, frozenset)):
            print(label, "->", type(r).__name__, sorted(r, key=repr))
        else:
            print(label, "->", repr(r))

s = {1, 2, 3}
def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e, sorted(s))
    else:
        print(label, "->", repr(r), sorted(s))
show("add", lambda: s.add(4))
show("add unhashable", lambda: s.add([1]))
show("remove", lambda: s.remove(4))
show("remove missing", lambda: s.remove(4))
show("remove missing str", lambda: s.remove("x"))
show("remove missing tuple", lambda: s.remove((1, 2)))
show("remove missing empty tuple", lambda: s.remove(()))
show("remove unhashable", lambda: s.remove([1]))
show("remove set", lambda: s.remove({1}))
show("discard", lambda: s.discard(3))
show("discard missing", lambda: s.discard(99))
show("discard unhashable", lambda: s.discard([]))
show("discard set", lambda: s.discard({1}))
show("update", lambda: s.update([5], (6,), range(7, 9)))
show("update none", lambda: s.update())
show("update int", lambda: s.update(1))
show("intersection_update", lambda: s.intersection_update(range(10), [1, 2, 5, 6, 7, 8, 100]))
show("difference_update", lambda: s.difference_update([1], {8}))
show("symmetric_difference_update", lambda: s.symmetric_difference_update([2, 3, 4]))
show("symmetric_difference_update two", lambda: s.symmetric_difference_update([2], [3]))
show("pop", lambda: s.pop())
show("copy", lambda: sorted(s.copy()))
show("clear", lambda: s.clear())
show("pop empty", lambda: s.pop())
def iops():
    global s
    s = {1, 2, 3}
    s |= {4}
    s &= {1, 2, 4, 9}
    s -= {2}
    s ^= {4, 10}
    return sorted(s)
show("inplace ops", iops)
def ior_list():
    global s
    s |= [1]
show("ior list", ior_list)
def iand_list():
    global s
    s &= [1]
show("iand list", iand_list)
def isub_frozen():
    x = frozenset([1, 2])
    y = x
    x -= {1}
    return sorted(x), sorted(y), x is y
show("frozen isub", isub_frozen)
def iter_mutate():
    x = {1, 2, 3}
    for i in x:
        x.add(i + 10)
show("iter mutate", iter_mutate)
def iter_mutate_same():
    x = {1, 2, 3}
    for i in x:
        x.discard(i)
        x.add(i + 100)
show("iter mutate same size", iter_mutate_same)
show("set()", lambda: set())
show("set str", lambda: sorted(set("hello")))
show("set dict", lambda: sorted(set({"a": 1, "b": 2})))
show("set int", lambda: set(1))
show("set two", lambda: set([1], [2]))
show("set kw", lambda: set(iterable=[1]))
show("frozenset kw", lambda: frozenset(iterable=[1]))
show("order ints", lambda: list(set([5, 3, 100, 1, -1, -2, 33, 64, 32])))
show("order tuple", lambda: list(set([(1, 2), (0, 0), (5,)])))
show("len", lambda: len({1, 1.0, True, 2}))
show("bool mix", lambda: {True, 1, 1.0})
show("set comp", lambda: sorted({x % 3 for x in range(10)}))
show("frozen in set", lambda: frozenset([1]) in {frozenset([1])})
show("min max", lambda: (min({3, 1, 2}), max(frozenset([3, 1, 2]))))
show("set eq diff types", lambda: ({1, 2} == frozenset({1, 2}), {1} == {1.0}, {1} == [1]))
show("set lt fs", lambda: {1} < frozenset({1, 2}))
show("set le int", lambda: {1} <= 1)
show("sub int", lambda: {1} - 1)
show("and str", lambda: {1} & "a")
show("xor list", lambda: {1} ^ [2])
show("rsub list", lambda: [1] - {1})
