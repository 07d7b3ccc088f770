# Generated from forms/equipment_edit.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'equipment_edit.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_EquipmentEditDialog(object):
    def setupUi(self, EquipmentEditDialog):
        if not EquipmentEditDialog.objectName():
            EquipmentEditDialog.setObjectName(u"EquipmentEditDialog")
        EquipmentEditDialog.resize(520, 560)
        EquipmentEditDialog.setWindowTitle(u"EquipmentEditDialog")
        self.mainLayout = QVBoxLayout(EquipmentEditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameEditLabel = QLabel(EquipmentEditDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")
        self.nameEditLabel.setText(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(EquipmentEditDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.categoryEditLabel = QLabel(EquipmentEditDialog)
        self.categoryEditLabel.setObjectName(u"categoryEditLabel")
        self.categoryEditLabel.setText(u"categoryEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryEditLabel)

        self.categoryEdit = QLineEdit(EquipmentEditDialog)
        self.categoryEdit.setObjectName(u"categoryEdit")
        self.categoryEdit.setMaxLength(60)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryEdit)

        self.locationEditLabel = QLabel(EquipmentEditDialog)
        self.locationEditLabel.setObjectName(u"locationEditLabel")
        self.locationEditLabel.setText(u"locationEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.locationEditLabel)

        self.locationEdit = QLineEdit(EquipmentEditDialog)
        self.locationEdit.setObjectName(u"locationEdit")
        self.locationEdit.setMaxLength(80)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.stationComboLabel = QLabel(EquipmentEditDialog)
        self.stationComboLabel.setObjectName(u"stationComboLabel")
        self.stationComboLabel.setText(u"stationCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stationComboLabel)

        self.stationCombo = QComboBox(EquipmentEditDialog)
        self.stationCombo.setObjectName(u"stationCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stationCombo)

        self.manufacturerEditLabel = QLabel(EquipmentEditDialog)
        self.manufacturerEditLabel.setObjectName(u"manufacturerEditLabel")
        self.manufacturerEditLabel.setText(u"manufacturerEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.manufacturerEditLabel)

        self.manufacturerEdit = QLineEdit(EquipmentEditDialog)
        self.manufacturerEdit.setObjectName(u"manufacturerEdit")
        self.manufacturerEdit.setMaxLength(80)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.manufacturerEdit)

        self.modelEditLabel = QLabel(EquipmentEditDialog)
        self.modelEditLabel.setObjectName(u"modelEditLabel")
        self.modelEditLabel.setText(u"modelEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.modelEditLabel)

        self.modelEdit = QLineEdit(EquipmentEditDialog)
        self.modelEdit.setObjectName(u"modelEdit")
        self.modelEdit.setMaxLength(80)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.modelEdit)

        self.serialEditLabel = QLabel(EquipmentEditDialog)
        self.serialEditLabel.setObjectName(u"serialEditLabel")
        self.serialEditLabel.setText(u"serialEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.serialEditLabel)

        self.serialEdit = QLineEdit(EquipmentEditDialog)
        self.serialEdit.setObjectName(u"serialEdit")
        self.serialEdit.setMaxLength(80)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.serialEdit)

        self.purchaseDateEditLabel = QLabel(EquipmentEditDialog)
        self.purchaseDateEditLabel.setObjectName(u"purchaseDateEditLabel")
        self.purchaseDateEditLabel.setText(u"purchaseDateEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.purchaseDateEditLabel)

        self.purchaseDateEdit = QDateEdit(EquipmentEditDialog)
        self.purchaseDateEdit.setObjectName(u"purchaseDateEdit")
        self.purchaseDateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.purchaseDateEdit)

        self.inServiceDateEditLabel = QLabel(EquipmentEditDialog)
        self.inServiceDateEditLabel.setObjectName(u"inServiceDateEditLabel")
        self.inServiceDateEditLabel.setText(u"inServiceDateEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.inServiceDateEditLabel)

        self.inServiceDateEdit = QDateEdit(EquipmentEditDialog)
        self.inServiceDateEdit.setObjectName(u"inServiceDateEdit")
        self.inServiceDateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.inServiceDateEdit)

        self.warrantyEndEditLabel = QLabel(EquipmentEditDialog)
        self.warrantyEndEditLabel.setObjectName(u"warrantyEndEditLabel")
        self.warrantyEndEditLabel.setText(u"warrantyEndEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.warrantyEndEditLabel)

        self.warrantyEndEdit = QDateEdit(EquipmentEditDialog)
        self.warrantyEndEdit.setObjectName(u"warrantyEndEdit")
        self.warrantyEndEdit.setCalendarPopup(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.warrantyEndEdit)

        self.supplierEditLabel = QLabel(EquipmentEditDialog)
        self.supplierEditLabel.setObjectName(u"supplierEditLabel")
        self.supplierEditLabel.setText(u"supplierEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.supplierEditLabel)

        self.supplierEdit = QLineEdit(EquipmentEditDialog)
        self.supplierEdit.setObjectName(u"supplierEdit")
        self.supplierEdit.setMaxLength(120)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.supplierEdit)

        self.supplierContactEditLabel = QLabel(EquipmentEditDialog)
        self.supplierContactEditLabel.setObjectName(u"supplierContactEditLabel")
        self.supplierContactEditLabel.setText(u"supplierContactEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.supplierContactEditLabel)

        self.supplierContactEdit = QLineEdit(EquipmentEditDialog)
        self.supplierContactEdit.setObjectName(u"supplierContactEdit")
        self.supplierContactEdit.setMaxLength(120)

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.supplierContactEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(EquipmentEditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EquipmentEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.categoryEditLabel.setBuddy(self.categoryEdit)
        self.locationEditLabel.setBuddy(self.locationEdit)
        self.stationComboLabel.setBuddy(self.stationCombo)
        self.manufacturerEditLabel.setBuddy(self.manufacturerEdit)
        self.modelEditLabel.setBuddy(self.modelEdit)
        self.serialEditLabel.setBuddy(self.serialEdit)
        self.purchaseDateEditLabel.setBuddy(self.purchaseDateEdit)
        self.inServiceDateEditLabel.setBuddy(self.inServiceDateEdit)
        self.warrantyEndEditLabel.setBuddy(self.warrantyEndEdit)
        self.supplierEditLabel.setBuddy(self.supplierEdit)
        self.supplierContactEditLabel.setBuddy(self.supplierContactEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EquipmentEditDialog)

        QMetaObject.connectSlotsByName(EquipmentEditDialog)
    # setupUi

    def retranslateUi(self, EquipmentEditDialog):
        pass
    # retranslateUi

