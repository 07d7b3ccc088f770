"""The PIN field (its own module: the login window paints before the rest of the UI is imported)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit


def configure_pin_edit(edit: QLineEdit) -> None:
    """Turn a plain line edit (e.g. from a ``.ui`` form) into a PIN field: masked, digits only."""
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), edit))
    edit.setMaxLength(8)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    edit.setPlaceholderText(QCoreApplication.translate("Common", "4–8 digits"))
