# Expressions spanning lines: carets only under the part on the line
# reported, up to its end; an attribute named on a later line than its
# object is reported on the name's line.

class Node:
    parent = None

def total(a, b):
    return (a +
            b)

def depth(node):
    return (node
            .parent
            .parent)

def call(f):
    return f(
        1,
        2)

try:
    total(1, None)
except TypeError:
    try:
        depth(Node())
    except AttributeError:
        try:
            call(None)
        except TypeError:
            values = [
                1,
                2,
            ]
            print(values[0] +
                  values[5])
