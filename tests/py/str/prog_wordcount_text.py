text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs away!  Quick, quick -- said the bird.
   Leading spaces and trailing tabs\t\t
"""

def normalize(word):
    return word.strip(".,;!?-").lower()

lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
for i, line in enumerate(lines, 1):
    print(f"{i:>3}: {line.strip()!r}")

counts = {}
for line in lines:
    for raw in line.split():
        w = normalize(raw)
        if not w:
            continue
        counts[w] = counts.get(w, 0) + 1

print(len(counts))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:8]:
    print(f"{word:<10}|{n:^5}|{'*' * n:>6}")

print("%-8s=%5d" % ("total", sum(counts.values())))
print("%08.3f %+d %x %X %o %e %g" % (3.14159, 42, 255, 255, 8, 12345.678, 0.0001234))
print("%s %r %a" % ("héllo", "héllo", "héllo"))
print("%(name)s is %(age)03d" % {"name": "Ann", "age": 7})
print("%c%c%c" % (72, 105, "!"))
print("%5.1f%%" % 99.44)

widths = [w.center(11, "*") for w in ("a", "bb", "ccc", "dddd")]
print(widths)
print([w.ljust(6, ".") + "|" for w in ("x", "yy", "zzzzzzz")])
print([w.rjust(6) for w in ("x", "yy", "zzzzzzz")])
print("abc".zfill(6), "-42".zfill(6), "+7".zfill(4), "".zfill(3))
print("title case here".title(), "SwAp".swapcase(), "hello world".capitalize())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  x  y  ".split(), "  x  y  ".split(" "))
print("one\ntwo\r\nthree\rfour".splitlines(keepends=True))
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")))
print("hello".partition("l"), "hello".rpartition("l"), "hello".partition("z"))
print("Mississippi".count("ss"), "Mississippi".find("ss"), "Mississippi".rfind("ss"))
print("Mississippi".replace("ss", "SS", 1), "Mississippi".index("pp"))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "abc".startswith("b", 1))
print("tab\tseparated\tvalues".expandtabs(4), repr("a\tb".expandtabs()))
print("hello world".translate(str.maketrans("lo", "01", "h")))
print("  strip me  ".lstrip(), "|", "xxhixx".strip("x"), "|", "abcabc".rstrip("cb"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"))
print("ABC".isupper(), "abc1".isalnum(), "123".isdigit(), " ".isspace(), "Ab Cd".istitle())
print("x".isidentifier(), "1x".isidentifier(), "٣".isdecimal(), "½".isnumeric())
print("{:*^20}".format("mid"), "{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:,}".format(1234567), "{:_}".format(1234567), "{:.2%}".format(0.12345))
print("{:>10.3f}|{:<10}|{:^10}".format(2.71828, "left", "mid"))
print("{!r:>8}".format("q"), "{:#x} {:#o} {:#b}".format(255, 8, 5))
print(f"{'nested':{'>'}{12}}", f"{3.0:g}", f"{1e20:g}", f"{123456789:e}")
