"""The Unicode Character Database: CPython 3.12's unicodedata module.

The module answers for Unicode 15.0.0 (unidata_version): the properties of
every code point (category, bidirectional class, combining class, East Asian
width, mirroring, decomposition, numeric values), character names and their
reverse lookup (with name aliases and named sequences), and the four
normalization forms.  ucd_3_2_0 is an object with the same methods that
answers for Unicode 3.2.0, as IDNA (RFC 3491) requires.

The tables live in unicodedata.dat beside this file, which
scripts/gen_unicodedata.py writes by asking CPython 3.12's own unicodedata
about every code point; rerun that script under CPython 3.12 to regenerate
it.  The file is a comment line, a directory line of "name=size" items and
the sections it lists, text (UTF-8) or bytes.  Nothing is read at import:
the first call that needs a table reads the file, and each section is
parsed when first used (names only by name() and lookup()).  Properties use
a two-level table per version: byte n of "index1" names the block of
"index2" that holds, one byte per code point, the record (category,
bidirectional class, combining class, East Asian width, mirrored) of the
256 code points from n * 256 on.  Decompositions and numeric values are
lines keyed by a string of characters.  Normalization uses the full
canonical and compatibility decompositions ("nfd", "nfkd": the keys, then
the values separated by "\x1f"), the primary composites ("comp": triples
of characters), the nonzero combining classes ("ccc") and the characters
that NFC or NFKC changes ("nfc_no", "nfkc_no"), from which quick checks are
built.  Names are sorted and front-coded in blocks of 32 (each line starts
with chr(32 + length of the prefix shared with the previous name)), with
byte arrays that map names to code points and back; Hangul syllables and
CJK unified ideographs are named by rule.  Sections ending in "_3.2" hold
the Unicode 3.2.0 data (for numeric values and decompositions only the
differences).
"""

unidata_version = "15.0.0"

_DATA_FILE = (__file__.rpartition("/")[0] or ".") + "/unicodedata.dat"
_MISSING = object()

# Hangul syllables are composed of a leading consonant, a vowel and an
# optional trailing consonant; their names and decompositions follow
# from that arithmetic (Unicode chapter 3.12).
_S_BASE, _L_BASE, _V_BASE, _T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
_L_COUNT, _V_COUNT, _T_COUNT = 19, 21, 28
_N_COUNT = _V_COUNT * _T_COUNT
_S_COUNT = _L_COUNT * _N_COUNT
_JAMO_L = ("G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "",
           "J", "JJ", "C", "K", "T", "P", "H")
_JAMO_V = ("A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
           "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I")
_JAMO_T = ("", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB",
           "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C",
           "K", "T", "P", "H")
_HANGUL_PREFIX = "HANGUL SYLLABLE "
_CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"


# Reading the data file.

_DATA = None
_OFFSETS = None


def _binary(key):
    """The bytes of one section of the data file, read on first use."""
    global _DATA, _OFFSETS
    if _DATA is None:
        with open(_DATA_FILE, "rb") as f:
            data = f.read()
        # A comment line, then the directory: "name=size" items.
        start = data.index(b"\n") + 1
        end = data.index(b"\n", start)
        offsets = {}
        offset = end + 1
        for item in data[start:end].decode("ascii").split(";"):
            name, _, size = item.partition("=")
            offsets[name] = (offset, offset + int(size))
            offset += int(size)
        _OFFSETS = offsets
        _DATA = data
    start, end = _OFFSETS[key]
    return _DATA[start:end]


def _section(key):
    """The text of one section of the data file."""
    return _binary(key).decode("utf-8")


# Argument checks with CPython's messages.

def _type_name(obj):
    return "None" if obj is None else type(obj).__name__


def _bad_char(ch, what):
    """Check a character argument that is not an exact one-character str."""
    if isinstance(ch, str) and len(ch) == 1:
        return
    raise TypeError("%s must be a unicode character, not %s"
                    % (what, _type_name(ch)))


# Character properties.

_RECORDS = None     # Unicode 15.0.0
_INDEX1 = None
_INDEX2 = None
_RECORDS_OLD = None  # Unicode 3.2.0
_INDEX1_OLD = None
_INDEX2_OLD = None


