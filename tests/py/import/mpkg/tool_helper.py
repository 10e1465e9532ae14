HELPER = "helper loaded"
