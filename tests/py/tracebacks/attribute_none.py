# Attribute access on None: the whole attribute expression is underlined.

class Config:
    def __init__(self):
        self.settings = None

def timeout(config):
    return config.settings.timeout * 2

print("reading the timeout")
print(timeout(Config()))
