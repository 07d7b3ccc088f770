# Generated from forms/staff_dialog.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_StaffDialog(object):
    def setupUi(self, StaffDialog):
        if not StaffDialog.objectName():
            StaffDialog.setObjectName(u"StaffDialog")
        StaffDialog.resize(420, 300)
        self.mainLayout = QVBoxLayout(StaffDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameEditLabel = QLabel(StaffDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(StaffDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleComboLabel = QLabel(StaffDialog)
        self.roleComboLabel.setObjectName(u"roleComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleComboLabel)

        self.roleCombo = QComboBox(StaffDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.phoneEditLabel = QLabel(StaffDialog)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(StaffDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.initialsEditLabel = QLabel(StaffDialog)
        self.initialsEditLabel.setObjectName(u"initialsEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.initialsEditLabel)

        self.initialsEdit = QLineEdit(StaffDialog)
        self.initialsEdit.setObjectName(u"initialsEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.initialsEdit)

        self.pinEditLabel = QLabel(StaffDialog)
        self.pinEditLabel.setObjectName(u"pinEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pinEditLabel)

        self.pinEdit = QLineEdit(StaffDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pinEdit)

        self.pin2EditLabel = QLabel(StaffDialog)
        self.pin2EditLabel.setObjectName(u"pin2EditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pin2EditLabel)

        self.pin2Edit = QLineEdit(StaffDialog)
        self.pin2Edit.setObjectName(u"pin2Edit")
        self.pin2Edit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pin2Edit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(StaffDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(StaffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.roleComboLabel.setBuddy(self.roleCombo)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.initialsEditLabel.setBuddy(self.initialsEdit)
        self.pinEditLabel.setBuddy(self.pinEdit)
        self.pin2EditLabel.setBuddy(self.pin2Edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StaffDialog)

        QMetaObject.connectSlotsByName(StaffDialog)
    # setupUi

    def retranslateUi(self, StaffDialog):
        StaffDialog.setWindowTitle(QCoreApplication.translate("StaffDialog", u"Staff member", None))
        self.nameEditLabel.setText(QCoreApplication.translate("StaffDialog", u"&Name:", None))
        self.roleComboLabel.setText(QCoreApplication.translate("StaffDialog", u"&Role:", None))
        self.phoneEditLabel.setText(QCoreApplication.translate("StaffDialog", u"P&hone:", None))
        self.initialsEditLabel.setText(QCoreApplication.translate("StaffDialog", u"&Initials:", None))
        self.pinEditLabel.setText(QCoreApplication.translate("StaffDialog", u"&PIN:", None))
        self.pin2EditLabel.setText(QCoreApplication.translate("StaffDialog", u"PIN &again:", None))
    # retranslateUi

