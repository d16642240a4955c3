"""Allow ``python -m dass_desktop`` to behave exactly like ``dass-desktop``."""

import sys

from dass_desktop.cli import main

sys.exit(main())
