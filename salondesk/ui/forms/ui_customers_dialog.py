# Generated from forms/customers_dialog.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'customers_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CustomerDialog(object):
    def setupUi(self, CustomerDialog):
        if not CustomerDialog.objectName():
            CustomerDialog.setObjectName(u"CustomerDialog")
        CustomerDialog.resize(520, 640)
        self.mainLayout = QVBoxLayout(CustomerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameEditLabel = QLabel(CustomerDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(CustomerDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.mobileEditLabel = QLabel(CustomerDialog)
        self.mobileEditLabel.setObjectName(u"mobileEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mobileEditLabel)

        self.mobileEdit = QLineEdit(CustomerDialog)
        self.mobileEdit.setObjectName(u"mobileEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mobileEdit)

        self.otherPhoneEditLabel = QLabel(CustomerDialog)
        self.otherPhoneEditLabel.setObjectName(u"otherPhoneEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.otherPhoneEditLabel)

        self.otherPhoneEdit = QLineEdit(CustomerDialog)
        self.otherPhoneEdit.setObjectName(u"otherPhoneEdit")
        self.otherPhoneEdit.setMaxLength(40)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.otherPhoneEdit)

        self.genderComboLabel = QLabel(CustomerDialog)
        self.genderComboLabel.setObjectName(u"genderComboLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.genderComboLabel)

        self.genderCombo = QComboBox(CustomerDialog)
        self.genderCombo.setObjectName(u"genderCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.birthdayEditLabel = QLabel(CustomerDialog)
        self.birthdayEditLabel.setObjectName(u"birthdayEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.birthdayEditLabel)

        self.birthdayEdit = QLineEdit(CustomerDialog)
        self.birthdayEdit.setObjectName(u"birthdayEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.birthdayEdit)

        self.memberEditLabel = QLabel(CustomerDialog)
        self.memberEditLabel.setObjectName(u"memberEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.memberEditLabel)

        self.memberEdit = QLineEdit(CustomerDialog)
        self.memberEdit.setObjectName(u"memberEdit")
        self.memberEdit.setMaxLength(40)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.memberEdit)

        self.tagsEditLabel = QLabel(CustomerDialog)
        self.tagsEditLabel.setObjectName(u"tagsEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.tagsEditLabel)

        self.tagsEdit = QLineEdit(CustomerDialog)
        self.tagsEdit.setObjectName(u"tagsEdit")
        self.tagsEdit.setMaxLength(400)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.tagsEdit)

        self.referralEditLabel = QLabel(CustomerDialog)
        self.referralEditLabel.setObjectName(u"referralEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.referralEditLabel)

        self.referralEdit = QLineEdit(CustomerDialog)
        self.referralEdit.setObjectName(u"referralEdit")
        self.referralEdit.setMaxLength(120)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.referralEdit)

        self.notesEditLabel = QLabel(CustomerDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(CustomerDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.consentBox = QGroupBox(CustomerDialog)
        self.consentBox.setObjectName(u"consentBox")
        self.consentLayout = QVBoxLayout(self.consentBox)
        self.consentLayout.setObjectName(u"consentLayout")
        self.privacyCheck = QCheckBox(self.consentBox)
        self.privacyCheck.setObjectName(u"privacyCheck")

        self.consentLayout.addWidget(self.privacyCheck)

        self.marketingCheck = QCheckBox(self.consentBox)
        self.marketingCheck.setObjectName(u"marketingCheck")

        self.consentLayout.addWidget(self.marketingCheck)

        self.consentInfo = QLabel(self.consentBox)
        self.consentInfo.setObjectName(u"consentInfo")
        self.consentInfo.setWordWrap(True)

        self.consentLayout.addWidget(self.consentInfo)


        self.mainLayout.addWidget(self.consentBox)

        self.healthBox = QGroupBox(CustomerDialog)
        self.healthBox.setObjectName(u"healthBox")
        self.healthLayout = QVBoxLayout(self.healthBox)
        self.healthLayout.setObjectName(u"healthLayout")
        self.healthCheck = QCheckBox(self.healthBox)
        self.healthCheck.setObjectName(u"healthCheck")

        self.healthLayout.addWidget(self.healthCheck)

        self.healthForm = QFormLayout()
        self.healthForm.setObjectName(u"healthForm")
        self.allergiesEditLabel = QLabel(self.healthBox)
        self.allergiesEditLabel.setObjectName(u"allergiesEditLabel")

        self.healthForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.allergiesEditLabel)

        self.allergiesEdit = QLineEdit(self.healthBox)
        self.allergiesEdit.setObjectName(u"allergiesEdit")

        self.healthForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.allergiesEdit)

        self.skinEditLabel = QLabel(self.healthBox)
        self.skinEditLabel.setObjectName(u"skinEditLabel")

        self.healthForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.skinEditLabel)

        self.skinEdit = QLineEdit(self.healthBox)
        self.skinEdit.setObjectName(u"skinEdit")

        self.healthForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.skinEdit)

        self.contraEditLabel = QLabel(self.healthBox)
        self.contraEditLabel.setObjectName(u"contraEditLabel")

        self.healthForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contraEditLabel)

        self.contraEdit = QLineEdit(self.healthBox)
        self.contraEdit.setObjectName(u"contraEdit")

        self.healthForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contraEdit)


        self.healthLayout.addLayout(self.healthForm)


        self.mainLayout.addWidget(self.healthBox)

        self.errorLabel = QLabel(CustomerDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CustomerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.mobileEditLabel.setBuddy(self.mobileEdit)
        self.otherPhoneEditLabel.setBuddy(self.otherPhoneEdit)
        self.genderComboLabel.setBuddy(self.genderCombo)
        self.birthdayEditLabel.setBuddy(self.birthdayEdit)
        self.memberEditLabel.setBuddy(self.memberEdit)
        self.tagsEditLabel.setBuddy(self.tagsEdit)
        self.referralEditLabel.setBuddy(self.referralEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
        self.allergiesEditLabel.setBuddy(self.allergiesEdit)
        self.skinEditLabel.setBuddy(self.skinEdit)
        self.contraEditLabel.setBuddy(self.contraEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CustomerDialog)

        QMetaObject.connectSlotsByName(CustomerDialog)
    # setupUi

    def retranslateUi(self, CustomerDialog):
        CustomerDialog.setWindowTitle(QCoreApplication.translate("CustomerDialog", u"Customer file", None))
        self.nameEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Name:", None))
        self.mobileEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Mobile:", None))
        self.otherPhoneEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Other phone:", None))
        self.genderComboLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Gender:", None))
        self.birthdayEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Birthday:", None))
        self.memberEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"Membe&r no.:", None))
        self.tagsEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Tags:", None))
        self.referralEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&How they found us:", None))
        self.notesEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"Not&es:", None))
        self.consentBox.setTitle(QCoreApplication.translate("CustomerDialog", u"Consent", None))
        self.privacyCheck.setText(QCoreApplication.translate("CustomerDialog", u"Has read and accepted the &privacy notice", None))
        self.marketingCheck.setText(QCoreApplication.translate("CustomerDialog", u"Agrees to rece&ive marketing messages", None))
        self.healthBox.setTitle(QCoreApplication.translate("CustomerDialog", u"Health and safety (sensitive)", None))
        self.healthCheck.setText(QCoreApplication.translate("CustomerDialog", u"The customer gives separate consent to keep health &data", None))
        self.allergiesEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Allergies:", None))
        self.skinEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"S&kin/scalp conditions:", None))
        self.contraEditLabel.setText(QCoreApplication.translate("CustomerDialog", u"&Contraindications:", None))
    # retranslateUi

