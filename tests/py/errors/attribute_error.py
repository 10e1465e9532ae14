# AttributeError on an instance of a user class.

class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        self.balance += amount
        return self.balance

acct = Account("ann")
print(acct.owner, acct.deposit(10), acct.deposit(5))
print(acct.overdraft_limit_qq)
