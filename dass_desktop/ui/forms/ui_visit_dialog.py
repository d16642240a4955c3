# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListView,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

from dass_desktop.ui.date_field import TypedDateEdit

class Ui_VisitDialog(object):
    def setupUi(self, VisitDialog):
        if not VisitDialog.objectName():
            VisitDialog.setObjectName(u"VisitDialog")
        VisitDialog.resize(1000, 600)
        VisitDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(VisitDialog)
        self.dialogLayout.setSpacing(6)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.restoredNote = QLabel(VisitDialog)
        self.restoredNote.setObjectName(u"restoredNote")
        self.restoredNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.restoredNote)

        self.whenRow = QHBoxLayout()
        self.whenRow.setSpacing(6)
        self.whenRow.setObjectName(u"whenRow")
        self.dateLabel = QLabel(VisitDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.whenRow.addWidget(self.dateLabel)

        self.dateEdit = TypedDateEdit(VisitDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.whenRow.addWidget(self.dateEdit)

        self.timeLabel = QLabel(VisitDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.whenRow.addWidget(self.timeLabel)

        self.timeEdit = QLineEdit(VisitDialog)
        self.timeEdit.setObjectName(u"timeEdit")
        self.timeEdit.setMaximumSize(QSize(70, 16777215))

        self.whenRow.addWidget(self.timeEdit)

        self.kindLabel = QLabel(VisitDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.whenRow.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(VisitDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.whenRow.addWidget(self.kindCombo)

        self.placeLabel = QLabel(VisitDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.whenRow.addWidget(self.placeLabel)

        self.placeCombo = QComboBox(VisitDialog)
        self.placeCombo.setObjectName(u"placeCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.placeCombo.sizePolicy().hasHeightForWidth())
        self.placeCombo.setSizePolicy(sizePolicy)
        self.placeCombo.setEditable(True)
        self.placeCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.whenRow.addWidget(self.placeCombo)

        self.staffLabel = QLabel(VisitDialog)
        self.staffLabel.setObjectName(u"staffLabel")

        self.whenRow.addWidget(self.staffLabel)

        self.staffEdit = QLineEdit(VisitDialog)
        self.staffEdit.setObjectName(u"staffEdit")
        self.staffEdit.setMaximumSize(QSize(56, 16777215))

        self.whenRow.addWidget(self.staffEdit)


        self.dialogLayout.addLayout(self.whenRow)

        self.plannedNote = QLabel(VisitDialog)
        self.plannedNote.setObjectName(u"plannedNote")

        self.dialogLayout.addWidget(self.plannedNote)

        self.choosersRow = QHBoxLayout()
        self.choosersRow.setSpacing(10)
        self.choosersRow.setObjectName(u"choosersRow")
        self.teamsColumn = QVBoxLayout()
        self.teamsColumn.setSpacing(3)
        self.teamsColumn.setObjectName(u"teamsColumn")
        self.teamsLabel = QLabel(VisitDialog)
        self.teamsLabel.setObjectName(u"teamsLabel")

        self.teamsColumn.addWidget(self.teamsLabel)

        self.teamFilter = QLineEdit(VisitDialog)
        self.teamFilter.setObjectName(u"teamFilter")
        self.teamFilter.setClearButtonEnabled(True)

        self.teamsColumn.addWidget(self.teamFilter)

        self.teamList = QListView(VisitDialog)
        self.teamList.setObjectName(u"teamList")
        self.teamList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.teamList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.teamList.setResizeMode(QListView.ResizeMode.Adjust)
        self.teamList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.teamList.setUniformItemSizes(True)

        self.teamsColumn.addWidget(self.teamList)


        self.choosersRow.addLayout(self.teamsColumn)

        self.peopleColumn = QVBoxLayout()
        self.peopleColumn.setSpacing(3)
        self.peopleColumn.setObjectName(u"peopleColumn")
        self.peopleLabel = QLabel(VisitDialog)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.peopleColumn.addWidget(self.peopleLabel)

        self.peopleFilter = QLineEdit(VisitDialog)
        self.peopleFilter.setObjectName(u"peopleFilter")
        self.peopleFilter.setClearButtonEnabled(True)

        self.peopleColumn.addWidget(self.peopleFilter)

        self.peopleList = QListView(VisitDialog)
        self.peopleList.setObjectName(u"peopleList")
        self.peopleList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.peopleList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.peopleList.setResizeMode(QListView.ResizeMode.Adjust)
        self.peopleList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.peopleList.setUniformItemSizes(True)

        self.peopleColumn.addWidget(self.peopleList)


        self.choosersRow.addLayout(self.peopleColumn)

        self.notesColumn = QVBoxLayout()
        self.notesColumn.setSpacing(3)
        self.notesColumn.setObjectName(u"notesColumn")
        self.goingWellLabel = QLabel(VisitDialog)
        self.goingWellLabel.setObjectName(u"goingWellLabel")

        self.notesColumn.addWidget(self.goingWellLabel)

        self.goingWellEdit = QPlainTextEdit(VisitDialog)
        self.goingWellEdit.setObjectName(u"goingWellEdit")
        self.goingWellEdit.setTabChangesFocus(True)

        self.notesColumn.addWidget(self.goingWellEdit)

        self.toImproveLabel = QLabel(VisitDialog)
        self.toImproveLabel.setObjectName(u"toImproveLabel")

        self.notesColumn.addWidget(self.toImproveLabel)

        self.toImproveEdit = QPlainTextEdit(VisitDialog)
        self.toImproveEdit.setObjectName(u"toImproveEdit")
        self.toImproveEdit.setTabChangesFocus(True)

        self.notesColumn.addWidget(self.toImproveEdit)


        self.choosersRow.addLayout(self.notesColumn)

        self.choosersRow.setStretch(0, 6)
        self.choosersRow.setStretch(1, 7)
        self.choosersRow.setStretch(2, 7)

        self.dialogLayout.addLayout(self.choosersRow)

        self.themesRow = QHBoxLayout()
        self.themesRow.setObjectName(u"themesRow")
        self.themesLabel = QLabel(VisitDialog)
        self.themesLabel.setObjectName(u"themesLabel")

        self.themesRow.addWidget(self.themesLabel)

        self.themesEdit = QLineEdit(VisitDialog)
        self.themesEdit.setObjectName(u"themesEdit")
        self.themesEdit.setClearButtonEnabled(True)

        self.themesRow.addWidget(self.themesEdit)


        self.dialogLayout.addLayout(self.themesRow)

        self.suggestions = QLabel(VisitDialog)
        self.suggestions.setObjectName(u"suggestions")
        self.suggestions.setWordWrap(True)
        self.suggestions.setTextFormat(Qt.TextFormat.RichText)
        self.suggestions.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard|Qt.TextInteractionFlag.LinksAccessibleByMouse)

        self.dialogLayout.addWidget(self.suggestions)

        self.actionRow = QHBoxLayout()
        self.actionRow.setSpacing(6)
        self.actionRow.setObjectName(u"actionRow")
        self.actionsLabel = QLabel(VisitDialog)
        self.actionsLabel.setObjectName(u"actionsLabel")

        self.actionRow.addWidget(self.actionsLabel)

        self.actionTitleEdit = QLineEdit(VisitDialog)
        self.actionTitleEdit.setObjectName(u"actionTitleEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(3)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.actionTitleEdit.sizePolicy().hasHeightForWidth())
        self.actionTitleEdit.setSizePolicy(sizePolicy1)

        self.actionRow.addWidget(self.actionTitleEdit)

        self.actionOwnerEdit = QLineEdit(VisitDialog)
        self.actionOwnerEdit.setObjectName(u"actionOwnerEdit")
        sizePolicy.setHeightForWidth(self.actionOwnerEdit.sizePolicy().hasHeightForWidth())
        self.actionOwnerEdit.setSizePolicy(sizePolicy)

        self.actionRow.addWidget(self.actionOwnerEdit)

        self.actionDueLabel = QLabel(VisitDialog)
        self.actionDueLabel.setObjectName(u"actionDueLabel")

        self.actionRow.addWidget(self.actionDueLabel)

        self.actionDueEdit = TypedDateEdit(VisitDialog)
        self.actionDueEdit.setObjectName(u"actionDueEdit")
        self.actionDueEdit.setCalendarPopup(True)

        self.actionRow.addWidget(self.actionDueEdit)

        self.addActionButton = QPushButton(VisitDialog)
        self.addActionButton.setObjectName(u"addActionButton")
        self.addActionButton.setAutoDefault(False)

        self.actionRow.addWidget(self.addActionButton)


        self.dialogLayout.addLayout(self.actionRow)

        self.actionsListRow = QHBoxLayout()
        self.actionsListRow.setObjectName(u"actionsListRow")
        self.actionsTable = QTableView(VisitDialog)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setMinimumSize(QSize(0, 70))
        self.actionsTable.setMaximumSize(QSize(16777215, 110))
        self.actionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsTable.verticalHeader().setVisible(False)

        self.actionsListRow.addWidget(self.actionsTable)

        self.removeActionButton = QPushButton(VisitDialog)
        self.removeActionButton.setObjectName(u"removeActionButton")
        self.removeActionButton.setAutoDefault(False)

        self.actionsListRow.addWidget(self.removeActionButton)


        self.dialogLayout.addLayout(self.actionsListRow)

        self.followUpRow = QHBoxLayout()
        self.followUpRow.setObjectName(u"followUpRow")
        self.followUpCheck = QCheckBox(VisitDialog)
        self.followUpCheck.setObjectName(u"followUpCheck")

        self.followUpRow.addWidget(self.followUpCheck)

        self.followUpEdit = TypedDateEdit(VisitDialog)
        self.followUpEdit.setObjectName(u"followUpEdit")
        self.followUpEdit.setEnabled(False)
        self.followUpEdit.setCalendarPopup(True)

        self.followUpRow.addWidget(self.followUpEdit)

        self.followUpSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpRow.addItem(self.followUpSpacer)


        self.dialogLayout.addLayout(self.followUpRow)

        self.youSaidBox = QWidget(VisitDialog)
        self.youSaidBox.setObjectName(u"youSaidBox")
        self.youSaidLayout = QHBoxLayout(self.youSaidBox)
        self.youSaidLayout.setObjectName(u"youSaidLayout")
        self.youSaidLayout.setContentsMargins(0, 0, 0, 0)
        self.youSaidLabel = QLabel(self.youSaidBox)
        self.youSaidLabel.setObjectName(u"youSaidLabel")

        self.youSaidLayout.addWidget(self.youSaidLabel)

        self.youSaidEdit = QPlainTextEdit(self.youSaidBox)
        self.youSaidEdit.setObjectName(u"youSaidEdit")
        self.youSaidEdit.setMaximumSize(QSize(16777215, 64))
        self.youSaidEdit.setTabChangesFocus(True)

        self.youSaidLayout.addWidget(self.youSaidEdit)

        self.suggestButton = QPushButton(self.youSaidBox)
        self.suggestButton.setObjectName(u"suggestButton")
        self.suggestButton.setAutoDefault(False)

        self.youSaidLayout.addWidget(self.suggestButton)


        self.dialogLayout.addWidget(self.youSaidBox)

        self.errorText = QLabel(VisitDialog)
        self.errorText.setObjectName(u"errorText")
        self.errorText.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorText)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.hint = QLabel(VisitDialog)
        self.hint.setObjectName(u"hint")

        self.buttonRow.addWidget(self.hint)

        self.buttons = QDialogButtonBox(VisitDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Discard|QDialogButtonBox.StandardButton.Save)

        self.buttonRow.addWidget(self.buttons)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.timeEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.placeLabel.setBuddy(self.placeCombo)
        self.staffLabel.setBuddy(self.staffEdit)
        self.teamsLabel.setBuddy(self.teamFilter)
        self.peopleLabel.setBuddy(self.peopleFilter)
        self.goingWellLabel.setBuddy(self.goingWellEdit)
        self.toImproveLabel.setBuddy(self.toImproveEdit)
        self.themesLabel.setBuddy(self.themesEdit)
        self.actionsLabel.setBuddy(self.actionTitleEdit)
        self.actionDueLabel.setBuddy(self.actionDueEdit)
        self.youSaidLabel.setBuddy(self.youSaidEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.placeCombo)
        QWidget.setTabOrder(self.placeCombo, self.staffEdit)
        QWidget.setTabOrder(self.staffEdit, self.teamFilter)
        QWidget.setTabOrder(self.teamFilter, self.teamList)
        QWidget.setTabOrder(self.teamList, self.peopleFilter)
        QWidget.setTabOrder(self.peopleFilter, self.peopleList)
        QWidget.setTabOrder(self.peopleList, self.goingWellEdit)
        QWidget.setTabOrder(self.goingWellEdit, self.toImproveEdit)
        QWidget.setTabOrder(self.toImproveEdit, self.themesEdit)
        QWidget.setTabOrder(self.themesEdit, self.actionTitleEdit)
        QWidget.setTabOrder(self.actionTitleEdit, self.actionOwnerEdit)
        QWidget.setTabOrder(self.actionOwnerEdit, self.actionDueEdit)
        QWidget.setTabOrder(self.actionDueEdit, self.addActionButton)
        QWidget.setTabOrder(self.addActionButton, self.actionsTable)
        QWidget.setTabOrder(self.actionsTable, self.removeActionButton)
        QWidget.setTabOrder(self.removeActionButton, self.followUpCheck)
        QWidget.setTabOrder(self.followUpCheck, self.followUpEdit)
        QWidget.setTabOrder(self.followUpEdit, self.youSaidEdit)

        self.retranslateUi(VisitDialog)

        QMetaObject.connectSlotsByName(VisitDialog)
    # setupUi

    def retranslateUi(self, VisitDialog):
        VisitDialog.setWindowTitle(QCoreApplication.translate("VisitDialog", u"Log a visit or meeting", None))
        self.restoredNote.setText("")
        self.dateLabel.setText(QCoreApplication.translate("VisitDialog", u"&Date", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("VisitDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Date of the visit or meeting", None))
#endif // QT_CONFIG(accessibility)
        self.timeLabel.setText(QCoreApplication.translate("VisitDialog", u"T&ime", None))
        self.timeEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"10:30", None))
#if QT_CONFIG(tooltip)
        self.timeEdit.setToolTip(QCoreApplication.translate("VisitDialog", u"Optional: 10:30, 1030 or 2pm", None))
#endif // QT_CONFIG(tooltip)
        self.kindLabel.setText(QCoreApplication.translate("VisitDialog", u"&Kind", None))
        self.placeLabel.setText(QCoreApplication.translate("VisitDialog", u"&Where", None))
#if QT_CONFIG(tooltip)
        self.placeCombo.setToolTip(QCoreApplication.translate("VisitDialog", u"Choose a recent place or a team's base, or type your own", None))
#endif // QT_CONFIG(tooltip)
        self.staffLabel.setText(QCoreApplication.translate("VisitDialog", u"&Staff", None))
        self.staffEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"e.g. 12", None))
#if QT_CONFIG(tooltip)
        self.staffEdit.setToolTip(QCoreApplication.translate("VisitDialog", u"Optional: how many staff you met", None))
#endif // QT_CONFIG(tooltip)
        self.plannedNote.setText("")
        self.teamsLabel.setText(QCoreApplication.translate("VisitDialog", u"&Teams", None))
        self.teamFilter.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"Type to find, Enter to tick", None))
#if QT_CONFIG(accessibility)
        self.teamFilter.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Find a team", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.teamList.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Teams involved; Space ticks one", None))
