# A dictionary item with no value: the caret is on the key's last character.
config = {"name": "probe", "verbose"}
