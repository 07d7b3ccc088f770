"""Hygiene dialogs."""
