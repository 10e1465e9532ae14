"""Run tests from the command line: python -m unittest [options] [names],
or test discovery when no names are given."""

import sys

if sys.argv[0].endswith("__main__.py"):
    sys.argv[0] = "python -m unittest"

__unittest = True

from .main import main

main(module=None)
