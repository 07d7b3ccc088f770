"""Reception queue dialogs."""
