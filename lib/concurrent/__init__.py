"""The concurrent package: holds concurrent.futures."""
