WHO = "two from _ns_b"
