# Source retrieval: getsource, getsourcelines, getblock, findsource,
# getcomments, getfile and friends.
import inspect
import sys
import linecache
import os


# A comment about the decorator.
# It spans two lines.
def decorator(func):
    return func


@decorator
def decorated(a,
              b=(1,
                 2),
              *args):  # trailing comment
    text = """
not indented
    """
    return a
    # comment in the body


# comment at column zero


square = lambda x: x * x   # a lambda
def one_liner(): return 1
pair = [lambda: 1,
        lambda: 2]


class Outer:
    """Outer docstring."""
    # comment before the method
    def method(self):
        return 1

    @property
    def prop(self):
        return 2

    class Inner:
        def deep(self): pass

    def last(self):
        if True:
            pass
        # indented comment
  # stray comment
after_outer = 1


def make_local():
    class Local:
        y = (1,
  2)
    return Local


def continued(): pass; \
    pass


def with_fstring():
    value = {'k': 1}
    return f"{value["k"]} and {'}'}"


@decorator
class DecoratedClass:
    x = 1


def show(obj):
    try:
        lines, lnum = inspect.getsourcelines(obj)
        print(lnum, repr(''.join(lines)))
    except Exception as e:
        print(type(e).__name__, e)


for obj in [decorator, decorated, square, one_liner, pair[0], pair[1],
            Outer, Outer.method, Outer.prop.fget, Outer.Inner,
            Outer.Inner.deep, Outer.last, make_local(), continued,
            with_fstring, DecoratedClass, Outer().method,
            decorated.__code__]:
    show(obj)

print(repr(inspect.getsource(square)))
print(repr(inspect.getcomments(decorator)))
print(repr(inspect.getcomments(Outer.method)))
print(repr(inspect.getcomments(decorated)))
print(repr(inspect.getcomments(one_liner)))
print(repr(inspect.getcomments(sys.modules[__name__])))
print(inspect.getcomments(len))

lines, lnum = inspect.findsource(Outer)
print(lnum, repr(lines[lnum]))
lines, lnum = inspect.findsource(decorated)
print(lnum, repr(lines[lnum]))
print(inspect.getsourcelines(sys.modules[__name__])[1])

print(os.path.basename(inspect.getfile(Outer)))
print(os.path.basename(inspect.getsourcefile(decorated)))
print(os.path.basename(inspect.getabsfile(decorated)))
print(inspect.getmodule(Outer).__name__, inspect.getmodule(decorated).__name__)
print(inspect.getmodule(decorated.__code__).__name__)
print(inspect.getmodule(os.path.join).__name__)
print(inspect.getmodule(3))
print(inspect.getmodulename('/a/b/spam.py'), inspect.getmodulename('x.pyc'),
      inspect.getmodulename('lib.so'), inspect.getmodulename('README'))

for bad in [len, int, 3, sys]:
    try:
        inspect.getsource(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    inspect.getfile(3)
except TypeError as e:
    print(type(e).__name__, e)

# Code compiled from a string whose "file" is registered in linecache.
source = "def from_string(x):\n    return x + 1\n\nclass FromString:\n    pass\n"
linecache.cache['<inspect-test>'] = (len(source), None,
                                     source.splitlines(True), '<inspect-test>')
namespace = {}
exec(compile(source, '<inspect-test>', 'exec'), namespace)
print(repr(inspect.getsource(namespace['from_string'])))
exec(compile("def hidden(): pass\n", '<nowhere>', 'exec'), namespace)
try:
    inspect.getsource(namespace['hidden'])
except OSError as e:
    print(type(e).__name__, e)

# getblock on plain lists of lines.
blocks = [
    ['def f():\n', '    return 1\n', 'x = 2\n'],
    ['def f(): return 1\n', 'def g(): pass\n'],
    ['    def m(self):\n', '        pass\n', '    def n(self): pass\n'],
    ['class A:\n', '    x = 1\n', '\n', '    y = 2\n', '\n', 'z = 3\n'],
    ['@dec\n', '@dec2(1)\n', 'def f():\n', '    pass\n', 'after\n'],
    ['f = lambda: (1,\n', '    2)\n', 'y = 3\n'],
    ['def f():\n', '    s = """\n', 'x\n', '"""\n', '    return s\n', 'tail\n'],
    ['def f():\n', '    return [\n', '1,\n', ']\n', 'tail\n'],
    ['def f():\n', '    pass\n', '    # trailing\n', '# outside\n', 'x\n'],
    ['def f():\n', '\tif x:\n', '\t\treturn 1\n', '\treturn 2\n', 'x\n'],
    ['def f():\n', '    pass\n'],
    ['def f():\n', '        a\n', '    b\n', 'c\n'],
]
for block in blocks:
    print(inspect.getblock(block))

# Tracebacks and frames.
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
print(repr(inspect.getsource(tb)[:30]))


def current():
    return sys._getframe()


print(repr(inspect.getsource(current())))

print(inspect.indentsize('    x'), inspect.indentsize('\tx'), inspect.indentsize('x'))
