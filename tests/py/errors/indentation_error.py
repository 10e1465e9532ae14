# Missing indented block.
def f():
    x = 1
    if x:
    print("not indented")
