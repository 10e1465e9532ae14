# Unsupported operand types for +.

def add_all(values):
    total = 0
    for v in values:
        print("adding", repr(v))
        total = total + v
    return total

print(add_all([1, 2, 3]))
print(add_all([1, "2", 3]))
