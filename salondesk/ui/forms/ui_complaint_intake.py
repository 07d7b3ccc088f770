# Generated from forms/complaint_intake.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_intake.ui'
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
    QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ComplaintIntakeDialog(object):
    def setupUi(self, ComplaintIntakeDialog):
        if not ComplaintIntakeDialog.objectName():
            ComplaintIntakeDialog.setObjectName(u"ComplaintIntakeDialog")
        ComplaintIntakeDialog.resize(640, 640)
        self.mainLayout = QVBoxLayout(ComplaintIntakeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.channelLabel = QLabel(ComplaintIntakeDialog)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(ComplaintIntakeDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.customerLabel = QLabel(ComplaintIntakeDialog)
        self.customerLabel.setObjectName(u"customerLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.customerLabel)

        self.customerLayout = QVBoxLayout()
        self.customerLayout.setObjectName(u"customerLayout")
        self.visitRow = QHBoxLayout()
        self.visitRow.setObjectName(u"visitRow")
        self.visitLabel = QLabel(ComplaintIntakeDialog)
        self.visitLabel.setObjectName(u"visitLabel")

        self.visitRow.addWidget(self.visitLabel)

        self.visitCombo = QComboBox(ComplaintIntakeDialog)
        self.visitCombo.setObjectName(u"visitCombo")

        self.visitRow.addWidget(self.visitCombo)


        self.customerLayout.addLayout(self.visitRow)

        self.customerRow = QHBoxLayout()
        self.customerRow.setObjectName(u"customerRow")
        self.customerNameEdit = QLineEdit(ComplaintIntakeDialog)
        self.customerNameEdit.setObjectName(u"customerNameEdit")

        self.customerRow.addWidget(self.customerNameEdit)

        self.customerPhoneEdit = QLineEdit(ComplaintIntakeDialog)
        self.customerPhoneEdit.setObjectName(u"customerPhoneEdit")

        self.customerRow.addWidget(self.customerPhoneEdit)


        self.customerLayout.addLayout(self.customerRow)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.customerLayout)

        self.categoryLabel = QLabel(ComplaintIntakeDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(ComplaintIntakeDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.severityLabel = QLabel(ComplaintIntakeDialog)
        self.severityLabel.setObjectName(u"severityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.severityLabel)

        self.severityRow = QHBoxLayout()
        self.severityRow.setObjectName(u"severityRow")
        self.severityCombo = QComboBox(ComplaintIntakeDialog)
        self.severityCombo.setObjectName(u"severityCombo")

        self.severityRow.addWidget(self.severityCombo)

        self.healthSafetyCheck = QCheckBox(ComplaintIntakeDialog)
        self.healthSafetyCheck.setObjectName(u"healthSafetyCheck")

        self.severityRow.addWidget(self.healthSafetyCheck)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.severityRow)

        self.technicianLabel = QLabel(ComplaintIntakeDialog)
        self.technicianLabel.setObjectName(u"technicianLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.technicianLabel)

        self.technicianCombo = QComboBox(ComplaintIntakeDialog)
        self.technicianCombo.setObjectName(u"technicianCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.technicianCombo)

        self.serviceLabel = QLabel(ComplaintIntakeDialog)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.serviceEdit = QLineEdit(ComplaintIntakeDialog)
        self.serviceEdit.setObjectName(u"serviceEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.serviceEdit)

        self.productLabel = QLabel(ComplaintIntakeDialog)
        self.productLabel.setObjectName(u"productLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.productLabel)

        self.productRow = QHBoxLayout()
        self.productRow.setObjectName(u"productRow")
        self.productEdit = QLineEdit(ComplaintIntakeDialog)
        self.productEdit.setObjectName(u"productEdit")

        self.productRow.addWidget(self.productEdit)

        self.batchEdit = QLineEdit(ComplaintIntakeDialog)
        self.batchEdit.setObjectName(u"batchEdit")

        self.productRow.addWidget(self.batchEdit)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.productRow)

        self.purchaseLabel = QLabel(ComplaintIntakeDialog)
        self.purchaseLabel.setObjectName(u"purchaseLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.purchaseLabel)

        self.purchaseDateEdit = QDateEdit(ComplaintIntakeDialog)
        self.purchaseDateEdit.setObjectName(u"purchaseDateEdit")
        self.purchaseDateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.purchaseDateEdit)

        self.descriptionLabel = QLabel(ComplaintIntakeDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ComplaintIntakeDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.wantedLabel = QLabel(ComplaintIntakeDialog)
        self.wantedLabel.setObjectName(u"wantedLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.wantedLabel)

        self.wantedEdit = QLineEdit(ComplaintIntakeDialog)
        self.wantedEdit.setObjectName(u"wantedEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.wantedEdit)

        self.receivedLabel = QLabel(ComplaintIntakeDialog)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedLayout = QVBoxLayout()
        self.receivedLayout.setObjectName(u"receivedLayout")
        self.receivedRow = QHBoxLayout()
        self.receivedRow.setObjectName(u"receivedRow")
        self.earlierCheck = QCheckBox(ComplaintIntakeDialog)
        self.earlierCheck.setObjectName(u"earlierCheck")

        self.receivedRow.addWidget(self.earlierCheck)

        self.receivedEdit = QDateTimeEdit(ComplaintIntakeDialog)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setCalendarPopup(True)

        self.receivedRow.addWidget(self.receivedEdit)


        self.receivedLayout.addLayout(self.receivedRow)

        self.reasonEdit = QLineEdit(ComplaintIntakeDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.receivedLayout.addWidget(self.reasonEdit)


        self.formLayout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.receivedLayout)

        self.pinLabel = QLabel(ComplaintIntakeDialog)
        self.pinLabel.setObjectName(u"pinLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(ComplaintIntakeDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.pinEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ComplaintIntakeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ComplaintIntakeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.channelLabel.setBuddy(self.channelCombo)
        self.customerLabel.setBuddy(self.customerNameEdit)
        self.visitLabel.setBuddy(self.visitCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.severityLabel.setBuddy(self.severityCombo)
        self.technicianLabel.setBuddy(self.technicianCombo)
        self.serviceLabel.setBuddy(self.serviceEdit)
        self.productLabel.setBuddy(self.productEdit)
        self.purchaseLabel.setBuddy(self.purchaseDateEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.wantedLabel.setBuddy(self.wantedEdit)
        self.pinLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.channelCombo, self.customerNameEdit)
        QWidget.setTabOrder(self.customerNameEdit, self.customerPhoneEdit)
        QWidget.setTabOrder(self.customerPhoneEdit, self.visitCombo)
        QWidget.setTabOrder(self.visitCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.severityCombo)
        QWidget.setTabOrder(self.severityCombo, self.healthSafetyCheck)
        QWidget.setTabOrder(self.healthSafetyCheck, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.wantedEdit)
        QWidget.setTabOrder(self.wantedEdit, self.technicianCombo)
        QWidget.setTabOrder(self.technicianCombo, self.serviceEdit)
        QWidget.setTabOrder(self.serviceEdit, self.productEdit)
        QWidget.setTabOrder(self.productEdit, self.batchEdit)
        QWidget.setTabOrder(self.batchEdit, self.purchaseDateEdit)
        QWidget.setTabOrder(self.purchaseDateEdit, self.earlierCheck)
        QWidget.setTabOrder(self.earlierCheck, self.receivedEdit)
        QWidget.setTabOrder(self.receivedEdit, self.reasonEdit)

        self.retranslateUi(ComplaintIntakeDialog)

        QMetaObject.connectSlotsByName(ComplaintIntakeDialog)
    # setupUi

    def retranslateUi(self, ComplaintIntakeDialog):
        ComplaintIntakeDialog.setWindowTitle(QCoreApplication.translate("ComplaintIntakeDialog", u"New complaint", None))
        self.channelLabel.setText(QCoreApplication.translate("ComplaintIntakeDialog", u"Cha&nnel:", None))
        self.customerLabel.setText(QCoreApplication.translate("ComplaintIntakeDialog", u"C&ustomer:", None))
        self.visitLabel.setText(QCoreApplication.translate("ComplaintIntakeDialog", u"V&isit:", None))
        self.customerNameEdit.setPlaceholderText(QCoreApplication.translate("ComplaintIntakeDialog", u"Name (not registered)", None))
        self.customerPhoneEdit.setPlaceholderText(QCoreApplication.translate("ComplaintIntakeDialog", u"Phone", None))
        self.categoryLabel.setText(QCoreApplication.translate("ComplaintIntakeDialog", u"C&ategory:", None))
        self.severityLabel.setText(QCoreApplication.translate("ComplaintIntakeDialog", u"Se&verity:", None))
        self.healthSafetyCheck.setText(QCoreApplication.translate("ComplaintIntakeDialog", u"&Health or safety issue (critical, tell the owner now)", None))
        self.technicianLabel.setText(QCoreApplication.translate("ComplaintIntakeDialog", u"Te&chnician:", None))
        self.serviceLabel.setText(QCoreApplication.translate("ComplaintIntakeDialog", u"Se&rvice:", None))
        self.serviceEdit.setPlaceholderText(QCoreApplication.translate("ComplaintIntakeDialog", u"Which service, if known", None))
        self.productLabel.setText(QCoreApplication.translate("ComplaintIntakeDialog", u"&Product:", None))
        self.productEdit.setPlaceholderText(QCoreApplication.translate("ComplaintIntakeDialog", u"Product name", None))
        self.batchEdit.setPlaceholderText(QCoreApplication.translate("ComplaintIntakeDialog", u"Batch number", None))
        self.purchaseLabel.setText(QCoreApplication.translate("ComplaintIntakeDialog", u"Purchase &date:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ComplaintIntakeDialog", u"&What happened:", None))
        self.wantedLabel.setText(QCoreApplication.translate("ComplaintIntakeDialog", u"What the cust&omer wants:", None))
        self.receivedLabel.setText(QCoreApplication.translate("ComplaintIntakeDialog", u"Received:", None))
        self.earlierCheck.setText(QCoreApplication.translate("ComplaintIntakeDialog", u"Arrived &earlier (e.g. overnight message):", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ComplaintIntakeDialog", u"Why it is recorded later than it arrived", None))
        self.pinLabel.setText(QCoreApplication.translate("ComplaintIntakeDialog", u"PIN to si&gn:", None))
    # retranslateUi

