# await in a plain function is a SyntaxError.
def f():
    await g()
