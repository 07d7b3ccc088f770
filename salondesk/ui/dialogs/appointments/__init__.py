"""Dialogs of the appointment book: book/edit an appointment, cancel, confirmation calls."""
