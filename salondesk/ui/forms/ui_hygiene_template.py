# Generated from forms/hygiene_template.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hygiene_template.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_HygieneTemplateDialog(object):
    def setupUi(self, HygieneTemplateDialog):
        if not HygieneTemplateDialog.objectName():
            HygieneTemplateDialog.setObjectName(u"HygieneTemplateDialog")
        HygieneTemplateDialog.resize(900, 560)
        HygieneTemplateDialog.setWindowTitle(u"HygieneTemplateDialog")
        self.mainLayout = QVBoxLayout(HygieneTemplateDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLabel = QLabel(HygieneTemplateDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setStyleSheet(u"font-size: 13pt; font-weight: 600;")

        self.mainLayout.addWidget(self.headerLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameEnEditLabel = QLabel(HygieneTemplateDialog)
        self.nameEnEditLabel.setObjectName(u"nameEnEditLabel")
        self.nameEnEditLabel.setText(u"nameEnEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEnEditLabel)

        self.nameEnEdit = QLineEdit(HygieneTemplateDialog)
        self.nameEnEdit.setObjectName(u"nameEnEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEnEdit)

        self.nameZhEditLabel = QLabel(HygieneTemplateDialog)
        self.nameZhEditLabel.setObjectName(u"nameZhEditLabel")
        self.nameZhEditLabel.setText(u"nameZhEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameZhEditLabel)

        self.nameZhEdit = QLineEdit(HygieneTemplateDialog)
        self.nameZhEdit.setObjectName(u"nameZhEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameZhEdit)

        self.frequencyComboLabel = QLabel(HygieneTemplateDialog)
        self.frequencyComboLabel.setObjectName(u"frequencyComboLabel")
        self.frequencyComboLabel.setText(u"frequencyCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.frequencyComboLabel)

        self.frequencyCombo = QComboBox(HygieneTemplateDialog)
        self.frequencyCombo.setObjectName(u"frequencyCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.frequencyCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.itemsTable = QTableWidget(HygieneTemplateDialog)
        self.itemsTable.setObjectName(u"itemsTable")

        self.mainLayout.addWidget(self.itemsTable)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.addItemButton = QPushButton(HygieneTemplateDialog)
        self.addItemButton.setObjectName(u"addItemButton")
        self.addItemButton.setText(u"+")

        self.itemButtons.addWidget(self.addItemButton)

        self.removeItemButton = QPushButton(HygieneTemplateDialog)
        self.removeItemButton.setObjectName(u"removeItemButton")
        self.removeItemButton.setText(u"-")

        self.itemButtons.addWidget(self.removeItemButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.spacer)


        self.mainLayout.addLayout(self.itemButtons)

        self.errorLabel = QLabel(HygieneTemplateDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(HygieneTemplateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEnEditLabel.setBuddy(self.nameEnEdit)
        self.nameZhEditLabel.setBuddy(self.nameZhEdit)
        self.frequencyComboLabel.setBuddy(self.frequencyCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HygieneTemplateDialog)

        QMetaObject.connectSlotsByName(HygieneTemplateDialog)
    # setupUi

    def retranslateUi(self, HygieneTemplateDialog):
        pass
    # retranslateUi

