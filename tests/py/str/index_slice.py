# indexing, negative indexes, slicing with steps, `in`
s = "Hello, World"
print(s[0], s[-1], s[4], s[-5], len(s))
print(s[0:5], s[7:], s[:5], s[-5:], s[:-7], s[:], s[::1])
print(s[::2], s[1::2], s[::-1], s[::-2], s[-1:-6:-1], s[5:0:-1], s[5::-1])
print(repr(s[5:2]), repr(s[100:]), repr(s[-100:3]), repr(s[3:-100]), repr(s[2:2]))
print(s[1:10:3], s[10:1:-3], s[-3:-10:-2], s[::100], s[::-100])
for i in (-13, 12, 100):
    try:
        print(s[i])
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
print(s[True], s[False:True + 2])
u = "añb€c😀d"
print(len(u), u[1], u[3], u[5], u[-2], u[::-1], u[1::2])
print([c for c in "abc"], list("héllo"), tuple("xy"))
print("lo" in s, "World" in s, "world" in s, "" in "", "," in s)
print(s[slice(2, 8, 2)], s[slice(None, None, -3)], s[slice(3)])
pal = "A man a plan a canal Panama".replace(" ", "").lower()
print(pal, pal == pal[::-1])
print("".join(s[i] for i in range(0, len(s), 3)))
print(s.__getitem__(1), s.__len__(), s.__contains__("W"))
