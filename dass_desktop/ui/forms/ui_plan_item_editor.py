# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_item_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListView, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QToolButton, QVBoxLayout, QWidget)

class Ui_PlanItemEditor(object):
    def setupUi(self, PlanItemEditor):
        if not PlanItemEditor.objectName():
            PlanItemEditor.setObjectName(u"PlanItemEditor")
        PlanItemEditor.resize(480, 680)
        self.editorLayout = QVBoxLayout(PlanItemEditor)
        self.editorLayout.setSpacing(6)
        self.editorLayout.setObjectName(u"editorLayout")
        self.emptyText = QLabel(PlanItemEditor)
        self.emptyText.setObjectName(u"emptyText")
        self.emptyText.setWordWrap(True)

        self.editorLayout.addWidget(self.emptyText)

        self.fields = QWidget(PlanItemEditor)
        self.fields.setObjectName(u"fields")
        self.fieldsLayout = QVBoxLayout(self.fields)
        self.fieldsLayout.setSpacing(6)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(self.fields)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fieldsLayout.addWidget(self.titleLabel)

        self.titleEdit = QLineEdit(self.fields)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(500)

        self.fieldsLayout.addWidget(self.titleEdit)

        self.titleError = QLabel(self.fields)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setWordWrap(True)

        self.fieldsLayout.addWidget(self.titleError)

        self.helpText = QLabel(self.fields)
        self.helpText.setObjectName(u"helpText")
        self.helpText.setWordWrap(True)
        self.helpText.setTextFormat(Qt.TextFormat.PlainText)
        self.helpText.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fieldsLayout.addWidget(self.helpText)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(6)
        self.themeLabel = QLabel(self.fields)
        self.themeLabel.setObjectName(u"themeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeCombo = QComboBox(self.fields)
        self.themeCombo.setObjectName(u"themeCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.themeCombo)

        self.phaseLabel = QLabel(self.fields)
        self.phaseLabel.setObjectName(u"phaseLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phaseLabel)

        self.phaseCombo = QComboBox(self.fields)
        self.phaseCombo.setObjectName(u"phaseCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phaseCombo)

        self.dueLabel = QLabel(self.fields)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueRow = QHBoxLayout()
        self.dueRow.setObjectName(u"dueRow")
        self.dueEdit = QDateEdit(self.fields)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.dueRow.addWidget(self.dueEdit)

        self.dueResetButton = QToolButton(self.fields)
        self.dueResetButton.setObjectName(u"dueResetButton")

        self.dueRow.addWidget(self.dueResetButton)

        self.dueHint = QLabel(self.fields)
        self.dueHint.setObjectName(u"dueHint")

        self.dueRow.addWidget(self.dueHint)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dueRow)

        self.statusLabel = QLabel(self.fields)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.statusCombo = QComboBox(self.fields)
        self.statusCombo.setObjectName(u"statusCombo")

        self.statusRow.addWidget(self.statusCombo)

        self.completedText = QLabel(self.fields)
        self.completedText.setObjectName(u"completedText")

        self.statusRow.addWidget(self.completedText)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.statusRow)

        self.ragLabel = QLabel(self.fields)
        self.ragLabel.setObjectName(u"ragLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ragLabel)

        self.ragCombo = QComboBox(self.fields)
        self.ragCombo.setObjectName(u"ragCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ragCombo)

        self.ownerLabel = QLabel(self.fields)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(self.fields)
        self.ownerEdit.setObjectName(u"ownerEdit")
        self.ownerEdit.setMaxLength(200)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ownerEdit)


        self.fieldsLayout.addLayout(self.form)

        self.findingsLabel = QLabel(self.fields)
        self.findingsLabel.setObjectName(u"findingsLabel")

        self.fieldsLayout.addWidget(self.findingsLabel)

        self.findingsEdit = QPlainTextEdit(self.fields)
        self.findingsEdit.setObjectName(u"findingsEdit")
        self.findingsEdit.setMinimumSize(QSize(0, 110))
        self.findingsEdit.setMaximumSize(QSize(16777215, 180))
        self.findingsEdit.setTabChangesFocus(True)

        self.fieldsLayout.addWidget(self.findingsEdit)

        self.evidenceLabel = QLabel(self.fields)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.fieldsLayout.addWidget(self.evidenceLabel)

        self.evidenceList = QListView(self.fields)
        self.evidenceList.setObjectName(u"evidenceList")
        self.evidenceList.setMaximumSize(QSize(16777215, 80))
        self.evidenceList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.fieldsLayout.addWidget(self.evidenceList)

        self.evidenceButtons = QHBoxLayout()
        self.evidenceButtons.setObjectName(u"evidenceButtons")
        self.addFileButton = QPushButton(self.fields)
        self.addFileButton.setObjectName(u"addFileButton")

        self.evidenceButtons.addWidget(self.addFileButton)

        self.addLinkButton = QPushButton(self.fields)
        self.addLinkButton.setObjectName(u"addLinkButton")

        self.evidenceButtons.addWidget(self.addLinkButton)

        self.openEvidenceButton = QPushButton(self.fields)
        self.openEvidenceButton.setObjectName(u"openEvidenceButton")

        self.evidenceButtons.addWidget(self.openEvidenceButton)

        self.removeEvidenceButton = QPushButton(self.fields)
        self.removeEvidenceButton.setObjectName(u"removeEvidenceButton")

        self.evidenceButtons.addWidget(self.removeEvidenceButton)


        self.fieldsLayout.addLayout(self.evidenceButtons)

        self.itemButtons = QHBoxLayout()
        self.itemButtons.setObjectName(u"itemButtons")
        self.moveUpButton = QPushButton(self.fields)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.itemButtons.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(self.fields)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.itemButtons.addWidget(self.moveDownButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtons.addItem(self.buttonsSpacer)

        self.deleteButton = QPushButton(self.fields)
        self.deleteButton.setObjectName(u"deleteButton")

        self.itemButtons.addWidget(self.deleteButton)


        self.fieldsLayout.addLayout(self.itemButtons)


        self.editorLayout.addWidget(self.fields)

        self.editorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editorLayout.addItem(self.editorSpacer)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.themeLabel.setBuddy(self.themeCombo)
        self.phaseLabel.setBuddy(self.phaseCombo)
        self.dueLabel.setBuddy(self.dueEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.ragLabel.setBuddy(self.ragCombo)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.findingsLabel.setBuddy(self.findingsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.themeCombo)
        QWidget.setTabOrder(self.themeCombo, self.phaseCombo)
        QWidget.setTabOrder(self.phaseCombo, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.ragCombo)
        QWidget.setTabOrder(self.ragCombo, self.ownerEdit)
        QWidget.setTabOrder(self.ownerEdit, self.findingsEdit)

        self.retranslateUi(PlanItemEditor)

        QMetaObject.connectSlotsByName(PlanItemEditor)
    # setupUi

    def retranslateUi(self, PlanItemEditor):
        self.emptyText.setText(QCoreApplication.translate("PlanItemEditor", u"Select an item to see its guidance and record your findings. Press Ctrl+N to add an item of your own.", None))
        self.titleLabel.setText(QCoreApplication.translate("PlanItemEditor", u"&Title", None))
        self.titleError.setText("")
        self.helpText.setText("")
        self.themeLabel.setText(QCoreApplication.translate("PlanItemEditor", u"T&heme", None))
        self.phaseLabel.setText(QCoreApplication.translate("PlanItemEditor", u"&Phase", None))
        self.dueLabel.setText(QCoreApplication.translate("PlanItemEditor", u"&Due", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("PlanItemEditor", u"dd/MM/yyyy", None))
        self.dueResetButton.setText(QCoreApplication.translate("PlanItemEditor", u"Plan default", None))
#if QT_CONFIG(tooltip)
        self.dueResetButton.setToolTip(QCoreApplication.translate("PlanItemEditor", u"Go back to the date the plan suggests for this item", None))
#endif // QT_CONFIG(tooltip)
        self.dueHint.setText("")
        self.statusLabel.setText(QCoreApplication.translate("PlanItemEditor", u"&Status", None))
        self.completedText.setText("")
        self.ragLabel.setText(QCoreApplication.translate("PlanItemEditor", u"&RAG", None))
        self.ownerLabel.setText(QCoreApplication.translate("PlanItemEditor", u"&Owner", None))
        self.ownerEdit.setPlaceholderText(QCoreApplication.translate("PlanItemEditor", u"Who leads on this", None))
        self.findingsLabel.setText(QCoreApplication.translate("PlanItemEditor", u"&Findings and notes", None))
        self.findingsEdit.setPlaceholderText(QCoreApplication.translate("PlanItemEditor", u"What you found, who you spoke to, what happens next. Saved as you type.", None))
        self.evidenceLabel.setText(QCoreApplication.translate("PlanItemEditor", u"Evidence", None))
#if QT_CONFIG(accessibility)
        self.evidenceList.setAccessibleName(QCoreApplication.translate("PlanItemEditor", u"Evidence links", None))
#endif // QT_CONFIG(accessibility)
        self.addFileButton.setText(QCoreApplication.translate("PlanItemEditor", u"Add file\u2026", None))
#if QT_CONFIG(tooltip)
        self.addLinkButton.setToolTip(QCoreApplication.translate("PlanItemEditor", u"Add a web address, for example a SharePoint page", None))
#endif // QT_CONFIG(tooltip)
        self.addLinkButton.setText(QCoreApplication.translate("PlanItemEditor", u"Add link\u2026", None))
        self.openEvidenceButton.setText(QCoreApplication.translate("PlanItemEditor", u"Open", None))
        self.removeEvidenceButton.setText(QCoreApplication.translate("PlanItemEditor", u"Remove", None))
        self.moveUpButton.setText(QCoreApplication.translate("PlanItemEditor", u"Move up", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("PlanItemEditor", u"Move up within its theme (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("PlanItemEditor", u"Move down", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("PlanItemEditor", u"Move down within its theme (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("PlanItemEditor", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("PlanItemEditor", u"Delete this item (Delete); undo with Ctrl+Z", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

