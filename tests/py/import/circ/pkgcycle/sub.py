import circ.pkgcycle
try:
    circ.pkgcycle.sub
except AttributeError as e:
    print("AttributeError:", e)
