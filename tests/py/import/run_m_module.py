# golden-args: -m mpkg.tool a --flag
# Runs the module mpkg.tool as __main__ after importing mpkg.
