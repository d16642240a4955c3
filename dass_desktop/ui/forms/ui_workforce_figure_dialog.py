# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workforce_figure_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from dass_desktop.ui.date_field import TypedDateEdit

class Ui_WorkforceFigureDialog(object):
    def setupUi(self, WorkforceFigureDialog):
        if not WorkforceFigureDialog.objectName():
            WorkforceFigureDialog.setObjectName(u"WorkforceFigureDialog")
        WorkforceFigureDialog.resize(460, 260)
        WorkforceFigureDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(WorkforceFigureDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.metricLabel = QLabel(WorkforceFigureDialog)
        self.metricLabel.setObjectName(u"metricLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.metricLabel)

        self.metricCombo = QComboBox(WorkforceFigureDialog)
        self.metricCombo.setObjectName(u"metricCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.metricCombo)

        self.scopeLabel = QLabel(WorkforceFigureDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeCombo = QComboBox(WorkforceFigureDialog)
        self.scopeCombo.setObjectName(u"scopeCombo")
        self.scopeCombo.setEditable(True)
        self.scopeCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scopeCombo)

        self.monthLabel = QLabel(WorkforceFigureDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.monthEdit = TypedDateEdit(WorkforceFigureDialog)
        self.monthEdit.setObjectName(u"monthEdit")
        self.monthEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.monthEdit)

        self.valueLabel = QLabel(WorkforceFigureDialog)
        self.valueLabel.setObjectName(u"valueLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueEdit = QLineEdit(WorkforceFigureDialog)
        self.valueEdit.setObjectName(u"valueEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.valueEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorText = QLabel(WorkforceFigureDialog)
        self.errorText.setObjectName(u"errorText")
        self.errorText.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorText)

        self.buttons = QDialogButtonBox(WorkforceFigureDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.metricLabel.setBuddy(self.metricCombo)
        self.scopeLabel.setBuddy(self.scopeCombo)
        self.monthLabel.setBuddy(self.monthEdit)
        self.valueLabel.setBuddy(self.valueEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkforceFigureDialog)

        QMetaObject.connectSlotsByName(WorkforceFigureDialog)
    # setupUi

    def retranslateUi(self, WorkforceFigureDialog):
        WorkforceFigureDialog.setWindowTitle(QCoreApplication.translate("WorkforceFigureDialog", u"Add a workforce figure", None))
        self.metricLabel.setText(QCoreApplication.translate("WorkforceFigureDialog", u"&Measure", None))
        self.scopeLabel.setText(QCoreApplication.translate("WorkforceFigureDialog", u"&For", None))
#if QT_CONFIG(tooltip)
        self.scopeCombo.setToolTip(QCoreApplication.translate("WorkforceFigureDialog", u"The whole department, a team in the list, or type a new team's name", None))
#endif // QT_CONFIG(tooltip)
        self.monthLabel.setText(QCoreApplication.translate("WorkforceFigureDialog", u"M&onth", None))
        self.monthEdit.setDisplayFormat(QCoreApplication.translate("WorkforceFigureDialog", u"MMM yyyy", None))
        self.valueLabel.setText(QCoreApplication.translate("WorkforceFigureDialog", u"&Value", None))
        self.valueEdit.setPlaceholderText(QCoreApplication.translate("WorkforceFigureDialog", u"e.g. 12.5", None))
        self.errorText.setText("")
    # retranslateUi

