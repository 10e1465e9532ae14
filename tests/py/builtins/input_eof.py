# input() with stdin at EOF raises EOFError
try:
    value = input()
    print("got", repr(value))
except EOFError as e:
    print(type(e).__name__, repr(str(e)))
try:
    value = input("prompt> ")
    print("got", repr(value))
except EOFError as e:
    print()
    print(type(e).__name__, e)
def read_all():
    lines = []
    while True:
        try:
            lines.append(input())
        except EOFError:
            break
    return lines
print(read_all())
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
print("done")
