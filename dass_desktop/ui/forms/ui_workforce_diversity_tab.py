# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workforce_diversity_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_WorkforceDiversityTab(object):
    def setupUi(self, diversityTab):
        if not diversityTab.objectName():
            diversityTab.setObjectName(u"diversityTab")
        self.diversityLayout = QHBoxLayout(diversityTab)
        self.diversityLayout.setObjectName(u"diversityLayout")
        self.diversityLayout.setContentsMargins(8, 8, 8, 6)
        self.diversityLeft = QVBoxLayout()
        self.diversityLeft.setObjectName(u"diversityLeft")
        self.dimensionRow = QHBoxLayout()
        self.dimensionRow.setObjectName(u"dimensionRow")
        self.dimensionLabel = QLabel(diversityTab)
        self.dimensionLabel.setObjectName(u"dimensionLabel")

        self.dimensionRow.addWidget(self.dimensionLabel)

        self.dimensionCombo = QComboBox(diversityTab)
        self.dimensionCombo.setObjectName(u"dimensionCombo")

        self.dimensionRow.addWidget(self.dimensionCombo)


        self.diversityLeft.addLayout(self.dimensionRow)

        self.diversityTable = QTableView(diversityTab)
        self.diversityTable.setObjectName(u"diversityTable")
        self.diversityTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diversityTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.diversityTable.setAlternatingRowColors(True)
        self.diversityTable.verticalHeader().setVisible(False)

        self.diversityLeft.addWidget(self.diversityTable)

        self.diversityNote = QLabel(diversityTab)
        self.diversityNote.setObjectName(u"diversityNote")
        self.diversityNote.setWordWrap(True)

        self.diversityLeft.addWidget(self.diversityNote)

        self.diversityButtons = QHBoxLayout()
        self.diversityButtons.setObjectName(u"diversityButtons")
        self.addShareButton = QPushButton(diversityTab)
        self.addShareButton.setObjectName(u"addShareButton")

        self.diversityButtons.addWidget(self.addShareButton)

        self.diversityButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.diversityButtons.addItem(self.diversityButtonsStretch)


        self.diversityLeft.addLayout(self.diversityButtons)


        self.diversityLayout.addLayout(self.diversityLeft)

#if QT_CONFIG(shortcut)
        self.dimensionLabel.setBuddy(self.dimensionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(diversityTab)

        QMetaObject.connectSlotsByName(diversityTab)
    # setupUi

    def retranslateUi(self, diversityTab):
        self.dimensionLabel.setText(QCoreApplication.translate("WorkforceDiversityTab", u"C&haracteristic", None))
#if QT_CONFIG(accessibility)
        self.dimensionCombo.setAccessibleName(QCoreApplication.translate("WorkforceDiversityTab", u"Characteristic", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.diversityTable.setAccessibleName(QCoreApplication.translate("WorkforceDiversityTab", u"Workforce and population by group", None))
#endif // QT_CONFIG(accessibility)
        self.diversityNote.setText("")
        self.addShareButton.setText(QCoreApplication.translate("WorkforceDiversityTab", u"Add a &share\u2026", None))
#if QT_CONFIG(tooltip)
        self.addShareButton.setToolTip(QCoreApplication.translate("WorkforceDiversityTab", u"Type in the share of the workforce or the local population in one group", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

