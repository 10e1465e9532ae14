# A two-bound slice whose bound is not an int: the carets mark the
# subscript, as for any subscript.


def cut(items, lo):
    return items[lo:2] + items[:1]


print(cut([1, 2, 3], 0))
cut([1, 2, 3], "x")
