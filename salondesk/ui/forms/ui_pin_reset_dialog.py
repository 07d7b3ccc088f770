# Generated from forms/pin_reset_dialog.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pin_reset_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PinResetDialog(object):
    def setupUi(self, PinResetDialog):
        if not PinResetDialog.objectName():
            PinResetDialog.setObjectName(u"PinResetDialog")
        PinResetDialog.resize(380, 200)
        self.mainLayout = QVBoxLayout(PinResetDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(PinResetDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.pinEditLabel = QLabel(PinResetDialog)
        self.pinEditLabel.setObjectName(u"pinEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pinEditLabel)

        self.pinEdit = QLineEdit(PinResetDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pinEdit)

        self.pin2EditLabel = QLabel(PinResetDialog)
        self.pin2EditLabel.setObjectName(u"pin2EditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pin2EditLabel)

        self.pin2Edit = QLineEdit(PinResetDialog)
        self.pin2Edit.setObjectName(u"pin2Edit")
        self.pin2Edit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pin2Edit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(PinResetDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PinResetDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pinEditLabel.setBuddy(self.pinEdit)
        self.pin2EditLabel.setBuddy(self.pin2Edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PinResetDialog)

        QMetaObject.connectSlotsByName(PinResetDialog)
    # setupUi

    def retranslateUi(self, PinResetDialog):
        PinResetDialog.setWindowTitle(QCoreApplication.translate("PinResetDialog", u"Reset PIN", None))
        self.pinEditLabel.setText(QCoreApplication.translate("PinResetDialog", u"New &PIN:", None))
        self.pin2EditLabel.setText(QCoreApplication.translate("PinResetDialog", u"PIN &again:", None))
    # retranslateUi

