# A 'try' inside a loop and an 'if', still open at the end of the file.
for k in range(3):
    try:
        if k:
            print(k)
