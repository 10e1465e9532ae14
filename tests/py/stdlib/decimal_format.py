"""decimal: str, repr, to_eng_string and format() with the whole spec language."""

from decimal import Decimal, localcontext, ROUND_UP, ROUND_DOWN, getcontext

VALUES = ['0', '-0', '1.2300', '123456.789', '1e5', '1E-7', '0.000001234',
          '-0.5', '1234567890.125', 'inf', '-nan', 'snan12', '9.999', '0E-10',
          '0E+10', '12E+3', '-1.5e-3', '100', '-987654321.987654321',
          '5E-1000', '0.5', '2.5', '-2.5E+5']
SPECS = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.2', '.0', '.3e', '.0e',
         '.2f', '.0f', '.3g', '.0g', '.1%', ',', ',.2f', '020,.3f', '<15',
         '^15', '*>15.2e', '+', ' ', '-', 'z.1f', '012', '=+12.1f', '010',
         ',g', '.10', ',.2e', '0<10', 'x^+12.3f', '_>9', ' 015,.1f', '.5G',
         'z,.0f', '+.0%', '30,.10f']

for v in VALUES:
    d = Decimal(v)
    print(v, repr(d), str(d), d.to_eng_string())
    out = []
    for s in SPECS:
        try:
            out.append(format(d, s))
        except ValueError as e:
            out.append('ValueError(%s)' % e)
    print(' | '.join(out))

for bad in ['x', ',n', '.2s', '1,,', '_', '#', '#.0f', '.', '10.', 'z']:
    try:
        print(bad, repr(format(Decimal('1.5'), bad)))
    except ValueError as e:
        print(bad, 'ValueError', e)

# The context gives the rounding and the exponent letter of the default type.
with localcontext(rounding=ROUND_UP):
    print(format(Decimal('1.21'), '.1f'), format(Decimal('1.21'), '.2'),
          format(Decimal('-1.21'), '.1e'))
with localcontext(rounding=ROUND_DOWN, capitals=0):
    print(format(Decimal('1.29'), '.1f'), format(Decimal('1e10'), ''),
          str(Decimal('1e10')), format(Decimal('123e10'), '.2'))
print('{:>10} {:.3f} {!r} {!s}'.format(Decimal('1.5'), Decimal('2'),
                                       Decimal('3'), Decimal('4.0')))
print(f"{Decimal('1234.5'):_>12,.2f}")

for s in ['123.456', '0.000001', '1e-7', '0e-7', '0e7', '0e8', '-0E-9',
          '1.23e10', '1E+1', '10E+1', '100E+1', '1000E+1', '-12345E-12',
          '0.00E+3', '7E+3', '7.0E+3', '7.00E+3', 'sNaN', '-Infinity']:
    d = Decimal(s)
    print(s, str(d), d.to_eng_string(), getcontext().to_sci_string(d))
