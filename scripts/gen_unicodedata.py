#!/usr/bin/env python3
"""Write lib/unicodedata.dat, the tables of pyprobe's unicodedata module.

This script must run under CPython 3.12, whose own unicodedata module
(Unicode 15.0.0, with ucd_3_2_0 for Unicode 3.2.0) is the source of every
table: it asks CPython about each of the 0x110000 code points and writes
what CPython answers.  The name aliases and named sequences, which
CPython's module offers no way to list, are read through the C interface
that CPython's unicodedata exports for the "\\N{...}" escapes
(unicodedata._ucnhash_CAPI), called with ctypes.

Usage, from the repository root:

    PYENV_VERSION=3.12.1 python3 scripts/gen_unicodedata.py

The output is deterministic: the same CPython always writes the same file.
Its layout is described in the docstring of lib/unicodedata.py.
"""

import ctypes
import os
import sys
import unicodedata

if sys.version_info[:2] != (3, 12):
    sys.exit("gen_unicodedata.py must run under CPython 3.12")

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib",
                   "unicodedata.dat")

NCODES = 0x110000
SHIFT = 8                      # code points per property block: 1 << SHIFT
OFFSET = 0x100                 # a combining class c is written chr(OFFSET + c)
NAME_BLOCK = 32                # names per front-coded block
HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3

CUR = unicodedata
OLD = unicodedata.ucd_3_2_0
VERSIONS = (("", CUR), ("_3.2", OLD))


def is_surrogate(cp):
    return 0xD800 <= cp <= 0xDFFF


def record(db, ch):
    return (db.category(ch), db.bidirectional(ch), db.combining(ch),
            db.east_asian_width(ch), db.mirrored(ch))


def property_sections(sections):
    """Per version: the records, a pool of blocks and the block index."""
    for suffix, db in VERSIONS:
        records = {}
        blocks = {}
        pool = bytearray()
        index1 = bytearray()
        for start in range(0, NCODES, 1 << SHIFT):
            block = []
            for cp in range(start, start + (1 << SHIFT)):
                rec = record(db, chr(cp))
                if rec not in records:
                    records[rec] = len(records)
                block.append(records[rec])
            block = bytes(block)
            if block not in blocks:
                blocks[block] = len(blocks)
                pool += block
            index1.append(blocks[block])
        assert len(records) <= 256 and len(blocks) <= 256
        sections["index1" + suffix] = bytes(index1)
        sections["index2" + suffix] = bytes(pool)
        sections["records" + suffix] = ";".join(
            "%s,%s,%d,%s,%d" % rec for rec in sorted(records, key=records.get))


def numeric_sections(sections):
    """decimal(), digit() and numeric(); for 3.2 only the differences."""
    def entries(db):
        out = {}
        for cp in range(NCODES):
            ch = chr(cp)
            value = (db.decimal(ch, None), db.digit(ch, None),
                     db.numeric(ch, None))
            if value != (None, None, None):
                out[cp] = value
        return out

    def write(key, table):
        keys = sorted(table)
        sections[key + "_chars"] = "".join(chr(cp) for cp in keys)
        lines = []
        for cp in keys:
            dec, dig, num = table[cp]
            lines.append("%s:%s:%s" % ("" if dec is None else dec,
                                       "" if dig is None else dig,
                                       "" if num is None else repr(num)))
        sections[key] = "\n".join(lines)

    cur = entries(CUR)
    old = entries(OLD)
    write("numeric", cur)
    write("numeric_3.2", {cp: old.get(cp, (None, None, None))
                          for cp in set(cur) | set(old)
                          if cur.get(cp) != old.get(cp)})


def decomposition_sections(sections):
    """decomposition(): characters and strings; for 3.2 the differences."""
    cur = {}
    diff = {}
    for cp in range(NCODES):
        ch = chr(cp)
        d = CUR.decomposition(ch)
        if d:
            cur[cp] = d
        o = OLD.decomposition(ch)
        if o != d:
            diff[cp] = o
    for name, table in (("decomp", cur), ("decomp_3.2", diff)):
        keys = sorted(table)
        sections[name + "_chars"] = "".join(chr(cp) for cp in keys)
        sections[name] = "\n".join(table[cp] for cp in keys)


def normalization_sections(sections):
    """The full decompositions, compositions and quick-check sets."""
    for suffix, db in VERSIONS:
        nfd = {}
        nfkd = {}
        nfc_no = []
        nfkc_no = []
        ccc = []
        for cp in range(NCODES):
            if is_surrogate(cp):
                continue
            ch = chr(cp)
            # CPython orders marks by their current combining classes,
            # for ucd_3_2_0 too.
            c = CUR.combining(ch)
            if c and db is CUR:
                ccc.append(ch + chr(OFFSET + c))
            if HANGUL_FIRST <= cp <= HANGUL_LAST:
                continue
            d = db.normalize("NFD", ch)
            if d != ch:
                nfd[ch] = d
            kd = db.normalize("NFKD", ch)
            if kd != d:
                nfkd[ch] = kd
            if db.normalize("NFC", ch) != ch:
                nfc_no.append(ch)
            if db.normalize("NFKC", ch) != ch:
                nfkc_no.append(ch)
        # The primary composites: the canonical pairs that NFC puts back
        # together.  CPython's ucd_3_2_0 also composes some pairs of
        # characters that Unicode 3.2 did not have (U+1B05 U+1B35), so the
        # pairs of both versions are tried against each version's NFC.
        comp = []
        for cp in range(NCODES):
            if is_surrogate(cp) or HANGUL_FIRST <= cp <= HANGUL_LAST:
                continue
            ch = chr(cp)
            for raw in sorted({CUR.decomposition(ch), OLD.decomposition(ch)}):
                if not raw or raw.startswith("<"):
                    continue
                parts = [chr(int(x, 16)) for x in raw.split()]
                if len(parts) != 2:
                    continue
                if db.normalize("NFC", db.normalize("NFD", parts[0]) + parts[1]) == ch:
                    assert db.normalize("NFC", ch) == ch
                    comp.append(parts[0] + parts[1] + ch)
        for key, table in (("nfd", nfd), ("nfkd", nfkd)):
            keys = sorted(table)
            sections[key + suffix] = "".join(keys) + "\x1f" + "\x1f".join(
                table[k] for k in keys)
        sections["comp" + suffix] = "".join(comp)
        if db is CUR:
            sections["ccc"] = "".join(ccc)
        sections["nfc_no" + suffix] = "".join(nfc_no)
        sections["nfkc_no" + suffix] = "".join(nfkc_no)


