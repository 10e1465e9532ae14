# Copies of a context are independent: a set() in one is not seen in the
# other, views show the context as it was, and reset() restores only the
# context it was made in.
import contextvars

v = contextvars.ContextVar("v", default="d")
w = contextvars.ContextVar("w")

c0 = contextvars.copy_context()
print(len(c0), list(c0.items()))


def setter(value):
    return v.set(value)


t1 = c0.run(setter, 1)
c1 = c0.copy()
keys0 = c0.keys()
t2 = c0.run(setter, 2)
print(c0[v], c1[v], [k.name for k in keys0], sorted(c0.values()), list(c1.values()))
c1.run(w.set, "w1")
print(w in c1, w in c0, len(c1), len(c0))
c0.run(v.reset, t2)
print(c0[v], c1[v])
try:
    c1.run(v.reset, t1)
except ValueError as e:
    print("ValueError", e.args[0].split(" at ")[0])
c0.run(v.reset, t1)
print(v in c0, c0.get(v, "missing"), c1[v])
print(c0 == c1, c1 == c1.copy(), c1.copy() is c1)
empty1, empty2 = contextvars.Context(), contextvars.Context()
print(empty1 == empty2, len(empty1))
empty1.run(v.set, "e")
print(v in empty1, v in empty2)
print(v.get(), contextvars.copy_context().get(v, "none here"))
