# golden-args: -m mpkg one two
# Runs the package mpkg: its __init__, then mpkg/__main__.py as __main__.
