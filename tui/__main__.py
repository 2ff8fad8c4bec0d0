"""``python -m tui`` runs the ``briefing`` command."""

import sys

from .launch import main

sys.exit(main())
