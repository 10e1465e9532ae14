# gc.collect() return values: the exact number of unreachable objects found.
import gc

gc.disable()
gc.collect()  # whatever start-up left behind; its count is not printed


def nothing_to_do():
    # Nothing became garbage since the collection above.
    return gc.collect(0), gc.collect(1), gc.collect(2)


print("empty heap:", nothing_to_do())
print("again:", gc.collect(), gc.collect(2))

# A list that contains itself.
lst = []
lst.append(lst)
del lst
print("self list:", gc.collect(2))

# Two instances referring to each other: an instance is one object.
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("two instances:", gc.collect())

# An instance referring to itself.
n = Node("n")
n.other = n
del n
print("self instance:", gc.collect())

# A dict that contains itself.
d = {}
d["me"] = d
del d
print("self dict:", gc.collect())

# A list and a dict referring to each other.
l = [1, 2, 3]
d = {"list": l}
l.append(d)
del l, d
print("list <-> dict:", gc.collect())

# A ring of 100 instances.
first = Node(0)
prev = first
for i in range(1, 100):
    node = Node(i)
    prev.other = node
    prev = node
prev.other = first
del first, prev, node
print("ring of 100:", gc.collect())

# A chain hanging off a cycle is garbage too: 1 cycle of 2 + 3 lists.
x = Node("x")
y = Node("y")
x.other = y
y.other = x
x.payload = [[[]]]
del x, y
print("cycle with a tail:", gc.collect())

# Acyclic garbage is freed by reference counting: nothing left to find.
z = [[1], [2], {"k": [3]}]
del z
print("acyclic:", gc.collect())

# Deleting only one name of a cycle leaves it reachable.
p = []
p.append(p)
q = p
del p
print("still reachable:", gc.collect(), len(q), q[0] is q)
del q
print("now garbage:", gc.collect())

# Generations: a young cycle is found by every generation.
for gen in (0, 1, 2):
    c = []
    c.append(c)
    del c
    print("generation", gen, "->", gc.collect(gen))

# A cycle that survived a collection (while still referenced) was moved to
# an older generation: collect(0) no longer sees it, collect(2) does.
old = []
old.append(old)
gc.collect(0)  # old survives and moves to generation 1
del old
print("old cycle, gen 0:", gc.collect(0))
print("old cycle, gen 1:", gc.collect(1))

older = {}
older["self"] = older
gc.collect(1)  # survives into generation 2
del older
print("older cycle, gen 0:", gc.collect(0))
print("older cycle, gen 1:", gc.collect(1))
print("older cycle, gen 2:", gc.collect(2))

# The keyword form.
k = []
k.append(k)
del k
print("keyword:", gc.collect(generation=2))
