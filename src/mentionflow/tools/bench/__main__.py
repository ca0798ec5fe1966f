"""``python -m mentionflow.tools.bench``: the same as ``mentionflow bench``."""

import sys

from mentionflow.tools.bench.main import main

sys.exit(main())
