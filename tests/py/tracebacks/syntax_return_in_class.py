# 'return' in a class body, indented.
class A:
    return 1
