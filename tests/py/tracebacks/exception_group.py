# Carets inside the boxes of an exception group, behind their margins.

def first(d):
    return d["a"]

def second(n):
    return n / 0

def collect():
    errors = []
    for f, arg in [(first, {}), (second, 1)]:
        try:
            f(arg)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("two failures", errors)

collect()
