# startswith/endswith with tuples and ranges
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.startswith("name", 4, 6))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(".tar", 0, 12), s.endswith("gz", -2), s.endswith("", 3))
print(s.startswith(("x", "fi")), s.startswith(("x", "y")), s.endswith((".zip", ".gz")), s.endswith(()))
print(s.startswith(""), "".startswith(""), "".endswith("a"), s.startswith("", 100), s.startswith("", 15))
print(s.startswith("file", -100), s.startswith("gz", -2), s.endswith("file", 0, 4), s.endswith("file", 0, -11))
print(s.startswith(("a", "f"), 1), s.startswith(("il",), 1, 3))
try:
    s.startswith(["file"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(s.endswith((5, "gz")))
except TypeError as e:
    print(type(e).__name__, e)
files = ["a.py", "b.txt", "c.PY", "d.pyc", "e.rs", "README"]
print([f for f in files if f.endswith((".py", ".rs"))])
print([f for f in files if f.lower().endswith(".py")])
print([f for f in files if not f.startswith(("a", "b"))])
urls = ["http://x", "https://y", "ftp://z", "file:///w"]
for u in urls:
    print(u, u.startswith(("http://", "https://")), u.startswith("f"), u.endswith(("x", "z")))
print("abc".startswith("abcd"), "abc".endswith("abc", 1), "abc".endswith("bc", 1), "abc".startswith("b", 1, 2))
print("abc".startswith("bc", 1, 2), "abc".endswith("b", None, 2), "abc".startswith("a", None))
