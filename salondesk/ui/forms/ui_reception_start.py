# Generated from forms/reception_start.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_start.ui'
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

class Ui_ReceptionStartDialog(object):
    def setupUi(self, ReceptionStartDialog):
        if not ReceptionStartDialog.objectName():
            ReceptionStartDialog.setObjectName(u"ReceptionStartDialog")
        ReceptionStartDialog.resize(460, 300)
        ReceptionStartDialog.setWindowTitle(u"Start service")
        self.mainLayout = QVBoxLayout(ReceptionStartDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.customerLabel = QLabel(ReceptionStartDialog)
        self.customerLabel.setObjectName(u"customerLabel")
        self.customerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.customerLabel)

        self.warningLabel = QLabel(ReceptionStartDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.staffComboLabel = QLabel(ReceptionStartDialog)
        self.staffComboLabel.setObjectName(u"staffComboLabel")
        self.staffComboLabel.setText(u"Technician")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staffComboLabel)

        self.staffCombo = QComboBox(ReceptionStartDialog)
        self.staffCombo.setObjectName(u"staffCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.staffCombo)

        self.serviceComboLabel = QLabel(ReceptionStartDialog)
        self.serviceComboLabel.setObjectName(u"serviceComboLabel")
        self.serviceComboLabel.setText(u"Service")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.serviceComboLabel)

        self.serviceCombo = QComboBox(ReceptionStartDialog)
        self.serviceCombo.setObjectName(u"serviceCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.serviceCombo)

        self.reasonEditLabel = QLabel(ReceptionStartDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")
        self.reasonEditLabel.setText(u"Reason")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QLineEdit(ReceptionStartDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.certificateLabel = QLabel(ReceptionStartDialog)
        self.certificateLabel.setObjectName(u"certificateLabel")
        self.certificateLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.certificateLabel)

        self.buttonBox = QDialogButtonBox(ReceptionStartDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.staffComboLabel.setBuddy(self.staffCombo)
        self.serviceComboLabel.setBuddy(self.serviceCombo)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionStartDialog)

        QMetaObject.connectSlotsByName(ReceptionStartDialog)
    # setupUi

    def retranslateUi(self, ReceptionStartDialog):
        pass
    # retranslateUi

