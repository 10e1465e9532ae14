# A try: body closed, with the block around it, before any except.
if True:
    try:
        x = 1
print(x)
