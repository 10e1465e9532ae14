# Subscripts: the value is underlined with ~, the brackets with ^, also for
# chained and spaced subscripts.

def lookup(d):
    return d["k"]

def cell(x):
    return x[1][2]

try:
    lookup({"j": 1})
except KeyError:
    try:
        cell([0, [1]])
    except IndexError:
        d = {}
        value = (d) [ "missing" ]
