# Generated from forms/reception_finish.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_finish.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReceptionFinishDialog(object):
    def setupUi(self, ReceptionFinishDialog):
        if not ReceptionFinishDialog.objectName():
            ReceptionFinishDialog.setObjectName(u"ReceptionFinishDialog")
        ReceptionFinishDialog.resize(520, 380)
        ReceptionFinishDialog.setWindowTitle(u"Finish service")
        self.mainLayout = QVBoxLayout(ReceptionFinishDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.customerLabel = QLabel(ReceptionFinishDialog)
        self.customerLabel.setObjectName(u"customerLabel")
        self.customerLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.customerLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.workEditLabel = QLabel(ReceptionFinishDialog)
        self.workEditLabel.setObjectName(u"workEditLabel")
        self.workEditLabel.setText(u"Work done")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.workEditLabel)

        self.workEdit = QLineEdit(ReceptionFinishDialog)
        self.workEdit.setObjectName(u"workEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.workEdit)

        self.productsEditLabel = QLabel(ReceptionFinishDialog)
        self.productsEditLabel.setObjectName(u"productsEditLabel")
        self.productsEditLabel.setText(u"Products / colour formula")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.productsEditLabel)

        self.productsEdit = QPlainTextEdit(ReceptionFinishDialog)
        self.productsEdit.setObjectName(u"productsEdit")
        self.productsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.productsEdit)

        self.notesEditLabel = QLabel(ReceptionFinishDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")
        self.notesEditLabel.setText(u"Notes")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(ReceptionFinishDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ReceptionFinishDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReceptionFinishDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.workEditLabel.setBuddy(self.workEdit)
        self.productsEditLabel.setBuddy(self.productsEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceptionFinishDialog)

        QMetaObject.connectSlotsByName(ReceptionFinishDialog)
    # setupUi

    def retranslateUi(self, ReceptionFinishDialog):
        pass
    # retranslateUi

