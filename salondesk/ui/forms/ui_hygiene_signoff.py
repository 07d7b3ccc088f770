# Generated from forms/hygiene_signoff.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hygiene_signoff.ui'
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

class Ui_HygieneSignoffDialog(object):
    def setupUi(self, HygieneSignoffDialog):
        if not HygieneSignoffDialog.objectName():
            HygieneSignoffDialog.setObjectName(u"HygieneSignoffDialog")
        HygieneSignoffDialog.resize(480, 260)
        HygieneSignoffDialog.setWindowTitle(u"HygieneSignoffDialog")
        self.mainLayout = QVBoxLayout(HygieneSignoffDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(HygieneSignoffDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.mainLayout.addWidget(self.headerLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.signerComboLabel = QLabel(HygieneSignoffDialog)
        self.signerComboLabel.setObjectName(u"signerComboLabel")
        self.signerComboLabel.setText(u"signerCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signerComboLabel)

        self.signerCombo = QComboBox(HygieneSignoffDialog)
        self.signerCombo.setObjectName(u"signerCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signerCombo)

        self.noteEditLabel = QLabel(HygieneSignoffDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")
        self.noteEditLabel.setText(u"noteEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(HygieneSignoffDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.pinEditLabel = QLabel(HygieneSignoffDialog)
        self.pinEditLabel.setObjectName(u"pinEditLabel")
        self.pinEditLabel.setText(u"pinEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pinEditLabel)

        self.pinEdit = QLineEdit(HygieneSignoffDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.pinEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(HygieneSignoffDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(HygieneSignoffDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.signerComboLabel.setBuddy(self.signerCombo)
        self.noteEditLabel.setBuddy(self.noteEdit)
        self.pinEditLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HygieneSignoffDialog)

        QMetaObject.connectSlotsByName(HygieneSignoffDialog)
    # setupUi

    def retranslateUi(self, HygieneSignoffDialog):
        pass
    # retranslateUi

