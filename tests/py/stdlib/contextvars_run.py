# Context.run: the context is current inside and the thread's previous one
# afterwards, also when the thread had none yet and when the call raises.
import contextvars

v = contextvars.ContextVar('v', default='default')


def show(tag):
    return tag, v.get()


ctx = contextvars.copy_context()
print(ctx.run(show, 'fresh'))
ctx.run(v.set, 'inside')
print(v.get(), ctx[v], [(k.name, x) for k, x in ctx.items()])
print(ctx.run(show, 'again'))


def fail():
    v.set('failing')
    raise ValueError('raised inside')


try:
    ctx.run(fail)
except ValueError as e:
    print('ValueError:', e)
print(v.get(), ctx[v])

# Nested contexts and re-entry.
inner = contextvars.copy_context()


def nested():
    v.set('outer value')
    return inner.run(show, 'inner'), v.get()


print(contextvars.copy_context().run(nested))
try:
    ctx.run(ctx.run, show, 'twice')
except RuntimeError as e:
    print('RuntimeError:', str(e).split(':')[0])

# Keyword arguments and bad calls.
print(ctx.run(lambda *a, **k: (a, sorted(k)), 1, 2, x=3, y=4))
for bad in (lambda: ctx.run(), lambda: ctx.run(callable=print), lambda: ctx.run(5)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

# Copies are independent of each other and of the current context.
c1 = contextvars.copy_context()
c2 = c1.copy()
c1.run(v.set, 'c1')
print(c1.get(v), c2.get(v), v.get(), len(c1), len(c2), c1 == c2)
print(type(contextvars.Context()).__name__, len(contextvars.Context()))
