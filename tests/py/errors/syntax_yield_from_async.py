# yield from in an async function is a SyntaxError.
async def f():
    yield from range(3)