#endif // QT_CONFIG(accessibility)
        self.peopleLabel.setText(QCoreApplication.translate("VisitDialog", u"&People met", None))
        self.peopleFilter.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"Type to find, Enter to tick", None))
#if QT_CONFIG(accessibility)
        self.peopleFilter.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Find a person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.peopleList.setAccessibleName(QCoreApplication.translate("VisitDialog", u"People met; Space ticks one", None))
#endif // QT_CONFIG(accessibility)
        self.goingWellLabel.setText(QCoreApplication.translate("VisitDialog", u"What is going w&ell", None))
        self.goingWellEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"What staff or partners are proud of, what works", None))
        self.toImproveLabel.setText(QCoreApplication.translate("VisitDialog", u"What needs to im&prove", None))
        self.toImproveEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"What gets in the way, what people asked you to change", None))
        self.themesLabel.setText(QCoreApplication.translate("VisitDialog", u"T&hemes heard", None))
        self.themesEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"Separate themes with commas, or click the suggestions below", None))
        self.suggestions.setText("")
        self.actionsLabel.setText(QCoreApplication.translate("VisitDialog", u"&Actions arising", None))
        self.actionTitleEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"An action, then Enter to add it to the list", None))
        self.actionOwnerEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"Owner", None))
#if QT_CONFIG(accessibility)
        self.actionOwnerEdit.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Owner of the action", None))
