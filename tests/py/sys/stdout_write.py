import sys
# sys.stdout / sys.stderr write return values and interleaving
n = sys.stdout.write("hello\n")
print("wrote", n)
n = sys.stdout.write("")
print("wrote", n)
n = sys.stdout.write("unicode é 😀\n")
print("wrote", n)
m = sys.stderr.write("err line\n")
print("stderr wrote", m)
sys.stdout.write("a")
sys.stdout.write("b")
print("c")
sys.stdout.writelines(["x\n", "y\n"])
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
out = sys.stdout
print(out.writable(), sys.stdin.readable())
print(sys.stdout.flush())
old = sys.stdout
class Capture:
    def __init__(self):
        self.buf = []
    def write(self, s):
        self.buf.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
sys.stdout = cap
print("captured", 1, 2)
print("second")
sys.stdout = old
print("restored", cap.buf)
print("".join(cap.buf).splitlines())
