"""Customer dialogs: the file, patch tests, import, erase and merge."""
