# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'plan_page.ui'
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
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTreeView, QVBoxLayout,
    QWidget)

class Ui_PlanPage(object):
    def setupUi(self, PlanPage):
        if not PlanPage.objectName():
            PlanPage.setObjectName(u"PlanPage")
        PlanPage.resize(1170, 700)
        self.pageLayout = QVBoxLayout(PlanPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 8)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.pageTitle = QLabel(PlanPage)
        self.pageTitle.setObjectName(u"pageTitle")

        self.headerRow.addWidget(self.pageTitle)

        self.summary = QLabel(PlanPage)
        self.summary.setObjectName(u"summary")

        self.headerRow.addWidget(self.summary)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.newItemButton = QPushButton(PlanPage)
        self.newItemButton.setObjectName(u"newItemButton")

        self.headerRow.addWidget(self.newItemButton)

        self.exportButton = QPushButton(PlanPage)
        self.exportButton.setObjectName(u"exportButton")

        self.headerRow.addWidget(self.exportButton)

        self.newThemeButton = QPushButton(PlanPage)
        self.newThemeButton.setObjectName(u"newThemeButton")

        self.headerRow.addWidget(self.newThemeButton)


        self.pageLayout.addLayout(self.headerRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(6)
        self.filterRow.setObjectName(u"filterRow")
        self.searchEdit = QLineEdit(PlanPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.statusFilter = QComboBox(PlanPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow.addWidget(self.statusFilter)

        self.ragFilter = QComboBox(PlanPage)
        self.ragFilter.setObjectName(u"ragFilter")

        self.filterRow.addWidget(self.ragFilter)

        self.ownerFilter = QComboBox(PlanPage)
        self.ownerFilter.setObjectName(u"ownerFilter")
        self.ownerFilter.setMinimumContentsLength(12)
        self.ownerFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.filterRow.addWidget(self.ownerFilter)

        self.overdueOnly = QCheckBox(PlanPage)
        self.overdueOnly.setObjectName(u"overdueOnly")

        self.filterRow.addWidget(self.overdueOnly)


        self.pageLayout.addLayout(self.filterRow)

        self.splitter = QSplitter(PlanPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tree = QTreeView(self.splitter)
        self.tree.setObjectName(u"tree")
        self.tree.setMinimumSize(QSize(480, 0))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setSortingEnabled(True)
        self.tree.setAllColumnsShowFocus(True)
        self.splitter.addWidget(self.tree)
        self.editorScroll = QScrollArea(self.splitter)
        self.editorScroll.setObjectName(u"editorScroll")
        self.editorScroll.setWidgetResizable(True)
        self.editorScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editorScroll.setMinimumSize(QSize(340, 0))
        self.editorScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editorHost = QWidget()
        self.editorHost.setObjectName(u"editorHost")
        self.editorHostLayout = QVBoxLayout(self.editorHost)
        self.editorHostLayout.setObjectName(u"editorHostLayout")
        self.editorHostLayout.setContentsMargins(0, 0, 0, 0)
        self.editorScroll.setWidget(self.editorHost)
        self.splitter.addWidget(self.editorScroll)

        self.pageLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.searchEdit, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.ragFilter)
        QWidget.setTabOrder(self.ragFilter, self.ownerFilter)
        QWidget.setTabOrder(self.ownerFilter, self.overdueOnly)
        QWidget.setTabOrder(self.overdueOnly, self.tree)

        self.retranslateUi(PlanPage)

        QMetaObject.connectSlotsByName(PlanPage)
    # setupUi

    def retranslateUi(self, PlanPage):
        self.pageTitle.setText(QCoreApplication.translate("PlanPage", u"Your plan", None))
        self.summary.setText("")
        self.newItemButton.setText(QCoreApplication.translate("PlanPage", u"New item", None))
#if QT_CONFIG(tooltip)
        self.newItemButton.setToolTip(QCoreApplication.translate("PlanPage", u"Add an item of your own to the selected theme (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("PlanPage", u"Export PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("PlanPage", u"Make the 100-day or six-month plan as a printable PDF (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.newThemeButton.setText(QCoreApplication.translate("PlanPage", u"New theme\u2026", None))
#if QT_CONFIG(tooltip)
        self.newThemeButton.setToolTip(QCoreApplication.translate("PlanPage", u"Add a theme of your own", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("PlanPage", u"Search titles, findings and owners (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("PlanPage", u"Search the plan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("PlanPage", u"Show status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ragFilter.setAccessibleName(QCoreApplication.translate("PlanPage", u"Show RAG rating", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ownerFilter.setAccessibleName(QCoreApplication.translate("PlanPage", u"Show owner", None))
#endif // QT_CONFIG(accessibility)
        self.overdueOnly.setText(QCoreApplication.translate("PlanPage", u"&Overdue only", None))
#if QT_CONFIG(accessibility)
        self.tree.setAccessibleName(QCoreApplication.translate("PlanPage", u"Plan items by phase and theme", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

