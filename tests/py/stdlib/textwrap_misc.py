# textwrap.shorten, dedent and indent.
import textwrap

s = "Hello  world!   This is a    sentence with some-hyphenated words."
for width in [5, 6, 10, 11, 12, 20, 30, 60, 70]:
    print(width, repr(textwrap.shorten(s, width)),
          repr(textwrap.shorten(s, width, placeholder="...")))
print(repr(textwrap.shorten("   ", 10)), repr(textwrap.shorten("one", 6)), repr(textwrap.shorten("one two", 6)))
print(repr(textwrap.shorten("Hello  world!", width=12)), repr(textwrap.shorten("Hello  world!", width=11)))
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print("ValueError", e)
print(repr(textwrap.shorten("word " * 10, 20, break_long_words=False)))

cases = [
    "    hello\n      world\n    !",
    "\thello\n\t\tworld",
    "  a\n\tb",
    "  x\n\n  y\n   \n  z\n",
    "no indent\n  indented",
    "   only\n",
    "  \t mixed\n  \t  more\n  \t",
    "",
    "\n\n",
    "    \n    ",
    "  trailing  \n    lines  \r\n  cr",
    "        def f():\n            return 1\n",
]
for text in cases:
    print(repr(text), "->", repr(textwrap.dedent(text)))

for text in ["a\nb\n\nc", "  x\n \n\ty\r\nz", "", "one", "\n", "a\n   \n"]:
    print(repr(textwrap.indent(text, "> ")),
          repr(textwrap.indent(text, "+", lambda line: True)),
          repr(textwrap.indent(text, "#", lambda line: line.startswith("a"))))
print(textwrap.__all__)