def _parse_records(text):
    records = []
    for item in text.split(";"):
        cat, bidi, comb, eaw, mirrored = item.split(",")
        records.append((cat, bidi, int(comb), eaw, int(mirrored)))
    return records


def _load_properties():
    global _RECORDS, _INDEX1, _INDEX2, _RECORDS_OLD, _INDEX1_OLD, _INDEX2_OLD
    _RECORDS_OLD = _parse_records(_section("records_3.2"))
    _INDEX1_OLD = _binary("index1_3.2")
    _INDEX2_OLD = _binary("index2_3.2")
    _RECORDS = _parse_records(_section("records"))
    _INDEX2 = _binary("index2")
    _INDEX1 = _binary("index1")


def _record(ch, what, old):
    """The property record of a character, for the module or ucd_3_2_0."""
    if _INDEX1 is None:
        _load_properties()
    if ch.__class__ is not str or len(ch) != 1:
        _bad_char(ch, what)
    cp = ord(ch)
    if old:
        return _RECORDS_OLD[_INDEX2_OLD[(_INDEX1_OLD[cp >> 8] << 8) + (cp & 255)]]
    return _RECORDS[_INDEX2[(_INDEX1[cp >> 8] << 8) + (cp & 255)]]


def _old_category(cp):
    """The Unicode 3.2.0 category of a code point ("Cn" if unassigned)."""
    if _INDEX1 is None:
        _load_properties()
    return _RECORDS_OLD[_INDEX2_OLD[(_INDEX1_OLD[cp >> 8] << 8) + (cp & 255)]][0]


def category(ch, /):
    """Return the general category assigned to the character ch as a string."""
    if _INDEX1 is None:
        _load_properties()
    if ch.__class__ is not str or len(ch) != 1:
        _bad_char(ch, "category() argument")
    cp = ord(ch)
    return _RECORDS[_INDEX2[(_INDEX1[cp >> 8] << 8) + (cp & 255)]][0]


def bidirectional(ch, /):
    """Return the bidirectional class assigned to the character ch as a string.

    If no such value is defined, an empty string is returned.
    """
    return _record(ch, "bidirectional() argument", False)[1]


def combining(ch, /):
    """Return the canonical combining class assigned to the character ch.

    Returns 0 if no combining class is defined.
    """
    return _record(ch, "combining() argument", False)[2]


def east_asian_width(ch, /):
    """Return the East Asian width assigned to the character ch as a string."""
    return _record(ch, "east_asian_width() argument", False)[3]


def mirrored(ch, /):
    """Return the mirrored property assigned to the character ch as an integer.

    Returns 1 if the character is a mirrored character in bidirectional
    text, 0 otherwise.
    """
    return _record(ch, "mirrored() argument", False)[4]


# Numeric values.

_NUMERIC = None
_NUMERIC_OLD = None


def _numeric_table(old):
    """Character -> "decimal:digit:numeric", parsed when used."""
    global _NUMERIC, _NUMERIC_OLD
    if _NUMERIC is None:
        _NUMERIC = dict(zip(_section("numeric_chars"),
                            _section("numeric").split("\n")))
    if not old:
        return _NUMERIC
    if _NUMERIC_OLD is None:
        table = dict(_NUMERIC)
        table.update(zip(_section("numeric_3.2_chars"),
                         _section("numeric_3.2").split("\n")))
        _NUMERIC_OLD = table
    return _NUMERIC_OLD


def _numeric_value(ch, default, fname, field, message, old):
    if ch.__class__ is not str or len(ch) != 1:
        _bad_char(ch, fname + "() argument 1")
    entry = _numeric_table(old).get(ch)
    if entry is not None:
        value = entry.split(":")[field]
        if value:
            return float(value) if field == 2 else int(value)
    if default is _MISSING:
        raise ValueError(message)
    return default


def decimal(ch, default=_MISSING, /):
    """Convert the character ch to its decimal value, as an integer.

    If no such value is defined, default is returned, or, if not given,
    ValueError is raised.
    """
    return _numeric_value(ch, default, "decimal", 0, "not a decimal", False)


def digit(ch, default=_MISSING, /):
    """Convert the character ch to its digit value, as an integer.

    If no such value is defined, default is returned, or, if not given,
    ValueError is raised.
    """
    return _numeric_value(ch, default, "digit", 1, "not a digit", False)


