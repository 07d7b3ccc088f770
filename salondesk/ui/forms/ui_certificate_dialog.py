# Generated from forms/certificate_dialog.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'certificate_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CertificateDialog(object):
    def setupUi(self, CertificateDialog):
        if not CertificateDialog.objectName():
            CertificateDialog.setObjectName(u"CertificateDialog")
        CertificateDialog.resize(420, 260)
        self.mainLayout = QVBoxLayout(CertificateDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindComboLabel = QLabel(CertificateDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(CertificateDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.numberEditLabel = QLabel(CertificateDialog)
        self.numberEditLabel.setObjectName(u"numberEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberEditLabel)

        self.numberEdit = QLineEdit(CertificateDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.fromEditLabel = QLabel(CertificateDialog)
        self.fromEditLabel.setObjectName(u"fromEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fromEditLabel)

        self.fromEdit = QDateEdit(CertificateDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.openEndCheckLabel = QLabel(CertificateDialog)
        self.openEndCheckLabel.setObjectName(u"openEndCheckLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.openEndCheckLabel)

        self.openEndCheck = QCheckBox(CertificateDialog)
        self.openEndCheck.setObjectName(u"openEndCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.openEndCheck)

        self.untilEditLabel = QLabel(CertificateDialog)
        self.untilEditLabel.setObjectName(u"untilEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.untilEditLabel)

        self.untilEdit = QDateEdit(CertificateDialog)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.untilEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CertificateDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CertificateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.numberEditLabel.setBuddy(self.numberEdit)
        self.fromEditLabel.setBuddy(self.fromEdit)
        self.openEndCheckLabel.setBuddy(self.openEndCheck)
        self.untilEditLabel.setBuddy(self.untilEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CertificateDialog)

        QMetaObject.connectSlotsByName(CertificateDialog)
    # setupUi

    def retranslateUi(self, CertificateDialog):
        CertificateDialog.setWindowTitle(QCoreApplication.translate("CertificateDialog", u"Certificate", None))
        self.kindComboLabel.setText(QCoreApplication.translate("CertificateDialog", u"&Kind:", None))
        self.numberEditLabel.setText(QCoreApplication.translate("CertificateDialog", u"&Number:", None))
        self.fromEditLabel.setText(QCoreApplication.translate("CertificateDialog", u"Valid &from:", None))
        self.openEndCheckLabel.setText("")
        self.openEndCheck.setText(QCoreApplication.translate("CertificateDialog", u"No expiry date", None))
        self.untilEditLabel.setText(QCoreApplication.translate("CertificateDialog", u"Valid &until:", None))
    # retranslateUi

