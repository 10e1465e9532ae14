# try / except / else / finally: which clauses run in which situations.

def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("boom")
        if action == "key":
            {}["missing"]
        if action == "return":
            return log + ["returned from try"]
        log.append("try finished")
    except ValueError as e:
        log.append("except ValueError: " + str(e))
    except (KeyError, IndexError) as e:
        log.append("except lookup: " + repr(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

for action in ["ok", "raise", "key", "return"]:
    print(action, run(action))

# exception not matched by any handler propagates after finally
def unmatched():
    try:
        raise TypeError("not handled here")
    except ValueError:
        print("wrong handler")
    finally:
        print("finally runs first")

try:
    unmatched()
except TypeError as e:
    print("outer caught", type(e).__name__, e)

# handlers are checked in order; the first match wins
try:
    raise KeyError("k")
except LookupError:
    print("LookupError handler (KeyError is a LookupError)")
except KeyError:
    print("never reached")

# except with a tuple and with a bare except
for exc in [ZeroDivisionError, OverflowError, AttributeError]:
    try:
        raise exc("x")
    except (ZeroDivisionError, OverflowError) as e:
        print("arith", type(e).__name__)
    except:
        print("bare except caught", exc.__name__)

# the exception variable is cleared after the handler
try:
    1 / 0
except ZeroDivisionError as err:
    print("caught", err)
print("err" in dir())

# try/finally without except
def only_finally():
    try:
        return "value"
    finally:
        print("cleanup")
print(only_finally())

# else is skipped when the try block raises, even if handled
try:
    int("nope")
except ValueError as e:
    print(type(e).__name__, e)
else:
    print("no")
