# weakref.proxy: attribute access, calls and operators go to the referent;
# after its death every use raises ReferenceError.
import gc
import weakref

gc.disable()
gc.collect()


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def __len__(self):
        return self.balance

    def __add__(self, other):
        return self.balance + other


acct = Account("ann", 10)
p = weakref.proxy(acct)
print(type(p).__name__, p.owner, p.balance, p.deposit(5), acct.balance)
p.balance = 100
print("set through proxy:", acct.balance, len(p), p + 1)
print("getweakrefcount:", weakref.getweakrefcount(acct))
print("same proxy again:", weakref.proxy(acct) is p)

events = []
p2 = weakref.proxy(acct, lambda ref: events.append(("cb", ref is p2)))
print("getweakrefcount:", weakref.getweakrefcount(acct))
del acct
print("callback:", events)

for action in ("attribute", "call", "len", "setattr"):
    try:
        if action == "attribute":
            p.owner
        elif action == "call":
            p.deposit(1)
        elif action == "len":
            len(p)
        else:
            p.owner = "bob"
    except ReferenceError as e:
        print(action, type(e).__name__, str(e))

# bool() of a dead proxy raises too.
try:
    bool(p)
except ReferenceError as e:
    print("bool", type(e).__name__, str(e))


# Proxies to callables are callable.
def greet(name):
    return "hello " + name


cp = weakref.proxy(greet)
print(type(cp).__name__, cp("world"), callable(cp))

# A proxy to an object in a garbage cycle dies with the collection.
acct = Account("cyc", 1)
acct.me = acct
p3 = weakref.proxy(acct, lambda ref: events.append("gc cb"))
del acct
print("still alive before collect:", p3.owner)
print("collected:", gc.collect(), events[-1])
try:
    p3.owner
except ReferenceError as e:
    print(type(e).__name__, str(e))

# Proxies are not hashable.
acct = Account("key", 0)
p4 = weakref.proxy(acct)
try:
    {p4: 1}
except TypeError as e:
    print(type(e).__name__, e)
