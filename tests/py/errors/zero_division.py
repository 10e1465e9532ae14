# Ends with an uncaught ZeroDivisionError raised a few frames deep.

def ratio(a, b):
    return a / b

def report(pairs):
    for a, b in pairs:
        print(a, "/", b, "=", ratio(a, b))

print("starting")
report([(1, 2), (10, 4), (9, 3)])
report([(5, 0)])
print("never printed")
