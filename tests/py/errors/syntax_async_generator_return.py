# A return with a value in an asynchronous generator is a SyntaxError.
async def agen():
    yield 1
    return 2
