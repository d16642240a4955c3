# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QListView,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(1170, 700)
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(22, 12, 22, 14)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(16)
        self.headerRow.setObjectName(u"headerRow")
        self.greeting = QLabel(DashboardPage)
        self.greeting.setObjectName(u"greeting")

        self.headerRow.addWidget(self.greeting)

        self.councilLine = QLabel(DashboardPage)
        self.councilLine.setObjectName(u"councilLine")
        self.councilLine.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignBottom)

        self.headerRow.addWidget(self.councilLine)


        self.pageLayout.addLayout(self.headerRow)

        self.setupCard = QFrame(DashboardPage)
        self.setupCard.setObjectName(u"setupCard")
        self.setupCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.setupLayout = QHBoxLayout(self.setupCard)
        self.setupLayout.setObjectName(u"setupLayout")
        self.setupText = QLabel(self.setupCard)
        self.setupText.setObjectName(u"setupText")
        self.setupText.setWordWrap(True)

        self.setupLayout.addWidget(self.setupText)

        self.setupButton = QPushButton(self.setupCard)
        self.setupButton.setObjectName(u"setupButton")

        self.setupLayout.addWidget(self.setupButton)

        self.setupLayout.setStretch(0, 1)

        self.pageLayout.addWidget(self.setupCard)

        self.cardsRow = QHBoxLayout()
        self.cardsRow.setSpacing(12)
        self.cardsRow.setObjectName(u"cardsRow")
        self.dayCard = QFrame(DashboardPage)
        self.dayCard.setObjectName(u"dayCard")
        self.dayCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.dayLayout = QVBoxLayout(self.dayCard)
        self.dayLayout.setSpacing(4)
        self.dayLayout.setObjectName(u"dayLayout")
        self.dayHeadRow = QHBoxLayout()
        self.dayHeadRow.setObjectName(u"dayHeadRow")
        self.dayHeadline = QLabel(self.dayCard)
        self.dayHeadline.setObjectName(u"dayHeadline")

        self.dayHeadRow.addWidget(self.dayHeadline)

        self.phaseLine = QLabel(self.dayCard)
        self.phaseLine.setObjectName(u"phaseLine")
        self.phaseLine.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.dayHeadRow.addWidget(self.phaseLine)


        self.dayLayout.addLayout(self.dayHeadRow)

        self.planProgress = QProgressBar(self.dayCard)
        self.planProgress.setObjectName(u"planProgress")
        self.planProgress.setMaximum(183)
        self.planProgress.setTextVisible(False)

        self.dayLayout.addWidget(self.planProgress)

        self.daysLeftRow = QHBoxLayout()
        self.daysLeftRow.setObjectName(u"daysLeftRow")
        self.hundredDayLine = QLabel(self.dayCard)
        self.hundredDayLine.setObjectName(u"hundredDayLine")

        self.daysLeftRow.addWidget(self.hundredDayLine)

        self.endLine = QLabel(self.dayCard)
        self.endLine.setObjectName(u"endLine")
        self.endLine.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.daysLeftRow.addWidget(self.endLine)


        self.dayLayout.addLayout(self.daysLeftRow)

        self.guidanceText = QLabel(self.dayCard)
        self.guidanceText.setObjectName(u"guidanceText")
        self.guidanceText.setWordWrap(True)
        self.guidanceText.setTextFormat(Qt.TextFormat.PlainText)

        self.dayLayout.addWidget(self.guidanceText)


        self.cardsRow.addWidget(self.dayCard)

        self.datesCard = QFrame(DashboardPage)
        self.datesCard.setObjectName(u"datesCard")
        self.datesCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.datesLayout = QVBoxLayout(self.datesCard)
        self.datesLayout.setObjectName(u"datesLayout")
        self.datesTitle = QLabel(self.datesCard)
        self.datesTitle.setObjectName(u"datesTitle")

        self.datesLayout.addWidget(self.datesTitle)

        self.milestones = QFormLayout()
        self.milestones.setObjectName(u"milestones")
        self.milestones.setHorizontalSpacing(18)
        self.milestones.setVerticalSpacing(6)

        self.datesLayout.addLayout(self.milestones)


        self.cardsRow.addWidget(self.datesCard)

        self.cardsRow.setStretch(0, 3)
        self.cardsRow.setStretch(1, 2)

        self.pageLayout.addLayout(self.cardsRow)

        self.contactsRow = QHBoxLayout()
        self.contactsRow.setSpacing(12)
        self.contactsRow.setObjectName(u"contactsRow")
        self.visitsCard = QFrame(DashboardPage)
        self.visitsCard.setObjectName(u"visitsCard")
        self.visitsCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.visitsCardLayout = QVBoxLayout(self.visitsCard)
        self.visitsCardLayout.setSpacing(2)
        self.visitsCardLayout.setObjectName(u"visitsCardLayout")
        self.visitsCardLayout.setContentsMargins(-1, 8, -1, 8)
        self.visitsTitle = QLabel(self.visitsCard)
        self.visitsTitle.setObjectName(u"visitsTitle")

        self.visitsCardLayout.addWidget(self.visitsTitle)

        self.visitsCount = QLabel(self.visitsCard)
        self.visitsCount.setObjectName(u"visitsCount")

        self.visitsCardLayout.addWidget(self.visitsCount)

        self.visitsBreakdown = QLabel(self.visitsCard)
        self.visitsBreakdown.setObjectName(u"visitsBreakdown")
        self.visitsBreakdown.setWordWrap(True)

        self.visitsCardLayout.addWidget(self.visitsBreakdown)

        self.visitsSpacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.visitsCardLayout.addItem(self.visitsSpacer)

        self.logVisitButton = QPushButton(self.visitsCard)
        self.logVisitButton.setObjectName(u"logVisitButton")

        self.visitsCardLayout.addWidget(self.logVisitButton)


        self.contactsRow.addWidget(self.visitsCard)

        self.overdueContactsCard = QFrame(DashboardPage)
        self.overdueContactsCard.setObjectName(u"overdueContactsCard")
        self.overdueContactsCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.overdueContactsCardLayout = QVBoxLayout(self.overdueContactsCard)
        self.overdueContactsCardLayout.setSpacing(4)
        self.overdueContactsCardLayout.setObjectName(u"overdueContactsCardLayout")
        self.overdueContactsCardLayout.setContentsMargins(-1, 8, -1, 8)
        self.overdueContactsTitle = QLabel(self.overdueContactsCard)
        self.overdueContactsTitle.setObjectName(u"overdueContactsTitle")

        self.overdueContactsCardLayout.addWidget(self.overdueContactsTitle)

        self.overdueContactsList = QListView(self.overdueContactsCard)
        self.overdueContactsList.setObjectName(u"overdueContactsList")
        self.overdueContactsList.setMaximumSize(QSize(16777215, 112))
        self.overdueContactsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdueContactsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.overdueContactsList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.overdueContactsList.setUniformItemSizes(True)

        self.overdueContactsCardLayout.addWidget(self.overdueContactsList)


        self.contactsRow.addWidget(self.overdueContactsCard)

        self.followUpsCard = QFrame(DashboardPage)
        self.followUpsCard.setObjectName(u"followUpsCard")
        self.followUpsCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.followUpsCardLayout = QVBoxLayout(self.followUpsCard)
        self.followUpsCardLayout.setSpacing(4)
        self.followUpsCardLayout.setObjectName(u"followUpsCardLayout")
        self.followUpsCardLayout.setContentsMargins(-1, 8, -1, 8)
        self.followUpsTitle = QLabel(self.followUpsCard)
        self.followUpsTitle.setObjectName(u"followUpsTitle")

        self.followUpsCardLayout.addWidget(self.followUpsTitle)

        self.followUpsList = QListView(self.followUpsCard)
        self.followUpsList.setObjectName(u"followUpsList")
        self.followUpsList.setMaximumSize(QSize(16777215, 112))
        self.followUpsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.followUpsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.followUpsList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.followUpsList.setUniformItemSizes(True)

        self.followUpsCardLayout.addWidget(self.followUpsList)


        self.contactsRow.addWidget(self.followUpsCard)

        self.notVisitedCard = QFrame(DashboardPage)
        self.notVisitedCard.setObjectName(u"notVisitedCard")
        self.notVisitedCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.notVisitedCardLayout = QVBoxLayout(self.notVisitedCard)
        self.notVisitedCardLayout.setSpacing(4)
        self.notVisitedCardLayout.setObjectName(u"notVisitedCardLayout")
        self.notVisitedCardLayout.setContentsMargins(-1, 8, -1, 8)
        self.notVisitedTitle = QLabel(self.notVisitedCard)
        self.notVisitedTitle.setObjectName(u"notVisitedTitle")

        self.notVisitedCardLayout.addWidget(self.notVisitedTitle)

        self.notVisitedList = QListView(self.notVisitedCard)
        self.notVisitedList.setObjectName(u"notVisitedList")
        self.notVisitedList.setMaximumSize(QSize(16777215, 112))
        self.notVisitedList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.notVisitedList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notVisitedList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.notVisitedList.setUniformItemSizes(True)

        self.notVisitedCardLayout.addWidget(self.notVisitedList)


        self.contactsRow.addWidget(self.notVisitedCard)

        self.contactsRow.setStretch(0, 3)
        self.contactsRow.setStretch(1, 5)
        self.contactsRow.setStretch(2, 5)
        self.contactsRow.setStretch(3, 5)

        self.pageLayout.addLayout(self.contactsRow)

        self.listsRow = QHBoxLayout()
        self.listsRow.setSpacing(12)
        self.listsRow.setObjectName(u"listsRow")
        self.progressCard = QFrame(DashboardPage)
        self.progressCard.setObjectName(u"progressCard")
        self.progressCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.progressLayout = QVBoxLayout(self.progressCard)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressTitle = QLabel(self.progressCard)
        self.progressTitle.setObjectName(u"progressTitle")

        self.progressLayout.addWidget(self.progressTitle)

        self.overallLine = QLabel(self.progressCard)
        self.overallLine.setObjectName(u"overallLine")

        self.progressLayout.addWidget(self.overallLine)

        self.themeTable = QTableView(self.progressCard)
        self.themeTable.setObjectName(u"themeTable")
        self.themeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.themeTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.themeTable.setShowGrid(False)
        self.themeTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.progressLayout.addWidget(self.themeTable)


        self.listsRow.addWidget(self.progressCard)

        self.overdueCard = QFrame(DashboardPage)
        self.overdueCard.setObjectName(u"overdueCard")
        self.overdueCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.overdueLayout = QVBoxLayout(self.overdueCard)
        self.overdueLayout.setObjectName(u"overdueLayout")
        self.overdueTitle = QLabel(self.overdueCard)
        self.overdueTitle.setObjectName(u"overdueTitle")

        self.overdueLayout.addWidget(self.overdueTitle)

        self.overdueList = QListView(self.overdueCard)
        self.overdueList.setObjectName(u"overdueList")
        self.overdueList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdueList.setWordWrap(True)

        self.overdueLayout.addWidget(self.overdueList)


        self.listsRow.addWidget(self.overdueCard)

        self.dueSoonCard = QFrame(DashboardPage)
        self.dueSoonCard.setObjectName(u"dueSoonCard")
        self.dueSoonCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.dueSoonLayout = QVBoxLayout(self.dueSoonCard)
        self.dueSoonLayout.setObjectName(u"dueSoonLayout")
        self.dueSoonTitle = QLabel(self.dueSoonCard)
        self.dueSoonTitle.setObjectName(u"dueSoonTitle")

        self.dueSoonLayout.addWidget(self.dueSoonTitle)

        self.dueSoonList = QListView(self.dueSoonCard)
        self.dueSoonList.setObjectName(u"dueSoonList")
        self.dueSoonList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dueSoonList.setWordWrap(True)

        self.dueSoonLayout.addWidget(self.dueSoonList)


        self.listsRow.addWidget(self.dueSoonCard)

        self.listsRow.setStretch(0, 4)
        self.listsRow.setStretch(1, 3)
        self.listsRow.setStretch(2, 3)

        self.pageLayout.addLayout(self.listsRow)

        self.pageLayout.setStretch(4, 1)

        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.greeting.setText(QCoreApplication.translate("DashboardPage", u"Good morning", None))
        self.councilLine.setText("")
        self.setupText.setText(QCoreApplication.translate("DashboardPage", u"Tell DASS Desktop who you are, which council you lead and when you start, and it will count your days in post and date your plan.", None))
        self.setupButton.setText(QCoreApplication.translate("DashboardPage", u"Set up your profile\u2026", None))
        self.dayHeadline.setText(QCoreApplication.translate("DashboardPage", u"Day 1 of 183", None))
        self.phaseLine.setText("")
