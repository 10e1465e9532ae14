# signature() of classes, methods, partials and wrappers; getfullargspec,
# unwrap, get_annotations and formatannotation.
import inspect
import functools
import typing


def attempt(func):
    try:
        print(repr(func()))
    except Exception as e:
        print(type(e).__name__, e)


def attempt_short(func):
    # Messages holding object addresses are cut before the address.
    try:
        print(repr(func()))
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])


def sig(obj, **options):
    attempt(lambda: inspect.signature(obj, **options))


class Plain:
    pass


class WithInit:
    def __init__(self, x, y=1):
        pass


class WithNew:
    def __new__(cls, a, *, k=1):
        return super().__new__(cls)


class Both:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)

    def __init__(self, only):
        pass


class InheritsInit(WithInit):
    pass


class OverridesInit(WithNew):
    def __init__(self, q):
        pass


class Meta(type):
    def __call__(cls, a, b):
        return super().__call__()


class UsesMeta(metaclass=Meta):
    def __init__(self, ignored):
        pass


class CallableObj:
    def __call__(self, a, b=2):
        return a


class Methods:
    def method(self, a, *, b=1):
        pass

    @classmethod
    def cmethod(cls, c):
        pass

    @staticmethod
    def smethod(d, e=5):
        pass

    def star(*args):
        pass

    def kwonly(*, k):
        pass

    part = functools.partialmethod(method, 1)


class WithSignature:
    __signature__ = inspect.Signature([inspect.Parameter('z', 1)])

    def __call__(self, *args):
        pass


for obj in [Plain, WithInit, WithNew, Both, InheritsInit, OverridesInit,
            UsesMeta, CallableObj(), Methods.method, Methods().method,
            Methods.cmethod, Methods().cmethod, Methods.smethod,
            Methods().smethod, Methods().star, Methods.part, Methods().part,
            WithSignature(), object, 3, 'text']:
    sig(obj)
attempt(lambda: inspect.signature(Methods().kwonly))
attempt(lambda: inspect.signature(max))
attempt(lambda: inspect.signature(type))

# functools.partial


def target(a, b, *, c, d=4):
    pass


def target2(a, b=2, /, c=3, *args, d, e=5, **kw):
    pass


for part in [functools.partial(target, 1), functools.partial(target, b=1),
             functools.partial(target, 1, 2, c=3),
             functools.partial(target, 1, 2, c=3, d=5),
             functools.partial(target2, 1, 2, 3, 4),
             functools.partial(target2, c=1),
             functools.partial(target2, 1, e=0),
             functools.partial(functools.partial(target, 1), c=0),
             ]:
    sig(part)
attempt_short(lambda: inspect.signature(functools.partial(target, x=1)))
attempt_short(lambda: inspect.signature(functools.partial(target, 1, 2, 3)))
sig(functools.partial(WithInit, 1))
sig(functools.partial(Methods().method, b=2))

# Wrappers.


def original(x, y=0):
    return x + y


@functools.wraps(original)
def wrapper(*args, **kwargs):
    return original(*args, **kwargs)


sig(wrapper)
sig(wrapper, follow_wrapped=False)
print(inspect.unwrap(wrapper) is original, inspect.unwrap(original) is original)
print(inspect.unwrap(wrapper, stop=lambda f: f is wrapper) is wrapper)


def deco(func):
    @functools.wraps(func)
    def inner(*a, **k):
        return func(*a, **k)
    return inner


@deco
@deco
def twice(p, q=1):
    pass


sig(twice)
print(inspect.unwrap(twice).__name__, twice.__wrapped__.__wrapped__ is inspect.unwrap(twice))


class Loop:
    pass


loop = Loop()
loop.__wrapped__ = loop
attempt_short(lambda: inspect.unwrap(loop))


def with_sig(*args):
    pass


with_sig.__signature__ = inspect.Signature([inspect.Parameter('only', 0)])
sig(with_sig)
for text in ['not a signature', 5, '(a=1, b)', '(a: int)', '(a, b=1, *, c)',
             '($self, a, /)', '(x, y=sys.maxsize, z=-1, w="p,q")',
             lambda: '(from_call)', lambda: 7]:
    bad = lambda: 0
    bad.__signature__ = text
    attempt_short(lambda: inspect.signature(bad))
none_sig = lambda r: 0
none_sig.__signature__ = None
sig(none_sig)

# getfullargspec


def full(a, b=2, /, c=3, *args, d, e: int = 5, **kw) -> str:
    pass


spec = inspect.getfullargspec(full)
print(spec)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs,
      spec.kwonlydefaults, spec.annotations)
print(inspect.getfullargspec(lambda: 0))
print(inspect.getfullargspec(Methods().method))
print(inspect.getfullargspec(WithInit))
print(inspect.getfullargspec(wrapper))
print(type(spec).__name__, spec._fields, isinstance(spec, tuple), len(spec))
print(spec._asdict()['varkw'], spec._replace(varargs='xs').varargs)
attempt(lambda: inspect.getfullargspec(3))

# Annotations.
MyType = int


def ann(a: 'MyType', b: 'list[MyType]' = None, *, c: int) -> 'str':
    pass


print(inspect.get_annotations(ann))
print(inspect.get_annotations(ann, eval_str=True))
print(inspect.get_annotations(ann, eval_str=True, globals={'MyType': float,
                                                           'list': list,
                                                           'str': bytes}))
sig(ann)
sig(ann, eval_str=True)
print(inspect.get_annotations(wrapper), inspect.get_annotations(Plain))


class Annotated:
    x: int
    y: 'Annotated'


print(inspect.get_annotations(Annotated))
print(inspect.get_annotations(Annotated, eval_str=True))
attempt(lambda: inspect.get_annotations(3))
attempt(lambda: inspect.get_annotations(ann, eval_str=True, globals={}))


def typed(a: typing.List[int], b: typing.Optional[str] = None) -> typing.Dict[str, typing.Any]:
    pass


sig(typed)
print(inspect.formatannotation(Annotated), inspect.formatannotation(int),
      inspect.formatannotation('x'), inspect.formatannotation(None),
      inspect.formatannotation(list[int]), inspect.formatannotation(Annotated,
                                                                    '__main__'))
print(inspect.formatannotation(typing.List[typing.Dict[str, int]]))
fmt = inspect.formatannotationrelativeto(Annotated)
print(fmt(Annotated), fmt(int), fmt(inspect.Parameter))
