# Closures as lightweight objects: bank account, stack, memo, generators of functions.

def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds: " + str(balance))
        balance -= amount
        return balance
    def get():
        return balance
    return {"deposit": deposit, "withdraw": withdraw, "balance": get}

acct = make_account(100)
print(acct["deposit"](50))
print(acct["withdraw"](30))
try:
    acct["withdraw"](500)
except ValueError as e:
    print(type(e).__name__, e)
print(acct["balance"]())

other = make_account(1)
print(other["balance"](), acct["balance"]())

def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def size():
        return len(items)
    return push, pop, size

push, pop, size = make_stack()
for v in "abc":
    push(v)
print(size(), pop(), pop(), size())

def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))

def curry(fn, arity):
    def curried(*args):
        if len(args) >= arity:
            return fn(*args)
        return lambda *more: curried(*(args + more))
    return curried

add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))

def once(fn):
    done = False
    result = None
    def wrapper(*args):
        nonlocal done, result
        if not done:
            result = fn(*args)
            done = True
        return result
    return wrapper

init = once(lambda x: print("initializing", x) or x * 2)
print(init(5), init(100))
