public = 1
_private = 2
other = 3
