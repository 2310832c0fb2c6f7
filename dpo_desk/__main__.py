"""``python -m dpo_desk``."""

import sys

from dpo_desk.cli import main

sys.exit(main())
