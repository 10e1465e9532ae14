# ** operator incl. negative exponents and 3-arg pow
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4)
print(-2 ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(type(2 ** -1).__name__)
print((-8) ** -1)
print(3 ** 40)
print(7 ** 77)
print(pow(2, 10), pow(2, -3))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(10**20, 10**5, 997))
print(pow(3, -1, 7))
print(pow(38, -1, 97))
print(pow(2, -2, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
x = 3
x **= 5
print(x)
print(2 ** 0.5)
print(4 ** 0.5)
print((-1) ** 0.5 == complex(0, 1) or True)
print(True ** 5, False ** 0)
print(1 ** 10**6, (-1) ** (10**6 + 1))
for e in range(0, 70, 7):
    print(e, 2 ** e)
print(pow(5, 0, 1))
print(pow(7, 2, 1))
