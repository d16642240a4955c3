"""Entry script for bundled builds: the same as running ``dass-desktop``."""

import sys

from dass_desktop.cli import main

sys.exit(main())
