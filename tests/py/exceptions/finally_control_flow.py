# finally interacting with return, break and continue.

def return_in_finally():
    try:
        return "from try"
    finally:
        return "from finally"
print(return_in_finally())

def finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows the exception"
print(finally_swallows_exception())

def finally_sees_return_value():
    x = "initial"
    try:
        return x
    finally:
        x = "modified in finally"
        print("finally runs, x =", x)
print(finally_sees_return_value())

def break_in_finally():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            break
    return "break discarded the KeyError, i=" + str(i)
print(break_in_finally())

def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            seen.append(i)
        finally:
            continue
    return seen
print(continue_in_finally())

def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(nested_finally())

def finally_order_in_loop():
    out = []
    for i in range(3):
        try:
            try:
                if i == 0:
                    continue
                if i == 2:
                    break
                out.append("body %d" % i)
            finally:
                out.append("inner %d" % i)
        finally:
            out.append("outer %d" % i)
    return out
print(finally_order_in_loop())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("while finally", n)
print(while_finally())

def exception_replaced_by_finally():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    exception_replaced_by_finally()
except KeyError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

# return value of try is kept when finally does not return
def keeps():
    try:
        return [1, 2]
    finally:
        pass
print(keeps())
