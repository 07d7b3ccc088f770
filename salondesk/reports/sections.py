"""Detail renderers per area (the lists and charts under each section's figures)."""

from __future__ import annotations
