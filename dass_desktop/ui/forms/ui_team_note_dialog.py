# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_note_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from dass_desktop.ui.date_field import TypedDateEdit

class Ui_TeamNoteDialog(object):
    def setupUi(self, TeamNoteDialog):
        if not TeamNoteDialog.objectName():
            TeamNoteDialog.setObjectName(u"TeamNoteDialog")
        TeamNoteDialog.resize(500, 330)
        TeamNoteDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(TeamNoteDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(TeamNoteDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(TeamNoteDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(TeamNoteDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.textLabel = QLabel(TeamNoteDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(TeamNoteDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setMinimumSize(QSize(0, 90))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.notedOnLabel = QLabel(TeamNoteDialog)
        self.notedOnLabel.setObjectName(u"notedOnLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notedOnLabel)

        self.notedOnEdit = TypedDateEdit(TeamNoteDialog)
        self.notedOnEdit.setObjectName(u"notedOnEdit")
        self.notedOnEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notedOnEdit)

        self.sourceLabel = QLabel(TeamNoteDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(TeamNoteDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")
        self.sourceCombo.setEditable(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sourceCombo)


        self.dialogLayout.addLayout(self.form)

        self.errorText = QLabel(TeamNoteDialog)
        self.errorText.setObjectName(u"errorText")
        self.errorText.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorText)

        self.buttons = QDialogButtonBox(TeamNoteDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.textLabel.setBuddy(self.textEdit)
        self.notedOnLabel.setBuddy(self.notedOnEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.notedOnEdit)
        QWidget.setTabOrder(self.notedOnEdit, self.sourceCombo)

        self.retranslateUi(TeamNoteDialog)

        QMetaObject.connectSlotsByName(TeamNoteDialog)
    # setupUi

    def retranslateUi(self, TeamNoteDialog):
        TeamNoteDialog.setWindowTitle(QCoreApplication.translate("TeamNoteDialog", u"Strength", None))
        self.intro.setText("")
        self.kindLabel.setText(QCoreApplication.translate("TeamNoteDialog", u"&Kind", None))
        self.textLabel.setText(QCoreApplication.translate("TeamNoteDialog", u"&What you noted", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("TeamNoteDialog", u"A sentence or two, e.g. \"Daily huddle with ward managers works well\"", None))
        self.notedOnLabel.setText(QCoreApplication.translate("TeamNoteDialog", u"&Date noted", None))
        self.notedOnEdit.setDisplayFormat(QCoreApplication.translate("TeamNoteDialog", u"dd/MM/yyyy", None))
        self.sourceLabel.setText(QCoreApplication.translate("TeamNoteDialog", u"&Source", None))
#if QT_CONFIG(tooltip)
        self.sourceCombo.setToolTip(QCoreApplication.translate("TeamNoteDialog", u"Where you learned this: choose one or type your own", None))
#endif // QT_CONFIG(tooltip)
        self.errorText.setText("")
    # retranslateUi

