# Generated from forms/hygiene_run.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hygiene_run.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_HygieneRunDialog(object):
    def setupUi(self, HygieneRunDialog):
        if not HygieneRunDialog.objectName():
            HygieneRunDialog.setObjectName(u"HygieneRunDialog")
        HygieneRunDialog.resize(900, 660)
        HygieneRunDialog.setWindowTitle(u"HygieneRunDialog")
        self.mainLayout = QVBoxLayout(HygieneRunDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(HygieneRunDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.mainLayout.addWidget(self.headerLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.technicianComboLabel = QLabel(HygieneRunDialog)
        self.technicianComboLabel.setObjectName(u"technicianComboLabel")
        self.technicianComboLabel.setText(u"technicianCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.technicianComboLabel)

        self.technicianCombo = QComboBox(HygieneRunDialog)
        self.technicianCombo.setObjectName(u"technicianCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.technicianCombo)

        self.stationComboLabel = QLabel(HygieneRunDialog)
        self.stationComboLabel.setObjectName(u"stationComboLabel")
        self.stationComboLabel.setText(u"stationCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stationComboLabel)

        self.stationCombo = QComboBox(HygieneRunDialog)
        self.stationCombo.setObjectName(u"stationCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stationCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.allPassLayout = QHBoxLayout()
        self.allPassLayout.setObjectName(u"allPassLayout")
        self.allPassButton = QPushButton(HygieneRunDialog)
        self.allPassButton.setObjectName(u"allPassButton")
        self.allPassButton.setText(u"allPass")

        self.allPassLayout.addWidget(self.allPassButton)

        self.allPassHint = QLabel(HygieneRunDialog)
        self.allPassHint.setObjectName(u"allPassHint")
        self.allPassHint.setWordWrap(True)

        self.allPassLayout.addWidget(self.allPassHint)

        self.allPassSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.allPassLayout.addItem(self.allPassSpacer)


        self.mainLayout.addLayout(self.allPassLayout)

        self.itemsScroll = QScrollArea(HygieneRunDialog)
        self.itemsScroll.setObjectName(u"itemsScroll")
        self.itemsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.itemsScroll.setWidgetResizable(True)
        self.itemsContainer = QWidget()
        self.itemsContainer.setObjectName(u"itemsContainer")
        self.itemsLayout = QVBoxLayout(self.itemsContainer)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsScroll.setWidget(self.itemsContainer)

        self.mainLayout.addWidget(self.itemsScroll)

        self.signLayout = QFormLayout()
        self.signLayout.setObjectName(u"signLayout")
        self.lateReasonEditLabel = QLabel(HygieneRunDialog)
        self.lateReasonEditLabel.setObjectName(u"lateReasonEditLabel")
        self.lateReasonEditLabel.setText(u"late")

        self.signLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lateReasonEditLabel)

        self.lateReasonEdit = QLineEdit(HygieneRunDialog)
        self.lateReasonEdit.setObjectName(u"lateReasonEdit")

        self.signLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lateReasonEdit)

        self.correctionReasonEditLabel = QLabel(HygieneRunDialog)
        self.correctionReasonEditLabel.setObjectName(u"correctionReasonEditLabel")
        self.correctionReasonEditLabel.setText(u"corr")

        self.signLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.correctionReasonEditLabel)

        self.correctionReasonEdit = QLineEdit(HygieneRunDialog)
        self.correctionReasonEdit.setObjectName(u"correctionReasonEdit")

        self.signLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.correctionReasonEdit)

        self.noteEditLabel = QLabel(HygieneRunDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")
        self.noteEditLabel.setText(u"note")

        self.signLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(HygieneRunDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.signLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.pinEditLabel = QLabel(HygieneRunDialog)
        self.pinEditLabel.setObjectName(u"pinEditLabel")
        self.pinEditLabel.setText(u"pin")

        self.signLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pinEditLabel)

        self.pinEdit = QLineEdit(HygieneRunDialog)
        self.pinEdit.setObjectName(u"pinEdit")
        self.pinEdit.setEchoMode(QLineEdit.Password)

        self.signLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pinEdit)


        self.mainLayout.addLayout(self.signLayout)

        self.errorLabel = QLabel(HygieneRunDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(HygieneRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.technicianComboLabel.setBuddy(self.technicianCombo)
        self.stationComboLabel.setBuddy(self.stationCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HygieneRunDialog)

        QMetaObject.connectSlotsByName(HygieneRunDialog)
    # setupUi

    def retranslateUi(self, HygieneRunDialog):
        pass
    # retranslateUi

