# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'workforce_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QProgressBar, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_WorkforceImportDialog(object):
    def setupUi(self, WorkforceImportDialog):
        if not WorkforceImportDialog.objectName():
            WorkforceImportDialog.setObjectName(u"WorkforceImportDialog")
        WorkforceImportDialog.resize(900, 640)
        WorkforceImportDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(WorkforceImportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(WorkforceImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.fileLabel.sizePolicy().hasHeightForWidth())
        self.fileLabel.setSizePolicy(sizePolicy)

        self.fileRow.addWidget(self.fileLabel)

        self.chooseButton = QPushButton(WorkforceImportDialog)
        self.chooseButton.setObjectName(u"chooseButton")

        self.fileRow.addWidget(self.chooseButton)


        self.dialogLayout.addLayout(self.fileRow)

        self.layoutLabel = QLabel(WorkforceImportDialog)
        self.layoutLabel.setObjectName(u"layoutLabel")
        self.layoutLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.layoutLabel)

        self.previewSplitter = QSplitter(WorkforceImportDialog)
        self.previewSplitter.setObjectName(u"previewSplitter")
        self.previewSplitter.setOrientation(Qt.Orientation.Vertical)
        self.previewSplitter.setChildrenCollapsible(False)
        self.mappingPanel = QWidget(self.previewSplitter)
        self.mappingPanel.setObjectName(u"mappingPanel")
        self.mappingLayout = QVBoxLayout(self.mappingPanel)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingLayout.setContentsMargins(0, 0, 0, 0)
        self.mappingHeading = QLabel(self.mappingPanel)
        self.mappingHeading.setObjectName(u"mappingHeading")

        self.mappingLayout.addWidget(self.mappingHeading)

        self.mappingView = QTableView(self.mappingPanel)
        self.mappingView.setObjectName(u"mappingView")
        self.mappingView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mappingView.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.mappingView.verticalHeader().setVisible(False)

        self.mappingLayout.addWidget(self.mappingView)

        self.previewSplitter.addWidget(self.mappingPanel)
        self.samplePanel = QWidget(self.previewSplitter)
        self.samplePanel.setObjectName(u"samplePanel")
        self.sampleLayout = QVBoxLayout(self.samplePanel)
        self.sampleLayout.setObjectName(u"sampleLayout")
        self.sampleLayout.setContentsMargins(0, 0, 0, 0)
        self.sampleHeading = QLabel(self.samplePanel)
        self.sampleHeading.setObjectName(u"sampleHeading")

        self.sampleLayout.addWidget(self.sampleHeading)

        self.sampleView = QTableView(self.samplePanel)
        self.sampleView.setObjectName(u"sampleView")
        self.sampleView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sampleView.setWordWrap(False)

        self.sampleLayout.addWidget(self.sampleView)

        self.previewSplitter.addWidget(self.samplePanel)
        self.problemsPanel = QWidget(self.previewSplitter)
        self.problemsPanel.setObjectName(u"problemsPanel")
        self.problemsLayout = QVBoxLayout(self.problemsPanel)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsLayout.setContentsMargins(0, 0, 0, 0)
        self.problemsHeading = QLabel(self.problemsPanel)
        self.problemsHeading.setObjectName(u"problemsHeading")

        self.problemsLayout.addWidget(self.problemsHeading)

        self.problemsView = QTableView(self.problemsPanel)
        self.problemsView.setObjectName(u"problemsView")
        self.problemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsView.setWordWrap(False)
        self.problemsView.verticalHeader().setVisible(False)

        self.problemsLayout.addWidget(self.problemsView)

        self.previewSplitter.addWidget(self.problemsPanel)

        self.dialogLayout.addWidget(self.previewSplitter)

        self.questionFrame = QFrame(WorkforceImportDialog)
        self.questionFrame.setObjectName(u"questionFrame")
        self.questionFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.questionLayout = QVBoxLayout(self.questionFrame)
        self.questionLayout.setObjectName(u"questionLayout")
        self.questionLabel = QLabel(self.questionFrame)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)

        self.questionLayout.addWidget(self.questionLabel)

        self.answerRow = QHBoxLayout()
        self.answerRow.setObjectName(u"answerRow")
        self.fractionsRadio = QRadioButton(self.questionFrame)
        self.fractionsRadio.setObjectName(u"fractionsRadio")

        self.answerRow.addWidget(self.fractionsRadio)

        self.pointsRadio = QRadioButton(self.questionFrame)
        self.pointsRadio.setObjectName(u"pointsRadio")

        self.answerRow.addWidget(self.pointsRadio)

        self.answerStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.answerRow.addItem(self.answerStretch)


        self.questionLayout.addLayout(self.answerRow)


        self.dialogLayout.addWidget(self.questionFrame)

        self.statusLabel = QLabel(WorkforceImportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.statusLabel)

        self.progress = QProgressBar(WorkforceImportDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setTextVisible(False)

        self.dialogLayout.addWidget(self.progress)

        self.buttons = QDialogButtonBox(WorkforceImportDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)


        self.retranslateUi(WorkforceImportDialog)

        QMetaObject.connectSlotsByName(WorkforceImportDialog)
    # setupUi

    def retranslateUi(self, WorkforceImportDialog):
        WorkforceImportDialog.setWindowTitle(QCoreApplication.translate("WorkforceImportDialog", u"Import workforce figures", None))
        self.fileLabel.setText(QCoreApplication.translate("WorkforceImportDialog", u"Choose a CSV file saved from a spreadsheet, or published workforce statistics.", None))
        self.chooseButton.setText(QCoreApplication.translate("WorkforceImportDialog", u"&Choose file\u2026", None))
        self.layoutLabel.setText("")
        self.mappingHeading.setText(QCoreApplication.translate("WorkforceImportDialog", u"What each column holds (choose for any column marked \"Not mapped\")", None))
#if QT_CONFIG(accessibility)
        self.mappingView.setAccessibleName(QCoreApplication.translate("WorkforceImportDialog", u"Column mapping", None))
#endif // QT_CONFIG(accessibility)
        self.sampleHeading.setText(QCoreApplication.translate("WorkforceImportDialog", u"First rows of the file", None))
#if QT_CONFIG(accessibility)
        self.sampleView.setAccessibleName(QCoreApplication.translate("WorkforceImportDialog", u"First rows of the file", None))
#endif // QT_CONFIG(accessibility)
        self.problemsHeading.setText(QCoreApplication.translate("WorkforceImportDialog", u"What needs correcting (nothing has been imported)", None))
#if QT_CONFIG(accessibility)
        self.problemsView.setAccessibleName(QCoreApplication.translate("WorkforceImportDialog", u"Problems found in the file", None))
#endif // QT_CONFIG(accessibility)
        self.questionLabel.setText("")
        self.fractionsRadio.setText(QCoreApplication.translate("WorkforceImportDialog", u"F&ractions (0.125 means 12.5%)", None))
        self.pointsRadio.setText(QCoreApplication.translate("WorkforceImportDialog", u"&Percentages (0.125 means 0.125%)", None))
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("WorkforceImportDialog", u"Import progress", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

