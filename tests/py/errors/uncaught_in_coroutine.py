# An exception raised in an awaited coroutine propagates through the await
# chain to the code that drives it, with every frame in its traceback.
async def inner(x):
    return 10 // x


async def middle(x):
    return await inner(x) + 1


async def outer():
    print("start")
    return await middle(0)


outer().send(None)
