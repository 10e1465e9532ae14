WHO = "inner leaf"
