# bitwise operators and shifts
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~b)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-1 & 0xFF, -256 & 0xFF, ~0, ~-1)
print(1 << 0, 1 << 10, 1 << 63, 1 << 64, 1 << 100)
print(1024 >> 3, 1024 >> 20, -1 >> 10, -1024 >> 3, -1025 >> 3)
print((1 << 100) >> 99, (1 << 100) >> 200)
print(-(1 << 100) >> 99, -(1 << 100) >> 200)
big = (1 << 80) - 1
print(big & 0xFFFF, big ^ (1 << 79), big | (1 << 90))
print(~big)
print((-big) & 0xFFFFFFFF)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -2
except ValueError as e:
    print(type(e).__name__, e)
x = 5
x <<= 3
print(x)
x >>= 1
print(x)
x &= 0b110
print(x)
x |= 0b1001
print(x)
x ^= 0b1111
print(x)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True << 3, ~True, ~False)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(17)])
print((255).bit_count(), (-255).bit_count(), (1 << 100).bit_count())
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
