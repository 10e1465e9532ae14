# A character that is no token.
x = 1 $ 2
