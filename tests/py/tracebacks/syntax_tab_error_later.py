# Spaces then a tab, then a tab then spaces: the second line is deeper with
# tabs to 8 columns but not with a tab as one, and CPython reports it.
if True:
  	x = 1
	  y = 2
