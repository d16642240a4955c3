# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workforce_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDoubleSpinBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

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
        self.tabs.addTab(self.teamsTab, "")
        self.diversityTab = QWidget()
        self.diversityTab.setObjectName(u"diversityTab")
        self.tabs.addTab(self.diversityTab, "")
        self.comparatorsTab = QWidget()
        self.comparatorsTab.setObjectName(u"comparatorsTab")
        self.tabs.addTab(self.comparatorsTab, "")

        self.pageLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.scopeLabel.setBuddy(self.scopeCombo)
        self.comparatorLabel.setBuddy(self.comparatorCombo)
        self.trendMetricLabel.setBuddy(self.trendMetricCombo)
        self.targetLabel.setBuddy(self.targetSpin)
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
        self.tabs.setTabText(self.tabs.indexOf(self.teamsTab), QCoreApplication.translate("WorkforcePage", u"Supervision and appraisal", None))
        self.tabs.setTabText(self.tabs.indexOf(self.diversityTab), QCoreApplication.translate("WorkforcePage", u"Diversity", None))
        self.tabs.setTabText(self.tabs.indexOf(self.comparatorsTab), QCoreApplication.translate("WorkforcePage", u"Comparators", None))
        pass
    # retranslateUi

