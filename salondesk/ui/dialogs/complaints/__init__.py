"""Complaint dialogs: intake at the counter, and one signed stage entry."""

from salondesk.ui.dialogs.complaints.dialogs import ComplaintEntryDialog, ComplaintIntakeDialog, label

__all__ = ["ComplaintEntryDialog", "ComplaintIntakeDialog", "label"]
