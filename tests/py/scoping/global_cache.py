# A call site's cached global or builtin follows rebinding, shadowing,
# deletion and replacement of the builtin.
def f():
    return len([1]), x
x = 1
print(f())
x = 2
print(f())
import builtins
builtins.len = lambda a: 42
print(f())
len = lambda a: 7
print(f())
del len
print(f())
del builtins.len
try:
    f()
except NameError as e:
    print(e)
