class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
    def __repr__(self):
        return f"Node({self.value!r})"

class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push(v)
    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self._len -= 1
        return v
    def __len__(self):
        return self._len
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("LinkedList index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v
    def __contains__(self, v):
        print("  (contains called)")
        return any(x == v for x in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __str__(self):
        return " -> ".join(map(str, self)) + " -> None"
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def __bool__(self):
        return self.head is not None
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self

ll = LinkedList([3, 1, 4, 1, 5])
print(ll, repr(ll), len(ll), bool(ll), bool(LinkedList()))
print(ll[0], ll[-1], ll[2], ll[1:4], ll[::-1], list(reversed(ll)))
print(4 in ll, 9 in ll)
print(sorted(ll), sum(ll), max(ll), list(enumerate(ll))[:2], ll == LinkedList([3, 1, 4, 1, 5]), ll == [3, 1, 4, 1, 5])
ll.push(9)
print(ll.pop(), ll.pop(), ll, len(ll))
print(ll.reverse(), (ll + [7, 8]), ll + LinkedList("ab"))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
e = LinkedList()
try:
    e.pop()
except IndexError as err:
    print(err, repr(e), str(e))
a, b, *rest = ll
print(a, b, rest)
print(dict.fromkeys(ll), set(ll) == {1, 4, 5}, tuple(ll), [x * 2 for x in ll if x > 1])
print(Node(5), Node("s").next, Node.__slots__)
stack = LinkedList()
for ch in "([{}])":
    if ch in "([{":
        stack.push(ch)
    else:
        top = stack.pop()
        print(top + ch, end=" ")
print(len(stack))
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = LinkedList()
    for c in s:
        if c in "([{":
            st.push(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["()", "([]{})", "(]", "((", "", "a(b)c[d]{e}", "}{"]:
    print(repr(s), balanced(s))
