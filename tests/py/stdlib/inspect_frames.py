# Frames and the stack, argument values of frames, generator state and
# closure variables.
import inspect
import os
import sys


def attempt(func):
    try:
        print(repr(func()))
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])


def describe(info):
    return (os.path.basename(info.filename), info.lineno, info.function,
            info.code_context, info.index)


def inner():
    return inspect.stack()


def outer():
    return inner()


records = outer()
for record in records[:3]:
    print(describe(record), record.frame.f_code.co_name)
print(type(records[0]).__name__, isinstance(records[0], tuple), len(records[0]))
print(records[0][3], records[0].function == records[0][3])

frame = inspect.currentframe()
print(frame.f_code.co_name, inspect.isframe(frame))


def where():
    return inspect.currentframe()


f = where()
print(f.f_code.co_name, f.f_back.f_code.co_name)
info = inspect.getframeinfo(f)
print(describe(info), type(info).__name__)
info = inspect.getframeinfo(f, context=3)
print(describe(info))
info = inspect.getframeinfo(f, context=0)
print(describe(info))
print(info.positions.lineno == info.lineno)
outer_records = inspect.getouterframes(f, context=2)
print(describe(outer_records[0]), [r.function for r in outer_records])


def nested_outer():
    return inspect.getouterframes(inspect.currentframe(), context=2)


print([describe(r) for r in nested_outer()])
attempt(lambda: inspect.getframeinfo(3))


def fails():
    raise ValueError('boom')


def calls_fails():
    fails()


try:
    calls_fails()
except ValueError:
    traced = inspect.trace()
    print([describe(r) for r in traced])
    tb = sys.exc_info()[2]
    print([describe(r) for r in inspect.getinnerframes(tb, context=0)])
    print(describe(inspect.getframeinfo(tb)))
    print(inspect.getlineno(tb.tb_frame) > 0)


def with_args(a, b=2, *rest, key=None, **extra):
    frame = inspect.currentframe()
    return inspect.getargvalues(frame)


values = with_args(1, 2, 3, key='k', more=4)
print(values.args, values.varargs, values.keywords)
print(inspect.formatargvalues(*values))
print(inspect.formatargvalues(values.args, None, None, values.locals))
args = inspect.getargs(with_args.__code__)
print(args, args.args, args.varargs, args.varkw)
attempt(lambda: inspect.getargs(with_args))


def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield i


g = gen(3)
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))


def watching():
    yield inspect.getgeneratorstate(watched)


watched = watching()
print(next(watched))
list(g)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
g2 = gen(2)
next(g2)
g2.close()
print(inspect.getgeneratorstate(g2))
attempt(lambda: inspect.getgeneratorlocals(3))

# Closure variables.
GLOBAL = 'global value'


def make():
    captured = [1]
    unused = 0

    def closure(obj):
        print(captured, GLOBAL, len(obj), obj.attr_name, missing_name)
    return closure


cv = inspect.getclosurevars(make())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), sorted(cv.unbound))
print(type(cv).__name__, cv._fields)


class K:
    def method(self):
        return GLOBAL


cv = inspect.getclosurevars(K().method)
print(cv.nonlocals, cv.globals, cv.builtins, cv.unbound)
attempt(lambda: inspect.getclosurevars(len))
