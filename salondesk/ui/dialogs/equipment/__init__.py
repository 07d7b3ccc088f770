"""Equipment dialogs."""
