class Item:
    def __init__(self, sku, name, price, qty=0, tags=()):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
        self.tags = set(tags)
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price!r}, qty={self.qty})"
    @property
    def value(self):
        return self.price * self.qty
    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku
    def __hash__(self):
        return hash(self.sku)

class OutOfStock(Exception):
    def __init__(self, item, wanted):
        super().__init__(item.sku, wanted)
        self.item = item
        self.wanted = wanted
    def __str__(self):
        return f"only {self.item.qty} of {self.item.name} left, wanted {self.wanted}"

class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
    def remove(self, sku, n=1):
        item = self._items[sku]
        if item.qty < n:
            raise OutOfStock(item, n)
        item.qty -= n
        if item.qty == 0:
            del self._items[sku]
        return item
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))
    def __getitem__(self, sku):
        return self._items[sku]
    def __contains__(self, sku):
        return sku in self._items
    def by_tag(self):
        out = {}
        for it in self:
            for t in sorted(it.tags):
                out.setdefault(t, []).append(it.sku)
        return out
    def total(self):
        return sum(i.value for i in self)

inv = Inventory()
for args in [("A100", "widget", 2.50, 10, ["metal", "small"]), ("B200", "gadget", 12.99, 3, ["plastic"]),
             ("C300", "doohickey", 0.75, 100, ["small", "plastic"]), ("A100", "widget", 2.50, 5),
             ("D400", "thingamajig", 99.0, 1, ["large"])]:
    inv.add(Item(*args))
print(len(inv), "A100" in inv, "Z" in inv)
for it in inv:
    print(f"{it.sku:<6}{it.name:<12}{it.price:>8.2f}{it.qty:>5}{it.value:>10.2f}  {','.join(sorted(it.tags)) or '-'}")
print(f"{'TOTAL':<31}{inv.total():>10.2f}")
print(inv.by_tag())
print(inv.remove("B200", 2), inv["B200"].qty)
for sku, n in [("B200", 5), ("D400", 1), ("D400", 1), ("ZZZ", 1)]:
    try:
        r = inv.remove(sku, n)
        print("removed", n, "of", r.name)
    except OutOfStock as e:
        print("OutOfStock:", e, e.args)
    except KeyError as e:
        print("KeyError:", e, repr(e))
print(len(inv), [i.sku for i in inv])
cheap = [i for i in inv if i.price < 5]
print(cheap, max(inv, key=lambda i: i.value).name, min(i.price for i in inv))
price_table = {i.name: i.price for i in inv}
print(price_table, sorted(price_table, key=price_table.get))
print({Item("A100", "x", 1), Item("A100", "y", 2)} == {Item("A100", "z", 3)}, Item("Q", "q", 1) == "Q")
restock = {"A100": 20, "C300": 0, "E500": 7}
for sku, q in restock.items():
    if sku in inv:
        inv[sku].qty += q
    else:
        inv.add(Item(sku, "new-" + sku.lower(), 1.0, q))
print([(i.sku, i.qty) for i in inv])
report = "\n".join("{0.sku}:{0.qty:03d}:{0.price:.1f}".format(i) for i in inv)
print(report)
print("%d items worth $%.2f; average price $%.3f" % (sum(i.qty for i in inv), inv.total(), sum(i.price for i in inv) / len(inv)))
