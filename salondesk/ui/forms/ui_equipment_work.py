# Generated from forms/equipment_work.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'equipment_work.ui'
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
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_EquipmentWorkDialog(object):
    def setupUi(self, EquipmentWorkDialog):
        if not EquipmentWorkDialog.objectName():
            EquipmentWorkDialog.setObjectName(u"EquipmentWorkDialog")
        EquipmentWorkDialog.resize(520, 420)
        EquipmentWorkDialog.setWindowTitle(u"EquipmentWorkDialog")
        self.mainLayout = QVBoxLayout(EquipmentWorkDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(EquipmentWorkDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.mainLayout.addWidget(self.headerLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.taskComboLabel = QLabel(EquipmentWorkDialog)
        self.taskComboLabel.setObjectName(u"taskComboLabel")
        self.taskComboLabel.setText(u"taskCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.taskComboLabel)

        self.taskCombo = QComboBox(EquipmentWorkDialog)
        self.taskCombo.setObjectName(u"taskCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.taskCombo)

        self.resultComboLabel = QLabel(EquipmentWorkDialog)
        self.resultComboLabel.setObjectName(u"resultComboLabel")
        self.resultComboLabel.setText(u"resultCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.resultComboLabel)

        self.resultCombo = QComboBox(EquipmentWorkDialog)
        self.resultCombo.setObjectName(u"resultCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resultCombo)

        self.partsEditLabel = QLabel(EquipmentWorkDialog)
        self.partsEditLabel.setObjectName(u"partsEditLabel")
        self.partsEditLabel.setText(u"partsEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.partsEditLabel)

        self.partsEdit = QLineEdit(EquipmentWorkDialog)
        self.partsEdit.setObjectName(u"partsEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.partsEdit)

        self.costEditLabel = QLabel(EquipmentWorkDialog)
        self.costEditLabel.setObjectName(u"costEditLabel")
        self.costEditLabel.setText(u"costEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.costEditLabel)

        self.costEdit = QLineEdit(EquipmentWorkDialog)
        self.costEdit.setObjectName(u"costEdit")
        self.costEdit.setMaxLength(20)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.costEdit)

        self.notesEditLabel = QLabel(EquipmentWorkDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")
        self.notesEditLabel.setText(u"notesEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(EquipmentWorkDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.signerComboLabel = QLabel(EquipmentWorkDialog)
        self.signerComboLabel.setObjectName(u"signerComboLabel")
        self.signerComboLabel.setText(u"signerCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.signerComboLabel)

        self.signerCombo = QComboBox(EquipmentWorkDialog)
        self.signerCombo.setObjectName(u"signerCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.signerCombo)

        self.pinEditLabel = QLabel(EquipmentWorkDialog)
        self.pinEditLabel.setObjectName(u"pinEditLabel")
        self.pinEditLabel.setText(u"pinEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.pinEditLabel)

        self.pinEdit = QLineEdit(EquipmentWorkDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.pinEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(EquipmentWorkDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EquipmentWorkDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.taskComboLabel.setBuddy(self.taskCombo)
        self.resultComboLabel.setBuddy(self.resultCombo)
        self.partsEditLabel.setBuddy(self.partsEdit)
        self.costEditLabel.setBuddy(self.costEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
        self.signerComboLabel.setBuddy(self.signerCombo)
        self.pinEditLabel.setBuddy(self.pinEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EquipmentWorkDialog)

        QMetaObject.connectSlotsByName(EquipmentWorkDialog)
    # setupUi

    def retranslateUi(self, EquipmentWorkDialog):
        pass
    # retranslateUi

