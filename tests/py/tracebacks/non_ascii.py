# Non-ASCII text before and inside the failing expression: columns are
# UTF-8 bytes in the code object, carets are drawn per character, and East
# Asian wide characters take two columns.

données = {"clé": 1, "größe": 2}

def lire(clé):
    return données[clé] + 1

try:
    lire("naïveté")
except KeyError:
    try:
        message = "漢字" + 1
    except TypeError:
        note = "déjà vu"; total = données["größe"] / 0
