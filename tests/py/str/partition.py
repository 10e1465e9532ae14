# partition/rpartition
cases = ["key=value", "key=val=ue", "novalue", "=start", "end=", "", "==="]
for c in cases:
    print(repr(c), c.partition("="), c.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "abc".partition("abc"), "abc".rpartition("c"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print(type(e).__name__, e)
header = "Content-Type: text/html; charset=utf-8"
name, sep, value = header.partition(":")
print(repr(name), repr(sep), repr(value.strip()))
mime, _, params = value.strip().partition(";")
print(mime, params.strip().partition("="))
path = "dir/sub/file.tar.gz"
head, _, tail = path.rpartition("/")
base, dot, ext = tail.rpartition(".")
print(head, tail, base, ext, dot)
print("no_slash".rpartition("/"), "no_slash".partition("/"))
def parse_kv(line):
    k, eq, v = line.partition("=")
    if not eq:
        return None
    return k.strip(), v.strip()
for line in ["a = 1", "b=2=3", "junk", " c =  "]:
    print(parse_kv(line))
