# Swapping and rotating with tuple assignment.

a, b = 1, 2
a, b = b, a
print(a, b)

x, y, z = "x", "y", "z"
x, y, z = z, x, y
print(x, y, z)

# swapping list elements
lst = [1, 2, 3, 4, 5]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
lst[1], lst[2], lst[3] = lst[3], lst[1], lst[2]
print(lst)

# swapping attributes
class P:
    def __init__(self):
        self.left, self.right = "L", "R"
p = P()
p.left, p.right = p.right, p.left
print(p.left, p.right)

# swapping dict values
d = {"a": 1, "b": 2}
d["a"], d["b"] = d["b"], d["a"]
print(d)

# fibonacci with simultaneous assignment
a, b = 0, 1
seq = []
for _ in range(12):
    seq.append(a)
    a, b = b, a + b
print(seq)

# gcd with tuple assignment
def gcd(m, n):
    while n:
        m, n = n, m % n
    return m
print(gcd(48, 18), gcd(17, 5))

# reversing a list in place by swapping
def reverse(items):
    i, j = 0, len(items) - 1
    while i < j:
        items[i], items[j] = items[j], items[i]
        i, j = i + 1, j - 1
    return items
print(reverse(list(range(7))), reverse([]), reverse(["only"]))

# the subtle case: the index used on the left changes during assignment
nums = [1, 0]
i = 0
i, nums[i] = nums[i], 5
print(i, nums)

# rotation
r = [1, 2, 3, 4]
r[0], r[1], r[2], r[3] = r[1], r[2], r[3], r[0]
print(r)
