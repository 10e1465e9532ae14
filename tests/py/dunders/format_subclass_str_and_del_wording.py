# format() with an empty spec of an int/str/complex subclass is its str();
# "does not support item deletion" unless an integer key meets a sequence.
class I(int):
    def __repr__(self): return "I-repr"
class I2(int):
    def __str__(self): return "I2-str"
class S(str):
    def __str__(self): return "S-str"
class C(complex):
    def __repr__(self): return "C-repr"
class P(int): pass
class B(int):
    def __format__(self, spec): return "B-format" + spec
for v in (I(5), I2(5), S("s"), C(1j), P(7), B(1)):
    print(str(v), format(v, ""), f"{v}", "{}".format(v), format(v, ">4") if not isinstance(v, complex) else "")
class O: pass
for obj, key in [("abc", "a"), ("abc", slice(0, 1)), ((1,), "a"), (5, "a"), (O(), "x"), (b"ab", slice(0, 1)), (O.__dict__, "x"), ("abc", 0), (5, 0), (5, True)]:
    try:
        del obj[key]
    except TypeError as e:
        print(e)
class O: pass
for o in (O(), None, 1.5, {1:2}.keys()):
    try: del o[0]
    except TypeError as e: print(e)
