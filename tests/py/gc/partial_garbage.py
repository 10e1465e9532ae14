# Nested structures where only part is garbage: references from garbage
# into live objects do not keep the garbage alive, and live objects that
# garbage refers to survive the collection intact.
import gc
import weakref

gc.disable()
gc.collect()


class TreeNode:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def names(self):
        out = [self.name]
        for child in self.children:
            out.extend(child.names())
        return out


# Parent and child pointers make every edge of the tree a cycle.
root = TreeNode("root")
a = TreeNode("a", root)
b = TreeNode("b", root)
for i in range(3):
    TreeNode("b%d" % i, b)
TreeNode("a0", a)
print("tree:", root.names())

# Detach subtree b: b still points at root, root no longer at b.
root.children.remove(b)
watch = weakref.ref(b)
del a, b, i
# b and its 3 children, each an instance plus its children list.
print("collected:", gc.collect(), watch() is None)
print("tree after:", root.names())
print("a0's parent intact:", root.children[0].children[0].parent is root.children[0])

# An object that both garbage and live code refer to stays.
shared = {"payload": [1, 2, 3]}
g1 = [shared]
g2 = [g1, shared]
g1.append(g2)
del g1, g2
print("collected:", gc.collect(), "shared survives:", shared)

# Garbage hanging off a live container is not garbage.
live = []
hanging = []
hanging.append(hanging)
live.append(hanging)
del hanging
print("reachable cycle:", gc.collect(), live[0][0] is live[0])
live.clear()
print("once unreachable:", gc.collect())

# Two independent cycles and one live cycle.
c1 = []
c1.append(c1)
c2 = {}
c2["x"] = c2
keep = []
keep.append(keep)
del c1, c2
print("two of three:", gc.collect(), keep[0] is keep)

# A cycle kept alive only through a live object's attribute, then released.
holder = TreeNode("holder")
holder.extra = [TreeNode("x"), TreeNode("y")]
holder.extra[0].peer = holder.extra[1]
holder.extra[1].peer = holder.extra[0]
print("held:", gc.collect())
holder.extra = None
print("released (2 instances, 2 children lists):", gc.collect())
