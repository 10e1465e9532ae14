# async with outside an async function is a SyntaxError.
print("never printed")
def f(m):
    async with m:
        pass
