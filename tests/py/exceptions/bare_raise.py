# Bare `raise`: re-raising the current exception, in nested handlers and functions.

def reraise():
    try:
        raise ValueError("original message")
    except ValueError:
        print("logging, then re-raising")
        raise

try:
    reraise()
except ValueError as e:
    print("caught again:", type(e).__name__, e)

# bare raise with no active exception
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

# bare raise re-raises the exception currently being handled (the inner one)
try:
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise
except Exception as e:
    print("re-raised:", type(e).__name__, e)

# bare raise inside a function called from a handler
def helper():
    raise

try:
    try:
        raise TypeError("from handler context")
    except TypeError:
        helper()
except TypeError as e:
    print("helper re-raised:", e)

# re-raise keeps the same exception object
saved = None
try:
    try:
        raise ValueError("same object")
    except ValueError as e:
        saved = e
        raise
except ValueError as e:
    print(e is saved)

# raise e (explicit) vs raise
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
except ZeroDivisionError as e:
    print("explicit", e)

# bare raise in finally without an exception
def finally_raise():
    try:
        return "fine"
    finally:
        pass
print(finally_raise())

# after an except block completes, bare raise has nothing to re-raise
try:
    try:
        raise ValueError("done")
    except ValueError:
        pass
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
