import sys
# sys attributes that are deterministic
print(sys.argv[0].split("/")[-1], len(sys.argv), type(sys.argv).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1)
print(sys.byteorder, sys.byteorder in ("little", "big"))
print(sys.version_info[:2] >= (3, 12), sys.version_info[0], type(sys.version_info[:2]).__name__)
print(sys.version_info >= (3,), sys.version_info.major == sys.version_info[0])
print(sys.flags.optimize, type(sys.flags.optimize).__name__)
print(type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit > 0, sys.float_info.min)
print(isinstance(sys.platform, str), isinstance(sys.version, str), sys.getdefaultencoding())
print(sys.stdout is sys.__stdout__, sys.stderr is not sys.stdout, hasattr(sys.stdin, "read"))
s1 = sys.intern("hello world!")
s2 = sys.intern("hello" + " world!")
print(s1 is s2, s1 == s2, sys.intern("x"))
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
print(callable(sys.exit), callable(sys.getrecursionlimit))
try:
    sys.exit(3)
except SystemExit as e:
    print(type(e).__name__, e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print(type(e).__name__, e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print(type(e).__name__, e.code, str(e))
print(sys.float_repr_style, sys.maxunicode, hex(sys.maxunicode))
# Struct sequences are classes of the sys module.
print(type(sys.flags), type(sys.version_info), type(sys.float_info).__name__)
print(type(sys.flags).__module__, type(sys.int_info).__qualname__)
