# Exceptions raised inside except, else and finally clauses.

def in_except():
    try:
        raise ValueError("original")
    except ValueError:
        raise KeyError("raised in except")

try:
    in_except()
except KeyError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)

# a bug in the handler itself
def buggy_handler():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return undefined_name

try:
    buggy_handler()
except NameError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__)

# an exception in else is not caught by the same try's handlers
def in_else():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")

try:
    in_else()
except ValueError as e:
    print("outer caught", e, e.__context__)

# an exception in one handler is not caught by sibling handlers
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise ValueError("v")
    except ValueError:
        print("sibling handler: never")
except ValueError as e:
    print("propagated", e)

# handler that catches and re-raises a different type, then finally
log = []
try:
    try:
        raise IndexError("i")
    except IndexError:
        log.append("handler")
        raise LookupError("converted")
    finally:
        log.append("finally")
except LookupError as e:
    log.append("outer " + str(e))
print(log)

# exception during exception handling inside a loop keeps looping
count = 0
for i in range(3):
    try:
        try:
            raise ValueError(i)
        except ValueError as e:
            raise RuntimeError("wrapped " + str(e))
    except RuntimeError as e:
        count += 1
        print(e, "context", repr(e.__context__))
print("count", count)
