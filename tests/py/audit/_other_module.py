print("_other_module body")