def ucnhash_names(base):
    """The names CPython keeps at private code points from base on."""
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    capi = get_pointer(unicodedata._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    getname_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32,
                                    ctypes.c_char_p, ctypes.c_int, ctypes.c_int)
    getname = getname_type(ctypes.cast(capi, ctypes.POINTER(ctypes.c_void_p))[0])
    buf = ctypes.create_string_buffer(256)
    assert getname(0x41, buf, 256, 0) and buf.value == b"LATIN CAPITAL LETTER A"
    names = []
    while getname(base + len(names), buf, 256, 1):
        names.append(buf.value.decode("ascii"))
    return names


def name_sections(sections):
    """Character names, front-coded in blocks, and the lookup-only names."""
    names = {}
    cjk = []
    for cp in range(NCODES):
        ch = chr(cp)
        n = CUR.name(ch, None)
        o = OLD.name(ch, None)
        # A 3.2 name is the current name of a character assigned in 3.2.
        assert o == (n if OLD.category(ch) != "Cn" else None), hex(cp)
        if n is None or HANGUL_FIRST <= cp <= HANGUL_LAST:
            continue
        if n == "CJK UNIFIED IDEOGRAPH-%X" % cp:
            if cjk and cjk[-1][1] == cp - 1:
                cjk[-1][1] = cp
            else:
                cjk.append([cp, cp])
            continue
        assert n.isascii() and n == n.upper() and len(n) < 95
        names[n] = cp
    sections["cjk"] = " ".join("%X-%X" % tuple(r) for r in cjk)

    lines = []
    prev = ""
    for i, n in enumerate(sorted(names)):
        k = 0
        if i % NAME_BLOCK:
            limit = min(len(prev), len(n))
            while k < limit and prev[k] == n[k]:
                k += 1
        lines.append(chr(32 + k) + n[k:])
        prev = n
    sections["names"] = "\n".join(lines)
    # The code point of each name (3 bytes each).  In code point order, the
    # low byte of each named code point, where each block of 256 code
    # points starts among them (2 bytes each), and the position of each
    # one's name (2 bytes each).
    by_name = sorted(names)
    sections["name_cps"] = b"".join(names[n].to_bytes(3, "big") for n in by_name)
    position = {names[n]: i for i, n in enumerate(by_name)}
    cps = sorted(position)
    assert len(cps) < 0x10000
    sections["named_low"] = bytes(cp & 255 for cp in cps)
    starts = [0] * ((NCODES >> 8) + 1)
    for cp in cps:
        starts[(cp >> 8) + 1] += 1
    for i in range(1, len(starts)):
        starts[i] += starts[i - 1]
    sections["named_start"] = b"".join(n.to_bytes(2, "big") for n in starts)
    sections["named_pos"] = b"".join(position[cp].to_bytes(2, "big") for cp in cps)

    aliases = []
    for alias in ucnhash_names(0xF0000):
        ch = CUR.lookup(alias)
        assert len(ch) == 1 and CUR.name(ch, None) != alias
        aliases.append("%s:%X" % (alias, ord(ch)))
    sections["aliases"] = "\n".join(aliases)
    sequences = []
    for seq in ucnhash_names(0xF0200):
        s = CUR.lookup(seq)
        assert len(s) > 1
        sequences.append("%s:%s" % (seq, " ".join("%X" % ord(c) for c in s)))
    sections["sequences"] = "\n".join(sequences)


def main():
    sections = {}
    property_sections(sections)
    numeric_sections(sections)
    decomposition_sections(sections)
    normalization_sections(sections)
    name_sections(sections)
    # The file: a comment line, a directory line of "name=size" items
    # separated by ";", then the sections in that order.  Text sections
    # are UTF-8, the others bytes.
    payloads = []
    directory = []
    for name in sorted(sections):
        data = sections[name]
        if isinstance(data, str):
            assert not any(is_surrogate(ord(c)) for c in data)
            data = data.encode("utf-8")
        directory.append("%s=%d" % (name, len(data)))
        payloads.append(data)
    head = ("# Unicode %s and %s tables of pyprobe's unicodedata module, written"
            " by scripts/gen_unicodedata.py from CPython %s. Do not edit.\n%s\n"
            % (CUR.unidata_version, OLD.unidata_version,
               ".".join(map(str, sys.version_info[:3])), ";".join(directory)))
    data = head.encode("ascii") + b"".join(payloads)
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote %s (%d bytes, %d sections)" % (os.path.normpath(OUT), len(data),
                                                len(sections)))


if __name__ == "__main__":
    main()
