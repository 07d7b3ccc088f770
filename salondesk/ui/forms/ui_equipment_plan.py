# Generated from forms/equipment_plan.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'equipment_plan.ui'
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
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_EquipmentPlanDialog(object):
    def setupUi(self, EquipmentPlanDialog):
        if not EquipmentPlanDialog.objectName():
            EquipmentPlanDialog.setObjectName(u"EquipmentPlanDialog")
        EquipmentPlanDialog.resize(420, 200)
        EquipmentPlanDialog.setWindowTitle(u"EquipmentPlanDialog")
        self.mainLayout = QVBoxLayout(EquipmentPlanDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(EquipmentPlanDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.mainLayout.addWidget(self.headerLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.kindComboLabel = QLabel(EquipmentPlanDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")
        self.kindComboLabel.setText(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(EquipmentPlanDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.intervalSpinLabel = QLabel(EquipmentPlanDialog)
        self.intervalSpinLabel.setObjectName(u"intervalSpinLabel")
        self.intervalSpinLabel.setText(u"intervalSpin")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.intervalSpinLabel)

        self.intervalSpin = QSpinBox(EquipmentPlanDialog)
        self.intervalSpin.setObjectName(u"intervalSpin")
        self.intervalSpin.setMinimum(1)
        self.intervalSpin.setMaximum(3660)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.intervalSpin)

        self.firstDueEditLabel = QLabel(EquipmentPlanDialog)
        self.firstDueEditLabel.setObjectName(u"firstDueEditLabel")
        self.firstDueEditLabel.setText(u"firstDueEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstDueEditLabel)

        self.firstDueEdit = QDateEdit(EquipmentPlanDialog)
        self.firstDueEdit.setObjectName(u"firstDueEdit")
        self.firstDueEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstDueEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(EquipmentPlanDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EquipmentPlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.intervalSpinLabel.setBuddy(self.intervalSpin)
        self.firstDueEditLabel.setBuddy(self.firstDueEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EquipmentPlanDialog)

        QMetaObject.connectSlotsByName(EquipmentPlanDialog)
    # setupUi

    def retranslateUi(self, EquipmentPlanDialog):
        pass
    # retranslateUi

