# The keyword arguments and attributes of NameError (name), AttributeError
# (name, obj), ImportError (msg, name, path) and OSError (errno, strerror,
# filename, filename2); every other exception refuses keywords.
try:
    undefined_x
except NameError as e:
    print(e.name)
e = AttributeError("m", name="zz", obj=3)
print(e.name, e.obj)
print(repr(AttributeError("plain").name))
e = ImportError("x", name="mod", path="/p")
print(e.name, e.path, e.msg, repr(e))
for cls in (NameError, ValueError, AttributeError, ImportError, KeyError, OSError):
    try:
        cls("m", foo=1)
        print("accepted", cls.__name__)
    except TypeError as ex:
        print(ex)
try: NameError(name=1, other=2)
except TypeError as x: print(x)
class E(Exception): pass
try: E(a=1)
except TypeError as x: print(x)
class F(Exception):
    def __init__(self, **kw): super().__init__()
print(F(a=1).args)
def g():
    def h(): return w
    h()
    w = 1
try: g()
except NameError as e: print(repr(e.name), type(e).__name__, e)
def f():
    print(x); x = 1
try: f()
except NameError as e: print(repr(e.name), type(e).__name__)
try: del qq
except NameError as e: print(repr(e.name))
try:
    open('/nonexistent/zz')
except OSError as e:
    print(e.args, repr(e), str(e), e.errno, e.strerror, e.filename)
e = ImportError(); print(e.msg)
class MyNE(NameError): pass
print(MyNE('a', name='b').name)
print(ImportError("a", "b").msg)
e = OSError(2, 'nf', 'x.txt'); print(e.args, repr(e), str(e), e.errno, e.strerror, e.filename, e.filename2)
e = OSError(2, 'nf', 'x.txt', None, 'y'); print(e.args, repr(e), str(e), e.filename2)
e = OSError(2, 'nf'); print(e.args, repr(e), str(e), e.filename)
e = OSError('just msg'); print(e.args, repr(e), str(e), e.errno)
e = OSError(1, 2, 3, 4, 5, 6); print(e.args, repr(e), str(e), e.errno, e.filename)
try:
    open('/nonexistent/zz')
except OSError as e:
    print(e.args, repr(e), str(e), e.errno, e.strerror, e.filename)
e = FileNotFoundError(2, 'x', 'f'); print(e.args, str(e))
