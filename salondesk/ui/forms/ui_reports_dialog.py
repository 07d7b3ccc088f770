# Generated from forms/reports_dialog.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_dialog.ui'
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

class Ui_CloseMonthDialog(object):
    def setupUi(self, CloseMonthDialog):
        if not CloseMonthDialog.objectName():
            CloseMonthDialog.setObjectName(u"CloseMonthDialog")
        CloseMonthDialog.resize(460, 220)
        self.mainLayout = QVBoxLayout(CloseMonthDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(CloseMonthDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.pinEditLabel = QLabel(CloseMonthDialog)
        self.pinEditLabel.setObjectName(u"pinEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pinEditLabel)

        self.pinEdit = QLineEdit(CloseMonthDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pinEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CloseMonthDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CloseMonthDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.pinEditLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CloseMonthDialog)

        QMetaObject.connectSlotsByName(CloseMonthDialog)
    # setupUi

    def retranslateUi(self, CloseMonthDialog):
        CloseMonthDialog.setWindowTitle(QCoreApplication.translate("CloseMonthDialog", u"Close month", None))
        self.pinEditLabel.setText(QCoreApplication.translate("CloseMonthDialog", u"Owner's &PIN:", None))
    # retranslateUi

