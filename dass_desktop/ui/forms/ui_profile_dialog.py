# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QListView, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ProfileDialog(object):
    def setupUi(self, ProfileDialog):
        if not ProfileDialog.objectName():
            ProfileDialog.setObjectName(u"ProfileDialog")
        ProfileDialog.resize(560, 560)
        ProfileDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ProfileDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ProfileDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(ProfileDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ProfileDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.councilLabel = QLabel(ProfileDialog)
        self.councilLabel.setObjectName(u"councilLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.councilLabel)

        self.councilBox = QVBoxLayout()
        self.councilBox.setObjectName(u"councilBox")
        self.councilFilter = QLineEdit(ProfileDialog)
        self.councilFilter.setObjectName(u"councilFilter")
        self.councilFilter.setClearButtonEnabled(True)

        self.councilBox.addWidget(self.councilFilter)

        self.councilList = QListView(ProfileDialog)
        self.councilList.setObjectName(u"councilList")
        self.councilList.setMinimumSize(QSize(0, 150))
        self.councilList.setMaximumSize(QSize(16777215, 220))
        self.councilList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.councilList.setUniformItemSizes(True)

        self.councilBox.addWidget(self.councilList)

        self.councilChoice = QLabel(ProfileDialog)
        self.councilChoice.setObjectName(u"councilChoice")

        self.councilBox.addWidget(self.councilChoice)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.councilBox)

        self.startLabel = QLabel(ProfileDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startDateEdit = QDateEdit(ProfileDialog)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startDateEdit)

        self.chiefLabel = QLabel(ProfileDialog)
        self.chiefLabel.setObjectName(u"chiefLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.chiefLabel)

        self.chiefEdit = QLineEdit(ProfileDialog)
        self.chiefEdit.setObjectName(u"chiefEdit")
        self.chiefEdit.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.chiefEdit)

        self.markingLabel = QLabel(ProfileDialog)
        self.markingLabel.setObjectName(u"markingLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.markingLabel)

        self.markingCombo = QComboBox(ProfileDialog)
        self.markingCombo.setObjectName(u"markingCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.markingCombo)


        self.dialogLayout.addLayout(self.form)

        self.errorText = QLabel(ProfileDialog)
        self.errorText.setObjectName(u"errorText")
        self.errorText.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorText)

        self.buttons = QDialogButtonBox(ProfileDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.councilLabel.setBuddy(self.councilFilter)
        self.startLabel.setBuddy(self.startDateEdit)
        self.chiefLabel.setBuddy(self.chiefEdit)
        self.markingLabel.setBuddy(self.markingCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.councilFilter)
        QWidget.setTabOrder(self.councilFilter, self.councilList)
        QWidget.setTabOrder(self.councilList, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.chiefEdit)
        QWidget.setTabOrder(self.chiefEdit, self.markingCombo)

        self.retranslateUi(ProfileDialog)

        QMetaObject.connectSlotsByName(ProfileDialog)
    # setupUi

    def retranslateUi(self, ProfileDialog):
        ProfileDialog.setWindowTitle(QCoreApplication.translate("ProfileDialog", u"Your profile", None))
        self.intro.setText("")
        self.nameLabel.setText(QCoreApplication.translate("ProfileDialog", u"Your &name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"e.g. Sam Taylor", None))
        self.councilLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Council", None))
        self.councilFilter.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"Type to search 153 councils by name or region", None))
#if QT_CONFIG(accessibility)
        self.councilList.setAccessibleName(QCoreApplication.translate("ProfileDialog", u"Councils", None))
#endif // QT_CONFIG(accessibility)
        self.councilChoice.setText(QCoreApplication.translate("ProfileDialog", u"No council chosen yet", None))
        self.startLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Start date in post", None))
        self.startDateEdit.setDisplayFormat(QCoreApplication.translate("ProfileDialog", u"dd/MM/yyyy", None))
        self.chiefLabel.setText(QCoreApplication.translate("ProfileDialog", u"C&hief executive", None))
        self.chiefEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"Who you report to, for the one-to-one plans", None))
        self.markingLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Marking on exports", None))
        self.errorText.setText("")
    # retranslateUi

