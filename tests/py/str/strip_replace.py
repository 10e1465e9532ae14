# strip family, replace, removeprefix/removesuffix
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abcHIcba".lstrip("abc")), repr("abcHIcba".rstrip("cba")))
print(repr("".strip()), repr("    ".strip()), repr("aaa".strip("a")), repr("hi".strip("")), repr("hi".strip(None)))
print(repr("\u2003 spaced \u00a0".strip()), repr("\x1c\x1dx\x1e\x1f".strip()))
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "aaaa".replace("aa", "b"), "aaaa".replace("a", "b", 0))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "abc".replace("x", "y"))
print("hello".replace("l", ""), "banana".replace("ana", "o"), "a.b.c".replace(".", "::", -1))
print("aaa".replace("a", "aa"), "mississippi".replace("ss", "SS", 1), "abc".replace("abc", ""))
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "TestCase".removesuffix("Case"), "x".removesuffix(""))
print("prefix_prefix_x".removeprefix("prefix_"), "".removeprefix("a"))
try:
    "abc".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".replace("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".replace("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
t = "a-b_c d"
for ch in "-_ ":
    t = t.replace(ch, "")
print(t)
path = "/usr/local/bin/"
print(path.strip("/").split("/"), path.rstrip("/").rsplit("/", 1)[-1])
print("www.example.com".strip("cmowz."), "www.example.com".lstrip("w."))
print("  x  ".strip() == "x", "\n".strip() == "")
print("ÄÖÜ äöü".replace("ä", "ae"))
