# An uncaught exception of a class made in a function: its qualified name.
def make():
    class LocalErr(Exception):
        pass
    return LocalErr


raise make()("local")
