# Binary operators: the operator is underlined with ^, its operands with ~,
# whatever the spacing and parentheses; a two-character operator gets two ^.
# Each error is raised while handling the one before, so all are printed.

def total(a, b, c):
    return a / b + c

def spaced(a, b):
    return (a)  /  (b)

try:
    total(1, 0, 2)
except ZeroDivisionError:
    try:
        spaced(4, 0)
    except ZeroDivisionError:
        a, b, c = 7, 0, 1
        x = a // b - c
