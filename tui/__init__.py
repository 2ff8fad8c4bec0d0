"""briefing: a terminal reading dashboard for comparing news coverage."""

__version__ = "0.1.0"
