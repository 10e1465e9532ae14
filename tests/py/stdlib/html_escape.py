# html.escape, html.unescape and the html.entities tables.
import html
from html import escape, unescape

print(html.__all__)
for s in ['', 'plain', '<a href="x">T&amp;C\'s</a>', '&&&', '"\'<>']:
    print(repr(escape(s)), repr(escape(s, quote=False)), repr(escape(s, False)))

cases = [
    '', 'no refs', '&amp;', '&amp', '&AMP;', '&ampx', '&amp;x', '&lt;&gt;&quot;&apos;',
    '&notit;', '&notin;', '&not', '&noti', '&notin', '&xyz;', '&xyz', '& ', '&', '&&',
    '&;', '&#;', '&#', '&#x;', '&#x', '&#X41;', '&#x41', '&#65;', '&#65', '&#065;',
    '&#0;', '&#13;', '&#128;', '&#x80;', '&#x81;', '&#150;', '&#x9f;', '&#xa0;',
    '&#1;', '&#8;', '&#9;', '&#11;', '&#14;', '&#127;', '&#xd800;', '&#xdfff;',
    '&#x10ffff;', '&#x110000;', '&#xfffe;', '&#x1fffe;', '&#xfdd0;', '&#xFDEF;',
    '&#99999999999999999999;', '&#x1F600;', '&#128512;', '&#12abc;', '&#x1g;',
    '&copy2023', '&copy;2023', '&Afr;', '&afr;', '&acE;', '&NotEqualTilde;',
    '&CounterClockwiseContourIntegral;', '&CounterClockwiseContourIntegralx;',
    '&abcdefghijklmnopqrstuvwxyzabcdefghijkl;', '&lt' + 'x' * 40 + ';',
    'a &lt b', '&lt\tb', '&lt\nb', '&lt\rb', '&lt&gt', '&lt#', '&amp&amp;',
    'x &unknown; y &gt; z', '&#65&#66;&#x43', '&eacute;&Eacute&eacutex',
    '&nbsp;', '&nbsp', '&nbspx', '&frac12;&frac34', '&sup2;&sup23', '&lang;',
    '&rang;', '&amp;amp;', '&&amp;;', '\u00e9&eacute;\u00e9', '&\u00e9;',
]
for c in cases:
    print(repr(c), ascii(unescape(c)))

big = ''.join('&%s' % name for name in ['lt;', 'gt', 'amp;', 'quot', 'copy;'] * 5)
print(unescape(big))
print(unescape(escape('<script>alert("x" & \'y\')</script>')))

import html.entities as E
print(sorted(E.__all__))
print(len(E.html5), len(E.name2codepoint), len(E.codepoint2name), len(E.entitydefs))
print(E.name2codepoint['amp'], E.name2codepoint['euro'], E.codepoint2name[0x3b1])
print(repr(E.entitydefs['nbsp']), repr(E.entitydefs['lt']))
print(ascii(E.html5['acE;']), ascii(E.html5['amp']), 'amp' in E.html5, 'euro' in E.html5)
print(list(E.name2codepoint)[:8])
print(list(E.html5)[:8])
print(list(E.codepoint2name.items())[:5])
print(sum(len(v) for v in E.html5.values()))
print(all(E.html5[k + ';'] == chr(v) for k, v in E.name2codepoint.items()))
print(html.entities is E)
