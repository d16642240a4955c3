# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workforce_teams_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_WorkforceTeamsTab(object):
    def setupUi(self, teamsTab):
        if not teamsTab.objectName():
            teamsTab.setObjectName(u"teamsTab")
        self.complianceLayout = QVBoxLayout(teamsTab)
        self.complianceLayout.setObjectName(u"complianceLayout")
        self.complianceLayout.setContentsMargins(8, 8, 8, 6)
        self.complianceNote = QLabel(teamsTab)
        self.complianceNote.setObjectName(u"complianceNote")
        self.complianceNote.setWordWrap(True)

        self.complianceLayout.addWidget(self.complianceNote)


        self.retranslateUi(teamsTab)

        QMetaObject.connectSlotsByName(teamsTab)
    # setupUi

    def retranslateUi(self, teamsTab):
        self.complianceNote.setText(QCoreApplication.translate("WorkforceTeamsTab", u"Each team's latest supervision-in-date and appraisal figures against the target set for supervision (90% unless you change it on the Figures tab). The Care Quality Commission may ask to see supervision and appraisal records.", None))
        pass
    # retranslateUi

