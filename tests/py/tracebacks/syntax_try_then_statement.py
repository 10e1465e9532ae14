# A statement after a 'try' body, at the 'try''s indentation.
try:
    x = 1
y = 2
