# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'diversity_share_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

from dass_desktop.ui.date_field import TypedDateEdit

class Ui_DiversityShareDialog(object):
    def setupUi(self, DiversityShareDialog):
        if not DiversityShareDialog.objectName():
            DiversityShareDialog.setObjectName(u"DiversityShareDialog")
        DiversityShareDialog.resize(500, 300)
        DiversityShareDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(DiversityShareDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.subjectLabel = QLabel(DiversityShareDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectCombo = QComboBox(DiversityShareDialog)
        self.subjectCombo.setObjectName(u"subjectCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.subjectCombo)

        self.dimensionLabel = QLabel(DiversityShareDialog)
        self.dimensionLabel.setObjectName(u"dimensionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dimensionLabel)

        self.dimensionCombo = QComboBox(DiversityShareDialog)
        self.dimensionCombo.setObjectName(u"dimensionCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dimensionCombo)

        self.groupLabel = QLabel(DiversityShareDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(DiversityShareDialog)
        self.groupCombo.setObjectName(u"groupCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.asOfLabel = QLabel(DiversityShareDialog)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.asOfLabel)

        self.asOfEdit = TypedDateEdit(DiversityShareDialog)
        self.asOfEdit.setObjectName(u"asOfEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.asOfEdit)

        self.percentLabel = QLabel(DiversityShareDialog)
        self.percentLabel.setObjectName(u"percentLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.percentLabel)

        self.percentSpin = QDoubleSpinBox(DiversityShareDialog)
        self.percentSpin.setObjectName(u"percentSpin")
        self.percentSpin.setDecimals(1)
        self.percentSpin.setMaximum(100.000000000000000)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.percentSpin)

        self.sourceLabel = QLabel(DiversityShareDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceEdit = QLineEdit(DiversityShareDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sourceEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorText = QLabel(DiversityShareDialog)
        self.errorText.setObjectName(u"errorText")
        self.errorText.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorText)

        self.buttons = QDialogButtonBox(DiversityShareDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.subjectLabel.setBuddy(self.subjectCombo)
        self.dimensionLabel.setBuddy(self.dimensionCombo)
        self.groupLabel.setBuddy(self.groupCombo)
        self.asOfLabel.setBuddy(self.asOfEdit)
        self.percentLabel.setBuddy(self.percentSpin)
        self.sourceLabel.setBuddy(self.sourceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DiversityShareDialog)

        QMetaObject.connectSlotsByName(DiversityShareDialog)
    # setupUi

    def retranslateUi(self, DiversityShareDialog):
        DiversityShareDialog.setWindowTitle(QCoreApplication.translate("DiversityShareDialog", u"Add a diversity share", None))
        self.subjectLabel.setText(QCoreApplication.translate("DiversityShareDialog", u"Share &of", None))
        self.dimensionLabel.setText(QCoreApplication.translate("DiversityShareDialog", u"C&haracteristic", None))
        self.groupLabel.setText(QCoreApplication.translate("DiversityShareDialog", u"&Group", None))
        self.asOfLabel.setText(QCoreApplication.translate("DiversityShareDialog", u"&As at", None))
        self.asOfEdit.setDisplayFormat(QCoreApplication.translate("DiversityShareDialog", u"MMM yyyy", None))
        self.percentLabel.setText(QCoreApplication.translate("DiversityShareDialog", u"&Share (%)", None))
        self.percentSpin.setSuffix(QCoreApplication.translate("DiversityShareDialog", u"%", None))
        self.sourceLabel.setText(QCoreApplication.translate("DiversityShareDialog", u"So&urce", None))
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("DiversityShareDialog", u"e.g. HR system, or Census 2021", None))
        self.errorText.setText("")
    # retranslateUi

