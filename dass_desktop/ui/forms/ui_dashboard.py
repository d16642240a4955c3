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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(DashboardPage)
        self.pageLayout.setSpacing(14)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(28, 22, 28, 22)
        self.greeting = QLabel(DashboardPage)
        self.greeting.setObjectName(u"greeting")

        self.pageLayout.addWidget(self.greeting)

        self.councilLine = QLabel(DashboardPage)
        self.councilLine.setObjectName(u"councilLine")

        self.pageLayout.addWidget(self.councilLine)

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
        self.cardsRow.setSpacing(14)
        self.cardsRow.setObjectName(u"cardsRow")
        self.dayCard = QFrame(DashboardPage)
        self.dayCard.setObjectName(u"dayCard")
        self.dayCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.dayLayout = QVBoxLayout(self.dayCard)
        self.dayLayout.setObjectName(u"dayLayout")
        self.dayHeadline = QLabel(self.dayCard)
        self.dayHeadline.setObjectName(u"dayHeadline")

        self.dayLayout.addWidget(self.dayHeadline)

        self.phaseLine = QLabel(self.dayCard)
        self.phaseLine.setObjectName(u"phaseLine")

        self.dayLayout.addWidget(self.phaseLine)

        self.planProgress = QProgressBar(self.dayCard)
        self.planProgress.setObjectName(u"planProgress")
        self.planProgress.setMaximum(183)
        self.planProgress.setTextVisible(False)

        self.dayLayout.addWidget(self.planProgress)

        self.hundredDayLine = QLabel(self.dayCard)
        self.hundredDayLine.setObjectName(u"hundredDayLine")

        self.dayLayout.addWidget(self.hundredDayLine)

        self.endLine = QLabel(self.dayCard)
        self.endLine.setObjectName(u"endLine")

        self.dayLayout.addWidget(self.endLine)


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
        self.milestones.setVerticalSpacing(8)

        self.datesLayout.addLayout(self.milestones)


        self.cardsRow.addWidget(self.datesCard)


        self.pageLayout.addLayout(self.cardsRow)

        self.guidanceCard = QFrame(DashboardPage)
        self.guidanceCard.setObjectName(u"guidanceCard")
        self.guidanceCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.guidanceLayout = QVBoxLayout(self.guidanceCard)
        self.guidanceLayout.setObjectName(u"guidanceLayout")
        self.guidanceTitle = QLabel(self.guidanceCard)
        self.guidanceTitle.setObjectName(u"guidanceTitle")

        self.guidanceLayout.addWidget(self.guidanceTitle)

        self.guidanceText = QLabel(self.guidanceCard)
        self.guidanceText.setObjectName(u"guidanceText")
        self.guidanceText.setWordWrap(True)
        self.guidanceText.setTextFormat(Qt.TextFormat.PlainText)

        self.guidanceLayout.addWidget(self.guidanceText)


        self.pageLayout.addWidget(self.guidanceCard)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.pageSpacer)


        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.greeting.setText(QCoreApplication.translate("DashboardPage", u"Good morning", None))
        self.councilLine.setText("")
        self.setupText.setText(QCoreApplication.translate("DashboardPage", u"Tell DASS Desktop who you are, which council you lead and when you start, and it will count your days in post.", None))
        self.setupButton.setText(QCoreApplication.translate("DashboardPage", u"Set up your profile\u2026", None))
        self.dayHeadline.setText(QCoreApplication.translate("DashboardPage", u"Day 1 of 183", None))
        self.phaseLine.setText("")
#if QT_CONFIG(accessibility)
        self.planProgress.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Days of the six-month plan elapsed", None))
#endif // QT_CONFIG(accessibility)
        self.hundredDayLine.setText("")
        self.endLine.setText("")
        self.datesTitle.setText(QCoreApplication.translate("DashboardPage", u"Key dates", None))
        self.guidanceTitle.setText(QCoreApplication.translate("DashboardPage", u"This phase", None))
        self.guidanceText.setText("")
        pass
    # retranslateUi

