# traceback: the frames of real tracebacks through functions, methods,
# lambdas, comprehensions, generators, properties, recursion and exec'd
# code.  The caret lines are left out of the comparison: they depend on the
# columns the interpreter records for each instruction.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(lines):
    for line in ''.join(lines).replace(HERE, '').splitlines(keepends=True):
        if line.strip(' |\n') and not line.strip(' |\n').strip('~^'):
            continue
        sys.stdout.write(line)


def add(a, b):
    return (a +
            b)


def lookup(d):
    return d["k"]


class Box:
    def __init__(self):
        self.data = []

    def method(self, x):
        return self.data[x] + 1

    @property
    def prop(self):
        return self.missing_attribute

    @classmethod
    def klass(cls):
        return cls.nothing

    @staticmethod
    def static():
        return int("x")


def comprehension():
    return [1 / v for v in [1, 0]]


def nested_comprehension():
    return {k: [w.upper() for w in v] for k, v in {"a": [1]}.items()}


def generator_expression():
    return sum(1 / v for v in [0])


def lam():
    fn = lambda v: v.upper()
    return fn(3)


def gen():
    yield 1
    raise KeyError("from generator")


def consume():
    return list(gen())


def rec(n):
    return rec(n + 1) if n < 40 else {}[n]


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n) if n < 12 else [][n]


def closure():
    def inner():
        def innermost():
            return undefined_name_here
        return innermost()
    return inner()


def with_block():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False
    with CM():
        raise OSError(2, "No such file or directory")


def chained():
    try:
        lookup({})
    except KeyError as exc:
        raise ValueError("converted") from exc


def exec_code():
    exec("def q():\n    return 1 + ''\nq()")


def eval_code():
    return eval("[1][5]")


cases = [(add, (1, None)), (lookup, ({},)), (Box().method, (0,)), (lambda: Box().prop, ()),
         (Box.klass, ()), (Box.static, ()), (comprehension, ()), (nested_comprehension, ()),
         (generator_expression, ()), (lam, ()), (consume, ()), (rec, (0,)), (mutual_a, (0,)),
         (closure, ()), (with_block, ()), (chained, ()), (exec_code, ()), (eval_code, ())]
for fn, args in cases:
    try:
        fn(*args)
    except Exception as e:
        show(traceback.format_exception(e))
        print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)][-3:])
        print()
