# Generated from forms/login.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login.ui'
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

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(380, 220)
        self.mainLayout = QVBoxLayout(LoginDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(LoginDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: bold;")
        self.titleLabel.setAlignment(Qt.AlignCenter)

        self.mainLayout.addWidget(self.titleLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.staffComboLabel = QLabel(LoginDialog)
        self.staffComboLabel.setObjectName(u"staffComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staffComboLabel)

        self.staffCombo = QComboBox(LoginDialog)
        self.staffCombo.setObjectName(u"staffCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.staffCombo)

        self.pinEditLabel = QLabel(LoginDialog)
        self.pinEditLabel.setObjectName(u"pinEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pinEditLabel)

        self.pinEdit = QLineEdit(LoginDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pinEdit)

        self.confirmEditLabel = QLabel(LoginDialog)
        self.confirmEditLabel.setObjectName(u"confirmEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirmEditLabel)

        self.confirmEdit = QLineEdit(LoginDialog)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirmEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.newPinLabel = QLabel(LoginDialog)
        self.newPinLabel.setObjectName(u"newPinLabel")
        self.newPinLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.newPinLabel)

        self.errorLabel = QLabel(LoginDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(LoginDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.staffComboLabel.setBuddy(self.staffCombo)
        self.pinEditLabel.setBuddy(self.pinEdit)
        self.confirmEditLabel.setBuddy(self.confirmEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LoginDialog)

        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Log in \u2014 SalonDesk", None))
        self.staffComboLabel.setText(QCoreApplication.translate("LoginDialog", u"Staff &member:", None))
        self.pinEditLabel.setText(QCoreApplication.translate("LoginDialog", u"&PIN:", None))
        self.confirmEditLabel.setText(QCoreApplication.translate("LoginDialog", u"PIN &again:", None))
    # retranslateUi

