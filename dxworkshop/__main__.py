"""`python -m dxworkshop` is the `dxworkshop` command."""

import sys

from dxworkshop.cli import main

sys.exit(main())
