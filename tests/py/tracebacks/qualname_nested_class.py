# The last line of a traceback names the class by its qualified name.
class Outer:
    class Inner(Exception):
        pass


raise Outer.Inner("nested")