def numeric(ch, default=_MISSING, /):
    """Convert the character ch to its numeric value, as a float.

    If no such value is defined, default is returned, or, if not given,
    ValueError is raised.
    """
    return _numeric_value(ch, default, "numeric", 2,
                          "not a numeric character", False)


# Decompositions, as decomposition() spells them.

_DECOMP = None
_DECOMP_OLD = None


def _decomp_table(old):
    global _DECOMP, _DECOMP_OLD
    if _DECOMP is None:
        _DECOMP = dict(zip(_section("decomp_chars"),
                           _section("decomp").split("\n")))
    if not old:
        return _DECOMP
    if _DECOMP_OLD is None:
        table = dict(_DECOMP)
        table.update(zip(_section("decomp_3.2_chars"),
                         _section("decomp_3.2").split("\n")))
        _DECOMP_OLD = table
    return _DECOMP_OLD


def _decomposition(ch, old):
    if ch.__class__ is not str or len(ch) != 1:
        _bad_char(ch, "decomposition() argument")
    return _decomp_table(old).get(ch, "")


def decomposition(ch, /):
    """Return the character decomposition mapping assigned to the character ch.

    An empty string is returned in case no such mapping is defined.
    """
    return _decomposition(ch, False)


# Names.

_NAME_LINES = None   # front-coded names, sorted
_NAME_HEADS = None   # the first name of each block of _NAME_BLOCK
_NAME_CPS = None     # the code point of each name, 3 bytes each
_NAMED_LOW = None    # the low byte of each named code point, in order
_NAMED_START = None  # where each block of 256 code points starts in it
_NAMED_POS = None    # the position of each one's name, 2 bytes each
_CJK_RANGES = None
_ALIASES = None
_SEQUENCES = None
_NAME_BLOCK = 32
_BYTES = [bytes((i,)) for i in range(256)]


def _load_names():
    global _NAME_LINES, _NAME_HEADS, _NAME_CPS, _NAMED_LOW, _NAMED_START
    global _NAMED_POS, _CJK_RANGES
    if _INDEX1 is None:
        _load_properties()
    ranges = []
    for text in _section("cjk").split():
        first, _, last = text.partition("-")
        ranges.append((int(first, 16), int(last, 16)))
    lines = _section("names").split("\n")
    _CJK_RANGES = ranges
    _NAME_CPS = _binary("name_cps")
    _NAMED_LOW = _binary("named_low")
    _NAMED_START = _binary("named_start")
    _NAMED_POS = _binary("named_pos")
    _NAME_HEADS = [line[1:] for line in lines[::_NAME_BLOCK]]
    _NAME_LINES = lines


def _load_aliases():
    global _ALIASES, _SEQUENCES
    aliases = {}
    for line in _section("aliases").split("\n"):
        alias, _, cp = line.partition(":")
        aliases[alias] = chr(int(cp, 16))
    sequences = {}
    for line in _section("sequences").split("\n"):
        seq, _, cps_text = line.partition(":")
        sequences[seq] = "".join([chr(int(x, 16)) for x in cps_text.split()])
    _SEQUENCES = sequences
    _ALIASES = aliases


def _is_cjk(cp):
    for first, last in _CJK_RANGES:
        if first <= cp <= last:
            return True
    return False


