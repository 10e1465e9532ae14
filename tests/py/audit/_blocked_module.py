VALUE = "imported after the hook allowed it"
