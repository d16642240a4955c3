# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workforce_page.ui'
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
    QDoubleSpinBox, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_WorkforcePage(object):
    def setupUi(self, WorkforcePage):
        if not WorkforcePage.objectName():
            WorkforcePage.setObjectName(u"WorkforcePage")
        WorkforcePage.resize(1100, 680)
        self.pageLayout = QVBoxLayout(WorkforcePage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(20, 14, 20, 10)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.heading = QLabel(WorkforcePage)
        self.heading.setObjectName(u"heading")

        self.headerRow.addWidget(self.heading)

        self.messageLabel = QLabel(WorkforcePage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)

        self.headerRow.addWidget(self.messageLabel)

        self.addFigureButton = QPushButton(WorkforcePage)
        self.addFigureButton.setObjectName(u"addFigureButton")

        self.headerRow.addWidget(self.addFigureButton)

        self.importButton = QPushButton(WorkforcePage)
        self.importButton.setObjectName(u"importButton")

        self.headerRow.addWidget(self.importButton)


        self.pageLayout.addLayout(self.headerRow)

        self.choiceRow = QHBoxLayout()
        self.choiceRow.setSpacing(8)
        self.choiceRow.setObjectName(u"choiceRow")
        self.scopeLabel = QLabel(WorkforcePage)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.choiceRow.addWidget(self.scopeLabel)

        self.scopeCombo = QComboBox(WorkforcePage)
        self.scopeCombo.setObjectName(u"scopeCombo")
        self.scopeCombo.setMinimumSize(QSize(240, 0))

        self.choiceRow.addWidget(self.scopeCombo)

        self.choiceGap = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.choiceRow.addItem(self.choiceGap)

        self.comparatorLabel = QLabel(WorkforcePage)
        self.comparatorLabel.setObjectName(u"comparatorLabel")

        self.choiceRow.addWidget(self.comparatorLabel)

        self.comparatorCombo = QComboBox(WorkforcePage)
        self.comparatorCombo.setObjectName(u"comparatorCombo")
        self.comparatorCombo.setMinimumSize(QSize(260, 0))

        self.choiceRow.addWidget(self.comparatorCombo)

        self.choiceStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceRow.addItem(self.choiceStretch)


        self.pageLayout.addLayout(self.choiceRow)

        self.tabs = QTabWidget(WorkforcePage)
        self.tabs.setObjectName(u"tabs")
        self.figuresTab = QWidget()
        self.figuresTab.setObjectName(u"figuresTab")
        self.figuresLayout = QVBoxLayout(self.figuresTab)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresLayout.setContentsMargins(8, 8, 8, 6)
        self.figuresSplitter = QSplitter(self.figuresTab)
        self.figuresSplitter.setObjectName(u"figuresSplitter")
        self.figuresSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.figuresSplitter.setChildrenCollapsible(False)
        self.figuresTable = QTableView(self.figuresSplitter)
        self.figuresTable.setObjectName(u"figuresTable")
        self.figuresTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figuresTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.figuresTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figuresTable.setAlternatingRowColors(True)
        self.figuresTable.setWordWrap(False)
        self.figuresSplitter.addWidget(self.figuresTable)
        self.figuresTable.verticalHeader().setVisible(False)
        self.trendPanel = QWidget(self.figuresSplitter)
        self.trendPanel.setObjectName(u"trendPanel")
        self.trendLayout = QVBoxLayout(self.trendPanel)
        self.trendLayout.setObjectName(u"trendLayout")
        self.trendLayout.setContentsMargins(6, 0, 0, 0)
        self.trendControls = QHBoxLayout()
        self.trendControls.setObjectName(u"trendControls")
        self.trendMetricLabel = QLabel(self.trendPanel)
        self.trendMetricLabel.setObjectName(u"trendMetricLabel")

        self.trendControls.addWidget(self.trendMetricLabel)

        self.trendMetricCombo = QComboBox(self.trendPanel)
        self.trendMetricCombo.setObjectName(u"trendMetricCombo")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.trendMetricCombo.sizePolicy().hasHeightForWidth())
        self.trendMetricCombo.setSizePolicy(sizePolicy1)

        self.trendControls.addWidget(self.trendMetricCombo)

        self.targetLabel = QLabel(self.trendPanel)
        self.targetLabel.setObjectName(u"targetLabel")

        self.trendControls.addWidget(self.targetLabel)

        self.targetSpin = QDoubleSpinBox(self.trendPanel)
        self.targetSpin.setObjectName(u"targetSpin")
        self.targetSpin.setDecimals(1)
        self.targetSpin.setMinimum(-1.000000000000000)
        self.targetSpin.setMaximum(100000.000000000000000)
        self.targetSpin.setMinimumSize(QSize(90, 0))

        self.trendControls.addWidget(self.targetSpin)


        self.trendLayout.addLayout(self.trendControls)

        self.figuresSplitter.addWidget(self.trendPanel)

        self.figuresLayout.addWidget(self.figuresSplitter)

        self.comparatorNote = QLabel(self.figuresTab)
        self.comparatorNote.setObjectName(u"comparatorNote")
        self.comparatorNote.setWordWrap(True)
        self.comparatorNote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.figuresLayout.addWidget(self.comparatorNote)

        self.figuresLayout.setStretch(0, 1)
        self.tabs.addTab(self.figuresTab, "")
        self.teamsTab = QWidget()
        self.teamsTab.setObjectName(u"teamsTab")
        self.complianceLayout = QVBoxLayout(self.teamsTab)
        self.complianceLayout.setObjectName(u"complianceLayout")
        self.complianceLayout.setContentsMargins(8, 8, 8, 6)
        self.complianceNote = QLabel(self.teamsTab)
        self.complianceNote.setObjectName(u"complianceNote")
        self.complianceNote.setWordWrap(True)

        self.complianceLayout.addWidget(self.complianceNote)

        self.tabs.addTab(self.teamsTab, "")
        self.diversityTab = QWidget()
        self.diversityTab.setObjectName(u"diversityTab")
        self.diversityLayout = QHBoxLayout(self.diversityTab)
        self.diversityLayout.setObjectName(u"diversityLayout")
        self.diversityLayout.setContentsMargins(8, 8, 8, 6)
        self.diversityLeft = QVBoxLayout()
        self.diversityLeft.setObjectName(u"diversityLeft")
        self.dimensionRow = QHBoxLayout()
        self.dimensionRow.setObjectName(u"dimensionRow")
        self.dimensionLabel = QLabel(self.diversityTab)
        self.dimensionLabel.setObjectName(u"dimensionLabel")

        self.dimensionRow.addWidget(self.dimensionLabel)

        self.dimensionCombo = QComboBox(self.diversityTab)
        self.dimensionCombo.setObjectName(u"dimensionCombo")

        self.dimensionRow.addWidget(self.dimensionCombo)


        self.diversityLeft.addLayout(self.dimensionRow)

        self.diversityTable = QTableView(self.diversityTab)
        self.diversityTable.setObjectName(u"diversityTable")
        self.diversityTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diversityTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.diversityTable.setAlternatingRowColors(True)
        self.diversityTable.verticalHeader().setVisible(False)

        self.diversityLeft.addWidget(self.diversityTable)

        self.diversityNote = QLabel(self.diversityTab)
        self.diversityNote.setObjectName(u"diversityNote")
        self.diversityNote.setWordWrap(True)

        self.diversityLeft.addWidget(self.diversityNote)

        self.diversityButtons = QHBoxLayout()
        self.diversityButtons.setObjectName(u"diversityButtons")
        self.addShareButton = QPushButton(self.diversityTab)
        self.addShareButton.setObjectName(u"addShareButton")

        self.diversityButtons.addWidget(self.addShareButton)

        self.diversityButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.diversityButtons.addItem(self.diversityButtonsStretch)


        self.diversityLeft.addLayout(self.diversityButtons)


        self.diversityLayout.addLayout(self.diversityLeft)

        self.tabs.addTab(self.diversityTab, "")
        self.comparatorsTab = QWidget()
        self.comparatorsTab.setObjectName(u"comparatorsTab")
        self.comparatorsLayout = QHBoxLayout(self.comparatorsTab)
        self.comparatorsLayout.setObjectName(u"comparatorsLayout")
        self.comparatorsLayout.setContentsMargins(8, 8, 8, 6)
        self.familyBox = QVBoxLayout()
        self.familyBox.setObjectName(u"familyBox")
        self.familyHeading = QLabel(self.comparatorsTab)
        self.familyHeading.setObjectName(u"familyHeading")

        self.familyBox.addWidget(self.familyHeading)

        self.familyNote = QLabel(self.comparatorsTab)
        self.familyNote.setObjectName(u"familyNote")
        self.familyNote.setWordWrap(True)

        self.familyBox.addWidget(self.familyNote)

        self.familyTable = QTableView(self.comparatorsTab)
        self.familyTable.setObjectName(u"familyTable")
        self.familyTable.setWordWrap(False)
        self.familyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.familyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.familyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.familyTable.verticalHeader().setVisible(False)

        self.familyBox.addWidget(self.familyTable)

        self.familyButtons = QGridLayout()
        self.familyButtons.setObjectName(u"familyButtons")
        self.councilCombo = QComboBox(self.comparatorsTab)
        self.councilCombo.setObjectName(u"councilCombo")
        self.councilCombo.setEditable(True)
        self.councilCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.familyButtons.addWidget(self.councilCombo, 0, 0, 1, 2)

        self.addCouncilButton = QPushButton(self.comparatorsTab)
        self.addCouncilButton.setObjectName(u"addCouncilButton")

        self.familyButtons.addWidget(self.addCouncilButton, 0, 2, 1, 1)

        self.inFamilyCheck = QCheckBox(self.comparatorsTab)
        self.inFamilyCheck.setObjectName(u"inFamilyCheck")

        self.familyButtons.addWidget(self.inFamilyCheck, 1, 0, 1, 1)

        self.fillCipfaButton = QPushButton(self.comparatorsTab)
        self.fillCipfaButton.setObjectName(u"fillCipfaButton")

        self.familyButtons.addWidget(self.fillCipfaButton, 1, 1, 1, 1)

        self.removeCouncilButton = QPushButton(self.comparatorsTab)
        self.removeCouncilButton.setObjectName(u"removeCouncilButton")

        self.familyButtons.addWidget(self.removeCouncilButton, 1, 2, 1, 1)


        self.familyBox.addLayout(self.familyButtons)

        self.familyBox.setStretch(2, 1)

        self.comparatorsLayout.addLayout(self.familyBox)

        self.figuresBox = QVBoxLayout()
        self.figuresBox.setObjectName(u"figuresBox")
        self.comparatorFiguresHeading = QLabel(self.comparatorsTab)
        self.comparatorFiguresHeading.setObjectName(u"comparatorFiguresHeading")

        self.figuresBox.addWidget(self.comparatorFiguresHeading)

        self.comparatorFilter = QLineEdit(self.comparatorsTab)
        self.comparatorFilter.setObjectName(u"comparatorFilter")
        self.comparatorFilter.setClearButtonEnabled(True)

        self.figuresBox.addWidget(self.comparatorFilter)

        self.comparatorTable = QTableView(self.comparatorsTab)
        self.comparatorTable.setObjectName(u"comparatorTable")
        self.comparatorTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparatorTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.comparatorTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comparatorTable.setSortingEnabled(True)
        self.comparatorTable.setWordWrap(False)
        self.comparatorTable.verticalHeader().setVisible(False)

        self.figuresBox.addWidget(self.comparatorTable)

        self.sourcesNote = QLabel(self.comparatorsTab)
        self.sourcesNote.setObjectName(u"sourcesNote")
        self.sourcesNote.setWordWrap(True)

        self.figuresBox.addWidget(self.sourcesNote)

        self.comparatorButtons = QHBoxLayout()
        self.comparatorButtons.setObjectName(u"comparatorButtons")
        self.addComparatorButton = QPushButton(self.comparatorsTab)
        self.addComparatorButton.setObjectName(u"addComparatorButton")

        self.comparatorButtons.addWidget(self.addComparatorButton)

        self.deleteComparatorButton = QPushButton(self.comparatorsTab)
        self.deleteComparatorButton.setObjectName(u"deleteComparatorButton")

        self.comparatorButtons.addWidget(self.deleteComparatorButton)

        self.comparatorButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.comparatorButtons.addItem(self.comparatorButtonsStretch)


        self.figuresBox.addLayout(self.comparatorButtons)

        self.figuresBox.setStretch(2, 1)

        self.comparatorsLayout.addLayout(self.figuresBox)

        self.comparatorsLayout.setStretch(0, 2)
        self.comparatorsLayout.setStretch(1, 3)
        self.tabs.addTab(self.comparatorsTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.scopeLabel.setBuddy(self.scopeCombo)
        self.comparatorLabel.setBuddy(self.comparatorCombo)
        self.trendMetricLabel.setBuddy(self.trendMetricCombo)
        self.targetLabel.setBuddy(self.targetSpin)
        self.dimensionLabel.setBuddy(self.dimensionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WorkforcePage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(WorkforcePage)
    # setupUi

    def retranslateUi(self, WorkforcePage):
        self.heading.setText(QCoreApplication.translate("WorkforcePage", u"Workforce", None))
        self.messageLabel.setText("")
        self.addFigureButton.setText(QCoreApplication.translate("WorkforcePage", u"&Add a figure\u2026", None))
#if QT_CONFIG(tooltip)
        self.addFigureButton.setToolTip(QCoreApplication.translate("WorkforcePage", u"Type in one month's figure for the department or a team", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("WorkforcePage", u"&Import CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("WorkforcePage", u"Import figures from a CSV file saved from a spreadsheet or published statistics (Ctrl+I)", None))
#endif // QT_CONFIG(tooltip)
        self.scopeLabel.setText(QCoreApplication.translate("WorkforcePage", u"&Figures for", None))
#if QT_CONFIG(accessibility)
        self.scopeCombo.setAccessibleName(QCoreApplication.translate("WorkforcePage", u"Figures for", None))
#endif // QT_CONFIG(accessibility)
        self.comparatorLabel.setText(QCoreApplication.translate("WorkforcePage", u"&Compare with", None))
#if QT_CONFIG(accessibility)
        self.comparatorCombo.setAccessibleName(QCoreApplication.translate("WorkforcePage", u"Compare with", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.comparatorCombo.setToolTip(QCoreApplication.translate("WorkforcePage", u"The RAG rating compares each figure with this; where it has no figure for a measure, your target is used", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.figuresTable.setAccessibleName(QCoreApplication.translate("WorkforcePage", u"Latest figures", None))
#endif // QT_CONFIG(accessibility)
        self.trendMetricLabel.setText(QCoreApplication.translate("WorkforcePage", u"C&hart of", None))
#if QT_CONFIG(accessibility)
        self.trendMetricCombo.setAccessibleName(QCoreApplication.translate("WorkforcePage", u"Measure to chart", None))
#endif // QT_CONFIG(accessibility)
        self.targetLabel.setText(QCoreApplication.translate("WorkforcePage", u"&Target", None))
#if QT_CONFIG(accessibility)
        self.targetSpin.setAccessibleName(QCoreApplication.translate("WorkforcePage", u"Target for this measure", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.targetSpin.setToolTip(QCoreApplication.translate("WorkforcePage", u"Your target for this measure, drawn as a dashed line; set it to \"None\" for no target", None))
#endif // QT_CONFIG(tooltip)
        self.targetSpin.setSpecialValueText(QCoreApplication.translate("WorkforcePage", u"None", None))
        self.comparatorNote.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.figuresTab), QCoreApplication.translate("WorkforcePage", u"Figures", None))
        self.complianceNote.setText(QCoreApplication.translate("WorkforcePage", u"Each team's latest supervision-in-date and appraisal figures against the target set for supervision (90% unless you change it on the Figures tab). The Care Quality Commission may ask to see supervision and appraisal records.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.teamsTab), QCoreApplication.translate("WorkforcePage", u"Supervision and appraisal", None))
        self.dimensionLabel.setText(QCoreApplication.translate("WorkforcePage", u"C&haracteristic", None))
#if QT_CONFIG(accessibility)
        self.dimensionCombo.setAccessibleName(QCoreApplication.translate("WorkforcePage", u"Characteristic", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.diversityTable.setAccessibleName(QCoreApplication.translate("WorkforcePage", u"Workforce and population by group", None))
#endif // QT_CONFIG(accessibility)
        self.diversityNote.setText("")
        self.addShareButton.setText(QCoreApplication.translate("WorkforcePage", u"Add a &share\u2026", None))
#if QT_CONFIG(tooltip)
        self.addShareButton.setToolTip(QCoreApplication.translate("WorkforcePage", u"Type in the share of the workforce or the local population in one group", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.diversityTab), QCoreApplication.translate("WorkforcePage", u"Diversity", None))
        self.familyHeading.setText(QCoreApplication.translate("WorkforcePage", u"Councils you compare with", None))
        self.familyNote.setText("")
#if QT_CONFIG(accessibility)
        self.familyTable.setAccessibleName(QCoreApplication.translate("WorkforcePage", u"Comparator councils", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.councilCombo.setAccessibleName(QCoreApplication.translate("WorkforcePage", u"Council to add", None))
#endif // QT_CONFIG(accessibility)
        self.addCouncilButton.setText(QCoreApplication.translate("WorkforcePage", u"A&dd", None))
        self.inFamilyCheck.setText(QCoreApplication.translate("WorkforcePage", u"Count in the family median", None))
        self.fillCipfaButton.setText(QCoreApplication.translate("WorkforcePage", u"Use the CIPFA list", None))
#if QT_CONFIG(tooltip)
        self.fillCipfaButton.setToolTip(QCoreApplication.translate("WorkforcePage", u"Replace the CIPFA family with your council's published CIPFA nearest neighbours", None))
#endif // QT_CONFIG(tooltip)
        self.removeCouncilButton.setText(QCoreApplication.translate("WorkforcePage", u"&Remove", None))
        self.comparatorFiguresHeading.setText(QCoreApplication.translate("WorkforcePage", u"Comparator figures", None))
        self.comparatorFilter.setPlaceholderText(QCoreApplication.translate("WorkforcePage", u"Filter by area, measure, period or source", None))
#if QT_CONFIG(accessibility)
        self.comparatorFilter.setAccessibleName(QCoreApplication.translate("WorkforcePage", u"Filter comparator figures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.comparatorTable.setAccessibleName(QCoreApplication.translate("WorkforcePage", u"Comparator figures", None))
#endif // QT_CONFIG(accessibility)
        self.sourcesNote.setText(QCoreApplication.translate("WorkforcePage", u"Published figures ship with the app, each with its source, period and licence (hover over a row). Most describe the whole adult social care sector, not a council's own staff: read the Covers column. See Help \u25b8 About for the full attribution.", None))
        self.addComparatorButton.setText(QCoreApplication.translate("WorkforcePage", u"Add a comparator &figure\u2026", None))
        self.deleteComparatorButton.setText(QCoreApplication.translate("WorkforcePage", u"Delete figure", None))
#if QT_CONFIG(tooltip)
        self.deleteComparatorButton.setToolTip(QCoreApplication.translate("WorkforcePage", u"Delete a figure you typed or imported (published figures cannot be deleted)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.comparatorsTab), QCoreApplication.translate("WorkforcePage", u"Comparators", None))
        pass
    # retranslateUi

