# Tabs after spaces in indentation.
if True:
        x = 1
	y = 2
