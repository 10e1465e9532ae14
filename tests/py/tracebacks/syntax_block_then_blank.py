# A block header followed only by a blank line: reported on that line.
if True:

