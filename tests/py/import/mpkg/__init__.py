import sys
print("mpkg/__init__: __name__ =", __name__, "argv[0] =", sys.argv[0])
