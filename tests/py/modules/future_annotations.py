"""Module docstring before the future statements."""
from __future__ import annotations
from __future__ import (division,
                        generator_stop)
import __future__
from typing import Optional


class Node:
    left: Optional[Node] = None
    value: "int | str"
    weights: dict[str, list[tuple[int, ...]]]

    def link(self, other: Node, *args: int, key: 'str' = 'k', **kw: float) -> Node | None:
        return other


def shapes(a: lambda x: x + 1, b: [i for i in range(3)], c: {1: 2, **{}},
           d: -1.5e-7 + 3j, e: not a or b and c, f: (1,), g: (), h: x[1:2, ::3],
           i: f"{a!r:>{w}}", j: 'quo"te', k: b'\x00', l: ..., m: a if b else c,
           n: (yield_ + 1) if 0 else 2, o: x.y.z(1, *p, q=2, **r),
           p: a < b <= c is not d not in e, q: 2 ** -1, r: (-2) ** 2, s: ~x @ y // z,
           t: {x async for x in y}, u: (await_ for await_ in z), v: 1_000_000,
           w: 0xff, x: 1e100, y: True, z: None) -> "nested 'quotes'":
    pass


for name, text in shapes.__annotations__.items():
    print(name, repr(text))
print(Node.__annotations__)
print(Node.link.__annotations__)
print(__annotations__ if '__annotations__' in dir() else None)
top: List[int] = []
print(__annotations__)


def local():
    inner: undefined_name = 1
    return inner


print(local(), local.__annotations__)
print(__future__.annotations, __future__.annotations.getMandatoryRelease(),
      __future__.annotations.getOptionalRelease())
print(annotations.compiler_flag, division, generator_stop.mandatory)
print(__future__.all_feature_names)
print(sorted(k for k in dir(__future__) if k.startswith('CO_')))

for src in ("from __future__ import braces", "from __future__ import nonsense",
            "x = 1\nfrom __future__ import annotations",
            "def f():\n    from __future__ import annotations",
            '"doc"\nfrom __future__ import annotations\n"more"\nfrom __future__ import division',
            "from __future__ import annotations, with_statement\nx: y = 1",
            "from __future__ import annotations\ndef f(x: (y := 1)): pass",
            "from __future__ import annotations\ndef f(x: (yield)): pass",
            "from __future__ import annotations\nasync def f(x: await g()): pass",
            "from __future__ import annotations\ndef g():\n    x: (yield) = 1",
            "from __future__ import annotations\na.b: (yield from c) = 1",
            "from __future__ import annotations\ndef f(x: [y async for y in z]): pass",
            "from __future__ import annotations\ndef f(x: [(yield) for y in z]): pass",
            "from __future__ import annotations\ndef f(x: lambda: (yield)): pass"):
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
