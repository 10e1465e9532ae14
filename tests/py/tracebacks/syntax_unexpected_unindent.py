# A decorator with nothing after it in its block.
class Probe:
    @staticmethod
value = 1
