WHO = "one from _ns_a"
