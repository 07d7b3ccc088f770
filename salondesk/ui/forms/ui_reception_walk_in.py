# Generated from forms/reception_walk_in.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_walk_in.ui'
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
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ReceptionWalkInDialog(object):
    def setupUi(self, ReceptionWalkInDialog):
        if not ReceptionWalkInDialog.objectName():
            ReceptionWalkInDialog.setObjectName(u"ReceptionWalkInDialog")
        ReceptionWalkInDialog.resize(520, 440)
        ReceptionWalkInDialog.setWindowTitle(u"Walk-in")
        self.mainLayout = QVBoxLayout(ReceptionWalkInDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.searchLabel = QLabel(ReceptionWalkInDialog)
        self.searchLabel.setObjectName(u"searchLabel")
        self.searchLabel.setText(u"Find customer")

        self.mainLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(ReceptionWalkInDialog)
        self.searchEdit.setObjectName(u"searchEdit")

        self.mainLayout.addWidget(self.searchEdit)

        self.hitList = QListWidget(ReceptionWalkInDialog)
        self.hitList.setObjectName(u"hitList")
        self.hitList.setMinimumSize(QSize(0, 120))

        self.mainLayout.addWidget(self.hitList)

        self.chosenLabel = QLabel(ReceptionWalkInDialog)
        self.chosenLabel.setObjectName(u"chosenLabel")
        self.chosenLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.chosenLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameEditLabel = QLabel(ReceptionWalkInDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")
        self.nameEditLabel.setText(u"Name")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(ReceptionWalkInDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.phoneEditLabel = QLabel(ReceptionWalkInDialog)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")
        self.phoneEditLabel.setText(u"Phone")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(ReceptionWalkInDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.serviceComboLabel = QLabel(ReceptionWalkInDialog)
        self.serviceComboLabel.setObjectName(u"serviceComboLabel")
        self.serviceComboLabel.setText(u"Service")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serviceComboLabel)

        self.serviceCombo = QComboBox(ReceptionWalkInDialog)
        self.serviceCombo.setObjectName(u"serviceCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.serviceCombo)

        self.staffComboLabel = QLabel(ReceptionWalkInDialog)
        self.staffComboLabel.setObjectName(u"staffComboLabel")
        self.staffComboLabel.setText(u"Technician")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.staffComboLabel)

        self.staffCombo = QComboBox(ReceptionWalkInDialog)
        self.staffCombo.setObjectName(u"staffCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.staffCombo)

        self.noteEditLabel = QLabel(ReceptionWalkInDialog)
        self.noteEditLabel.setObjectName(u"noteEditLabel")
        self.noteEditLabel.setText(u"Note")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteEditLabel)

        self.noteEdit = QLineEdit(ReceptionWalkInDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ReceptionWalkInDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReceptionWalkInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
        self.serviceComboLabel.setBuddy(self.serviceCombo)
        self.staffComboLabel.setBuddy(self.staffCombo)
        self.noteEditLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionWalkInDialog)

        QMetaObject.connectSlotsByName(ReceptionWalkInDialog)
    # setupUi

    def retranslateUi(self, ReceptionWalkInDialog):
        pass
    # retranslateUi

