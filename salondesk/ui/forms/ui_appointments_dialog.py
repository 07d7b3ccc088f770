# Generated from forms/appointments_dialog.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'appointments_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QSpinBox, QTimeEdit,
    QVBoxLayout, QWidget)

class Ui_AppointmentDialog(object):
    def setupUi(self, AppointmentDialog):
        if not AppointmentDialog.objectName():
            AppointmentDialog.setObjectName(u"AppointmentDialog")
        AppointmentDialog.resize(520, 440)
        self.mainLayout = QVBoxLayout(AppointmentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.customerLabel = QLabel(AppointmentDialog)
        self.customerLabel.setObjectName(u"customerLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.customerLabel)

        self.customerSearch = QLineEdit(AppointmentDialog)
        self.customerSearch.setObjectName(u"customerSearch")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.customerSearch)

        self.customerList = QListWidget(AppointmentDialog)
        self.customerList.setObjectName(u"customerList")
        self.customerList.setMaximumSize(QSize(16777215, 96))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.customerList)

        self.guestLabel = QLabel(AppointmentDialog)
        self.guestLabel.setObjectName(u"guestLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.guestLabel)

        self.guestLayout = QHBoxLayout()
        self.guestLayout.setObjectName(u"guestLayout")
        self.guestName = QLineEdit(AppointmentDialog)
        self.guestName.setObjectName(u"guestName")

        self.guestLayout.addWidget(self.guestName)

        self.guestPhone = QLineEdit(AppointmentDialog)
        self.guestPhone.setObjectName(u"guestPhone")

        self.guestLayout.addWidget(self.guestPhone)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.guestLayout)

        self.warningBanner = QLabel(AppointmentDialog)
        self.warningBanner.setObjectName(u"warningBanner")
        self.warningBanner.setStyleSheet(u"background:#fde4e2;color:#b3261e;font-weight:bold;padding:4px;")
        self.warningBanner.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.warningBanner)

        self.serviceLabel = QLabel(AppointmentDialog)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.serviceBox = QComboBox(AppointmentDialog)
        self.serviceBox.setObjectName(u"serviceBox")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.serviceBox)

        self.staffLabel = QLabel(AppointmentDialog)
        self.staffLabel.setObjectName(u"staffLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.staffLabel)

        self.staffBox = QComboBox(AppointmentDialog)
        self.staffBox.setObjectName(u"staffBox")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.staffBox)

        self.whenLabel = QLabel(AppointmentDialog)
        self.whenLabel.setObjectName(u"whenLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenLayout = QHBoxLayout()
        self.whenLayout.setObjectName(u"whenLayout")
        self.dateEdit = QDateEdit(AppointmentDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.whenLayout.addWidget(self.dateEdit)

        self.timeEdit = QTimeEdit(AppointmentDialog)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setDisplayFormat(u"HH:mm")

        self.whenLayout.addWidget(self.timeEdit)

        self.durationSpin = QSpinBox(AppointmentDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(5)
        self.durationSpin.setMaximum(720)
        self.durationSpin.setSingleStep(15)
        self.durationSpin.setValue(60)

        self.whenLayout.addWidget(self.durationSpin)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.whenLayout)

        self.stationLabel = QLabel(AppointmentDialog)
        self.stationLabel.setObjectName(u"stationLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.stationLabel)

        self.stationBox = QComboBox(AppointmentDialog)
        self.stationBox.setObjectName(u"stationBox")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.stationBox)

        self.notesLabel = QLabel(AppointmentDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(AppointmentDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.repeatCheck = QCheckBox(AppointmentDialog)
        self.repeatCheck.setObjectName(u"repeatCheck")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.repeatCheck)

        self.repeatLayout = QHBoxLayout()
        self.repeatLayout.setObjectName(u"repeatLayout")
        self.everyLabel = QLabel(AppointmentDialog)
        self.everyLabel.setObjectName(u"everyLabel")

        self.repeatLayout.addWidget(self.everyLabel)

        self.everySpin = QSpinBox(AppointmentDialog)
        self.everySpin.setObjectName(u"everySpin")
        self.everySpin.setMinimum(1)
        self.everySpin.setMaximum(52)
        self.everySpin.setValue(4)

        self.repeatLayout.addWidget(self.everySpin)

        self.timesSpin = QSpinBox(AppointmentDialog)
        self.timesSpin.setObjectName(u"timesSpin")
        self.timesSpin.setMinimum(2)
        self.timesSpin.setMaximum(52)
        self.timesSpin.setValue(6)

        self.repeatLayout.addWidget(self.timesSpin)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.repeatLayout)


        self.mainLayout.addLayout(self.form)

        self.problemLabel = QLabel(AppointmentDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color:#b3261e;")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

        self.overrideEdit = QLineEdit(AppointmentDialog)
        self.overrideEdit.setObjectName(u"overrideEdit")

        self.mainLayout.addWidget(self.overrideEdit)

        self.buttonBox = QDialogButtonBox(AppointmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.customerLabel.setBuddy(self.customerSearch)
        self.guestLabel.setBuddy(self.guestName)
        self.serviceLabel.setBuddy(self.serviceBox)
        self.staffLabel.setBuddy(self.staffBox)
        self.whenLabel.setBuddy(self.dateEdit)
        self.stationLabel.setBuddy(self.stationBox)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AppointmentDialog)

        QMetaObject.connectSlotsByName(AppointmentDialog)
    # setupUi

    def retranslateUi(self, AppointmentDialog):
        AppointmentDialog.setWindowTitle(QCoreApplication.translate("AppointmentDialog", u"Appointment", None))
        self.customerLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&Customer:", None))
        self.customerSearch.setPlaceholderText(QCoreApplication.translate("AppointmentDialog", u"Phone tail, name or pinyin initials", None))
        self.guestLabel.setText(QCoreApplication.translate("AppointmentDialog", u"Or guest:", None))
        self.guestName.setPlaceholderText(QCoreApplication.translate("AppointmentDialog", u"Name", None))
        self.guestPhone.setPlaceholderText(QCoreApplication.translate("AppointmentDialog", u"Phone", None))
        self.serviceLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&Service:", None))
        self.staffLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&Technician:", None))
        self.whenLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&When:", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("AppointmentDialog", u" min", None))
        self.stationLabel.setText(QCoreApplication.translate("AppointmentDialog", u"St&ation:", None))
        self.notesLabel.setText(QCoreApplication.translate("AppointmentDialog", u"&Notes:", None))
        self.repeatCheck.setText(QCoreApplication.translate("AppointmentDialog", u"&Repeat", None))
        self.everyLabel.setText(QCoreApplication.translate("AppointmentDialog", u"every", None))
        self.everySpin.setSuffix(QCoreApplication.translate("AppointmentDialog", u" weeks", None))
        self.timesSpin.setSuffix(QCoreApplication.translate("AppointmentDialog", u" times", None))
        self.overrideEdit.setPlaceholderText(QCoreApplication.translate("AppointmentDialog", u"Reason for overriding the rule (kept in the audit trail)", None))
    # retranslateUi

