# eval and exec with globals/locals dicts, compile
print(eval("1 + 2 * 3"), eval("[x * 2 for x in range(3)]"), eval("'a' + 'b'"), eval("  5  "))
g = {"x": 10, "y": 3}
print(eval("x * y", g), eval("x + z", g, {"z": 100}), eval("len(s)", {"s": "four"}))
ns = {}
exec("a = 5\nb = a * 2\ndef f(n):\n    return n + b\n", ns)
print(ns["a"], ns["b"], ns["f"](1), sorted(k for k in ns if k != "__builtins__"))
print("__builtins__" in ns)
loc = {}
exec("q = 1\nr = q + 1", {}, loc)
print(loc)
r = exec("1 + 1")
print(r)
code = compile("x ** 2", "<expr>", "eval")
print(eval(code, {"x": 7}), type(code).__name__)
code2 = compile("for i in range(3):\n    out.append(i * i)\n", "<loop>", "exec")
out = []
exec(code2, {"out": out})
print(out)
code3 = compile("print('single', 1 + 1)", "<s>", "exec")
exec(code3)
for bad in ["1 +", "x = = 1", "def"]:
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
counter = 0
exec("counter = 99")
print(counter)
exec("global counter\ncounter += 1")
print(counter)
env = {"__builtins__": {"len": len}}
print(eval("len('abc')", env))
try:
    eval("print('hi')", env)
except NameError as e:
    print(type(e).__name__, e)
print(eval("(lambda a, b: a - b)(10, 4)"), eval("{'k': [1, 2]}")["k"], eval(" 2 ** 10 "))
src = "def sq(v):\n    return v * v\nresult = [sq(i) for i in range(4)]\n"
space = {}
exec(src, space)
print(space["result"])
