# An uncaught user-defined exception: shown by its bare name for __main__ classes.

class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field + ": " + problem)
        self.field = field

def validate(record):
    for key in ("name", "email"):
        if key not in record:
            raise ValidationError(key, "missing")
        print(key, "present")

validate({"name": "ann", "email": "a@example.com"})
validate({"name": "bob"})
