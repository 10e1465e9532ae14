import sys
import warnings

# Warnings are written to sys.stderr; show them on stdout in order, without
# the directory of this file.
class Out:
    def write(self, s):
        sys.stdout.write(s.replace(__file__, "FILE"))

    def flush(self):
        pass

sys.stderr = Out()

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for f in warnings.filters:
    print(f)

warnings.warn("plain warning")
warnings.warn("a runtime one", RuntimeWarning)
warnings.warn(UserWarning("instance"))
warnings.warn("deprecated in main", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)

def helper():
    warnings.warn("from helper, level 2", stacklevel=2)

def helper3():
    helper()

helper()
helper3()

# The default action shows a warning once per location.
for i in range(3):
    warnings.warn("in a loop")

def lineof():
    warnings.warn("same text")
lineof()
lineof()

print(warnings.formatwarning("msg", UserWarning, "f.py", 3), end="")
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  the line  "), end="")
print(repr(warnings.formatwarning("msg", UserWarning, "/nonexistent.py", 3)))
print(repr(warnings.formatwarning(ValueError("v"), RuntimeWarning, "x", 7, "")))
warnings.showwarning("shown", UserWarning, "file.py", 12)
warnings.showwarning("shown", UserWarning, "file.py", 12, sys.stdout, "source")

t(lambda: warnings.warn("x", int))
t(lambda: warnings.warn("x", "abc"))
t(lambda: warnings.warn("x", UserWarning(1)))
t(lambda: warnings.simplefilter("bogus"))
t(lambda: warnings.simplefilter("error", lineno=-1))
t(lambda: warnings.filterwarnings("error", category=int))
t(lambda: warnings.filterwarnings("error", category=1))
t(lambda: warnings.filterwarnings("error", message=1))
t(lambda: warnings.filterwarnings("error", module=None))

print(warnings.catch_warnings(record=True), warnings.catch_warnings())
c = warnings.catch_warnings()
t(lambda: c.__exit__())
with c:
    t(lambda: c.__enter__())

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("abc")
    warnings.warn("def", RuntimeWarning)
    warnings.warn("abc")
    print(len(w))
    m = w[0]
    print(type(m.message).__name__, m.message, m.category.__name__, m.lineno, m.line, m.file, m.source)
    print(m.filename == __file__, str(w[1]).replace(__file__, "FILE"))
print(warnings.filters[0])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.warn("ignored", RuntimeWarning)
    t(lambda: warnings.warn("still error"))
    print(len(warnings.filters))
print(len(warnings.filters))

with warnings.catch_warnings(action="error", category=UserWarning):
    t(lambda: warnings.warn("by action"))
    warnings.warn("other category", RuntimeWarning)
warnings.warn("after action")

# Actions.
def emit(n, text="msg"):
    for i in range(n):
        warnings.warn(text)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    emit(3)
    print("always", len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    emit(3)
    emit(1)
    print("default", len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    emit(3)
    warnings.warn("msg")
    print("module", len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    emit(2)
    warnings.warn("msg")
    emit(1, "other")
    print("once", len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    emit(2)
    print("ignore", len(w))

# Filters on message, module, category and line number.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", "keep")
    warnings.warn("keep me")
    warnings.warn("KEEP upper")
    warnings.warn("drop me")
    warnings.filterwarnings("always", module="__main__", category=RuntimeWarning)
    warnings.warn("runtime kept", RuntimeWarning)
    warnings.filterwarnings("always", module="othermod", category=BytesWarning)
    warnings.warn("bytes dropped", BytesWarning)
    print([str(m.message) for m in w])
    print(warnings.filters[0][0], warnings.filters[0][2], warnings.filters[0][4])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    here = sys._getframe().f_lineno
    warnings.simplefilter("always", lineno=here + 2)
    warnings.warn("line matched")
    warnings.warn("line not matched")
    print([str(m.message) for m in w])

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.simplefilter("always", append=True)
    n = len(warnings.filters)
    warnings.simplefilter("always")
    print(n == len(warnings.filters), warnings.filters[0])
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.warn("no filters: default action")
    warnings.warn("no filters: default action")

# Replacing showwarning and formatwarning.
def my_show(message, category, filename, lineno, file=None, line=None):
    print("my_show:", message, category.__name__, lineno == sys._getframe(1).f_lineno or "?")
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    warnings.warn("custom shown")
def my_format(message, category, filename, lineno, line=None):
    return "FORMATTED %s %s\n" % (category.__name__, message)
old = warnings.formatwarning
warnings.formatwarning = my_format
warnings.warn("custom formatted")
warnings.formatwarning = old
with warnings.catch_warnings():
    warnings.showwarning = 42
    warnings.simplefilter("always")
    t(lambda: warnings.warn("bad showwarning"))

# warn_explicit and the registry.
reg = {}
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 5, registry=reg)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 5, registry=reg)
print(sorted(k for k in reg if k != "version"))
warnings.warn_explicit("explicit module", UserWarning, "mod.py", 1, module="mod")
with warnings.catch_warnings():
    warnings.filterwarnings("error", module="somefile")
    t(lambda: warnings.warn_explicit("module from filename", UserWarning, "somefile.py", 6))
reg = sys.modules[__name__].__dict__["__warningregistry__"]
print(type(reg).__name__, "version" in reg)

# Deep stack levels fall back to the sys module.
warnings.warn("too deep", stacklevel=50)
print(warnings.WarningMessage("m", UserWarning, "f", 1))
print(str(warnings.WarningMessage("m", None, "f", 1)))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("skipping", skip_file_prefixes=(__file__,))
    print(w[0].filename)
t(lambda: warnings.warn("x", skip_file_prefixes=["a"]))

# The "error" action raises the warning instance itself.
with warnings.catch_warnings():
    warnings.simplefilter("error")
    w = UserWarning("the instance")
    try:
        warnings.warn(w)
    except UserWarning as e:
        print(e is w)
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
t(lambda: warnings.warn("q"))
del warnings.filters[0]
