# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'teams_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_TeamsPage(object):
    def setupUi(self, TeamsPage):
        if not TeamsPage.objectName():
            TeamsPage.setObjectName(u"TeamsPage")
        TeamsPage.resize(1080, 680)
        self.pageLayout = QVBoxLayout(TeamsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 14, 20, 12)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(12)
        self.headerRow.setObjectName(u"headerRow")
        self.pageTitle = QLabel(TeamsPage)
        self.pageTitle.setObjectName(u"pageTitle")

        self.headerRow.addWidget(self.pageTitle)

        self.summaryLine = QLabel(TeamsPage)
        self.summaryLine.setObjectName(u"summaryLine")
        self.summaryLine.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerRow.addWidget(self.summaryLine)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.newTeamButton = QPushButton(TeamsPage)
        self.newTeamButton.setObjectName(u"newTeamButton")

        self.headerRow.addWidget(self.newTeamButton)


        self.pageLayout.addLayout(self.headerRow)

        self.tabs = QTabWidget(TeamsPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.registerTab = QWidget()
        self.registerTab.setObjectName(u"registerTab")
        self.registerLayout = QVBoxLayout(self.registerTab)
        self.registerLayout.setObjectName(u"registerLayout")
        self.registerLayout.setContentsMargins(0, 8, 0, 0)
        self.splitter = QSplitter(self.registerTab)
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

        self.areaCombo = QComboBox(self.listPanel)
        self.areaCombo.setObjectName(u"areaCombo")
        self.areaCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.areaCombo)


        self.listLayout.addLayout(self.filterRow)

        self.teamTable = QTableView(self.listPanel)
        self.teamTable.setObjectName(u"teamTable")
        self.teamTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.teamTable.setAlternatingRowColors(True)
        self.teamTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.teamTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.teamTable.setSortingEnabled(True)
        self.teamTable.setWordWrap(False)
        self.teamTable.horizontalHeader().setHighlightSections(False)
        self.teamTable.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.teamTable)

        self.teamButtons = QHBoxLayout()
        self.teamButtons.setObjectName(u"teamButtons")
        self.countLine = QLabel(self.listPanel)
        self.countLine.setObjectName(u"countLine")

        self.teamButtons.addWidget(self.countLine)

        self.teamButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.teamButtons.addItem(self.teamButtonsSpacer)

        self.editTeamButton = QPushButton(self.listPanel)
        self.editTeamButton.setObjectName(u"editTeamButton")

        self.teamButtons.addWidget(self.editTeamButton)

        self.deleteTeamButton = QPushButton(self.listPanel)
        self.deleteTeamButton.setObjectName(u"deleteTeamButton")

        self.teamButtons.addWidget(self.deleteTeamButton)


        self.listLayout.addLayout(self.teamButtons)

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
        self.teamName = QLabel(self.detailBox)
        self.teamName.setObjectName(u"teamName")
        self.teamName.setWordWrap(True)
        self.teamName.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailBoxLayout.addWidget(self.teamName)

        self.teamFacts = QLabel(self.detailBox)
        self.teamFacts.setObjectName(u"teamFacts")
        self.teamFacts.setWordWrap(True)
        self.teamFacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailBoxLayout.addWidget(self.teamFacts)

        self.teamFigures = QLabel(self.detailBox)
        self.teamFigures.setObjectName(u"teamFigures")
        self.teamFigures.setWordWrap(True)
        self.teamFigures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailBoxLayout.addWidget(self.teamFigures)

        self.detailTabs = QTabWidget(self.detailBox)
        self.detailTabs.setObjectName(u"detailTabs")
        self.strengthsTab = QWidget()
        self.strengthsTab.setObjectName(u"strengthsTab")
        self.strengthsLayout = QVBoxLayout(self.strengthsTab)
        self.strengthsLayout.setObjectName(u"strengthsLayout")
        self.strengthsTable = QTableView(self.strengthsTab)
        self.strengthsTable.setObjectName(u"strengthsTable")
        self.strengthsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.strengthsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.strengthsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.strengthsTable.setWordWrap(False)
        self.strengthsTable.verticalHeader().setVisible(False)

        self.strengthsLayout.addWidget(self.strengthsTable)

        self.strengthButtons = QHBoxLayout()
        self.strengthButtons.setObjectName(u"strengthButtons")
        self.addStrengthButton = QPushButton(self.strengthsTab)
        self.addStrengthButton.setObjectName(u"addStrengthButton")

        self.strengthButtons.addWidget(self.addStrengthButton)

        self.editStrengthButton = QPushButton(self.strengthsTab)
        self.editStrengthButton.setObjectName(u"editStrengthButton")

        self.strengthButtons.addWidget(self.editStrengthButton)

        self.deleteStrengthButton = QPushButton(self.strengthsTab)
        self.deleteStrengthButton.setObjectName(u"deleteStrengthButton")

        self.strengthButtons.addWidget(self.deleteStrengthButton)

        self.strengthSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.strengthButtons.addItem(self.strengthSpacer)


        self.strengthsLayout.addLayout(self.strengthButtons)

        self.detailTabs.addTab(self.strengthsTab, "")
        self.developmentTab = QWidget()
        self.developmentTab.setObjectName(u"developmentTab")
        self.developmentLayout = QVBoxLayout(self.developmentTab)
        self.developmentLayout.setObjectName(u"developmentLayout")
        self.developmentTable = QTableView(self.developmentTab)
        self.developmentTable.setObjectName(u"developmentTable")
        self.developmentTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.developmentTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.developmentTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.developmentTable.setWordWrap(False)
        self.developmentTable.verticalHeader().setVisible(False)

        self.developmentLayout.addWidget(self.developmentTable)

        self.developmentButtons = QHBoxLayout()
        self.developmentButtons.setObjectName(u"developmentButtons")
        self.addDevelopmentButton = QPushButton(self.developmentTab)
        self.addDevelopmentButton.setObjectName(u"addDevelopmentButton")

        self.developmentButtons.addWidget(self.addDevelopmentButton)

        self.editDevelopmentButton = QPushButton(self.developmentTab)
        self.editDevelopmentButton.setObjectName(u"editDevelopmentButton")

        self.developmentButtons.addWidget(self.editDevelopmentButton)

        self.deleteDevelopmentButton = QPushButton(self.developmentTab)
        self.deleteDevelopmentButton.setObjectName(u"deleteDevelopmentButton")

        self.developmentButtons.addWidget(self.deleteDevelopmentButton)

        self.developmentSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.developmentButtons.addItem(self.developmentSpacer)


        self.developmentLayout.addLayout(self.developmentButtons)

        self.detailTabs.addTab(self.developmentTab, "")
        self.gapsTab = QWidget()
        self.gapsTab.setObjectName(u"gapsTab")
        self.gapsLayout = QVBoxLayout(self.gapsTab)
        self.gapsLayout.setObjectName(u"gapsLayout")
        self.gapsTable = QTableView(self.gapsTab)
        self.gapsTable.setObjectName(u"gapsTable")
        self.gapsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gapsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gapsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gapsTable.setWordWrap(False)
        self.gapsTable.verticalHeader().setVisible(False)

        self.gapsLayout.addWidget(self.gapsTable)

        self.gapDetail = QLabel(self.gapsTab)
        self.gapDetail.setObjectName(u"gapDetail")
        self.gapDetail.setWordWrap(True)
        self.gapDetail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.gapsLayout.addWidget(self.gapDetail)

        self.gapButtons = QHBoxLayout()
        self.gapButtons.setObjectName(u"gapButtons")
        self.addGapButton = QPushButton(self.gapsTab)
        self.addGapButton.setObjectName(u"addGapButton")

        self.gapButtons.addWidget(self.addGapButton)

        self.editGapButton = QPushButton(self.gapsTab)
        self.editGapButton.setObjectName(u"editGapButton")

        self.gapButtons.addWidget(self.editGapButton)

        self.deleteGapButton = QPushButton(self.gapsTab)
        self.deleteGapButton.setObjectName(u"deleteGapButton")

        self.gapButtons.addWidget(self.deleteGapButton)

        self.gapSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gapButtons.addItem(self.gapSpacer)

        self.gapToPlanButton = QPushButton(self.gapsTab)
        self.gapToPlanButton.setObjectName(u"gapToPlanButton")

        self.gapButtons.addWidget(self.gapToPlanButton)


        self.gapsLayout.addLayout(self.gapButtons)

        self.detailTabs.addTab(self.gapsTab, "")

        self.detailBoxLayout.addWidget(self.detailTabs)


        self.detailLayout.addWidget(self.detailBox)

        self.splitter.addWidget(self.detailPanel)

        self.registerLayout.addWidget(self.splitter)

        self.tabs.addTab(self.registerTab, "")
        self.departmentTab = QWidget()
        self.departmentTab.setObjectName(u"departmentTab")
        self.departmentLayout = QHBoxLayout(self.departmentTab)
        self.departmentLayout.setSpacing(14)
        self.departmentLayout.setObjectName(u"departmentLayout")
        self.departmentLayout.setContentsMargins(0, 8, 0, 0)
        self.rollupPanel = QFrame(self.departmentTab)
        self.rollupPanel.setObjectName(u"rollupPanel")
        self.rollupPanel.setMinimumSize(QSize(280, 0))
        self.rollupPanel.setMaximumSize(QSize(420, 16777215))
        self.rollupPanel.setFrameShape(QFrame.Shape.StyledPanel)
        self.rollupLayout = QVBoxLayout(self.rollupPanel)
        self.rollupLayout.setObjectName(u"rollupLayout")
        self.rollupTitle = QLabel(self.rollupPanel)
        self.rollupTitle.setObjectName(u"rollupTitle")

        self.rollupLayout.addWidget(self.rollupTitle)

        self.rollupFigures = QFormLayout()
        self.rollupFigures.setObjectName(u"rollupFigures")
        self.rollupFigures.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.teamsCountLabel = QLabel(self.rollupPanel)
        self.teamsCountLabel.setObjectName(u"teamsCountLabel")

        self.rollupFigures.setWidget(0, QFormLayout.ItemRole.LabelRole, self.teamsCountLabel)

        self.teamsCount = QLabel(self.rollupPanel)
        self.teamsCount.setObjectName(u"teamsCount")

        self.rollupFigures.setWidget(0, QFormLayout.ItemRole.FieldRole, self.teamsCount)

        self.establishmentTotalLabel = QLabel(self.rollupPanel)
        self.establishmentTotalLabel.setObjectName(u"establishmentTotalLabel")

        self.rollupFigures.setWidget(1, QFormLayout.ItemRole.LabelRole, self.establishmentTotalLabel)

        self.establishmentTotal = QLabel(self.rollupPanel)
        self.establishmentTotal.setObjectName(u"establishmentTotal")

        self.rollupFigures.setWidget(1, QFormLayout.ItemRole.FieldRole, self.establishmentTotal)

        self.inPostTotalLabel = QLabel(self.rollupPanel)
        self.inPostTotalLabel.setObjectName(u"inPostTotalLabel")

        self.rollupFigures.setWidget(2, QFormLayout.ItemRole.LabelRole, self.inPostTotalLabel)

        self.inPostTotal = QLabel(self.rollupPanel)
        self.inPostTotal.setObjectName(u"inPostTotal")

        self.rollupFigures.setWidget(2, QFormLayout.ItemRole.FieldRole, self.inPostTotal)

        self.vacanciesTotalLabel = QLabel(self.rollupPanel)
        self.vacanciesTotalLabel.setObjectName(u"vacanciesTotalLabel")

        self.rollupFigures.setWidget(3, QFormLayout.ItemRole.LabelRole, self.vacanciesTotalLabel)

        self.vacanciesTotal = QLabel(self.rollupPanel)
        self.vacanciesTotal.setObjectName(u"vacanciesTotal")

        self.rollupFigures.setWidget(3, QFormLayout.ItemRole.FieldRole, self.vacanciesTotal)

        self.vacancyRateTotalLabel = QLabel(self.rollupPanel)
        self.vacancyRateTotalLabel.setObjectName(u"vacancyRateTotalLabel")

        self.rollupFigures.setWidget(4, QFormLayout.ItemRole.LabelRole, self.vacancyRateTotalLabel)

        self.vacancyRateTotal = QLabel(self.rollupPanel)
        self.vacancyRateTotal.setObjectName(u"vacancyRateTotal")

        self.rollupFigures.setWidget(4, QFormLayout.ItemRole.FieldRole, self.vacancyRateTotal)

        self.agencyTotalLabel = QLabel(self.rollupPanel)
        self.agencyTotalLabel.setObjectName(u"agencyTotalLabel")

        self.rollupFigures.setWidget(5, QFormLayout.ItemRole.LabelRole, self.agencyTotalLabel)

        self.agencyTotal = QLabel(self.rollupPanel)
        self.agencyTotal.setObjectName(u"agencyTotal")

        self.rollupFigures.setWidget(5, QFormLayout.ItemRole.FieldRole, self.agencyTotal)

        self.openGapsTotalLabel = QLabel(self.rollupPanel)
        self.openGapsTotalLabel.setObjectName(u"openGapsTotalLabel")

        self.rollupFigures.setWidget(6, QFormLayout.ItemRole.LabelRole, self.openGapsTotalLabel)

        self.openGapsTotal = QLabel(self.rollupPanel)
        self.openGapsTotal.setObjectName(u"openGapsTotal")
        self.openGapsTotal.setWordWrap(True)

        self.rollupFigures.setWidget(6, QFormLayout.ItemRole.FieldRole, self.openGapsTotal)


        self.rollupLayout.addLayout(self.rollupFigures)

        self.tallyTitle = QLabel(self.rollupPanel)
        self.tallyTitle.setObjectName(u"tallyTitle")

        self.rollupLayout.addWidget(self.tallyTitle)

        self.tallyTable = QTableView(self.rollupPanel)
        self.tallyTable.setObjectName(u"tallyTable")
        self.tallyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tallyTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tallyTable.setWordWrap(False)
        self.tallyTable.verticalHeader().setVisible(False)

        self.rollupLayout.addWidget(self.tallyTable)

        self.rollupNote = QLabel(self.rollupPanel)
        self.rollupNote.setObjectName(u"rollupNote")
        self.rollupNote.setWordWrap(True)

        self.rollupLayout.addWidget(self.rollupNote)


        self.departmentLayout.addWidget(self.rollupPanel)

        self.chartTabs = QTabWidget(self.departmentTab)
        self.chartTabs.setObjectName(u"chartTabs")
        self.chartTabs.setMinimumSize(QSize(400, 340))
        self.vacancyChartTab = QWidget()
        self.vacancyChartTab.setObjectName(u"vacancyChartTab")
        self.vacancyChartLayout = QVBoxLayout(self.vacancyChartTab)
        self.vacancyChartLayout.setObjectName(u"vacancyChartLayout")
        self.chartTabs.addTab(self.vacancyChartTab, "")
        self.gapsChartTab = QWidget()
        self.gapsChartTab.setObjectName(u"gapsChartTab")
        self.gapsChartLayout = QVBoxLayout(self.gapsChartTab)
        self.gapsChartLayout.setObjectName(u"gapsChartLayout")
        self.chartTabs.addTab(self.gapsChartTab, "")

        self.departmentLayout.addWidget(self.chartTabs)

        self.departmentLayout.setStretch(0, 2)
        self.departmentLayout.setStretch(1, 3)
        self.tabs.addTab(self.departmentTab, "")

        self.pageLayout.addWidget(self.tabs)

        QWidget.setTabOrder(self.newTeamButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.areaCombo)
        QWidget.setTabOrder(self.areaCombo, self.teamTable)
        QWidget.setTabOrder(self.teamTable, self.editTeamButton)
        QWidget.setTabOrder(self.editTeamButton, self.deleteTeamButton)
        QWidget.setTabOrder(self.deleteTeamButton, self.detailTabs)
        QWidget.setTabOrder(self.detailTabs, self.strengthsTable)
        QWidget.setTabOrder(self.strengthsTable, self.addStrengthButton)
        QWidget.setTabOrder(self.addStrengthButton, self.editStrengthButton)
        QWidget.setTabOrder(self.editStrengthButton, self.deleteStrengthButton)
        QWidget.setTabOrder(self.deleteStrengthButton, self.developmentTable)
        QWidget.setTabOrder(self.developmentTable, self.addDevelopmentButton)
        QWidget.setTabOrder(self.addDevelopmentButton, self.editDevelopmentButton)
        QWidget.setTabOrder(self.editDevelopmentButton, self.deleteDevelopmentButton)
        QWidget.setTabOrder(self.deleteDevelopmentButton, self.gapsTable)
        QWidget.setTabOrder(self.gapsTable, self.addGapButton)
        QWidget.setTabOrder(self.addGapButton, self.editGapButton)
        QWidget.setTabOrder(self.editGapButton, self.deleteGapButton)
        QWidget.setTabOrder(self.deleteGapButton, self.gapToPlanButton)

        self.retranslateUi(TeamsPage)

        self.tabs.setCurrentIndex(0)
        self.detailTabs.setCurrentIndex(0)
        self.chartTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(TeamsPage)
    # setupUi

    def retranslateUi(self, TeamsPage):
        self.pageTitle.setText(QCoreApplication.translate("TeamsPage", u"Teams", None))
        self.summaryLine.setText("")
        self.newTeamButton.setText(QCoreApplication.translate("TeamsPage", u"New team\u2026", None))
