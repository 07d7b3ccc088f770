# Generated from forms/equipment_fault.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'equipment_fault.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_EquipmentFaultDialog(object):
    def setupUi(self, EquipmentFaultDialog):
        if not EquipmentFaultDialog.objectName():
            EquipmentFaultDialog.setObjectName(u"EquipmentFaultDialog")
        EquipmentFaultDialog.resize(480, 300)
        EquipmentFaultDialog.setWindowTitle(u"EquipmentFaultDialog")
        self.mainLayout = QVBoxLayout(EquipmentFaultDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(EquipmentFaultDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.mainLayout.addWidget(self.headerLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.assetComboLabel = QLabel(EquipmentFaultDialog)
        self.assetComboLabel.setObjectName(u"assetComboLabel")
        self.assetComboLabel.setText(u"assetCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assetComboLabel)

        self.assetCombo = QComboBox(EquipmentFaultDialog)
        self.assetCombo.setObjectName(u"assetCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assetCombo)

        self.descriptionEditLabel = QLabel(EquipmentFaultDialog)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")
        self.descriptionEditLabel.setText(u"descriptionEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionEditLabel)

        self.descriptionEdit = QPlainTextEdit(EquipmentFaultDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.outOfServiceCheckLabel = QLabel(EquipmentFaultDialog)
        self.outOfServiceCheckLabel.setObjectName(u"outOfServiceCheckLabel")
        self.outOfServiceCheckLabel.setText(u"outOfServiceCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outOfServiceCheckLabel)

        self.outOfServiceCheck = QCheckBox(EquipmentFaultDialog)
        self.outOfServiceCheck.setObjectName(u"outOfServiceCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outOfServiceCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(EquipmentFaultDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EquipmentFaultDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.assetComboLabel.setBuddy(self.assetCombo)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
        self.outOfServiceCheckLabel.setBuddy(self.outOfServiceCheck)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EquipmentFaultDialog)

        QMetaObject.connectSlotsByName(EquipmentFaultDialog)
    # setupUi

    def retranslateUi(self, EquipmentFaultDialog):
        pass
    # retranslateUi

