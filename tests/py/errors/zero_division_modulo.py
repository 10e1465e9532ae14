# Integer modulo by zero: message differs from true division.

values = [7, 5, 3, 0]
for v in values[:-1]:
    print(100 % v, 100 // v, divmod(100, v))
print(100 % values[-1])
