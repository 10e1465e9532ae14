# Truth values of builtin objects, and/or/not returning operands.

values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {"k": 0},
          None, True, False, range(0), range(3), b"", b"x", 0j, 1j]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")

print(set() and "x", bool(set()), bool({1}))

# and/or return one of the operands
print(0 and 5, 3 and 5, 3 and 0)
print(0 or 5, 3 or 5, "" or [] or None)
print(None or "default")
print([] and [1])
print(not 0, not 1, not "", not "x", not None)

# short-circuit evaluation
def show(v):
    print("eval", repr(v))
    return v

print("result", show(0) and show(1))
print("result", show(1) and show(2))
print("result", show(0) or show(""))
print("result", show("a") or show("b"))
print("result", show(None) or show(0) or show(3) or show(4))

# comparison of not with chained ops
x = 5
print(not x == 5, not x > 10, (not x) == False)

# user classes are truthy by default
class Empty:
    pass
print(bool(Empty()))

# while loop on a list that empties
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
print("empty", stack)

# if on numbers near zero
for f in [1e-300, -0.0, 0.0, float("nan")]:
    print(repr(f), bool(f))
