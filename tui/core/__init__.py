"""The text engine: loading, segmentation and analysis. Pure Python, no UI imports.

Import the modules themselves (``tui.core.analyze``, ``tui.core.model``...):
this package imports nothing, so the reader can load ``model`` alone at start-up.
"""
