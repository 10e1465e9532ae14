# open() text and binary write/read round trips in /tmp
path = "/tmp/pyprobe_builtins_file_io.txt"
with open(path, "w") as f:
    n1 = f.write("line one\n")
    n2 = f.write("line two é\n")
    f.write("third")
print(n1, n2)
with open(path) as f:
    content = f.read()
print(repr(content), len(content))
with open(path, "r") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line.rstrip("\n")))
with open(path, "a") as f:
    f.write("\nappended")
with open(path) as f:
    print(f.read().splitlines())
bpath = "/tmp/pyprobe_builtins_file_io.bin"
with open(bpath, "wb") as f:
    print(f.write(bytes(range(8))), f.write(b"\xff\xfe"))
with open(bpath, "rb") as f:
    data = f.read()
print(data, len(data), type(data).__name__, data[0], data[-1])
with open(bpath, "rb") as f:
    print(f.read(3), f.read(2), f.read(), f.read())
with open(path, "rb") as f:
    raw = f.read()
print(raw[:12], raw.decode("utf-8").count("\n"))
f = open(path)
print(f.closed, f.name == path, f.mode)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    open("/tmp/pyprobe_definitely_missing_dir/x.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
with open(path, "w") as f:
    print("via print", 42, file=f)
    f.writelines(["a\n", "b\n"])
with open(path) as f:
    print(repr(f.read()))
with open(path, "w", encoding="utf-8") as f:
    f.write("ünïcödé")
with open(path, encoding="latin-1") as f:
    print(repr(f.read()))
try:
    with open(path, "rb") as f:
        f.write(b"x")
except Exception as e:
    print(type(e).__name__)
