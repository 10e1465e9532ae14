# graphlib: TopologicalSorter orders, batches, errors and cycles.
import graphlib
from graphlib import TopologicalSorter, CycleError

def order(graph):
    return list(TopologicalSorter(graph).static_order())

print(order({}))
print(order({1: []}))
print(order({'d': ['b', 'c'], 'c': ['a'], 'b': ['a'], 'e': []}))
print(order({2: {11}, 9: {11, 8}, 10: {11, 3}, 11: {7, 5}, 8: {7, 3}}))
print(order({5: [4], 4: [3], 3: [2], 2: [1]}))
print(order({'a': ['x', 'y', 'z'], 'b': ['z', 'y', 'x'], 'x': [], 'q': ['b']}))
print(order({1: [2, 2, 3], 2: [3], 4: [1, 1]}))

ts = TopologicalSorter()
ts.add('D', 'B', 'C')
ts.add('C', 'A')
ts.add('B', 'A')
ts.add('B')
ts.add('E', 'D', 'A')
print('added')
ts.prepare()
steps = []
while ts.is_active():
    ready = ts.get_ready()
    steps.append(ready)
    print('ready', ready, bool(ts))
    for n in ready:
        ts.done(n)
print(steps, ts.is_active(), bool(ts), ts.get_ready())

# Batches marked done out of order.
ts = TopologicalSorter({'z': ['x', 'y'], 'w': ['y'], 'v': []})
ts.prepare()
r = ts.get_ready()
print(r, ts.get_ready())
ts.done(r[1])
print(ts.get_ready())
ts.done(r[0])
print(ts.get_ready(), ts.is_active())
ts.done('v')
print(ts.get_ready(), ts.is_active())

def err(f, *a):
    try:
        r = f(*a)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

ts = TopologicalSorter({1: [2], 2: []})
err(ts.get_ready)
err(ts.is_active)
err(ts.done, 1)
err(bool, ts)
ts.prepare()
err(ts.prepare)
err(ts.add, 3, 4)
err(ts.done, 1)
err(ts.done, 99)
err(ts.done, 'x')
print(ts.get_ready())
ts.done(2)
err(ts.done, 2)
print(ts.get_ready())
err(ts.done, 1, 1)

# Cycles.
for g in [{1: [1]}, {1: [2], 2: [1]}, {'a': ['b'], 'b': ['c'], 'c': ['a'], 'd': ['a']},
          {1: [2], 2: [3], 3: [4], 4: [2], 0: [1]},
          {'x': ['y'], 'y': ['z'], 'z': [], 'p': ['q'], 'q': ['r'], 'r': ['p']}]:
    ts = TopologicalSorter(g)
    try:
        ts.prepare()
        print('no cycle')
    except CycleError as e:
        print(type(e).__name__, e, e.args[1], isinstance(e, ValueError))
        print('still ready', ts.get_ready())
    try:
        print(list(TopologicalSorter(g).static_order()))
    except CycleError as e:
        print('static', e.args)

it = TopologicalSorter({1: [2]}).static_order()
print(next(it), list(it))
print(TopologicalSorter[int], CycleError.__mro__[1].__name__)
print(graphlib.__all__ if hasattr(graphlib, '__all__') else None)
print(order({(1, 2): [(0, 1)], (0, 1): [None], None: []}))
big = {i: [i - 1, i - 2] for i in range(2, 60)}
print(order(big)[:10], len(order(big)))
big = {i: [j for j in range(i) if i % (j + 1) == 0] for i in range(40)}
print(order(big))
