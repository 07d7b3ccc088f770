# Generated from forms/evidence_viewer.ui by scripts/build_forms.py (make forms). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_viewer.ui'
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
    QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_EvidenceViewerDialog(object):
    def setupUi(self, EvidenceViewerDialog):
        if not EvidenceViewerDialog.objectName():
            EvidenceViewerDialog.setObjectName(u"EvidenceViewerDialog")
        EvidenceViewerDialog.resize(900, 640)
        EvidenceViewerDialog.setWindowTitle(u"EvidenceViewerDialog")
        self.mainLayout = QVBoxLayout(EvidenceViewerDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.infoLabel = QLabel(EvidenceViewerDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.mainLayout.addWidget(self.infoLabel)

        self.toolLayout = QHBoxLayout()
        self.toolLayout.setObjectName(u"toolLayout")
        self.zoomOutButton = QPushButton(EvidenceViewerDialog)
        self.zoomOutButton.setObjectName(u"zoomOutButton")
        self.zoomOutButton.setText(u"zoomOut")

        self.toolLayout.addWidget(self.zoomOutButton)

        self.zoomInButton = QPushButton(EvidenceViewerDialog)
        self.zoomInButton.setObjectName(u"zoomInButton")
        self.zoomInButton.setText(u"zoomIn")

        self.toolLayout.addWidget(self.zoomInButton)

        self.fitButton = QPushButton(EvidenceViewerDialog)
        self.fitButton.setObjectName(u"fitButton")
        self.fitButton.setText(u"fit")

        self.toolLayout.addWidget(self.fitButton)

        self.actualButton = QPushButton(EvidenceViewerDialog)
        self.actualButton.setObjectName(u"actualButton")
        self.actualButton.setText(u"actual")

        self.toolLayout.addWidget(self.actualButton)

        self.zoomLabel = QLabel(EvidenceViewerDialog)
        self.zoomLabel.setObjectName(u"zoomLabel")
        self.zoomLabel.setMinimumWidth(60)

        self.toolLayout.addWidget(self.zoomLabel)

        self.toolSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolLayout.addItem(self.toolSpacer)

        self.saveButton = QPushButton(EvidenceViewerDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setText(u"save")

        self.toolLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.toolLayout)

        self.pageArea = QScrollArea(EvidenceViewerDialog)
        self.pageArea.setObjectName(u"pageArea")
        self.pageArea.setWidgetResizable(True)
        self.pageHost = QWidget()
        self.pageHost.setObjectName(u"pageHost")
        self.pageLayout = QVBoxLayout(self.pageHost)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setAlignment(Qt.AlignHCenter|Qt.AlignTop)
        self.pageArea.setWidget(self.pageHost)

        self.mainLayout.addWidget(self.pageArea)

        self.errorLabel = QLabel(EvidenceViewerDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #b3261e;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(EvidenceViewerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(EvidenceViewerDialog)

        QMetaObject.connectSlotsByName(EvidenceViewerDialog)
    # setupUi

    def retranslateUi(self, EvidenceViewerDialog):
        pass
    # retranslateUi

