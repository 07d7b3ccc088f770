# Generated from forms/complaint_entry.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'complaint_entry.ui'
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
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ComplaintEntryDialog(object):
    def setupUi(self, ComplaintEntryDialog):
        if not ComplaintEntryDialog.objectName():
            ComplaintEntryDialog.setObjectName(u"ComplaintEntryDialog")
        ComplaintEntryDialog.resize(520, 420)
        self.mainLayout = QVBoxLayout(ComplaintEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(ComplaintEntryDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.headerLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.methodLabel = QLabel(ComplaintEntryDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(ComplaintEntryDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.remedyLabel = QLabel(ComplaintEntryDialog)
        self.remedyLabel.setObjectName(u"remedyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.remedyLabel)

        self.remedyCombo = QComboBox(ComplaintEntryDialog)
        self.remedyCombo.setObjectName(u"remedyCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.remedyCombo)

        self.outcomeLabel = QLabel(ComplaintEntryDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(ComplaintEntryDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.amountLabel = QLabel(ComplaintEntryDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountSpin = QDoubleSpinBox(ComplaintEntryDialog)
        self.amountSpin.setObjectName(u"amountSpin")
        self.amountSpin.setMaximum(99999.990000000005239)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amountSpin)

        self.satisfactionLabel = QLabel(ComplaintEntryDialog)
        self.satisfactionLabel.setObjectName(u"satisfactionLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.satisfactionLabel)

        self.satisfactionCombo = QComboBox(ComplaintEntryDialog)
        self.satisfactionCombo.setObjectName(u"satisfactionCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.satisfactionCombo)

        self.fileLabel = QLabel(ComplaintEntryDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ComplaintEntryDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.fileButton = QPushButton(ComplaintEntryDialog)
        self.fileButton.setObjectName(u"fileButton")

        self.fileRow.addWidget(self.fileButton)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.correctsLabel = QLabel(ComplaintEntryDialog)
        self.correctsLabel.setObjectName(u"correctsLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.correctsLabel)

        self.correctsCombo = QComboBox(ComplaintEntryDialog)
        self.correctsCombo.setObjectName(u"correctsCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.correctsCombo)

        self.textLabel = QLabel(ComplaintEntryDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(ComplaintEntryDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.pinLabel = QLabel(ComplaintEntryDialog)
        self.pinLabel.setObjectName(u"pinLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinEdit = QLineEdit(ComplaintEntryDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.pinEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ComplaintEntryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ComplaintEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.methodLabel.setBuddy(self.methodCombo)
        self.remedyLabel.setBuddy(self.remedyCombo)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.amountLabel.setBuddy(self.amountSpin)
        self.satisfactionLabel.setBuddy(self.satisfactionCombo)
        self.fileLabel.setBuddy(self.fileButton)
        self.correctsLabel.setBuddy(self.correctsCombo)
        self.textLabel.setBuddy(self.textEdit)
        self.pinLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ComplaintEntryDialog)

        QMetaObject.connectSlotsByName(ComplaintEntryDialog)
    # setupUi

    def retranslateUi(self, ComplaintEntryDialog):
        ComplaintEntryDialog.setWindowTitle(QCoreApplication.translate("ComplaintEntryDialog", u"Complaint entry", None))
        self.methodLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"&How:", None))
        self.remedyLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"&Remedy:", None))
        self.outcomeLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"&Outcome:", None))
        self.amountLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"&Amount:", None))
        self.satisfactionLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"&Satisfaction:", None))
        self.fileLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"&File:", None))
        self.fileButton.setText(QCoreApplication.translate("ComplaintEntryDialog", u"C&hoose\u2026", None))
        self.correctsLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"&Corrects:", None))
        self.textLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"&Notes:", None))
        self.pinLabel.setText(QCoreApplication.translate("ComplaintEntryDialog", u"Your &PIN:", None))
    # retranslateUi

