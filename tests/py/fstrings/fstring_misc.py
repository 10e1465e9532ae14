# f-string details: evaluation order, scoping, concatenation, raw and byte-ish forms.

log = []
def v(x):
    log.append(x)
    return x
s = f"{v(1)}{v(2)}{v(3)}"
print(s, log)

# f-strings see local, enclosing and global names
g = "global"
def outer():
    enc = "enclosing"
    def inner():
        loc = "local"
        return f"{loc} {enc} {g}"
    return inner()
print(outer())

# in comprehensions and lambdas
print([f"{i}:{c}" for i, c in enumerate("ab")])
fmt = lambda n: f"<{n:03}>"
print(fmt(5), fmt(123))

# concatenation with plain and raw strings
path = "dir"
print(f"{path}" "/" f"file" r"\raw" "\tend")
print(rf"{path}\n" + fR"\t{path}")
print(F"upper prefix {path}")

# triple-quoted f-strings
n = 3
print(f"""line one {n}
line two {n * 2}
  indented {n * 3}""")

# an f-string with no fields is just a string
print(f"plain", f"" == "", type(f"x").__name__)

# errors inside fields propagate
try:
    f"{1 / 0}"
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    f"{undefined_variable}"
except NameError as e:
    print(type(e).__name__, e)

# syntax errors
for src in ['f"{}"', 'f"{a b}"', 'f"{!r}"', 'f"{x:{y:{z}}}"', 'f"{"', 'f"}"']:
    try:
        compile(src, "<s>", "eval")
        print(src, "compiles")
    except SyntaxError as e:
        print(src, "->", type(e).__name__, e.msg)

# format spec is itself an f-string-ish template
val = 2.5
for spec in [".1f", ">8", "+.3e"]:
    print(f"{val:{spec}}|")

# very long results and many fields
print(f"{'x' * 50}|{'-' * 5:>10}|{len('x' * 50)}")
print(f"{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}{11}{12}")

# walrus inside an f-string needs parentheses
print(f"{(w := 10)} {w + 1}")
