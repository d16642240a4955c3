# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from dass_desktop.ui.date_field import TypedDateEdit

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(560, 360)
        self.dialogLayout = QVBoxLayout(ExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ExportDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.planLabel = QLabel(ExportDialog)
        self.planLabel.setObjectName(u"planLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.planChoice = QHBoxLayout()
        self.planChoice.setObjectName(u"planChoice")
        self.hundredDay = QRadioButton(ExportDialog)
        self.hundredDay.setObjectName(u"hundredDay")
        self.hundredDay.setChecked(True)

        self.planChoice.addWidget(self.hundredDay)

        self.sixMonth = QRadioButton(ExportDialog)
        self.sixMonth.setObjectName(u"sixMonth")

        self.planChoice.addWidget(self.sixMonth)

        self.oneToOne = QRadioButton(ExportDialog)
        self.oneToOne.setObjectName(u"oneToOne")

        self.planChoice.addWidget(self.oneToOne)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.planChoice)

        self.asOfLabel = QLabel(ExportDialog)
        self.asOfLabel.setObjectName(u"asOfLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.asOfLabel)

        self.asOfEdit = TypedDateEdit(ExportDialog)
        self.asOfEdit.setObjectName(u"asOfEdit")
        self.asOfEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.asOfEdit)

        self.namesLabel = QLabel(ExportDialog)
        self.namesLabel.setObjectName(u"namesLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.namesLabel)

        self.optionsColumn = QVBoxLayout()
        self.optionsColumn.setObjectName(u"optionsColumn")
        self.noNames = QCheckBox(ExportDialog)
        self.noNames.setObjectName(u"noNames")

        self.optionsColumn.addWidget(self.noNames)

        self.appendix = QCheckBox(ExportDialog)
        self.appendix.setObjectName(u"appendix")

        self.optionsColumn.addWidget(self.appendix)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.optionsColumn)

        self.fileLabel = QLabel(ExportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(ExportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.dialogLayout.addLayout(self.form)

        self.progress = QProgressBar(ExportDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.dialogLayout.addWidget(self.progress)

        self.statusText = QLabel(ExportDialog)
        self.statusText.setObjectName(u"statusText")
        self.statusText.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusText)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.spacer)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.exportButton = QPushButton(ExportDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttons.addWidget(self.exportButton)

        self.openButton = QPushButton(ExportDialog)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setEnabled(False)

        self.buttons.addWidget(self.openButton)

        self.printButton = QPushButton(ExportDialog)
        self.printButton.setObjectName(u"printButton")
        self.printButton.setEnabled(False)

        self.buttons.addWidget(self.printButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(ExportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.asOfLabel.setBuddy(self.asOfEdit)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export a plan", None))
        self.intro.setText(QCoreApplication.translate("ExportDialog", u"Make a printable A4 plan for your one-to-one with the chief executive.", None))
        self.planLabel.setText(QCoreApplication.translate("ExportDialog", u"Plan", None))
        self.hundredDay.setText(QCoreApplication.translate("ExportDialog", u"&100-day plan", None))
        self.sixMonth.setText(QCoreApplication.translate("ExportDialog", u"&Six-month plan", None))
        self.oneToOne.setText(QCoreApplication.translate("ExportDialog", u"One-to-one &briefing", None))
#if QT_CONFIG(tooltip)
        self.oneToOne.setToolTip(QCoreApplication.translate("ExportDialog", u"A short briefing for a meeting with the chief executive on the date below", None))
#endif // QT_CONFIG(tooltip)
        self.asOfLabel.setText(QCoreApplication.translate("ExportDialog", u"&As at", None))
        self.asOfEdit.setDisplayFormat(QCoreApplication.translate("ExportDialog", u"dd/MM/yyyy", None))
        self.namesLabel.setText(QCoreApplication.translate("ExportDialog", u"Circulation", None))
        self.noNames.setText(QCoreApplication.translate("ExportDialog", u"Leave out &names: show roles only (for wider circulation)", None))
#if QT_CONFIG(tooltip)
        self.appendix.setToolTip(QCoreApplication.translate("ExportDialog", u"Adds every plan item, gap, contact and visit after the plan. The plan itself stays short.", None))
#endif // QT_CONFIG(tooltip)
        self.appendix.setText(QCoreApplication.translate("ExportDialog", u"Add an &appendix with every item, gap, contact and visit", None))
        self.fileLabel.setText(QCoreApplication.translate("ExportDialog", u"Save &to", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"&Browse\u2026", None))
        self.statusText.setText("")
        self.exportButton.setText(QCoreApplication.translate("ExportDialog", u"&Export", None))
        self.openButton.setText(QCoreApplication.translate("ExportDialog", u"&Open", None))
        self.printButton.setText(QCoreApplication.translate("ExportDialog", u"&Print\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("ExportDialog", u"Close", None))
    # retranslateUi

