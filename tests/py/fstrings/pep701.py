# PEP 701 (Python 3.12) f-strings: quotes reused inside fields, nesting,
# backslashes, comments and newlines in fields, and their error messages.

d = {"key": "value", "n": 5, "list": [10, 20, 30]}
words = ["alpha", "beta", "gamma"]
x = 42

# the enclosing quote reused inside a field
print(f"{d["key"]} {d["list"][1]}")
print(f"{", ".join(words)}")
print(f'{'-'.join(words)}')
print(f"{"nested" + "strings"!r}")

# f-strings nested three and four deep, all with the same quote
print(f"{f"{f"{x}"}"}")
print(f"{f"{f"{f"{x!r:>5}"}|"}"}")
print(f"{[f"{w.upper()}" for w in words]}")
print(f"{(lambda n: f"{n * 2}")(x)}")

# backslashes inside fields
print(f"{'\n'.join(words)}")
print(f"{"\t".join(words)!r}")
print(f"{'it\'s'} {"say \"hi\""} {'\\'} {'\x41\u00e9\N{BULLET}'}")
print(rf"\d{x}\n{'\n'!r}")

# fields spanning lines, with comments, in single and triple quotes
total = f"{
    sum([
        1,  # one
        2,  # two
    ])  # the sum
}"
print(total)
print(f'{
  d["key"]
  .upper()   # method call on the next line
}|{x
}')
print(f"""{
    x  # a comment
    + 1
}""")

# the = specifier keeps the text as written, quotes and all
print(f"{d["key"]=}")
print(f"{d['n'] = :>5}|")
print(f"{", ".join(words) = }")
print(f"{x=!s:^8}|")
print(f"{ x  =  }")

# format specs with nested fields, nested strings and nested f-strings
width, prec = 12, 3
print(f"{3.14159:{width}.{prec}f}|")
print(f"{3.14159:{width}.{f"{prec}"}f}|")
print(f"{'abc':{"*"}^{width}}|")
print(f"{x:{"#"}>{5}}|{x!r:{'<'}{6}}|")
print(f"{x:{width}}|{x:{f"{"0"}{width}"}}|")

# triple-quoted f-strings containing quotes
print(f"""{"""triple"""} and {'''inner "quotes" '''}""")
print(f"""a "quoted" {x} 'word' {"""x"""!r}""")
print(f'''{'''it's'''} "{x}"''')

# prefixes, braces and implicit concatenation
print(Rf"{x}\{x}", fR"{{}}{x}}}", F"{x:{"^"}{6}}")
print(f"{x}" "plain" f"{d["n"]}" 'end')
print(f"{ {'a': 1}["a"] } {'{'}{'}'} {'#'}")

# errors in CPython's words
for src in [
    'f"{x!}"',
    'f"{x!rr}"',
    'f"{x= y}"',
    'f"{lambda y: 1}"',
    'f"{x for x in y}"',
    'f"{x:{y:{z:{w}}}}"',
    'f"{,}"',
    'f"{x)}"',
    'f"abc',
    'f"{1 +}"',
    "f'{a b}'",
    "f'{\"\\n\".join(x) b}'",
]:
    try:
        compile(src, "<s>", "exec")
        print(src, "compiles")
    except SyntaxError as e:
        print(src, "->", e.msg, e.lineno)
