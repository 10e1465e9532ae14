# fnmatch: glob matching of names and CPython's regex translations.
import fnmatch
import random

patterns = ["*.py", "a*b", "a*b*c", "*a*", "**", "***a**b*", "?", "a?b*", "[abc]", "[!abc]", "[a-z]*",
            "[]]", "[!]]", "[", "[!", "[a", "a[", "[]", "[!]", "[z-a]", "[a-c-e]", "[!a-z-]", "[\\]",
            "[a&&b]", "[a||b]", "[a~~b]", "[--]", "[^a]", "[[]", "x[a-]", "[-a]", "[a-]y", "a.b(c)",
            "a b\tc", "#&~-", "[a-b-c]", "[b-a-c]", "[c-a]", "[!c-a]", "[a-c-a]", "*[a-c-a]*", "a*", "*",
            "", "ab", "*a*b*c*d", "[*]", "[?]", "[!*]", "[a-\\]]", "[\\-x]", "\u00e9*", "{a,b}", "a|b",
            "$^", "[%-/]", "[a-z&&x]", "[!!]", "*.[ch]", "?*?", "*?*"]
for p in patterns:
    print(repr(p), repr(fnmatch.translate(p)))

names = ["", "a", "b", "ab", "abc", "a.py", ".py", "x.c", "x.h", "x.hh", "a]b", "]", "[", "!", "-", "^",
         "\\", "a-b", "aXbYc", "abcd", "a\nb", "*", "?", "\u00e9t\u00e9", "x-", "a b\tc", "#&~-", "aaa"]
for p in patterns:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)])

print(fnmatch.filter(["a.py", "b.txt", "c.py", ".py", "A.PY"], "*.py"))
print(fnmatch.fnmatch("A.PY", "*.py"), fnmatch.fnmatch("a.py", "*.py"), fnmatch.fnmatchcase("A.py", "a*"))
print(fnmatch.fnmatch(b"ab", b"a?"), fnmatch.filter([b"x1", b"y2", b"x3"], b"x[0-9]"))
for name, pat in [(b"ab", "a?"), ("ab", b"a?")]:
    try:
        fnmatch.fnmatch(name, pat)
    except TypeError as e:
        print("TypeError", e)
print(sorted(fnmatch.__all__))

r = random.Random(9)
alpha = "ab-!]^[*?\\c."
pool = ["".join(r.choice("abc-!]^[\\.\n") for _ in range(r.randrange(7))) for _ in range(60)]
for i in range(500):
    p = "".join(r.choice(alpha) for _ in range(r.randrange(9)))
    print(repr(p), repr(fnmatch.translate(p)), "".join("1" if fnmatch.fnmatchcase(n, p) else "0" for n in pool))
