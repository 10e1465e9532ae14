# A number running into a name.
x = 123abc
