# raise statements: the raise is the whole line, so no carets (3.12); the
# call that raised gets them in the frame that made it.

def check(value):
    if value < 0:
        raise ValueError("negative value: " + str(value))
    return value

def check_all(values):
    return [check(v) for v in values]

try:
    check_all([1, -2])
except ValueError as e:
    raise RuntimeError("invalid input") from e
