# Arithmetic the evaluator computes inline: int/int true division, shifts,
# and int/float mixes, against the exact results Python defines.
big = 2 ** 53
print(7 / 2, -7 / 2, 1 / 3, 10 / 5, 0 / 3)
print(big / 3, (big + 1) / 3, (big * 4 + 1) / 7, 3 / (big + 1))
print(2 ** 62 / 3, -(2 ** 62) / 5)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = 5
x /= 2
print(x)
print(1 << 62, 1 << 63, 1 << 64, -1 << 63, 3 << 61, (-3) << 62)
print(255 >> 4, -255 >> 4, 1 >> 70, -1 >> 70, 12345 >> 0)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError:", e)
y = 1
y <<= 40
y >>= 3
print(y)
print(1.5 + 2, 2 + 1.5, 3 - 0.25, 0.25 - 3, 2 * 0.1, 0.1 * 3, 7 / 2.0, 7.0 / 2)
print(big + 1 + 0.0, (big + 1) * 1.0, 1.0 * (2 ** 63 - 1), (2 ** 63 - 1) + 0.5)
print(-0.0 + 0, 0 * -1.0, -0.0 * 0)
try:
    print(1 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(True + 1.5, 2.5 * False, True / 2)
acc = 0
for i in range(1, 20):
    acc += i / 7 + i * 0.5 - (i << 2) / 3
print(acc)
