# PGO training: classes, methods, properties, inheritance, dunders,
# closures and exceptions, in loops long enough to weigh.


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Account:
    rate = 0.01

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._balance += amount
        self.history.append(("in", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise RuntimeError(f"{self.owner}: insufficient funds")
        self._balance -= amount
        self.history.append(("out", amount))

    @classmethod
    def opened(cls, owner):
        return cls(owner, 100)

    @staticmethod
    def fee(amount):
        return max(1, amount // 100)


class Savings(Account):
    rate = 0.03

    def deposit(self, amount):
        super().deposit(amount)
        self._balance += int(amount * self.rate)


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def total(self):
        return self.value + sum(c.total() for c in self.children)

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)


def build(depth, fan):
    if depth == 0:
        return Node(1)
    return Node(depth, [build(depth - 1, fan) for _ in range(fan)])


def tally():
    counts = {}

    def add(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]

    return add


def run_accounts(n):
    accounts = [Account.opened(f"a{i}") if i % 2 else Savings(f"s{i}", 50) for i in range(50)]
    failures = 0
    for step in range(n):
        acc = accounts[step % len(accounts)]
        try:
            if step % 3 == 0:
                acc.withdraw(30 + step % 70)
            else:
                acc.deposit(1 + step % 40)
        except RuntimeError:
            failures += 1
        except ValueError:
            failures += 100
        acc.fee(acc.balance)
    return sum(a.balance for a in accounts), failures


def run_vectors(n):
    seen = set()
    acc = Vec(0, 0)
    for i in range(n):
        v = Vec(i % 17, i % 13) * 2 + Vec(1, -1)
        acc = acc + v
        seen.add(v)
        if v == Vec(1, -1):
            acc = Vec(0, 0)
    return acc.norm2(), len(seen), repr(acc)


class Task:
    def __init__(self, ident, work):
        self.ident = ident
        self.work = work
        self.done = 0
        self.next = None

    def ready(self):
        return self.work > self.done

    def step(self):
        if not self.ready():
            return self.next
        self.done += 1
        return self.run()

    def run(self):
        return self.next


class Worker(Task):
    def run(self):
        self.done += self.ident % 2
        return self.next


class Device(Task):
    def run(self):
        return self if self.done % 3 else self.next


class Idle(Task):
    pass


class Handler(Task):
    def run(self):
        self.work += 1 if self.done < 50 else 0
        return self.next


def run_tasks(rounds):
    # One base class's methods run on instances of four subclasses in turn.
    tasks = [cls(i, 40 + i) for i, cls in enumerate([Worker, Device, Idle, Handler] * 3)]
    for a, b in zip(tasks, tasks[1:] + tasks[:1]):
        a.next = b
    steps = 0
    for r in range(rounds):
        t = tasks[r % len(tasks)]
        for _ in range(200):
            t = t.step()
            steps += 1
        for t in tasks:
            t.work += 1
    return steps, sum(t.done for t in tasks)


def main():
    print(run_tasks(300))
    add = tally()
    for i in range(20000):
        add(i % 7)
    tree = build(7, 3)
    print(run_accounts(60000), run_vectors(60000), add(3), tree.total(), tree.depth())


main()
