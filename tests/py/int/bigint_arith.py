# arbitrary precision arithmetic and small<->big transitions
a = 2 ** 62
print(a, type(a).__name__)
b = a * 2
print(b)
c = b * b
print(c)
print(c - c + 1)
print(c // b)
print((c + 7) % b)
x = 1
for i in range(1, 31):
    x *= i
print("30! =", x)
print("30! // 29! =", x // (x // 30))
print(x - x)
print(-x)
print(abs(-x) == x)
n = 9223372036854775807
print(n, n + 1, n + 1 - 1 == n)
m = -9223372036854775808
print(m, m - 1, m * -1)
print(n * n)
print((n * n) // n == n)
big = 10 ** 50
print(big)
print(big + 1)
print(big - 1)
print(-big // 7)
print(-big % 7)
print(big * big)
print(str(big)[:10], len(str(big)))
fib = [0, 1]
for _ in range(100):
    fib.append(fib[-1] + fib[-2])
print(fib[90], fib[100])
print(fib[100] % 1000000007)
s = 0
for i in range(50):
    s += 3 ** i
print(s)
print(s.bit_length())
print(int("123456789012345678901234567890") * 3)
print(-(2 ** 100) // 3, -(2 ** 100) % 3)
print(2 ** 64 - 1, hex(2 ** 64 - 1))
print((2 ** 64) >> 1, (2 ** 64) >> 63)
y = 2 ** 200
while y > 1:
    y //= 1000003
print("reduced:", y)
print(1 - 2 ** 63, -2 ** 63 - 1)
print(12345678901234567890 == 12345678901234567890)
print(12345678901234567890 < 12345678901234567891)
print(max(2 ** 70, 2 ** 69 * 3), min(-2 ** 70, -(2 ** 69) * 3))
