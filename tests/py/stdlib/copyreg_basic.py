# copyreg: the reduction registry, the extension registry, the
# constructors named by object.__reduce_ex__, and _reduce_ex.
import copyreg
import pickle


def attempt(label, func):
    try:
        print(label, "=", repr(func()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def show_reduction(value):
    """A reduction with its functions shown by name."""
    if isinstance(value, tuple):
        return tuple(getattr(v, "__name__", v) if callable(v) else show_reduction(v)
                     for v in value)
    return value


print(sorted(copyreg.__all__))
print(complex in copyreg.dispatch_table, copyreg.dispatch_table[complex](3 - 4j))
attempt("pickle not callable", lambda: copyreg.pickle(int, 5))
attempt("constructor not callable", lambda: copyreg.constructor(5))
attempt("pickle bad constructor", lambda: copyreg.pickle(int, len, 5))
attempt("constructor ok", lambda: copyreg.constructor(int))


class Money:
    def __init__(self, cents):
        self.cents = cents


def reduce_money(m):
    return (Money, (m.cents,))


copyreg.pickle(Money, reduce_money, Money)
print(copyreg.dispatch_table[Money] is reduce_money)
print(pickle.dumps(Money(250), 2))
print(pickle.loads(pickle.dumps(Money(250))).cents)
del copyreg.dispatch_table[Money]

print("extensions")
attempt("code 0", lambda: copyreg.add_extension("m", "n", 0))
attempt("code too big", lambda: copyreg.add_extension("m", "n", 0x80000000))
attempt("code str", lambda: copyreg.add_extension("m", "n", "x"))
attempt("add", lambda: copyreg.add_extension("m", "n", 5))
attempt("add again", lambda: copyreg.add_extension("m", "n", 5))
attempt("other code", lambda: copyreg.add_extension("m", "n", 6))
attempt("other key", lambda: copyreg.add_extension("m", "o", 5))
print(copyreg._extension_registry, copyreg._inverted_registry)
attempt("remove wrong", lambda: copyreg.remove_extension("m", "o", 5))
attempt("remove", lambda: copyreg.remove_extension("m", "n", 5))
print(copyreg._extension_registry, copyreg._inverted_registry, copyreg._extension_cache)
attempt("remove twice", lambda: copyreg.remove_extension("m", "n", 5))
copyreg.clear_extension_cache()

print("constructors")


class Plain:
    pass


class Number(int):
    pass


class Text(str):
    def __init__(self, value):
        self.seen = value


obj = copyreg._reconstructor(Plain, object, None)
print(type(obj).__name__)
num = copyreg._reconstructor(Number, int, 42)
print(type(num).__name__, num)
txt = copyreg._reconstructor(Text, str, "hi")
print(type(txt).__name__, txt)
print(type(copyreg.__newobj__(Number, 7)).__name__, copyreg.__newobj__(Number, 7))
print(copyreg.__newobj_ex__(Number, (8,), {}))


class Slots:
    __slots__ = ("a", "__b", "__dict__")


class MoreSlots(Slots):
    __slots__ = "c"


class NoSlots:
    pass


print(copyreg._slotnames(Slots), copyreg._slotnames(MoreSlots), copyreg._slotnames(NoSlots))
print(MoreSlots.__slotnames__)

print("_reduce_ex")
p = Plain()
print(show_reduction(copyreg._reduce_ex(p, 0)))
p.x = 1
print(show_reduction(copyreg._reduce_ex(p, 1)))
n = Number(5)
print(show_reduction(copyreg._reduce_ex(n, 0)))
n.tag = "t"
print(show_reduction(copyreg._reduce_ex(n, 1)))


class WithGetstate:
    def __getstate__(self):
        return {"state": 1}


print(show_reduction(copyreg._reduce_ex(WithGetstate(), 0)))
s = Slots()
s.a = 1
attempt("slots", lambda: copyreg._reduce_ex(s, 0))

print("object.__reduce_ex__")
for proto in range(6):
    print(proto, show_reduction(p.__reduce_ex__(proto)), show_reduction(n.__reduce_ex__(proto)))
print(show_reduction(p.__reduce__()))
q = Plain()
q.items = [1, 2]
for proto in (0, 2):
    r = pickle.loads(pickle.dumps(q, proto))
    print(type(r).__name__, r.items)
