# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_gap_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

from dass_desktop.ui.date_field import TypedDateEdit

class Ui_TeamGapDialog(object):
    def setupUi(self, TeamGapDialog):
        if not TeamGapDialog.objectName():
            TeamGapDialog.setObjectName(u"TeamGapDialog")
        TeamGapDialog.resize(560, 560)
        TeamGapDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(TeamGapDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(TeamGapDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.roleLabel = QLabel(TeamGapDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(TeamGapDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.fteLabel = QLabel(TeamGapDialog)
        self.fteLabel.setObjectName(u"fteLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fteLabel)

        self.fteEdit = QLineEdit(TeamGapDialog)
        self.fteEdit.setObjectName(u"fteEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fteEdit)

        self.descriptionLabel = QLabel(TeamGapDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(TeamGapDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.severityLabel = QLabel(TeamGapDialog)
        self.severityLabel.setObjectName(u"severityLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.severityLabel)

        self.severityCombo = QComboBox(TeamGapDialog)
        self.severityCombo.setObjectName(u"severityCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.severityCombo)

        self.mitigationLabel = QLabel(TeamGapDialog)
        self.mitigationLabel.setObjectName(u"mitigationLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mitigationLabel)

        self.mitigationCombo = QComboBox(TeamGapDialog)
        self.mitigationCombo.setObjectName(u"mitigationCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mitigationCombo)

        self.notesLabel = QLabel(TeamGapDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(TeamGapDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.ownerLabel = QLabel(TeamGapDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(TeamGapDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")
        self.ownerEdit.setMaxLength(200)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.statusLabel = QLabel(TeamGapDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(TeamGapDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.targetCheck = QCheckBox(TeamGapDialog)
        self.targetCheck.setObjectName(u"targetCheck")
        self.targetCheck.setChecked(True)

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.targetCheck)

        self.targetEdit = TypedDateEdit(TeamGapDialog)
        self.targetEdit.setObjectName(u"targetEdit")
        self.targetEdit.setCalendarPopup(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.targetEdit)


        self.dialogLayout.addLayout(self.form)

        self.planLine = QLabel(TeamGapDialog)
        self.planLine.setObjectName(u"planLine")
        self.planLine.setWordWrap(True)

        self.dialogLayout.addWidget(self.planLine)

        self.errorText = QLabel(TeamGapDialog)
        self.errorText.setObjectName(u"errorText")
        self.errorText.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorText)

        self.buttons = QDialogButtonBox(TeamGapDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
        self.fteLabel.setBuddy(self.fteEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.severityLabel.setBuddy(self.severityCombo)
        self.mitigationLabel.setBuddy(self.mitigationCombo)
        self.notesLabel.setBuddy(self.notesEdit)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roleCombo, self.fteEdit)
        QWidget.setTabOrder(self.fteEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.severityCombo)
        QWidget.setTabOrder(self.severityCombo, self.mitigationCombo)
        QWidget.setTabOrder(self.mitigationCombo, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.ownerEdit)
        QWidget.setTabOrder(self.ownerEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.targetCheck)
        QWidget.setTabOrder(self.targetCheck, self.targetEdit)

        self.retranslateUi(TeamGapDialog)

        QMetaObject.connectSlotsByName(TeamGapDialog)
    # setupUi

    def retranslateUi(self, TeamGapDialog):
        TeamGapDialog.setWindowTitle(QCoreApplication.translate("TeamGapDialog", u"Gap", None))
        self.intro.setText("")
        self.roleLabel.setText(QCoreApplication.translate("TeamGapDialog", u"&Role", None))
        self.fteLabel.setText(QCoreApplication.translate("TeamGapDialog", u"&Gap (FTE)", None))
        self.fteEdit.setPlaceholderText(QCoreApplication.translate("TeamGapDialog", u"e.g. 2.0, or leave blank and describe the gap", None))
        self.descriptionLabel.setText(QCoreApplication.translate("TeamGapDialog", u"&Description", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("TeamGapDialog", u"What is missing, e.g. \"No OT cover for weekend discharges\"", None))
        self.severityLabel.setText(QCoreApplication.translate("TeamGapDialog", u"Se&verity", None))
        self.mitigationLabel.setText(QCoreApplication.translate("TeamGapDialog", u"&Mitigation", None))
#if QT_CONFIG(tooltip)
        self.mitigationCombo.setToolTip(QCoreApplication.translate("TeamGapDialog", u"The alternatives the guidance suggests when a role cannot be recruited", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("TeamGapDialog", u"Mitigation &notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("TeamGapDialog", u"What is being tried, with whom", None))
        self.ownerLabel.setText(QCoreApplication.translate("TeamGapDialog", u"&Owner", None))
        self.ownerEdit.setPlaceholderText(QCoreApplication.translate("TeamGapDialog", u"Who is closing the gap", None))
        self.statusLabel.setText(QCoreApplication.translate("TeamGapDialog", u"S&tatus", None))
        self.targetCheck.setText(QCoreApplication.translate("TeamGapDialog", u"T&arget date", None))
        self.targetEdit.setDisplayFormat(QCoreApplication.translate("TeamGapDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.targetEdit.setAccessibleName(QCoreApplication.translate("TeamGapDialog", u"Target date", None))
#endif // QT_CONFIG(accessibility)
        self.planLine.setText("")
        self.errorText.setText("")
    # retranslateUi

