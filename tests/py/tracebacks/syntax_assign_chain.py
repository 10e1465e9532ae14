# A call as the second target of a chain: no suggestion.
x = f() = 1
