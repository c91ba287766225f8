// The tests of this target live beside this file.
