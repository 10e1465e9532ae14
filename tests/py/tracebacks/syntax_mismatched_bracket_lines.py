# A closing bracket of the wrong kind for one opened on an earlier line.
x = (1,
  2]