#endif // QT_CONFIG(accessibility)
        self.actionDueLabel.setText(QCoreApplication.translate("VisitDialog", u"d&ue", None))
        self.actionDueEdit.setDisplayFormat(QCoreApplication.translate("VisitDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.actionDueEdit.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Due date of the action", None))
#endif // QT_CONFIG(accessibility)
        self.addActionButton.setText(QCoreApplication.translate("VisitDialog", u"A&dd", None))
#if QT_CONFIG(tooltip)
        self.addActionButton.setToolTip(QCoreApplication.translate("VisitDialog", u"Add the action to the list; it goes into your plan when you save", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.actionsTable.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Actions arising", None))
#endif // QT_CONFIG(accessibility)
        self.removeActionButton.setText(QCoreApplication.translate("VisitDialog", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.removeActionButton.setToolTip(QCoreApplication.translate("VisitDialog", u"Take a new action off the list (actions already in the plan stay there)", None))
#endif // QT_CONFIG(tooltip)
        self.followUpCheck.setText(QCoreApplication.translate("VisitDialog", u"Follow &up on", None))
        self.followUpEdit.setDisplayFormat(QCoreApplication.translate("VisitDialog", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.followUpEdit.setAccessibleName(QCoreApplication.translate("VisitDialog", u"Follow-up date", None))
#endif // QT_CONFIG(accessibility)
        self.youSaidLabel.setText(QCoreApplication.translate("VisitDialog", u"You said, &we did", None))
        self.youSaidEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"Once the actions are done: what you heard, and what was done about it", None))
        self.suggestButton.setText(QCoreApplication.translate("VisitDialog", u"Draft it", None))
#if QT_CONFIG(tooltip)
        self.suggestButton.setToolTip(QCoreApplication.translate("VisitDialog", u"Write a first draft from what needed to improve and the actions done", None))
#endif // QT_CONFIG(tooltip)
        self.errorText.setText("")
        self.hint.setText(QCoreApplication.translate("VisitDialog", u"Enter saves (Ctrl+Enter in a text box). Esc closes and keeps what you typed.", None))
    # retranslateUi

