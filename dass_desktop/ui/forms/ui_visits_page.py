# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visits_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

from dass_desktop.ui.date_field import TypedDateEdit

class Ui_VisitsPage(object):
    def setupUi(self, VisitsPage):
        if not VisitsPage.objectName():
            VisitsPage.setObjectName(u"VisitsPage")
        VisitsPage.resize(1080, 680)
        self.pageLayout = QVBoxLayout(VisitsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 14, 20, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(12)
        self.headerRow.setObjectName(u"headerRow")
        self.pageTitle = QLabel(VisitsPage)
        self.pageTitle.setObjectName(u"pageTitle")

        self.headerRow.addWidget(self.pageTitle)

        self.summaryLine = QLabel(VisitsPage)
        self.summaryLine.setObjectName(u"summaryLine")

        self.headerRow.addWidget(self.summaryLine)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.logVisitButton = QPushButton(VisitsPage)
        self.logVisitButton.setObjectName(u"logVisitButton")

        self.headerRow.addWidget(self.logVisitButton)


        self.pageLayout.addLayout(self.headerRow)

        self.tabs = QTabWidget(VisitsPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.logTab = QWidget()
        self.logTab.setObjectName(u"logTab")
        self.logLayout = QVBoxLayout(self.logTab)
        self.logLayout.setObjectName(u"logLayout")
        self.logLayout.setContentsMargins(0, 8, 0, 0)
        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(6)
        self.filterRow.setObjectName(u"filterRow")
        self.searchEdit = QLineEdit(self.logTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.kindCombo = QComboBox(self.logTab)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kindCombo.setMinimumContentsLength(7)

        self.filterRow.addWidget(self.kindCombo)

        self.teamCombo = QComboBox(self.logTab)
        self.teamCombo.setObjectName(u"teamCombo")
        self.teamCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.teamCombo.setMinimumContentsLength(7)

        self.filterRow.addWidget(self.teamCombo)

        self.themeCombo = QComboBox(self.logTab)
        self.themeCombo.setObjectName(u"themeCombo")
        self.themeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.themeCombo.setMinimumContentsLength(7)

        self.filterRow.addWidget(self.themeCombo)

        self.fromLabel = QLabel(self.logTab)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filterRow.addWidget(self.fromLabel)

        self.fromEdit = TypedDateEdit(self.logTab)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.filterRow.addWidget(self.fromEdit)

        self.toLabel = QLabel(self.logTab)
        self.toLabel.setObjectName(u"toLabel")

        self.filterRow.addWidget(self.toLabel)

        self.toEdit = TypedDateEdit(self.logTab)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.filterRow.addWidget(self.toEdit)

        self.clearFiltersButton = QPushButton(self.logTab)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterRow.addWidget(self.clearFiltersButton)


        self.logLayout.addLayout(self.filterRow)

        self.splitter = QSplitter(self.logTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.splitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 6, 0)
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

        self.detailScroll = QScrollArea(self.detailPanel)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailScroll.setWidgetResizable(True)
        self.detailScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detailBox = QWidget()
        self.detailBox.setObjectName(u"detailBox")
        self.detailBoxLayout = QVBoxLayout(self.detailBox)
        self.detailBoxLayout.setSpacing(4)
        self.detailBoxLayout.setObjectName(u"detailBoxLayout")
        self.detailBoxLayout.setContentsMargins(0, 0, 4, 0)
        self.visitTitle = QLabel(self.detailBox)
        self.visitTitle.setObjectName(u"visitTitle")
        self.visitTitle.setWordWrap(True)

        self.detailBoxLayout.addWidget(self.visitTitle)

        self.visitWhen = QLabel(self.detailBox)
        self.visitWhen.setObjectName(u"visitWhen")
        self.visitWhen.setWordWrap(True)

        self.detailBoxLayout.addWidget(self.visitWhen)

        self.visitBody = QLabel(self.detailBox)
        self.visitBody.setObjectName(u"visitBody")
        self.visitBody.setWordWrap(True)
        self.visitBody.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.visitBody.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailBoxLayout.addWidget(self.visitBody)

        self.detailSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailBoxLayout.addItem(self.detailSpacer)

        self.detailScroll.setWidget(self.detailBox)

        self.detailLayout.addWidget(self.detailScroll)

        self.writeBackButton = QPushButton(self.detailPanel)
        self.writeBackButton.setObjectName(u"writeBackButton")

        self.detailLayout.addWidget(self.writeBackButton)

        self.splitter.addWidget(self.detailPanel)

        self.logLayout.addWidget(self.splitter)

        self.tabs.addTab(self.logTab, "")
        self.coverageTab = QWidget()
        self.coverageTab.setObjectName(u"coverageTab")
        self.coverageLayout = QVBoxLayout(self.coverageTab)
        self.coverageLayout.setObjectName(u"coverageLayout")
        self.coverageLayout.setContentsMargins(0, 8, 0, 0)
        self.coverageRow = QHBoxLayout()
        self.coverageRow.setSpacing(12)
        self.coverageRow.setObjectName(u"coverageRow")
        self.coveragePanel = QFrame(self.coverageTab)
        self.coveragePanel.setObjectName(u"coveragePanel")
        self.coveragePanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.coveragePanelLayout = QVBoxLayout(self.coveragePanel)
        self.coveragePanelLayout.setObjectName(u"coveragePanelLayout")
        self.coverageTitle = QLabel(self.coveragePanel)
        self.coverageTitle.setObjectName(u"coverageTitle")

        self.coveragePanelLayout.addWidget(self.coverageTitle)

        self.coverageNote = QLabel(self.coveragePanel)
        self.coverageNote.setObjectName(u"coverageNote")
        self.coverageNote.setWordWrap(True)

        self.coveragePanelLayout.addWidget(self.coverageNote)

        self.coverageTable = QTableView(self.coveragePanel)
        self.coverageTable.setObjectName(u"coverageTable")
        self.coverageTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.coverageTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.coverageTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.coverageTable.setSortingEnabled(True)
        self.coverageTable.setWordWrap(False)
        self.coverageTable.verticalHeader().setVisible(False)

        self.coveragePanelLayout.addWidget(self.coverageTable)

        self.coverageButtons = QHBoxLayout()
        self.coverageButtons.setObjectName(u"coverageButtons")
        self.coverageSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.coverageButtons.addItem(self.coverageSpacer)

        self.visitTeamButton = QPushButton(self.coveragePanel)
        self.visitTeamButton.setObjectName(u"visitTeamButton")

        self.coverageButtons.addWidget(self.visitTeamButton)


        self.coveragePanelLayout.addLayout(self.coverageButtons)


        self.coverageRow.addWidget(self.coveragePanel)

        self.themesPanel = QFrame(self.coverageTab)
        self.themesPanel.setObjectName(u"themesPanel")
        self.themesPanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.themesPanelLayout = QVBoxLayout(self.themesPanel)
        self.themesPanelLayout.setObjectName(u"themesPanelLayout")
        self.themesTitle = QLabel(self.themesPanel)
        self.themesTitle.setObjectName(u"themesTitle")

        self.themesPanelLayout.addWidget(self.themesTitle)

        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.periodCombo = QComboBox(self.themesPanel)
        self.periodCombo.setObjectName(u"periodCombo")

        self.periodRow.addWidget(self.periodCombo)

        self.periodFromEdit = TypedDateEdit(self.themesPanel)
        self.periodFromEdit.setObjectName(u"periodFromEdit")
        self.periodFromEdit.setCalendarPopup(True)

        self.periodRow.addWidget(self.periodFromEdit)

        self.periodToLabel = QLabel(self.themesPanel)
        self.periodToLabel.setObjectName(u"periodToLabel")

        self.periodRow.addWidget(self.periodToLabel)

        self.periodToEdit = TypedDateEdit(self.themesPanel)
        self.periodToEdit.setObjectName(u"periodToEdit")
        self.periodToEdit.setCalendarPopup(True)

        self.periodRow.addWidget(self.periodToEdit)


        self.themesPanelLayout.addLayout(self.periodRow)

        self.themeTable = QTableView(self.themesPanel)
        self.themeTable.setObjectName(u"themeTable")
        self.themeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.themeTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.themeTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.themeTable.setWordWrap(False)
        self.themeTable.verticalHeader().setVisible(False)

        self.themesPanelLayout.addWidget(self.themeTable)


        self.coverageRow.addWidget(self.themesPanel)

        self.coverageRow.setStretch(0, 3)
        self.coverageRow.setStretch(1, 2)

        self.coverageLayout.addLayout(self.coverageRow)

        self.tabs.addTab(self.coverageTab, "")
        self.chartsTab = QWidget()
        self.chartsTab.setObjectName(u"chartsTab")
        self.chartsLayout = QHBoxLayout(self.chartsTab)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(0, 8, 0, 0)
        self.weeklyChartLayout = QVBoxLayout()
        self.weeklyChartLayout.setObjectName(u"weeklyChartLayout")

        self.chartsLayout.addLayout(self.weeklyChartLayout)

        self.themesChartLayout = QVBoxLayout()
        self.themesChartLayout.setObjectName(u"themesChartLayout")

        self.chartsLayout.addLayout(self.themesChartLayout)

        self.chartsLayout.setStretch(0, 1)
        self.chartsLayout.setStretch(1, 1)
        self.tabs.addTab(self.chartsTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.teamCombo)
        QWidget.setTabOrder(self.teamCombo, self.themeCombo)
        QWidget.setTabOrder(self.themeCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.clearFiltersButton)
        QWidget.setTabOrder(self.clearFiltersButton, self.table)
        QWidget.setTabOrder(self.table, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.writeBackButton)

        self.retranslateUi(VisitsPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(VisitsPage)
    # setupUi

    def retranslateUi(self, VisitsPage):
        self.pageTitle.setText(QCoreApplication.translate("VisitsPage", u"Visits", None))
        self.summaryLine.setText("")
        self.logVisitButton.setText(QCoreApplication.translate("VisitsPage", u"&Log a visit\u2026", None))
#if QT_CONFIG(tooltip)
        self.logVisitButton.setToolTip(QCoreApplication.translate("VisitsPage", u"Log a visit or meeting (Ctrl+Shift+V, from anywhere)", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("VisitsPage", u"Search places, people, notes (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Search the visit log", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Kind of visit or meeting", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.teamCombo.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Team", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.themeCombo.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Theme heard", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("VisitsPage", u"&From", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("VisitsPage", u"dd/MM/yyyy", None))
        self.fromEdit.setSpecialValueText(QCoreApplication.translate("VisitsPage", u"any date", None))
#if QT_CONFIG(accessibility)
        self.fromEdit.setAccessibleName(QCoreApplication.translate("VisitsPage", u"From date (empty for any date)", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("VisitsPage", u"t&o", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("VisitsPage", u"dd/MM/yyyy", None))
        self.toEdit.setSpecialValueText(QCoreApplication.translate("VisitsPage", u"any date", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("VisitsPage", u"To date (empty for any date)", None))
#endif // QT_CONFIG(accessibility)
        self.clearFiltersButton.setText(QCoreApplication.translate("VisitsPage", u"Clear", None))
#if QT_CONFIG(tooltip)
        self.clearFiltersButton.setToolTip(QCoreApplication.translate("VisitsPage", u"Show the whole log again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Visits and meetings, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.countLine.setText("")
        self.editButton.setText(QCoreApplication.translate("VisitsPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("VisitsPage", u"Change the chosen visit, add to it, or write back \"you said, we did\" (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("VisitsPage", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("VisitsPage", u"Delete the chosen visit (Delete); its actions stay in the plan; Ctrl+Z undoes it", None))
#endif // QT_CONFIG(tooltip)
        self.detailEmpty.setText(QCoreApplication.translate("VisitsPage", u"Choose a visit on the left to see what was heard.", None))
        self.visitTitle.setText("")
        self.visitWhen.setText("")
        self.visitBody.setText("")
        self.writeBackButton.setText(QCoreApplication.translate("VisitsPage", u"Write back \"you said, we did\"\u2026", None))
#if QT_CONFIG(tooltip)
        self.writeBackButton.setToolTip(QCoreApplication.translate("VisitsPage", u"Every action from this visit is done: tell them what changed", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.logTab), QCoreApplication.translate("VisitsPage", u"Visit &log", None))
        self.coverageTitle.setText(QCoreApplication.translate("VisitsPage", u"Teams visited", None))
        self.coverageNote.setText("")
#if QT_CONFIG(accessibility)
        self.coverageTable.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Teams and when each was last visited; Enter logs a visit to one", None))
#endif // QT_CONFIG(accessibility)
        self.visitTeamButton.setText(QCoreApplication.translate("VisitsPage", u"Log a visit to this &team\u2026", None))
        self.themesTitle.setText(QCoreApplication.translate("VisitsPage", u"Themes heard most often", None))
#if QT_CONFIG(accessibility)
        self.periodCombo.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Period", None))
#endif // QT_CONFIG(accessibility)
        self.periodFromEdit.setDisplayFormat(QCoreApplication.translate("VisitsPage", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.periodFromEdit.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Themes from", None))
#endif // QT_CONFIG(accessibility)
        self.periodToLabel.setText(QCoreApplication.translate("VisitsPage", u"to", None))
        self.periodToEdit.setDisplayFormat(QCoreApplication.translate("VisitsPage", u"dd/MM/yyyy", None))
#if QT_CONFIG(accessibility)
        self.periodToEdit.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Themes to", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.themeTable.setAccessibleName(QCoreApplication.translate("VisitsPage", u"Themes heard in the period; Enter shows those visits in the log", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.coverageTab), QCoreApplication.translate("VisitsPage", u"&Coverage and themes", None))
        self.tabs.setTabText(self.tabs.indexOf(self.chartsTab), QCoreApplication.translate("VisitsPage", u"C&harts", None))
        pass
    # retranslateUi

