"""The urllib package: URL handling.  pyprobe provides urllib.parse (splitting,
joining, quoting and query strings); there is no network access, so
urllib.request, urllib.error and urllib.robotparser are not available.
"""
