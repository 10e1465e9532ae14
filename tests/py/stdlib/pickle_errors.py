# Pickling and unpickling errors: types and CPython's messages.
import pickle
import io
import sys


def clean(text):
    """Drop object addresses from a message."""
    out = []
    for part in text.split(" at 0x"):
        if out:
            part = part[part.index(">"):] if ">" in part else part
        out.append(part)
    return "".join(out)


def attempt(label, func):
    try:
        result = func()
    except Exception as e:
        print(label, "->", type(e).__name__, clean(str(e)))
    else:
        print(label, "=", repr(result))


def make_local():
    def local_function():
        pass
    return local_function


class BadReduce:
    def __init__(self, value):
        self.value = value

    def __reduce__(self):
        return self.value


class Unreachable:
    pass


renamed = lambda: 0
renamed.__qualname__ = "Unreachable"

print("pickling")
for proto in (0, 2, 4):
    attempt("lambda %d" % proto, lambda: pickle.dumps(lambda: 1, proto))
    attempt("local %d" % proto, lambda: pickle.dumps(make_local(), proto))
    attempt("module %d" % proto, lambda: pickle.dumps(sys, proto))
    attempt("not same %d" % proto, lambda: pickle.dumps(renamed, proto))
for value in [5, (1,), (len,), (5, ()), (len, 5), (len, (), None, 5),
              (len, (), None, None, 5), (len, (), None, None, None, 5),
              "missing_name", (len, (), 1, 2, 3, 4, 5), ()]:
    attempt("reduce %r" % (value,), lambda: pickle.dumps(BadReduce(value)))
import copyreg
for args in [(), (5,), (int,)]:
    attempt("newobj %r" % (args,), lambda: pickle.dumps(BadReduce((copyreg.__newobj__, args)), 2))
for args in [(1, 2), (5, (), {}), (int, 5, {}), (int, (), 5)]:
    attempt("newobj_ex %r" % (args,), lambda: pickle.dumps(BadReduce((copyreg.__newobj_ex__, args)), 4))
attempt("protocol 6", lambda: pickle.dumps(None, 6))
attempt("protocol -1", lambda: pickle.dumps(None, -1))
attempt("no write", lambda: pickle.Pickler(5))
attempt("no read", lambda: pickle.Unpickler(5))
attempt("buffer_callback", lambda: pickle.Pickler(io.BytesIO(), 4, buffer_callback=print))
attempt("pid ascii", lambda: type("P", (pickle.Pickler,), {"persistent_id": lambda self, o: "\xe9" if o == 1 else None})(io.BytesIO(), 0).dump([1]))


class Slots:
    __slots__ = ("a",)


attempt("slots 0", lambda: pickle.dumps(Slots(), 0))
attempt("slots 1", lambda: pickle.dumps(Slots(), 1))

print("unpickling")
cases = [
    b"", b"\x80", b"\x80\x06N.", b"\x80\x04N", b"N", b"\xff", b"\x00", b"X\x05\x00\x00\x00ab",
    b"a.", b"(a.", b"0.", b"h\x05.", b"g5\n.", b"cno_such_module_x\nbar\n.",
    b"cbuiltins\nnothere\n.", b"\x80\x04\x8c\x08builtins\x94\x8c\x07nothere\x94\x93.",
    b"\x95\x10\x00\x00\x00\x00\x00\x00\x00N.", b"Ixyz\n.", b"S'abc\n.", b"Sabc\n.",
    b"N.extra", b"\x82\x05.", b"P1\n.", b"(.", b"1.", b"N\x85R.", b"}N\x81.", b"N}b.",
    b"\x80\x05\x97.", b"K\x01K\x02s.", b"L12L\n.", b"I01\n.", b"I00\n.", b"I1\n.",
    b"\x80\x02\x8b\xff\xff\xff\xff.", b"K", b"Nt.", b"\x88\x88\x86\x87.", b"\x88(\x88\x86.",
    b"(K\x01K\x02K\x03d.", b"(K\x01K\x02d.", b"}(K\x01K\x02K\x03u.", b"N2t.", b"(N1.",
    b"K\x01K\x02\x86\x94h\x00.", b"\x82\x00.", b"\x80\x04K\x01\x8c\x03int\x94\x93\x94.",
    b"K\x01\x85K\x02\x81.", b"cbuiltins\nint\nK\x05R.", b"N\x94\x94h\x01.",
]
for data in cases:
    attempt("loads %r" % data, lambda: pickle.loads(data))
attempt("loads str", lambda: pickle.loads("abc"))
attempt("load empty file", lambda: pickle.load(io.BytesIO(b"")))
attempt("ascii", lambda: pickle.loads(b"U\x03\xffbc."))
f = io.BytesIO(pickle.dumps(1) + pickle.dumps(2, 0))
attempt("first", lambda: pickle.load(f))
attempt("second", lambda: pickle.load(f))
attempt("third", lambda: pickle.load(f))
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
