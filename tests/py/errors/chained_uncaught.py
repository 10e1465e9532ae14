# An uncaught exception raised while handling another: the last line is the final one.

def load(config):
    try:
        return config["path"]
    except KeyError as e:
        raise RuntimeError("configuration is incomplete") from e

print("loading")
print(load({"path": "/tmp/x"}))
print(load({}))
