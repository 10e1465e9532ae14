# Signature and Parameter objects built from functions and by hand.
import inspect
from inspect import Parameter, Signature


def attempt(func):
    try:
        print(repr(func()))
    except Exception as e:
        print(type(e).__name__, e)


def f0():
    pass


def f1(a, b=2, /, c=3, *args, d, e=5, **kw):
    pass


def f2(a, /, b):
    pass


def f3(*, key=None, reverse=False):
    pass


def f4(x, *rest):
    pass


def f5(**options):
    pass


def f6(a: int, b: 'str' = 'x', *c: list[int], d: dict = None, **e: 'E') -> bool:
    pass


def f7(self, value=[1, 2], other={'k': (1, 'v')}, name='it''s'):
    pass


def f8(a, b, /):
    pass


def f9(a=None, *, b, c=1):
    pass


def f10(x, y):
    def inner():
        return x + y
    return inner


for func in [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, lambda q, *r: 0]:
    sig = inspect.signature(func)
    print(str(sig), repr(sig))

sig = inspect.signature(f1)
print(list(sig.parameters))
print(sig.parameters)
for param in sig.parameters.values():
    print(repr(param), param.name, param.kind, repr(param.kind),
          param.kind.description, param.default is Parameter.empty,
          param.annotation is param.empty)
print(type(sig.parameters).__name__)
print(sig.return_annotation is Signature.empty, Signature.empty)
print(repr(inspect.signature(f6).return_annotation))
print({name: p.annotation for name, p in inspect.signature(f6).parameters.items()})

# Parameter kinds.
print(list(Parameter.POSITIONAL_ONLY.__class__))
print(int(Parameter.KEYWORD_ONLY), Parameter.VAR_KEYWORD > Parameter.KEYWORD_ONLY)
print(Parameter.POSITIONAL_OR_KEYWORD.name, Parameter.POSITIONAL_OR_KEYWORD.value)
print(str(Parameter.VAR_POSITIONAL), f'{Parameter.VAR_POSITIONAL}')

# Parameters made by hand.
p = Parameter('x', Parameter.KEYWORD_ONLY, default=1, annotation=int)
print(p, repr(p))
print(p.replace(name='y'), p.replace(default=Parameter.empty),
      p.replace(annotation=Parameter.empty), p.replace(kind=1))
print(p == Parameter('x', 3, default=1, annotation=int), p == 'x',
      hash(p) == hash(Parameter('x', 3, default=1, annotation=int)))
print(Parameter('args', Parameter.VAR_POSITIONAL, annotation='T'))
print(Parameter('kw', Parameter.VAR_KEYWORD))
print(Parameter('lambda', Parameter.POSITIONAL_ONLY))
print(Parameter('.0', Parameter.POSITIONAL_OR_KEYWORD))
attempt(lambda: Parameter('a', 7))
attempt(lambda: Parameter('a', 'x'))
attempt(lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1))
attempt(lambda: Parameter('a', Parameter.VAR_KEYWORD, default=1))
attempt(lambda: Parameter(1, Parameter.POSITIONAL_ONLY))
attempt(lambda: Parameter('def', Parameter.KEYWORD_ONLY))
attempt(lambda: Parameter('1a', Parameter.KEYWORD_ONLY))
attempt(lambda: Parameter('a b', Parameter.KEYWORD_ONLY))
attempt(lambda: Parameter('', Parameter.KEYWORD_ONLY))
attempt(lambda: Parameter('.0', Parameter.KEYWORD_ONLY))
attempt(lambda: Parameter(Parameter.empty, Parameter.KEYWORD_ONLY))
attempt(lambda: p.replace(kind=Parameter.VAR_POSITIONAL))

# Signatures made by hand.
P = Parameter
print(Signature())
print(Signature([P('a', 0), P('b', 1), P('c', 3)], return_annotation=int))
print(Signature([P('a', 0), P('b', 0, default=1)]))
print(Signature([P('a', 0), P('args', 2), P('c', 3)]))
print(Signature([P('a', 3), P('b', 3, default=1), P('c', 3)]))
print(Signature([P('a', 0), P('k', 4)]))
print(Signature([P('a', 0)], return_annotation='no'))
print(Signature([P('a', 0, annotation=list[int], default=[])],
                return_annotation=dict[str, int]))
attempt(lambda: Signature([P('a', 3), P('b', 0)]))
attempt(lambda: Signature([P('a', 2), P('b', 1)]))
attempt(lambda: Signature([P('a', 1, default=1), P('b', 1)]))
attempt(lambda: Signature([P('a', 0, default=1), P('b', 1)]))
attempt(lambda: Signature([P('a', 1), P('a', 3)]))

s = inspect.signature(f1)
print(s.replace(return_annotation=int))
print(s.replace(parameters=[]))
print(s.replace(parameters=list(s.parameters.values())[:2]))
attempt(lambda: s.replace(parameters=[P('a', 3), P('b', 1)]))
print(s == inspect.signature(f1), s != inspect.signature(f2),
      hash(s) == hash(inspect.signature(f1)))
print(Signature([P('a', 3), P('b', 3)]) == Signature([P('b', 3), P('a', 3)]))
print(Signature([P('a', 1), P('b', 1)]) == Signature([P('b', 1), P('a', 1)]))
print(s == 1, Signature() == Signature())
print(Signature.from_callable(f2))


class MySig(Signature):
    pass


print(type(MySig.from_callable(f2)).__name__)
