# A dedent that lands between levels, tabs before: CPython measures a tab
# to the next multiple of 8, and the error is not a TabError.
if True:
	x = 1
  y = 2
