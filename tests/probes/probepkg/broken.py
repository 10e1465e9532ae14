raise RuntimeError("probepkg.broken fails on purpose")
