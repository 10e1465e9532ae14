class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        self.needed = needed
        self.available = available
        super().__init__(f"need {needed:.2f}, have {available:.2f}")

class Account:
    _next_id = 1000
    interest = 0.01

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    @property
    def balance(self):
        return round(self._balance, 2)

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def apply_interest(self):
        gained = self._balance * self.interest
        self._balance += gained
        return gained

    def __repr__(self):
        return f"{self.__class__.__name__}(id={self.id}, owner={self.owner!r}, balance={self.balance})"

    def __lt__(self, other):
        return self.balance < other.balance

    @classmethod
    def from_string(cls, s):
        owner, bal = s.split(":")
        return cls(owner.strip(), float(bal))

class Savings(Account):
    interest = 0.05
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise PermissionError("withdrawal limit reached")
        return super().withdraw(amount)

class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(amount, self._balance + self.overdraft)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

accts = [Account("ann", 100), Savings("bob", 250.5), Checking("cy", 20), Account.from_string("dee : 75.25"),
         Savings.from_string("eve:1000")]
for a in accts:
    print(a)
accts[0].deposit(50).withdraw(30)
print(accts[0], accts[0].history)
for amt in (10, 20, 30):
    try:
        accts[1].withdraw(amt)
        print("ok", amt, accts[1].balance)
    except PermissionError as e:
        print("denied", amt, e)
try:
    accts[2].withdraw(150)
except InsufficientFunds as e:
    print("insufficient:", e, e.needed, e.available)
accts[2].withdraw(110)
print(accts[2].balance)
try:
    accts[3].deposit(-5)
except ValueError as e:
    print("bad deposit:", e)
for a in accts:
    print(f"{a.owner:>5} +{a.apply_interest():8.3f} -> {a.balance:>10,.2f}")
print([a.owner for a in sorted(accts)])
print([a.owner for a in sorted(accts, key=lambda a: a.owner, reverse=True)])
print(max(accts).owner, min(accts, key=lambda a: len(a.history)).owner)
total = sum(a.balance for a in accts)
print(f"total={total:.2f}", round(total, 1), int(total))
by_type = {}
for a in accts:
    by_type.setdefault(type(a).__name__, []).append(a.owner)
print(by_type)
print(Account.interest, Savings.interest, accts[1].interest, Checking.interest)
accts[0].interest = 0.5
print(accts[0].interest, Account.interest, "interest" in vars(accts[0]))
try:
    accts[0].balance = 5
except AttributeError as e:
    print(e)
print(Account._next_id, [a.id for a in accts])
print(isinstance(accts[2], Account), type(accts[2]) is Account, Checking.__mro__[1].__name__)
print(Savings.withdraw is Account.withdraw, Savings.deposit is Account.deposit)
