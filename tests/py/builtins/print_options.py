import sys
# print with sep/end/file/flush
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued", end="|\n")
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep=" ; ", end=" END\n")
print("to stderr", file=sys.stderr)
print("to stdout explicitly", file=sys.stdout)
print("flushed", flush=True)
print(*range(5))
print(*"abc", sep="-")
print(*[], sep="x", end="[empty]\n")
print("x", sep=None, end=None)
print("multi\nline", "string")
print("", "", sep="|")
print(sep="ignored", end="only end\n")
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], (S(),), {1: S()})
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file="notafile")
except AttributeError as e:
    print(type(e).__name__, e)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
col = Collector()
print("hello", "world", file=col)
print("x", end="", file=col, flush=True)
print(col.parts)
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.flush()
print("tab\tsep", "uni é 😀", sep="\t")
