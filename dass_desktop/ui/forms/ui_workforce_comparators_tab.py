# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workforce_comparators_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_WorkforceComparatorsTab(object):
    def setupUi(self, comparatorsTab):
        if not comparatorsTab.objectName():
            comparatorsTab.setObjectName(u"comparatorsTab")
        self.comparatorsLayout = QHBoxLayout(comparatorsTab)
        self.comparatorsLayout.setObjectName(u"comparatorsLayout")
        self.comparatorsLayout.setContentsMargins(8, 8, 8, 6)
        self.familyBox = QVBoxLayout()
        self.familyBox.setObjectName(u"familyBox")
        self.familyHeading = QLabel(comparatorsTab)
        self.familyHeading.setObjectName(u"familyHeading")

        self.familyBox.addWidget(self.familyHeading)

        self.familyNote = QLabel(comparatorsTab)
        self.familyNote.setObjectName(u"familyNote")
        self.familyNote.setWordWrap(True)

        self.familyBox.addWidget(self.familyNote)

        self.familyTable = QTableView(comparatorsTab)
        self.familyTable.setObjectName(u"familyTable")
        self.familyTable.setWordWrap(False)
        self.familyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.familyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.familyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.familyTable.verticalHeader().setVisible(False)

        self.familyBox.addWidget(self.familyTable)

        self.familyButtons = QGridLayout()
        self.familyButtons.setObjectName(u"familyButtons")
        self.councilCombo = QComboBox(comparatorsTab)
        self.councilCombo.setObjectName(u"councilCombo")
        self.councilCombo.setEditable(True)
        self.councilCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.familyButtons.addWidget(self.councilCombo, 0, 0, 1, 2)

        self.addCouncilButton = QPushButton(comparatorsTab)
        self.addCouncilButton.setObjectName(u"addCouncilButton")

        self.familyButtons.addWidget(self.addCouncilButton, 0, 2, 1, 1)

        self.inFamilyCheck = QCheckBox(comparatorsTab)
        self.inFamilyCheck.setObjectName(u"inFamilyCheck")

        self.familyButtons.addWidget(self.inFamilyCheck, 1, 0, 1, 1)

        self.fillCipfaButton = QPushButton(comparatorsTab)
        self.fillCipfaButton.setObjectName(u"fillCipfaButton")

        self.familyButtons.addWidget(self.fillCipfaButton, 1, 1, 1, 1)

        self.removeCouncilButton = QPushButton(comparatorsTab)
        self.removeCouncilButton.setObjectName(u"removeCouncilButton")

        self.familyButtons.addWidget(self.removeCouncilButton, 1, 2, 1, 1)


        self.familyBox.addLayout(self.familyButtons)

        self.familyBox.setStretch(2, 1)

        self.comparatorsLayout.addLayout(self.familyBox)

        self.figuresBox = QVBoxLayout()
        self.figuresBox.setObjectName(u"figuresBox")
        self.comparatorFiguresHeading = QLabel(comparatorsTab)
        self.comparatorFiguresHeading.setObjectName(u"comparatorFiguresHeading")

        self.figuresBox.addWidget(self.comparatorFiguresHeading)

        self.comparatorFilter = QLineEdit(comparatorsTab)
        self.comparatorFilter.setObjectName(u"comparatorFilter")
        self.comparatorFilter.setClearButtonEnabled(True)

        self.figuresBox.addWidget(self.comparatorFilter)

        self.comparatorTable = QTableView(comparatorsTab)
        self.comparatorTable.setObjectName(u"comparatorTable")
        self.comparatorTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparatorTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.comparatorTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comparatorTable.setSortingEnabled(True)
        self.comparatorTable.setWordWrap(False)
        self.comparatorTable.verticalHeader().setVisible(False)

        self.figuresBox.addWidget(self.comparatorTable)

        self.sourcesNote = QLabel(comparatorsTab)
        self.sourcesNote.setObjectName(u"sourcesNote")
        self.sourcesNote.setWordWrap(True)

        self.figuresBox.addWidget(self.sourcesNote)

        self.comparatorButtons = QHBoxLayout()
        self.comparatorButtons.setObjectName(u"comparatorButtons")
        self.addComparatorButton = QPushButton(comparatorsTab)
        self.addComparatorButton.setObjectName(u"addComparatorButton")

        self.comparatorButtons.addWidget(self.addComparatorButton)

        self.deleteComparatorButton = QPushButton(comparatorsTab)
        self.deleteComparatorButton.setObjectName(u"deleteComparatorButton")

        self.comparatorButtons.addWidget(self.deleteComparatorButton)

        self.comparatorButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.comparatorButtons.addItem(self.comparatorButtonsStretch)


        self.figuresBox.addLayout(self.comparatorButtons)

        self.figuresBox.setStretch(2, 1)

        self.comparatorsLayout.addLayout(self.figuresBox)

        self.comparatorsLayout.setStretch(0, 2)
        self.comparatorsLayout.setStretch(1, 3)

        self.retranslateUi(comparatorsTab)

        QMetaObject.connectSlotsByName(comparatorsTab)
    # setupUi

    def retranslateUi(self, comparatorsTab):
        self.familyHeading.setText(QCoreApplication.translate("WorkforceComparatorsTab", u"Councils you compare with", None))
        self.familyNote.setText("")
