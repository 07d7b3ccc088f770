# Generated from forms/equipment_status.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'equipment_status.ui'
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

class Ui_EquipmentStatusDialog(object):
    def setupUi(self, EquipmentStatusDialog):
        if not EquipmentStatusDialog.objectName():
            EquipmentStatusDialog.setObjectName(u"EquipmentStatusDialog")
        EquipmentStatusDialog.resize(420, 200)
        EquipmentStatusDialog.setWindowTitle(u"EquipmentStatusDialog")
        self.mainLayout = QVBoxLayout(EquipmentStatusDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(EquipmentStatusDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.mainLayout.addWidget(self.headerLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.statusComboLabel = QLabel(EquipmentStatusDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")
        self.statusComboLabel.setText(u"statusCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(EquipmentStatusDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.reasonEditLabel = QLabel(EquipmentStatusDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")
        self.reasonEditLabel.setText(u"reasonEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QLineEdit(EquipmentStatusDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(EquipmentStatusDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EquipmentStatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EquipmentStatusDialog)

        QMetaObject.connectSlotsByName(EquipmentStatusDialog)
    # setupUi

    def retranslateUi(self, EquipmentStatusDialog):
        pass
    # retranslateUi

