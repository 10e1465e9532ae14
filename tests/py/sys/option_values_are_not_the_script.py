# golden-args: -W ignore -X utf8 option_values_are_not_the_script.py one two
# The values of -W and -X (given as separate arguments) are not taken for
# the script: the script runs with its own arguments.
import sys

print(sys.argv)
