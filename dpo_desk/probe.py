"""The hidden argument ``dpo-desk --qt-probe``: ``doctor`` starts the program with it in a
child process to learn whether Qt can open a window here (a missing platform plugin
aborts the process, so it cannot be tried in the doctor's own). Shared by the command
line, which answers it, and ``services.doctor``, which asks: here, so that the doctor
does not import the command line.
"""

QT_PROBE = "--qt-probe"
