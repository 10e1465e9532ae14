# Nested try statements and handler selection.

def level(n):
    try:
        if n == 0:
            raise ValueError("deep")
        return level(n - 1)
    finally:
        print("unwinding level", n)

try:
    level(3)
except ValueError as e:
    print("caught at top:", e)

# inner handler does not match, outer does
try:
    try:
        {}["k"]
    except IndexError:
        print("inner IndexError handler")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer KeyError handler", repr(e))

# inner handler handles it; outer else runs
try:
    try:
        [][0]
    except IndexError:
        print("inner handled")
except IndexError:
    print("outer never")
else:
    print("outer else")

# try inside except
try:
    raise ValueError("first")
except ValueError as outer:
    try:
        raise TypeError("second")
    except TypeError as inner:
        print("inner:", inner, "outer still:", outer)
    print("back in outer handler:", outer)

# try inside finally
def cleanup():
    try:
        return "body"
    finally:
        try:
            raise RuntimeError("cleanup failure")
        except RuntimeError as e:
            print("handled in finally:", e)
print(cleanup())

# handlers in loops with nested functions
def risky(i):
    if i % 3 == 0:
        raise ZeroDivisionError(i)
    if i % 3 == 1:
        raise OverflowError(i)
    return i

results = []
for i in range(6):
    try:
        try:
            results.append(risky(i))
        except ZeroDivisionError as e:
            results.append("zde" + str(e))
    except ArithmeticError as e:
        results.append(type(e).__name__[:4] + str(e))
print(results)

# deeply nested
def deep():
    try:
        try:
            try:
                raise KeyError("x")
            except ValueError:
                return "wrong"
        except TypeError:
            return "wrong"
    except LookupError as e:
        return "right: " + type(e).__name__
print(deep())
