# Annotated assignment targets CPython refuses, and the ones it accepts.
for src in ['():3', '[]:int', '(a, b): int = 1', '[a]: int', 'a.b: int', '(a): int', 'f(): int', '1: int', 'x[0]: int = 2', 'def f():\n    (x, y): int\n']:
    try:
        compile(src, 's', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno, e.offset)
