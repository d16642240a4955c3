# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stakeholders_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_StakeholdersPage(object):
    def setupUi(self, StakeholdersPage):
        if not StakeholdersPage.objectName():
            StakeholdersPage.setObjectName(u"StakeholdersPage")
        StakeholdersPage.resize(1080, 680)
        self.pageLayout = QVBoxLayout(StakeholdersPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 14, 20, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(12)
        self.headerRow.setObjectName(u"headerRow")
        self.pageTitle = QLabel(StakeholdersPage)
        self.pageTitle.setObjectName(u"pageTitle")

        self.headerRow.addWidget(self.pageTitle)

        self.summaryLine = QLabel(StakeholdersPage)
        self.summaryLine.setObjectName(u"summaryLine")

        self.headerRow.addWidget(self.summaryLine)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.logVisitButton = QPushButton(StakeholdersPage)
        self.logVisitButton.setObjectName(u"logVisitButton")

        self.headerRow.addWidget(self.logVisitButton)

        self.newButton = QPushButton(StakeholdersPage)
        self.newButton.setObjectName(u"newButton")

        self.headerRow.addWidget(self.newButton)


        self.pageLayout.addLayout(self.headerRow)

        self.tabs = QTabWidget(StakeholdersPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.contactsTab = QWidget()
        self.contactsTab.setObjectName(u"contactsTab")
        self.contactsLayout = QVBoxLayout(self.contactsTab)
        self.contactsLayout.setObjectName(u"contactsLayout")
        self.contactsLayout.setContentsMargins(0, 8, 0, 0)
        self.splitter = QSplitter(self.contactsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 6, 0)
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.searchEdit = QLineEdit(self.listPanel)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.categoryCombo = QComboBox(self.listPanel)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.categoryCombo.setMinimumContentsLength(16)

        self.filterRow.addWidget(self.categoryCombo)

        self.overdueCheck = QCheckBox(self.listPanel)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterRow.addWidget(self.overdueCheck)


        self.listLayout.addLayout(self.filterRow)

        self.table = QTableView(self.listPanel)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.table)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.countLine = QLabel(self.listPanel)
        self.countLine.setObjectName(u"countLine")

        self.listButtons.addWidget(self.countLine)

        self.listButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonsSpacer)

        self.editButton = QPushButton(self.listPanel)
        self.editButton.setObjectName(u"editButton")

        self.listButtons.addWidget(self.editButton)

        self.deleteButton = QPushButton(self.listPanel)
        self.deleteButton.setObjectName(u"deleteButton")

        self.listButtons.addWidget(self.deleteButton)


        self.listLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.listPanel)
        self.detailPanel = QFrame(self.splitter)
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailPanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setSpacing(6)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailEmpty = QLabel(self.detailPanel)
        self.detailEmpty.setObjectName(u"detailEmpty")
        self.detailEmpty.setWordWrap(True)
        self.detailEmpty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.detailLayout.addWidget(self.detailEmpty)

        self.detailBox = QWidget(self.detailPanel)
        self.detailBox.setObjectName(u"detailBox")
        self.detailBoxLayout = QVBoxLayout(self.detailBox)
        self.detailBoxLayout.setSpacing(4)
        self.detailBoxLayout.setObjectName(u"detailBoxLayout")
        self.detailBoxLayout.setContentsMargins(0, 0, 0, 0)
        self.personName = QLabel(self.detailBox)
        self.personName.setObjectName(u"personName")
        self.personName.setWordWrap(True)
        self.personName.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailBoxLayout.addWidget(self.personName)

        self.personRole = QLabel(self.detailBox)
        self.personRole.setObjectName(u"personRole")
        self.personRole.setWordWrap(True)
        self.personRole.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailBoxLayout.addWidget(self.personRole)

        self.personFacts = QLabel(self.detailBox)
        self.personFacts.setObjectName(u"personFacts")
        self.personFacts.setWordWrap(True)
        self.personFacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailBoxLayout.addWidget(self.personFacts)

        self.personNotes = QLabel(self.detailBox)
        self.personNotes.setObjectName(u"personNotes")
        self.personNotes.setWordWrap(True)
        self.personNotes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailBoxLayout.addWidget(self.personNotes)

        self.historyTitle = QLabel(self.detailBox)
        self.historyTitle.setObjectName(u"historyTitle")

        self.detailBoxLayout.addWidget(self.historyTitle)

        self.historyTable = QTableView(self.detailBox)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setWordWrap(False)
        self.historyTable.verticalHeader().setVisible(False)

        self.detailBoxLayout.addWidget(self.historyTable)


        self.detailLayout.addWidget(self.detailBox)

        self.splitter.addWidget(self.detailPanel)

        self.contactsLayout.addWidget(self.splitter)

        self.tabs.addTab(self.contactsTab, "")
        self.mapTab = QWidget()
        self.mapTab.setObjectName(u"mapTab")
        self.mapLayout = QVBoxLayout(self.mapTab)
        self.mapLayout.setObjectName(u"mapLayout")
        self.mapLayout.setContentsMargins(0, 8, 0, 0)
        self.mapNote = QLabel(self.mapTab)
        self.mapNote.setObjectName(u"mapNote")
        self.mapNote.setWordWrap(True)

        self.mapLayout.addWidget(self.mapNote)

        self.mapChartLayout = QVBoxLayout()
        self.mapChartLayout.setObjectName(u"mapChartLayout")

        self.mapLayout.addLayout(self.mapChartLayout)

        self.tabs.addTab(self.mapTab, "")

        self.pageLayout.addWidget(self.tabs)

        QWidget.setTabOrder(self.searchEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.overdueCheck)
        QWidget.setTabOrder(self.overdueCheck, self.table)
        QWidget.setTabOrder(self.table, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.historyTable)

        self.retranslateUi(StakeholdersPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(StakeholdersPage)
    # setupUi

    def retranslateUi(self, StakeholdersPage):
        self.pageTitle.setText(QCoreApplication.translate("StakeholdersPage", u"Stakeholders", None))
        self.summaryLine.setText("")
        self.logVisitButton.setText(QCoreApplication.translate("StakeholdersPage", u"&Log a visit with them\u2026", None))
#if QT_CONFIG(tooltip)
        self.logVisitButton.setToolTip(QCoreApplication.translate("StakeholdersPage", u"Log a visit or meeting with the chosen person (Ctrl+Shift+V for any visit)", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("StakeholdersPage", u"New contact\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("StakeholdersPage", u"Add a person to your contacts (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("StakeholdersPage", u"Search names, roles, organisations and tags (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("StakeholdersPage", u"Search contacts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("StakeholdersPage", u"Category", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.categoryCombo.setToolTip(QCoreApplication.translate("StakeholdersPage", u"Show one category", None))
#endif // QT_CONFIG(tooltip)
        self.overdueCheck.setText(QCoreApplication.translate("StakeholdersPage", u"&Overdue only", None))
#if QT_CONFIG(tooltip)
        self.overdueCheck.setToolTip(QCoreApplication.translate("StakeholdersPage", u"Show only the people you are overdue to contact", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("StakeholdersPage", u"Contacts", None))
#endif // QT_CONFIG(accessibility)
        self.countLine.setText("")
        self.editButton.setText(QCoreApplication.translate("StakeholdersPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("StakeholdersPage", u"Change the chosen person's details (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("StakeholdersPage", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("StakeholdersPage", u"Delete the chosen person (Delete); Ctrl+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
        self.detailEmpty.setText(QCoreApplication.translate("StakeholdersPage", u"Choose a person on the left to see their details and your history with them.", None))
        self.personName.setText("")
        self.personRole.setText("")
        self.personFacts.setText("")
        self.personNotes.setText("")
        self.historyTitle.setText(QCoreApplication.translate("StakeholdersPage", u"History", None))
#if QT_CONFIG(accessibility)
        self.historyTable.setAccessibleName(QCoreApplication.translate("StakeholdersPage", u"Visits and meetings with this person; Enter opens one in the log", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.contactsTab), QCoreApplication.translate("StakeholdersPage", u"&Contacts", None))
        self.mapNote.setText(QCoreApplication.translate("StakeholdersPage", u"Everyone shown on the Contacts tab (its search and filters apply here too), by their initials: point at a label to see who it is.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.mapTab), QCoreApplication.translate("StakeholdersPage", u"&Influence and interest", None))
        pass
    # retranslateUi