#if QT_CONFIG(tooltip)
        self.newTeamButton.setToolTip(QCoreApplication.translate("TeamsPage", u"Add a team to the register (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("TeamsPage", u"Search teams, managers and bases (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("TeamsPage", u"Search teams", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.areaCombo.setAccessibleName(QCoreApplication.translate("TeamsPage", u"Service area", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.areaCombo.setToolTip(QCoreApplication.translate("TeamsPage", u"Show one service area", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.teamTable.setAccessibleName(QCoreApplication.translate("TeamsPage", u"Teams", None))
#endif // QT_CONFIG(accessibility)
        self.countLine.setText("")
        self.editTeamButton.setText(QCoreApplication.translate("TeamsPage", u"&Edit team\u2026", None))
#if QT_CONFIG(tooltip)
        self.editTeamButton.setToolTip(QCoreApplication.translate("TeamsPage", u"Change the chosen team's details (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteTeamButton.setText(QCoreApplication.translate("TeamsPage", u"Delete team", None))
#if QT_CONFIG(tooltip)
        self.deleteTeamButton.setToolTip(QCoreApplication.translate("TeamsPage", u"Delete the chosen team (Delete); you can undo it", None))
#endif // QT_CONFIG(tooltip)
        self.detailEmpty.setText(QCoreApplication.translate("TeamsPage", u"Choose a team on the left to see its strengths, areas for development and gaps.", None))
        self.teamName.setText("")
        self.teamFacts.setText("")
        self.teamFigures.setText("")
#if QT_CONFIG(accessibility)
        self.strengthsTable.setAccessibleName(QCoreApplication.translate("TeamsPage", u"Strengths", None))
#endif // QT_CONFIG(accessibility)
        self.addStrengthButton.setText(QCoreApplication.translate("TeamsPage", u"Add &strength\u2026", None))
        self.editStrengthButton.setText(QCoreApplication.translate("TeamsPage", u"Edit\u2026", None))
        self.deleteStrengthButton.setText(QCoreApplication.translate("TeamsPage", u"Delete", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.strengthsTab), QCoreApplication.translate("TeamsPage", u"Strengths", None))
#if QT_CONFIG(accessibility)
        self.developmentTable.setAccessibleName(QCoreApplication.translate("TeamsPage", u"Areas for development", None))
#endif // QT_CONFIG(accessibility)
        self.addDevelopmentButton.setText(QCoreApplication.translate("TeamsPage", u"Add &development area\u2026", None))
        self.editDevelopmentButton.setText(QCoreApplication.translate("TeamsPage", u"Edit\u2026", None))
        self.deleteDevelopmentButton.setText(QCoreApplication.translate("TeamsPage", u"Delete", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.developmentTab), QCoreApplication.translate("TeamsPage", u"Areas for development", None))
#if QT_CONFIG(accessibility)
        self.gapsTable.setAccessibleName(QCoreApplication.translate("TeamsPage", u"Capacity and skills gaps", None))
#endif // QT_CONFIG(accessibility)
        self.gapDetail.setText("")
        self.addGapButton.setText(QCoreApplication.translate("TeamsPage", u"Add &gap\u2026", None))
        self.editGapButton.setText(QCoreApplication.translate("TeamsPage", u"Edit\u2026", None))
        self.deleteGapButton.setText(QCoreApplication.translate("TeamsPage", u"Delete", None))
        self.gapToPlanButton.setText(QCoreApplication.translate("TeamsPage", u"Add to &plan", None))
#if QT_CONFIG(tooltip)
        self.gapToPlanButton.setToolTip(QCoreApplication.translate("TeamsPage", u"Make the chosen gap an action in your plan, with its target date and owner", None))
#endif // QT_CONFIG(tooltip)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.gapsTab), QCoreApplication.translate("TeamsPage", u"Gaps", None))
        self.tabs.setTabText(self.tabs.indexOf(self.registerTab), QCoreApplication.translate("TeamsPage", u"&Register", None))
        self.rollupTitle.setText(QCoreApplication.translate("TeamsPage", u"Across all teams", None))
        self.teamsCountLabel.setText(QCoreApplication.translate("TeamsPage", u"Teams", None))
        self.teamsCount.setText("")
        self.establishmentTotalLabel.setText(QCoreApplication.translate("TeamsPage", u"Establishment", None))
        self.establishmentTotal.setText("")
        self.inPostTotalLabel.setText(QCoreApplication.translate("TeamsPage", u"Staff in post", None))
        self.inPostTotal.setText("")
        self.vacanciesTotalLabel.setText(QCoreApplication.translate("TeamsPage", u"Vacancies", None))
        self.vacanciesTotal.setText("")
        self.vacancyRateTotalLabel.setText(QCoreApplication.translate("TeamsPage", u"Vacancy rate", None))
        self.vacancyRateTotal.setText("")
        self.agencyTotalLabel.setText(QCoreApplication.translate("TeamsPage", u"Agency staff", None))
        self.agencyTotal.setText("")
        self.openGapsTotalLabel.setText(QCoreApplication.translate("TeamsPage", u"Open gaps", None))
        self.openGapsTotal.setText("")
        self.tallyTitle.setText(QCoreApplication.translate("TeamsPage", u"Open gaps by role and severity", None))
#if QT_CONFIG(accessibility)
        self.tallyTable.setAccessibleName(QCoreApplication.translate("TeamsPage", u"Open gaps by role and severity", None))
#endif // QT_CONFIG(accessibility)
        self.rollupNote.setText(QCoreApplication.translate("TeamsPage", u"The vacancy rate across teams is all vacancies over all establishment, so larger teams count for more. Teams with no establishment are left out of it.", None))
        self.chartTabs.setTabText(self.chartTabs.indexOf(self.vacancyChartTab), QCoreApplication.translate("TeamsPage", u"Vacancy rate by team", None))
        self.chartTabs.setTabText(self.chartTabs.indexOf(self.gapsChartTab), QCoreApplication.translate("TeamsPage", u"Gaps by role and severity", None))
        self.tabs.setTabText(self.tabs.indexOf(self.departmentTab), QCoreApplication.translate("TeamsPage", u"Depar&tment", None))
        pass
    # retranslateUi

