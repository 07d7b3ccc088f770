# Generated from forms/training_dialog.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'training_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_TrainingDialog(object):
    def setupUi(self, TrainingDialog):
        if not TrainingDialog.objectName():
            TrainingDialog.setObjectName(u"TrainingDialog")
        TrainingDialog.resize(640, 480)
        self.mainLayout = QVBoxLayout(TrainingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.dateEditLabel = QLabel(TrainingDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(TrainingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.topicEditLabel = QLabel(TrainingDialog)
        self.topicEditLabel.setObjectName(u"topicEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.topicEditLabel)

        self.topicEdit = QLineEdit(TrainingDialog)
        self.topicEdit.setObjectName(u"topicEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.topicEdit)

        self.trainerEditLabel = QLabel(TrainingDialog)
        self.trainerEditLabel.setObjectName(u"trainerEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.trainerEditLabel)

        self.trainerEdit = QLineEdit(TrainingDialog)
        self.trainerEdit.setObjectName(u"trainerEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.trainerEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.attendeesLabel = QLabel(TrainingDialog)
        self.attendeesLabel.setObjectName(u"attendeesLabel")

        self.mainLayout.addWidget(self.attendeesLabel)

        self.attendeesTable = QTableWidget(TrainingDialog)
        self.attendeesTable.setObjectName(u"attendeesTable")

        self.mainLayout.addWidget(self.attendeesTable)

        self.errorLabel = QLabel(TrainingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(TrainingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.topicEditLabel.setBuddy(self.topicEdit)
        self.trainerEditLabel.setBuddy(self.trainerEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TrainingDialog)

        QMetaObject.connectSlotsByName(TrainingDialog)
    # setupUi

    def retranslateUi(self, TrainingDialog):
        TrainingDialog.setWindowTitle(QCoreApplication.translate("TrainingDialog", u"Training session", None))
        self.dateEditLabel.setText(QCoreApplication.translate("TrainingDialog", u"&Date:", None))
        self.topicEditLabel.setText(QCoreApplication.translate("TrainingDialog", u"&Topic:", None))
        self.trainerEditLabel.setText(QCoreApplication.translate("TrainingDialog", u"T&rainer:", None))
        self.attendeesLabel.setText(QCoreApplication.translate("TrainingDialog", u"Attendees (tick who attended; set their assessment result and their own rating 1\u20135):", None))
    # retranslateUi

