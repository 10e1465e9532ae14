# Compile-time errors for global/nonlocal misuse, caught via exec().

snippets = {
    "nonlocal at module level": "nonlocal x\n",
    "no binding for nonlocal": "def f():\n    nonlocal missing\n",
    "nonlocal to a global": "y = 1\ndef f():\n    nonlocal y\n    y = 2\n",
    "assigned before global": "def f():\n    x = 1\n    global x\n",
    "used prior to global": "def f():\n    print(x)\n    global x\n",
    "parameter and global": "def f(a):\n    global a\n",
    "parameter and nonlocal": "def g():\n    a = 1\n    def f(a):\n        nonlocal a\n",
    "nonlocal and global": "def g():\n    a = 1\n    def f():\n        global a\n        nonlocal a\n",
    "return outside function": "return 5\n",
    "yield outside function": "yield 5\n",
    "break outside loop": "break\n",
    "continue outside loop": "if True:\n    continue\n",
    "await outside": "await x\n",
}

for label, source in snippets.items():
    try:
        exec(compile(source, "<snippet>", "exec"), {})
        print(label, "-> compiled and ran")
    except SyntaxError as e:
        print(label, "->", type(e).__name__ + ":", e.msg, "(line", str(e.lineno) + ")")

# valid uses compile fine
ok = """
counter = 0
def bump():
    global counter
    counter += 1
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
    inner()
    return v
bump()
bump()
result = (counter, outer())
"""
ns = {}
exec(ok, ns)
print(ns["result"])

# global in a class body inside a function is allowed
ns2 = {}
exec("def f():\n    class C:\n        global gv\n        gv = 5\n    return gv\nr = f()\n", ns2)
print(ns2["r"], ns2["gv"])
