# is* predicates on non-ASCII characters
samples = ["ⅻ", "½", "٣", "²", "ß", "Ǆ", "ǅ", "√", "ａｂｃ", "١٢٣", "名前", "é", "\u00a0", "\u2028", "\u200b", "Ⅳ", "𝟘"]
for s in samples:
    print(ascii(s).ljust(16), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable())
print("名前".isidentifier(), "é1".isidentifier(), "1é".isidentifier())
print(int("١٢٣"), int("ａ", 16) if False else "skip", float("٣.٥"))
def classify(ch):
    kinds = []
    for name in ["isdigit", "isdecimal", "isnumeric", "isalpha", "isspace", "isupper", "islower", "isprintable"]:
        if getattr(ch, name)():
            kinds.append(name[2:])
    return kinds
for ch in "a1 ²½٣Ⅷ\u3000\t\x85é日ǅ":
    print(ascii(ch), classify(ch))
print("Ⅷ".isupper(), "ⅷ".islower(), "Ⅷ".lower(), "ⅷ".upper())
print("١٢".isdigit(), "٣.٥".replace(".", "").isdecimal(), "x²".isalnum())
print("\u1680".isspace(), "\u200a".isspace(), "\u180e".isspace(), "\ufeff".isspace())
print("ǅungla".istitle(), "Ǆungla".istitle(), "ǅUngla".istitle())
print("日本語テキスト".isalpha(), "한국어".isalpha(), "עברית".isalpha(), "emoji😀".isalpha())
print("\u0301".isprintable(), "\u00ad".isprintable(), "\U0001f600".isprintable(), "\ue000".isprintable())
