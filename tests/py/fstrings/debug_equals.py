# The = specifier for self-documenting expressions (3.8+).

x = 10
y = 3.14159
name = "pyprobe"
items = [1, 2, 3]

print(f"{x=}")
print(f"{x = }")
print(f"{x=:>5}")
print(f"{y=:.2f}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name = !r:>12}")
print(f"{items=}")
print(f"{x * 2 + 1=}")
print(f"{len(items)=} {sum(items) = }")
print(f"{items[0]=}, {items[-1]  =  }")
print(f"{name.upper()=}")
print(f"{'literal'=}")
print(f"{x if x > 5 else -x=}")

class P:
    def __init__(self):
        self.val = 7
    def __repr__(self):
        return "P(val=%d)" % self.val
    def __format__(self, spec):
        return "formatted P:" + spec
p = P()
print(f"{p=}")
print(f"{p=:abc}")
print(f"{p.val=}")
print(f"{p=!s}")

# the expression text is kept verbatim, including spaces
print(f"{ x =}")
print(f"{x+x=}")
print(f"{  (x , y)  = }")

# nested in a loop
for i in range(3):
    print(f"{i=} {i**2=}")
