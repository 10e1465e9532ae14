# The classic: calling a method on None returned by a function.

def find(items, target):
    for item in items:
        if item == target:
            return item
    print("not found:", target)

print(find(["a", "b"], "b").upper())
print(find(["a", "b"], "z").upper())
