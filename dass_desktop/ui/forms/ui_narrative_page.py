# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'narrative_page.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_NarrativePage(object):
    def setupUi(self, NarrativePage):
        if not NarrativePage.objectName():
            NarrativePage.setObjectName(u"NarrativePage")
        NarrativePage.resize(1170, 700)
        self.pageLayout = QVBoxLayout(NarrativePage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 8)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.pageTitle = QLabel(NarrativePage)
        self.pageTitle.setObjectName(u"pageTitle")

        self.headerRow.addWidget(self.pageTitle)

        self.hundredDayButton = QPushButton(NarrativePage)
        self.hundredDayButton.setObjectName(u"hundredDayButton")
        self.hundredDayButton.setCheckable(True)
        self.hundredDayButton.setChecked(True)
        self.hundredDayButton.setAutoExclusive(True)

        self.headerRow.addWidget(self.hundredDayButton)

        self.sixMonthButton = QPushButton(NarrativePage)
        self.sixMonthButton.setObjectName(u"sixMonthButton")
        self.sixMonthButton.setCheckable(True)
        self.sixMonthButton.setAutoExclusive(True)

        self.headerRow.addWidget(self.sixMonthButton)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.savedText = QLabel(NarrativePage)
        self.savedText.setObjectName(u"savedText")

        self.headerRow.addWidget(self.savedText)

        self.exportButton = QPushButton(NarrativePage)
        self.exportButton.setObjectName(u"exportButton")

        self.headerRow.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.headerRow)

        self.intro = QLabel(NarrativePage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.pageLayout.addWidget(self.intro)

        self.sectionsGrid = QGridLayout()
        self.sectionsGrid.setObjectName(u"sectionsGrid")
        self.sectionsGrid.setHorizontalSpacing(12)
        self.sectionsGrid.setVerticalSpacing(10)

        self.pageLayout.addLayout(self.sectionsGrid)


        self.retranslateUi(NarrativePage)

        QMetaObject.connectSlotsByName(NarrativePage)
    # setupUi

    def retranslateUi(self, NarrativePage):
        self.pageTitle.setText(QCoreApplication.translate("NarrativePage", u"Briefing for the chief executive", None))
        self.hundredDayButton.setText(QCoreApplication.translate("NarrativePage", u"&100-day plan", None))
        self.sixMonthButton.setText(QCoreApplication.translate("NarrativePage", u"&Six-month plan", None))
        self.savedText.setText("")
        self.exportButton.setText(QCoreApplication.translate("NarrativePage", u"Export PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("NarrativePage", u"Make this plan as a printable PDF (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.intro.setText("")
        pass
    # retranslateUi

