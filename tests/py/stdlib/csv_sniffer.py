# csv.Sniffer: guessing dialects and headers on simple samples.
import csv

sn = csv.Sniffer()
print('preferred', sn.preferred)

samples = [
    'a,b,c\n1,2,3\n4,5,6\n',
    'a;b;c\n1;2;3\n',
    'a\tb\n1\t2\n',
    '"a","b"\n"1","2"\n',
    "'x'; 'y'\n'1'; '2'\n",
    'a:b:c\n1:2:3\n',
    'a|b\n1|2\n3|4\n',
    'name,age\n"Smith, J",42\n"Doe, A",7\n',
    'a, b, c\n1, 2, 3\n',
    '"a ""quoted"" word",b\n"c",d\n',
    'x;y,z\n1;2,3\n4;5,6\n',
    'one two three\nfour five six\n',
]
for sample in samples:
    try:
        d = sn.sniff(sample)
    except csv.Error as e:
        print(repr(sample), 'Error', e)
        continue
    print(repr(sample), d.__name__, d._name, repr(d.delimiter),
          repr(d.quotechar), d.doublequote, d.skipinitialspace,
          repr(d.lineterminator), d.quoting, d.escapechar,
          issubclass(d, csv.Dialect))

d = sn.sniff('a,b;c\n1;2,3\n', delimiters=';')
print('restricted', repr(d.delimiter))
try:
    sn.sniff('')
except csv.Error as e:
    print('empty', e)
try:
    sn.sniff('abc,d\nef\n', delimiters=';')
except csv.Error as e:
    print('none fits', e)

# A sniffed dialect can drive a reader.
sample = 'id;name\n1;"Smith; J"\n2;Doe\n'
d = sn.sniff(sample)
print('read', list(csv.reader(sample.splitlines(), d)))

for sample in ['name,age\nbob,42\nann,7\n', 'a,b\n1,2\n3,4\n', '1,2\n3,4\n',
               'abc,de\nxyz,fg\n', 'x,y\nab,cd\nef,gh\n',
               'city,pop\nParis,2100000\nRome,2800000\n',
               'id,score,name\n1,2.5,al\n2,3.5,bo\n3,1.0,cy\n']:
    print('has_header', repr(sample), sn.has_header(sample))
