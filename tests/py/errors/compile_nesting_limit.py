# Expressions nested beyond the compiler's limit are a RecursionError
# "during compilation", whatever the construct; below it they compile and
# run. (Each depth is far from the limit: CPython's exact threshold moves
# after deep compiles.)
cases = {
    "unary": lambda n: "-" * n + "1",
    "not": lambda n: "not " * n + "x",
    "binop": lambda n: "1" + "+1" * n,
    "attr": lambda n: "x" + ".real" * n,
    "call": lambda n: "f" + "()" * n,
    "subscript": lambda n: "x" + "[0]" * n,
    "ifexp": lambda n: "1 if x else " * n + "1",
}
for name, make in cases.items():
    for n in (2000, 2900, 3100, 5000):
        for mode in ("eval", "exec"):
            try:
                compile(make(n), "<deep>", mode)
                print(name, n, mode, "ok")
            except RecursionError as e:
                print(name, n, mode, type(e).__name__, e)

print(eval("-" * 2000 + "1"))
print(eval("1" + "+1" * 2500))
print(eval("not " * 2001 + "x", {"x": 0}))
ifs = "".join(" " * i + "if x:\n" for i in range(50)) + " " * 50 + "y = 1\n"
namespace = {"x": 1}
exec(ifs, namespace)
print("50 nested ifs:", namespace["y"])


def deeper(k):
    # The limit counts from the compiling call, not from Python's depth.
    if k:
        return deeper(k - 1)
    return eval("-" * 2900 + "1")


print(deeper(200))
