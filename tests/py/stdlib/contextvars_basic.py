# contextvars: ContextVar, Token, Context and copy_context.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context
import re
import threading


def mask(obj):
    """Hide addresses, which change from run to run."""
    return re.sub(r'0x[0-9a-f]+', '0x?', str(obj))


def show(label, func, *args, **kwargs):
    try:
        print(label, mask(repr(func(*args, **kwargs))))
    except BaseException as e:
        print(label, type(e).__name__, mask(e))


print(sorted(contextvars.__all__))
print(ContextVar.__module__, Context.__module__, Token.__module__)

# Variables and defaults.
var = ContextVar('var')
dflt = ContextVar('dflt', default=[1])
print(mask(repr(var)), mask(repr(dflt)), var.name, dflt.name)
print(mask(repr(ContextVar('s', default='text'))), mask(repr(ContextVar('n', default=None))))
show('get missing', var.get)
try:
    var.get()
except LookupError as e:
    print('LookupError arg is var:', e.args[0] is var)
print(var.get(0), var.get(None), dflt.get(), dflt.get('other'))
show('get 2 args', var.get, 1, 2)
show('bad name', ContextVar, 1)
show('no name', ContextVar)
show('two names', ContextVar, 'a', 'b')
show('set no args', var.set)
show('set name', setattr, var, 'name', 'other')
show('reset non-token', var.reset, 1)
print(hash(var) == hash(var), var == var, var != dflt)

# set() and reset().
t1 = var.set('one')
print(mask(repr(t1)), t1.var is var, t1.old_value is Token.MISSING)
print(repr(Token.MISSING), type(Token.MISSING).__name__)
t2 = var.set('two')
print(var.get(), t2.old_value)
var.reset(t2)
print(var.get())
show('reset twice', var.reset, t2)
print(mask(repr(t2)))
show('other var', dflt.reset, t1)
var.reset(t1)
print(var.get('gone'))
show('token attr', setattr, t1, 'var', None)
show('token()', Token)
t3 = dflt.set(None)
print(t3.old_value is Token.MISSING, dflt.get())
dflt.reset(t3)
print(dflt.get())

# Final types.
for cls in (ContextVar, Token, Context):
    try:
        type('Sub', (cls,), {})
    except TypeError as e:
        print('TypeError', e)

# Context objects.
ctx = Context()
print(mask(repr(ctx)), len(ctx), list(ctx), var in ctx, ctx.get(var))
show('Context(1)', Context, 1)
var.set('outer')
snap = copy_context()
print(len(snap) >= 1, var in snap, snap[var], snap.get(var), snap.get(dflt, 'd'))
print(mask(list(snap.keys())[-1]), list(snap.values())[-1],
      [(k.name, v) for k, v in snap.items()][-1])
show('missing key', ctx.__getitem__, var)
show('bad key', ctx.__getitem__, 'a')
show('bad contains', ctx.__contains__, 'a')
show('bad get', ctx.get, 'a')
print(ctx == Context(), ctx == snap, snap == snap.copy(), ctx != 1)
try:
    hash(ctx)
except TypeError:
    print('unhashable')


def inside(value):
    before = var.get('unset')
    var.set(value)
    return before, var.get()


print(ctx.run(inside, 'a'), ctx[var], var.get())
print(ctx.run(inside, value='b'), ctx[var], var.get())
print(snap.run(inside, 'c'), snap[var], var.get())
show('reenter', ctx.run, lambda: ctx.run(inside, 'x'))
show('run no args', ctx.run)
show('run error', ctx.run, lambda: 1 / 0)
print(var.get())
copy = ctx.copy()
copy.run(var.set, 'copy')
print(copy[var], ctx[var])
token = ctx.run(var.set, 'tok')
show('reset other ctx', var.reset, token)
print(ctx.run(lambda: (var.reset(token), var.get())[1]))

# A snapshot does not change when the context does.
items = ctx.items()
ctx.run(var.set, 'later')
print([v for k, v in items], ctx[var])

# Nested runs and generics.
a = Context()
b = Context()
print(a.run(lambda: b.run(lambda: (var.set(1), var.get())[1])), var.get())
print(ContextVar[int], Token[str])

# Each thread starts with an empty context.
seen = []


def in_thread():
    seen.append(var.get('nothing'))
    seen.append(len(copy_context()))
    var.set('thread')
    seen.append(var.get())


t = threading.Thread(target=in_thread)
t.start()
t.join()
print(seen, var.get())
print(type(Token.MISSING))
