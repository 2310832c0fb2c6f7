"""Start DPO Desk: ``python main.py`` (the desktop program) or ``python main.py --help``."""

import sys

from dpo_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