def _name(ch, default, old):
    if ch.__class__ is not str or len(ch) != 1:
        _bad_char(ch, "name() argument 1")
    if _NAME_LINES is None:
        _load_names()
    cp = ord(ch)
    if old and _old_category(cp) == "Cn":
        pos = None
    elif _S_BASE <= cp < _S_BASE + _S_COUNT:
        s = cp - _S_BASE
        return (_HANGUL_PREFIX + _JAMO_L[s // _N_COUNT]
                + _JAMO_V[s % _N_COUNT // _T_COUNT] + _JAMO_T[s % _T_COUNT])
    elif _is_cjk(cp):
        return "%s%X" % (_CJK_PREFIX, cp)
    else:
        # Find the low byte among those of the named characters of the
        # same block of 256 code points.
        i = (cp >> 8) * 2
        starts = _NAMED_START
        k = _NAMED_LOW.find(_BYTES[cp & 255], (starts[i] << 8) | starts[i + 1],
                            (starts[i + 2] << 8) | starts[i + 3])
        pos = None
        if k >= 0:
            pos = (_NAMED_POS[2 * k] << 8) | _NAMED_POS[2 * k + 1]
    if pos is None:
        if default is _MISSING:
            raise ValueError("no such name")
        return default
    # Decode the block from its first name up to this one.
    text = ""
    for line in _NAME_LINES[pos - pos % _NAME_BLOCK:pos + 1]:
        text = text[:ord(line[0]) - 32] + line[1:]
    return text


def name(ch, default=_MISSING, /):
    """Returns the name assigned to the character ch as a string.

    If no name is defined, default is returned, or, if not given,
    ValueError is raised.
    """
    return _name(ch, default, False)


def _find_name(key):
    """The character of a name in the names table, or None."""
    heads = _NAME_HEADS
    lo, hi = 0, len(heads)
    while lo < hi:
        mid = (lo + hi) // 2
        if key < heads[mid]:
            hi = mid
        else:
            lo = mid + 1
    if not lo:
        return None
    start = (lo - 1) * _NAME_BLOCK
    lines = _NAME_LINES
    text = ""
    for pos in range(start, min(start + _NAME_BLOCK, len(lines))):
        line = lines[pos]
        text = text[:ord(line[0]) - 32] + line[1:]
        if text >= key:
            if text != key:
                return None
            cps = _NAME_CPS
            return chr((cps[3 * pos] << 16) | (cps[3 * pos + 1] << 8)
                       | cps[3 * pos + 2])
    return None


def _longest(text, choices, longest):
    """The longest of the choices that text starts with, or None."""
    for size in range(longest, -1, -1):
        part = text[:size]
        if len(part) == size and part in choices:
            return part
    return None


def _hangul_code(text):
    """The code point of the syllable that text (its jamo names) spells."""
    lead = _longest(text, _JAMO_L, 2)
    if lead is None:
        return None
    text = text[len(lead):]
    vowel = _longest(text, _JAMO_V, 3)
    if not vowel:
        return None
    text = text[len(vowel):]
    if text not in _JAMO_T:
        return None
    return (_S_BASE + (_JAMO_L.index(lead) * _V_COUNT + _JAMO_V.index(vowel))
            * _T_COUNT + _JAMO_T.index(text))


def _lookup(name, old):
    if isinstance(name, str):
        text = name
        too_long = len(text) > 64 and len(text.encode("utf-8")) > 256
    elif isinstance(name, bytes):
        text = name.decode("utf-8", "replace")
        too_long = len(name) > 256
    elif isinstance(name, (bytearray, memoryview)):
        raise TypeError("lookup() argument must be read-only bytes-like "
                        "object, not %s" % type(name).__name__)
    else:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(name).__name__)
    if too_long:
        raise KeyError("name too long")
    if "\x00" in text:
        # CPython's message stops at the NUL.
        raise KeyError("undefined character name '%s'"
                       % text[:text.index("\x00")])
    if _NAME_LINES is None:
        _load_names()
    if text.startswith(_HANGUL_PREFIX):
        cp = _hangul_code(text[len(_HANGUL_PREFIX):])
        if cp is not None:
            return chr(cp)
    elif text.startswith(_CJK_PREFIX):
        digits = text[len(_CJK_PREFIX):]
        if (4 <= len(digits) <= 5
                and not digits.strip("0123456789ABCDEF")
                and _is_cjk(int(digits, 16))):
            return chr(int(digits, 16))
    if text.isascii():
        key = text.upper()
        ch = _find_name(key)
        if ch is not None and not (old and _old_category(ord(ch)) == "Cn"):
            return ch
        if not old:
            if _ALIASES is None:
                _load_aliases()
            ch = _ALIASES.get(key)
            if ch is not None:
                return ch
            seq = _SEQUENCES.get(key)
            if seq is not None:
                return seq
    raise KeyError("undefined character name '%s'" % text)


def lookup(name, /):
    """Look up character by name.

    If a character with the given name is found, return the corresponding
    character.  If not found, KeyError is raised.
    """
    return _lookup(name, False)


# Normalization.

_FORM_NAMES = ("NFC", "NFD", "NFKC", "NFKD")
_CCC = None


class _Forms:
    """The normalization tables of one Unicode version, built as needed."""

    def __init__(self, suffix):
        global _CCC
        if _CCC is None:
            # Marks are ordered by their Unicode 15.0 combining classes in
            # both versions, as CPython does.
            classes = _section("ccc")
            _CCC = dict(zip(classes[0::2],
                            [ord(c) - 256 for c in classes[1::2]]))
        self.suffix = suffix
        self.ccc = _CCC
        self.nfd = self._mapping("nfd", None)
        self.nfkd = None
        self.comp = None
        # A string none of whose characters is in the set of its form is
        # already in that form.
        self.unsafe = {}

    def _mapping(self, key, base):
        keys, _, values = _section(key + self.suffix).partition("\x1f")
        mapping = dict(base) if base else {}
        mapping.update(zip(keys, values.split("\x1f")))
        return mapping

    def prepare(self, form):
        """Build the tables of a form; return its quick-check set."""
        suffix = self.suffix
        if form[:2] == "NF" and self.nfkd is None:
            self.nfkd = self._mapping("nfkd", self.nfd)
            pairs = _section("comp" + suffix)
            self.comp = dict(zip(map(str.__add__, pairs[0::3], pairs[1::3]),
                                 pairs[2::3]))
            # The characters that may combine with the one before them.
            maybe = set(pairs[1::3])
            maybe.update(map(chr, range(_V_BASE, _V_BASE + _V_COUNT)))
            maybe.update(map(chr, range(_T_BASE + 1, _T_BASE + _T_COUNT)))
            self.maybe = maybe
        if form == "NFC":
            unsafe = self.maybe.union(_section("nfc_no" + suffix), self.ccc)
        elif form == "NFKC":
            unsafe = self.maybe.union(_section("nfkc_no" + suffix), self.ccc)
        else:
            unsafe = set(map(chr, range(_S_BASE, _S_BASE + _S_COUNT)))
            unsafe.update(self.nfd if form == "NFD" else self.nfkd)
            unsafe.update(self.ccc)
        self.unsafe[form] = unsafe
        return unsafe


_FORMS = None
_FORMS_OLD = None


def _forms(old):
    global _FORMS, _FORMS_OLD
    if old:
        if _FORMS_OLD is None:
            _FORMS_OLD = _Forms("_3.2")
        return _FORMS_OLD
    if _FORMS is None:
        _FORMS = _Forms("")
    return _FORMS


def _decompose(text, mapping, ccc):
    """The full decomposition of text, in canonical order, as a list."""
    out = []
    for ch in text:
        d = mapping.get(ch)
        if d is not None:
            out.extend(d)
        elif "\uac00" <= ch <= "\ud7a3":
            s = ord(ch) - _S_BASE
            out.append(chr(_L_BASE + s // _N_COUNT))
            out.append(chr(_V_BASE + s % _N_COUNT // _T_COUNT))
            if s % _T_COUNT:
                out.append(chr(_T_BASE + s % _T_COUNT))
        else:
            out.append(ch)
    # Sort each run of nonzero combining classes by class, stably.
    n = len(out)
    i = 0
    while i < n:
        if out[i] in ccc:
            j = i + 1
            while j < n and out[j] in ccc:
                j += 1
            if j - i > 1:
                out[i:j] = sorted(out[i:j], key=ccc.__getitem__)
            i = j + 1
        else:
            i += 1
    return out


def _compose(chars, comp, ccc):
    """Canonical composition of a decomposed, ordered list of characters."""
    result = []
    starter = -1        # the position of the last starter in result
    last_cc = 0         # the combining class of result[-1]
    for ch in chars:
        cc = ccc.get(ch, 0)
        # ch can combine with the starter unless a character between them
        # has a combining class of 0 or at least its own.
        if starter >= 0 and (last_cc == 0 or last_cc < cc):
            first = result[starter]
            composite = comp.get(first + ch)
            if composite is None and not cc:
                if ("\u1161" <= ch <= "\u1175"
                        and "\u1100" <= first <= "\u1112"):
                    composite = chr(_S_BASE + ((ord(first) - _L_BASE) * _V_COUNT
                                               + ord(ch) - _V_BASE) * _T_COUNT)
                elif ("\u11a8" <= ch <= "\u11c2"
                        and "\uac00" <= first <= "\ud7a3"
                        and not (ord(first) - _S_BASE) % _T_COUNT):
                    composite = chr(ord(first) + ord(ch) - _T_BASE)
            if composite is not None:
                result[starter] = composite
                continue
        if not cc:
            starter = len(result)
        last_cc = cc
        result.append(ch)
    return result


def _normalize(form, text, old, fname):
    if not isinstance(form, str):
        raise TypeError("%s() argument 1 must be str, not %s"
                        % (fname, _type_name(form)))
    if not isinstance(text, str):
        raise TypeError("%s() argument 2 must be str, not %s"
                        % (fname, _type_name(text)))
    forms = _forms(old)
    unsafe = forms.unsafe.get(form)
    if unsafe is None:
        if form not in _FORM_NAMES:
            raise ValueError("invalid normalization form")
        unsafe = forms.prepare(form)
    if unsafe.isdisjoint(text):
        return text
    if form == "NFD":
        return "".join(_decompose(text, forms.nfd, forms.ccc))
    if form == "NFKD":
        return "".join(_decompose(text, forms.nfkd, forms.ccc))
    mapping = forms.nfd if form == "NFC" else forms.nfkd
    return "".join(_compose(_decompose(text, mapping, forms.ccc),
                            forms.comp, forms.ccc))


def normalize(form, unistr, /):
    """Return the normal form 'form' for the Unicode string unistr.

    Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.
    """
    return _normalize(form, unistr, False, "normalize")


def is_normalized(form, unistr, /):
    """Return whether the Unicode string unistr is in the normal form 'form'.

    Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.
    """
    result = _normalize(form, unistr, False, "is_normalized")
    return result is unistr or result == unistr


# The Unicode 3.2.0 database.

class UCD:
    """The database of an older Unicode version (only ucd_3_2_0 exists)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'unicodedata.UCD' instances")

    @property
    def unidata_version(self):
        return "3.2.0"

    @unidata_version.setter
    def unidata_version(self, value):
        raise AttributeError("readonly attribute")

    def category(self, ch, /):
        """Return the general category assigned to the character ch."""
        return _record(ch, "category() argument", True)[0]

    def bidirectional(self, ch, /):
        """Return the bidirectional class assigned to the character ch."""
        return _record(ch, "bidirectional() argument", True)[1]

    def combining(self, ch, /):
        """Return the canonical combining class assigned to the character ch."""
        return _record(ch, "combining() argument", True)[2]

    def east_asian_width(self, ch, /):
        """Return the East Asian width assigned to the character ch."""
        return _record(ch, "east_asian_width() argument", True)[3]

    def mirrored(self, ch, /):
        """Return the mirrored property assigned to the character ch."""
        return _record(ch, "mirrored() argument", True)[4]

    def decimal(self, ch, default=_MISSING, /):
        """Convert the character ch to its decimal value, as an integer."""
        return _numeric_value(ch, default, "decimal", 0, "not a decimal", True)

    def digit(self, ch, default=_MISSING, /):
        """Convert the character ch to its digit value, as an integer."""
        return _numeric_value(ch, default, "digit", 1, "not a digit", True)

    def numeric(self, ch, default=_MISSING, /):
        """Convert the character ch to its numeric value, as a float."""
        return _numeric_value(ch, default, "numeric", 2,
                              "not a numeric character", True)

    def decomposition(self, ch, /):
        """Return the decomposition mapping assigned to the character ch."""
        return _decomposition(ch, True)

    def name(self, ch, default=_MISSING, /):
        """Returns the name assigned to the character ch as a string."""
        return _name(ch, default, True)

    def lookup(self, name, /):
        """Look up character by name."""
        return _lookup(name, True)

    def normalize(self, form, unistr, /):
        """Return the normal form 'form' for the Unicode string unistr."""
        return _normalize(form, unistr, True, "normalize")

    def is_normalized(self, form, unistr, /):
        """Return whether unistr is in the normal form 'form'."""
        result = _normalize(form, unistr, True, "is_normalized")
        return result is unistr or result == unistr


ucd_3_2_0 = object.__new__(UCD)
