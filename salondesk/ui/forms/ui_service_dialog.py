# Generated from forms/service_dialog.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'service_dialog.ui'
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
    QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ServiceDialog(object):
    def setupUi(self, ServiceDialog):
        if not ServiceDialog.objectName():
            ServiceDialog.setObjectName(u"ServiceDialog")
        ServiceDialog.resize(460, 520)
        self.mainLayout = QVBoxLayout(ServiceDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(ServiceDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ServiceDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(120)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameZhLabel = QLabel(ServiceDialog)
        self.nameZhLabel.setObjectName(u"nameZhLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameZhLabel)

        self.nameZhEdit = QLineEdit(ServiceDialog)
        self.nameZhEdit.setObjectName(u"nameZhEdit")
        self.nameZhEdit.setMaxLength(120)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameZhEdit)

        self.categoryLabel = QLabel(ServiceDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryBox = QComboBox(ServiceDialog)
        self.categoryBox.setObjectName(u"categoryBox")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryBox)

        self.durationLabel = QLabel(ServiceDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(ServiceDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(5)
        self.durationSpin.setMaximum(720)
        self.durationSpin.setSingleStep(5)
        self.durationSpin.setValue(60)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.bufferLabel = QLabel(ServiceDialog)
        self.bufferLabel.setObjectName(u"bufferLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bufferLabel)

        self.bufferLayout = QHBoxLayout()
        self.bufferLayout.setObjectName(u"bufferLayout")
        self.bufferSpin = QSpinBox(ServiceDialog)
        self.bufferSpin.setObjectName(u"bufferSpin")
        self.bufferSpin.setMaximum(240)
        self.bufferSpin.setSingleStep(5)

        self.bufferLayout.addWidget(self.bufferSpin)

        self.holdsBox = QComboBox(ServiceDialog)
        self.holdsBox.setObjectName(u"holdsBox")

        self.bufferLayout.addWidget(self.holdsBox)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.bufferLayout)

        self.priceLabel = QLabel(ServiceDialog)
        self.priceLabel.setObjectName(u"priceLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.priceLabel)

        self.priceSpin = QDoubleSpinBox(ServiceDialog)
        self.priceSpin.setObjectName(u"priceSpin")
        self.priceSpin.setPrefix(u"\u00a5 ")
        self.priceSpin.setMaximum(99999.000000000000000)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.priceSpin)

        self.certificateLabel = QLabel(ServiceDialog)
        self.certificateLabel.setObjectName(u"certificateLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.certificateLabel)

        self.certificateBox = QComboBox(ServiceDialog)
        self.certificateBox.setObjectName(u"certificateBox")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.certificateBox)

        self.stationLabel = QLabel(ServiceDialog)
        self.stationLabel.setObjectName(u"stationLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.stationLabel)

        self.stationBox = QComboBox(ServiceDialog)
        self.stationBox.setObjectName(u"stationBox")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.stationBox)

        self.patchCheck = QCheckBox(ServiceDialog)
        self.patchCheck.setObjectName(u"patchCheck")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.patchCheck)

        self.equipmentLabel = QLabel(ServiceDialog)
        self.equipmentLabel.setObjectName(u"equipmentLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.equipmentLabel)

        self.equipmentList = QListWidget(ServiceDialog)
        self.equipmentList.setObjectName(u"equipmentList")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.equipmentList)


        self.mainLayout.addLayout(self.form)

        self.problemLabel = QLabel(ServiceDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color:#b3261e;")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ServiceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.nameZhLabel.setBuddy(self.nameZhEdit)
        self.categoryLabel.setBuddy(self.categoryBox)
        self.durationLabel.setBuddy(self.durationSpin)
        self.bufferLabel.setBuddy(self.bufferSpin)
        self.priceLabel.setBuddy(self.priceSpin)
        self.certificateLabel.setBuddy(self.certificateBox)
        self.stationLabel.setBuddy(self.stationBox)
        self.equipmentLabel.setBuddy(self.equipmentList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ServiceDialog)

        QMetaObject.connectSlotsByName(ServiceDialog)
    # setupUi

    def retranslateUi(self, ServiceDialog):
        ServiceDialog.setWindowTitle(QCoreApplication.translate("ServiceDialog", u"Service", None))
        self.nameLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Name:", None))
        self.nameZhLabel.setText(QCoreApplication.translate("ServiceDialog", u"Name in &Chinese:", None))
        self.categoryLabel.setText(QCoreApplication.translate("ServiceDialog", u"C&ategory:", None))
        self.durationLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Duration:", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("ServiceDialog", u" min", None))
        self.bufferLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Buffer after:", None))
        self.bufferSpin.setSuffix(QCoreApplication.translate("ServiceDialog", u" min", None))
        self.priceLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Price:", None))
        self.certificateLabel.setText(QCoreApplication.translate("ServiceDialog", u"Certi&ficate needed:", None))
        self.stationLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Station kind:", None))
        self.patchCheck.setText(QCoreApplication.translate("ServiceDialog", u"Needs a valid patch &test (colour)", None))
        self.equipmentLabel.setText(QCoreApplication.translate("ServiceDialog", u"&Equipment needed:", None))
    # retranslateUi

