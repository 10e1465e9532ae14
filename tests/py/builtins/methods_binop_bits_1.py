def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

vals = [1, 1.5, 1j, "s", b"b", [1], (1,), {1: 2}, {1}, None, True]
ops = [("<<", lambda a, b: a << b), ("&", lambda a, b: a & b), ("|", lambda a, b: a | b),
       ("^", lambda a, b: a ^ b), ("<", lambda a, b: a < b), ("@", lambda a, b: a @ b)]
for a in vals[:5]:
    for b in vals:
        for name, op in ops:
            if name == "%" and isinstance(a, (str, bytes, bytearray)):
                continue
            try:
                r = op(a, b)
            except Exception as e:
                print(type(a).__name__, name, type(b).__name__, "->", type(e).__name__, e)
            else:
                if isinstance(r, (set, frozenset)):
                    r = sorted(r)
                print(type(a).__name__, name, type(b).__name__, "->", repr(r))