#if QT_CONFIG(accessibility)
        self.planProgress.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Days of the six-month plan elapsed", None))
#endif // QT_CONFIG(accessibility)
        self.hundredDayLine.setText("")
        self.endLine.setText("")
        self.guidanceText.setText("")
        self.datesTitle.setText(QCoreApplication.translate("DashboardPage", u"Key dates", None))
        self.visitsTitle.setText(QCoreApplication.translate("DashboardPage", u"Visits this month", None))
        self.visitsCount.setText(QCoreApplication.translate("DashboardPage", u"0", None))
        self.visitsBreakdown.setText("")
        self.logVisitButton.setText(QCoreApplication.translate("DashboardPage", u"Log a visit\u2026", None))
#if QT_CONFIG(tooltip)
        self.logVisitButton.setToolTip(QCoreApplication.translate("DashboardPage", u"Note a visit, meeting, briefing or call (Ctrl+Shift+V)", None))
#endif // QT_CONFIG(tooltip)
        self.overdueContactsTitle.setText(QCoreApplication.translate("DashboardPage", u"Overdue contacts", None))
#if QT_CONFIG(accessibility)
        self.overdueContactsList.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Contacts overdue; press Enter to open one", None))
#endif // QT_CONFIG(accessibility)
        self.followUpsTitle.setText(QCoreApplication.translate("DashboardPage", u"Follow-ups in the next 14 days", None))
#if QT_CONFIG(accessibility)
        self.followUpsList.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Follow-ups coming up; press Enter to open the visit", None))
#endif // QT_CONFIG(accessibility)
        self.notVisitedTitle.setText(QCoreApplication.translate("DashboardPage", u"Teams not yet visited", None))
#if QT_CONFIG(accessibility)
        self.notVisitedList.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Teams not yet visited; press Enter to log a visit", None))
#endif // QT_CONFIG(accessibility)
        self.progressTitle.setText(QCoreApplication.translate("DashboardPage", u"Progress by theme", None))
        self.overallLine.setText("")
#if QT_CONFIG(accessibility)
        self.themeTable.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Progress by theme", None))
#endif // QT_CONFIG(accessibility)
        self.overdueTitle.setText(QCoreApplication.translate("DashboardPage", u"Overdue", None))
#if QT_CONFIG(accessibility)
        self.overdueList.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Overdue items; press Enter to open one in the plan", None))
#endif // QT_CONFIG(accessibility)
        self.dueSoonTitle.setText(QCoreApplication.translate("DashboardPage", u"Due in the next 14 days", None))
#if QT_CONFIG(accessibility)
        self.dueSoonList.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Items due in the next 14 days; press Enter to open one in the plan", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

