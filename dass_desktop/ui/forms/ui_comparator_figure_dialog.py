# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'comparator_figure_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

from dass_desktop.ui.date_field import TypedDateEdit

class Ui_ComparatorFigureDialog(object):
    def setupUi(self, ComparatorFigureDialog):
        if not ComparatorFigureDialog.objectName():
            ComparatorFigureDialog.setObjectName(u"ComparatorFigureDialog")
        ComparatorFigureDialog.resize(560, 400)
        ComparatorFigureDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ComparatorFigureDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ComparatorFigureDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(ComparatorFigureDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.areaRow = QHBoxLayout()
        self.areaRow.setObjectName(u"areaRow")
        self.kindCombo = QComboBox(ComparatorFigureDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.areaRow.addWidget(self.kindCombo)

        self.areaCombo = QComboBox(ComparatorFigureDialog)
        self.areaCombo.setObjectName(u"areaCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.areaCombo.sizePolicy().hasHeightForWidth())
        self.areaCombo.setSizePolicy(sizePolicy)

        self.areaRow.addWidget(self.areaCombo)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.areaRow)

        self.metricLabel = QLabel(ComparatorFigureDialog)
        self.metricLabel.setObjectName(u"metricLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.metricLabel)

        self.metricCombo = QComboBox(ComparatorFigureDialog)
        self.metricCombo.setObjectName(u"metricCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.metricCombo)

        self.periodLabel = QLabel(ComparatorFigureDialog)
        self.periodLabel.setObjectName(u"periodLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.periodLabel)

        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.periodEdit = QLineEdit(ComparatorFigureDialog)
        self.periodEdit.setObjectName(u"periodEdit")

        self.periodRow.addWidget(self.periodEdit)

        self.periodEndLabel = QLabel(ComparatorFigureDialog)
        self.periodEndLabel.setObjectName(u"periodEndLabel")

        self.periodRow.addWidget(self.periodEndLabel)

        self.periodEndEdit = TypedDateEdit(ComparatorFigureDialog)
        self.periodEndEdit.setObjectName(u"periodEndEdit")

        self.periodRow.addWidget(self.periodEndEdit)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.periodRow)

        self.valueLabel = QLabel(ComparatorFigureDialog)
        self.valueLabel.setObjectName(u"valueLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueEdit = QLineEdit(ComparatorFigureDialog)
        self.valueEdit.setObjectName(u"valueEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.valueEdit)

        self.coversLabel = QLabel(ComparatorFigureDialog)
        self.coversLabel.setObjectName(u"coversLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.coversLabel)

        self.coversEdit = QLineEdit(ComparatorFigureDialog)
        self.coversEdit.setObjectName(u"coversEdit")
        self.coversEdit.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.coversEdit)

        self.sourceLabel = QLabel(ComparatorFigureDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceEdit = QLineEdit(ComparatorFigureDialog)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sourceEdit)

        self.yearLabel = QLabel(ComparatorFigureDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearSpin = QSpinBox(ComparatorFigureDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(1999)
        self.yearSpin.setMaximum(2100)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.yearSpin)


        self.dialogLayout.addLayout(self.form)

        self.errorText = QLabel(ComparatorFigureDialog)
        self.errorText.setObjectName(u"errorText")
        self.errorText.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorText)

        self.buttons = QDialogButtonBox(ComparatorFigureDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.metricLabel.setBuddy(self.metricCombo)
        self.periodLabel.setBuddy(self.periodEdit)
        self.periodEndLabel.setBuddy(self.periodEndEdit)
        self.valueLabel.setBuddy(self.valueEdit)
        self.coversLabel.setBuddy(self.coversEdit)
        self.sourceLabel.setBuddy(self.sourceEdit)
        self.yearLabel.setBuddy(self.yearSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ComparatorFigureDialog)

        QMetaObject.connectSlotsByName(ComparatorFigureDialog)
    # setupUi

    def retranslateUi(self, ComparatorFigureDialog):
        ComparatorFigureDialog.setWindowTitle(QCoreApplication.translate("ComparatorFigureDialog", u"Add a comparator figure", None))
        self.intro.setText(QCoreApplication.translate("ComparatorFigureDialog", u"A published figure for England, a region or another council. Say whose staff it covers and where it comes from, so that nobody mistakes a sector-wide figure for a council's own.", None))
        self.kindLabel.setText(QCoreApplication.translate("ComparatorFigureDialog", u"&For", None))
#if QT_CONFIG(accessibility)
        self.areaCombo.setAccessibleName(QCoreApplication.translate("ComparatorFigureDialog", u"Region or council", None))
#endif // QT_CONFIG(accessibility)
        self.metricLabel.setText(QCoreApplication.translate("ComparatorFigureDialog", u"&Measure", None))
        self.periodLabel.setText(QCoreApplication.translate("ComparatorFigureDialog", u"&Period", None))
        self.periodEdit.setPlaceholderText(QCoreApplication.translate("ComparatorFigureDialog", u"as the source writes it, e.g. 2024/25", None))
        self.periodEndLabel.setText(QCoreApplication.translate("ComparatorFigureDialog", u"&ending", None))
        self.periodEndEdit.setDisplayFormat(QCoreApplication.translate("ComparatorFigureDialog", u"MMM yyyy", None))
        self.valueLabel.setText(QCoreApplication.translate("ComparatorFigureDialog", u"&Value", None))
        self.valueEdit.setPlaceholderText(QCoreApplication.translate("ComparatorFigureDialog", u"e.g. 8.3", None))
        self.coversLabel.setText(QCoreApplication.translate("ComparatorFigureDialog", u"&Covers", None))
        self.coversEdit.setPlaceholderText(QCoreApplication.translate("ComparatorFigureDialog", u"whose staff, e.g. council adult social care staff", None))
        self.sourceLabel.setText(QCoreApplication.translate("ComparatorFigureDialog", u"&Source", None))
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("ComparatorFigureDialog", u"publication or contact, e.g. ADASS North West benchmarking", None))
        self.yearLabel.setText(QCoreApplication.translate("ComparatorFigureDialog", u"&Year published", None))
        self.yearSpin.setSpecialValueText(QCoreApplication.translate("ComparatorFigureDialog", u"Not stated", None))
        self.errorText.setText("")
    # retranslateUi

