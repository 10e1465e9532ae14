# Assigning to a call: CPython suggests '=='.
f() = 1
