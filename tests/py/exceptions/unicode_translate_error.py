# UnicodeTranslateError: its str() and object/start/end/reason attributes.
for e in [UnicodeTranslateError('abc', 1, 2, 'bad'), UnicodeTranslateError('a\u20acc', 1, 2, 'x'), UnicodeTranslateError('abcd', 0, 3, 'many'), UnicodeTranslateError('a\U0001F600', 1, 2, 'e')]:
    print(str(e), repr(e.object), e.start, e.end, e.reason, e.encoding)
try:
    raise UnicodeTranslateError('xyz', 2, 3, 'r')
except UnicodeError as e:
    print(type(e).__name__, e)
