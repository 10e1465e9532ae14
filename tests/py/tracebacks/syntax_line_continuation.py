# A backslash that does not end its line: the caret is on the character after it.
total = 1 + \ 2
