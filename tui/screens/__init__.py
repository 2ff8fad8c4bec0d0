"""The app's screens: the reader, the split view, quote search and help."""
