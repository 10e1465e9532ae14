# A dictionary key and colon with nothing after them.
limits = {"low": 1, "high": }
