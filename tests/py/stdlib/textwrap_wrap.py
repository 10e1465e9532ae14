# textwrap.wrap/fill over many widths and options.
import textwrap

texts = [
    "The quick brown fox jumps over the lazy dog.",
    "Look, goof-ball -- use the -b option! A well-known, self-evident e-mail "
    "address is not a--b or c'est--la vie; see the long-hyphen-ated-word-here.",
    "Supercalifragilisticexpialidocious is a word; so is "
    "pneumonoultramicroscopicsilicovolcanoconiosis.",
    "Tabs\tand\nnewlines\x0band   multiple   spaces   are  whitespace.",
    "  Leading and trailing spaces  ",
    "Hello there. How are you? Fine! \"Quoted.\" Then 'single.' done.",
    "x-y-z a-b 1-2-3 ab-12 --dash word-- --- ----",
    "",
    "   ",
    "über-ärger naïve café-crème",
]
for text in texts:
    print("=" * 20, repr(text))
    for width in [1, 2, 3, 5, 7, 10, 12, 15, 20, 25, 33, 40, 70]:
        print(width, textwrap.wrap(text, width))
    print(textwrap.TextWrapper(width=9)._split(text))
    print(textwrap.TextWrapper(break_on_hyphens=False)._split(text))

text = texts[1]
for width in [6, 11, 17, 29]:
    print("--", width)
    print(textwrap.fill(text, width, break_on_hyphens=False))
    print(textwrap.fill(text, width, break_long_words=False))
    print(textwrap.wrap(text, width, drop_whitespace=False))
    print(textwrap.fill(text, width, initial_indent="* ", subsequent_indent="    "))
    print(textwrap.wrap(texts[3], width, expand_tabs=False, replace_whitespace=False))
    print(textwrap.wrap(texts[3], width, tabsize=4, replace_whitespace=False))
    print(textwrap.wrap(texts[5], width, fix_sentence_endings=True))
    for lines in [1, 2, 3]:
        print(lines, textwrap.wrap(text, width, max_lines=lines))
        print(lines, textwrap.wrap(text, width, max_lines=lines, placeholder="..."))

w = textwrap.TextWrapper(width=30, initial_indent="> ", subsequent_indent=">> ",
                         max_lines=3, placeholder=" (more)")
print(w.width, w.initial_indent, w.max_lines, w.placeholder, w.tabsize, w.expand_tabs)
print(w.fill(texts[2] + " " + texts[0]))
w.width = 50
print(w.wrap(texts[0]))
print(textwrap.wrap("abc def", 100))
print(textwrap.TextWrapper(fix_sentence_endings=True).wrap("Hi there. Who? me!  ok"))

for kwargs in [dict(width=0), dict(width=-3), dict(width=5, max_lines=1, placeholder="toolong"),
               dict(width=4, max_lines=2, subsequent_indent="  ", placeholder=" [...]")]:
    try:
        print(textwrap.wrap("some words here", **kwargs))
    except ValueError as e:
        print("ValueError", e)
print(textwrap.wrap("", 0) if False else "skip")
