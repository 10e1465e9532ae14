import sys
# getrecursionlimit / setrecursionlimit and RecursionError
old = sys.getrecursionlimit()
print(old, type(old).__name__)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)
def safe_depth(n):
    try:
        return safe_depth(n + 1)
    except RecursionError:
        return n
d = safe_depth(0)
print(50 < d < 200)
def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)
print(countdown(100))
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), countdown(2000))
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
print(isinstance(RecursionError("x"), RuntimeError), RecursionError.__mro__[1].__name__)
