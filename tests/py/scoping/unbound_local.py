# UnboundLocalError: assignment anywhere in a function makes a name local.

count = 10

def broken():
    count += 1
    return count

try:
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def read_then_assign():
    print("about to read")
    value = count
    count = 5
    return value

try:
    read_then_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)

# UnboundLocalError is a NameError
print(issubclass(UnboundLocalError, NameError))

def conditional(flag):
    if flag:
        result = "set"
    return result

print(conditional(True))
try:
    conditional(False)
except NameError as e:
    print(type(e).__name__, e)

# deleted local
def deleted():
    v = 1
    del v
    return v

try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)

# free variable referenced before assignment in the enclosing function
def enclosing():
    def inner():
        return cellvar
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    cellvar = 1
    return inner()

print(enclosing())

# except-clause target is deleted at the end of the handler
def handler():
    e = "before"
    try:
        raise KeyError("k")
    except KeyError as e:
        pass
    return e

try:
    handler()
except UnboundLocalError as err:
    print(type(err).__name__, err)

# a for loop that never runs leaves its variable unbound
def empty_loop():
    for item in []:
        pass
    return item

try:
    empty_loop()
except UnboundLocalError as e:
    print(type(e).__name__, e)
