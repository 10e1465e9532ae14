"""The pkg package."""
print("pkg/__init__ runs, __name__ =", __name__, "__package__ =", __package__)
TOP = "top"
