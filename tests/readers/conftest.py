"""Make the reader test helpers (read_samples.py) importable under --import-mode=importlib."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# HYPOTHESIS_PROFILE=long runs the reader property tests much longer (local fuzzing).
import os

from hypothesis import settings

settings.register_profile("long", max_examples=3000, deadline=None)
if os.environ.get("HYPOTHESIS_PROFILE") == "long":
    settings.load_profile("long")
