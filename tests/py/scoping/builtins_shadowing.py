# Shadowing builtins at module, function and class level, then restoring them.

print(len("abc"))

def len(x):
    return "shadowed len of " + repr(x)

print(len("abc"))
del len
print(len("abc"))

def local_shadow():
    max = lambda *a: "local max"
    return max(1, 2)
print(local_shadow(), max(1, 2))

class K:
    str = "class-level str"
    def method(self):
        return str(5)
print(K().method(), K.str)

# shadowing a builtin exception name locally
def exc_shadow():
    ValueError = KeyError
    try:
        raise ValueError("really a KeyError")
    except KeyError as e:
        return type(e).__name__
print(exc_shadow())

# shadowing print via globals
def capture():
    out = []
    global print
    print = lambda *a: out.append(" ".join(map(str, a)))
    print("hidden", 1)
    del print
    return out
result = capture()
print(result)

# using a builtin name as a variable in a comprehension doesn't leak
list_of = [list for list in range(3)]
print(list_of, list("ab"))

# None, True, False cannot be assigned
for src in ["None = 1", "True = 0", "def f(None): pass"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
