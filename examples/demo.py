# A small program to watch with a tracer, e.g. scripts/call_stack.d, which
# (like the example in CPython's documentation) traces from `start`:
#   sudo pyprobe-dtrace -s scripts/call_stack.d -c "pyprobe examples/demo.py"
#   sudo bpftrace scripts/call_stack.bt -c "target/release/pyprobe examples/demo.py"


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        return self.balance


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def squares(limit):
    for i in range(limit):
        yield i * i


def try_withdraw(account, amount):
    try:
        return account.withdraw(amount)
    except ValueError as e:
        return "refused: " + str(e)


def start():
    acct = Account("ada", 10)
    print("deposit ->", acct.deposit(5))
    print("withdraw 20 ->", try_withdraw(acct, 20))
    print("withdraw 3 ->", try_withdraw(acct, 3))
    print("factorial(5) =", factorial(5))
    print("squares:", list(squares(5)))


start()
