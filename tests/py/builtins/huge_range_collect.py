# Collecting a range too long for memory raises MemoryError at once.
for make in (list, tuple):
    try:
        make(range(2**62))
    except MemoryError:
        print(make.__name__, "MemoryError")
print(list(range(5)), tuple(range(-3, 3, 2)))
