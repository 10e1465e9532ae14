# split / rsplit / join / splitlines
s = "a,b,,c,d"
print(s.split(","), s.split(",", 1), s.split(",", 2), s.split(",", 0), s.split(",", -1))
print(s.rsplit(","), s.rsplit(",", 1), s.rsplit(",", 2), s.rsplit(",", maxsplit=3))
w = "  hello   world \t foo\n bar  "
print(w.split(), w.split(None, 1), w.rsplit(None, 1), w.split(maxsplit=2), w.rsplit(maxsplit=2))
print("".split(), "".split(","), "   ".split(), "   ".split(" "), ",".split(","))
print("abcabcabc".split("bc"), "abcabcabc".rsplit("bc", 1), "aaa".split("aa"), "aaa".rsplit("aa"))
print("a b c".split(" "), "a  b".split(" "), "no-sep".split("|"))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " | ".join(("one",)), "".join(["x", "y"]))
print("->".join(str(i) for i in range(5)))
print(", ".join({"k1": 1, "k2": 2}))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
text = "line1\nline2\r\nline3\rline4\n\nline6"
print(text.splitlines())
print(text.splitlines(True))
print(text.split("\n"))
print("".splitlines(), "\n".splitlines(), "x\n".splitlines(), "x\n\n".splitlines(keepends=True))
print("a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines())
print("1\t2\t3".split("\t"), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("a\u3000b\xa0c".split())
words = "the quick brown fox jumps over the lazy dog".split()
print(len(words), words[::2], " ".join(reversed(words)))
print(" ".join(w.capitalize() for w in words))
csv = "name:age:city\nann:30:oslo\nbob:25:rome"
rows = [line.split(":") for line in csv.splitlines()]
print(rows)
print([dict(zip(rows[0], r)) for r in rows[1:]])