#if QT_CONFIG(accessibility)
        self.familyTable.setAccessibleName(QCoreApplication.translate("WorkforceComparatorsTab", u"Comparator councils", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.councilCombo.setAccessibleName(QCoreApplication.translate("WorkforceComparatorsTab", u"Council to add", None))
#endif // QT_CONFIG(accessibility)
        self.addCouncilButton.setText(QCoreApplication.translate("WorkforceComparatorsTab", u"A&dd", None))
        self.inFamilyCheck.setText(QCoreApplication.translate("WorkforceComparatorsTab", u"Count in the family median", None))
        self.fillCipfaButton.setText(QCoreApplication.translate("WorkforceComparatorsTab", u"Use the CIPFA list", None))
#if QT_CONFIG(tooltip)
        self.fillCipfaButton.setToolTip(QCoreApplication.translate("WorkforceComparatorsTab", u"Replace the CIPFA family with your council's published CIPFA nearest neighbours", None))
#endif // QT_CONFIG(tooltip)
        self.removeCouncilButton.setText(QCoreApplication.translate("WorkforceComparatorsTab", u"&Remove", None))
        self.comparatorFiguresHeading.setText(QCoreApplication.translate("WorkforceComparatorsTab", u"Comparator figures", None))
        self.comparatorFilter.setPlaceholderText(QCoreApplication.translate("WorkforceComparatorsTab", u"Filter by area, measure, period or source", None))
#if QT_CONFIG(accessibility)
        self.comparatorFilter.setAccessibleName(QCoreApplication.translate("WorkforceComparatorsTab", u"Filter comparator figures", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.comparatorTable.setAccessibleName(QCoreApplication.translate("WorkforceComparatorsTab", u"Comparator figures", None))
#endif // QT_CONFIG(accessibility)
        self.sourcesNote.setText(QCoreApplication.translate("WorkforceComparatorsTab", u"Published figures ship with the app, each with its source, period and licence (hover over a row). Most describe the whole adult social care sector, not a council's own staff: read the Covers column. See Help \u25b8 About for the full attribution.", None))
        self.addComparatorButton.setText(QCoreApplication.translate("WorkforceComparatorsTab", u"Add a comparator &figure\u2026", None))
        self.deleteComparatorButton.setText(QCoreApplication.translate("WorkforceComparatorsTab", u"Delete figure", None))
#if QT_CONFIG(tooltip)
        self.deleteComparatorButton.setToolTip(QCoreApplication.translate("WorkforceComparatorsTab", u"Delete a figure you typed or imported (published figures cannot be deleted)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

