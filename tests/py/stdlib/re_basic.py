# Matching of many pattern/string pairs with search, match and fullmatch.
import re

patterns = [
    'a', 'abc', 'a.c', 'a.*c', 'a.*?c', 'a+', 'a+?', 'a*', 'a*?', 'a?', 'a??',
    'a{2}', 'a{2,}', 'a{,2}', 'a{1,3}', 'a{1,3}?', 'a{0}', '(a|b)+', '(a|ab)(c|bcd)(d*)',
    '[abc]+', '[^abc]+', '[a-c]+', '[a-]+', '[]a]+', '[^]a]+', r'[\]]', r'[\\]', '[.]',
    r'\d+', r'\D+', r'\w+', r'\W+', r'\s+', r'\S+', r'[\d\s]+', r'[^\d\s]+',
    '^abc', 'abc$', '^$', '^', '$', r'\Aab', r'ab\Z', r'\bfoo\b', r'\Bo\B', r'\b', r'\B',
    'x*', 'x+', '(x*)(y*)', '(?:ab)+', '(ab)*c', '(a*)*', '(a*)+', '(a|b)*?c', '(a+|b+)*c',
    'colou?r', 'gr[ae]y', r'\d{3}-\d{4}', r'(\d+)\.(\d+)', r'(\w+)@(\w+)\.com',
    r'\x41', r'\u00e9', r'\101', r'\0', r'\n', r'\t', r'a\.b', r'\(\)',
    '(?:)', '', '()', '(a)|(b)', '(a)?(b)?', '((a)(b))', '(?P<x>a)(?P<y>b)?',
    '.', '..', '...', 'a.', '.a', r'\.', r'a\Z', r'a$', '[0-9a-fA-F]+', '[\u00e0-\u00ff]+',
    '(a)(?:b)(c)', 'a|b|c', 'ab|cd|ef', 'a(b|c)d', 'a(?:b|c)*d', '(.)(.)?', r'(\w)\1',
    r'(?P<q>["\']).*?(?P=q)', r'(a)?\1?', '.*', '.+', '.*?', r'[\w.-]+@[\w.-]+',
]
strings = ['', 'a', 'aa', 'aaa', 'abc', 'xabcx', 'abcabc', 'aabbcc', 'ac', 'abbc', 'a\nb',
           'foo bar', 'foobar', 'xfoox', 'color colour', 'gray grey', '555-1234',
           '3.14 and 2.71', 'me@site.com', 'A', '\u00e9t\u00e9', 'a.b', '()', '\x00', '\n',
           'abcd', 'abd', 'acd', 'bbbc', 'xy', 'xxyy', 'aab', '"hi" and \'yo\'', 'hello\n',
           '  lead', 'tab\there', '12 ab_9 !?', 'caf\u00e9', 'deadBEEF', 'a-b-c', ']]a', '\\']

count = 0
for p in patterns:
    rx = re.compile(p)
    for s in strings:
        out = []
        for name in ('search', 'match', 'fullmatch'):
            m = getattr(rx, name)(s)
            if m is None:
                out.append('-')
            else:
                out.append('%s%r' % (m.span(), m.groups()))
        print(repr(p), repr(s), ' '.join(out))
        count += 1
print(count)
