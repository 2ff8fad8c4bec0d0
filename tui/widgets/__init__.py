"""Widgets of the reader, one feature per module."""
