# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_TeamDialog(object):
    def setupUi(self, TeamDialog):
        if not TeamDialog.objectName():
            TeamDialog.setObjectName(u"TeamDialog")
        TeamDialog.resize(520, 430)
        TeamDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(TeamDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(TeamDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(TeamDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.areaLabel = QLabel(TeamDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaCombo = QComboBox(TeamDialog)
        self.areaCombo.setObjectName(u"areaCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.areaCombo)

        self.managerLabel = QLabel(TeamDialog)
        self.managerLabel.setObjectName(u"managerLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.managerLabel)

        self.managerEdit = QLineEdit(TeamDialog)
        self.managerEdit.setObjectName(u"managerEdit")
        self.managerEdit.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.managerEdit)

        self.baseLabel = QLabel(TeamDialog)
        self.baseLabel.setObjectName(u"baseLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.baseLabel)

        self.baseEdit = QLineEdit(TeamDialog)
        self.baseEdit.setObjectName(u"baseEdit")
        self.baseEdit.setMaxLength(200)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.baseEdit)

        self.establishmentLabel = QLabel(TeamDialog)
        self.establishmentLabel.setObjectName(u"establishmentLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.establishmentLabel)

        self.establishmentEdit = QLineEdit(TeamDialog)
        self.establishmentEdit.setObjectName(u"establishmentEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.establishmentEdit)

        self.inPostLabel = QLabel(TeamDialog)
        self.inPostLabel.setObjectName(u"inPostLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.inPostLabel)

        self.inPostEdit = QLineEdit(TeamDialog)
        self.inPostEdit.setObjectName(u"inPostEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.inPostEdit)

        self.vacanciesLabel = QLabel(TeamDialog)
        self.vacanciesLabel.setObjectName(u"vacanciesLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.vacanciesLabel)

        self.vacanciesEdit = QLineEdit(TeamDialog)
        self.vacanciesEdit.setObjectName(u"vacanciesEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.vacanciesEdit)

        self.agencyLabel = QLabel(TeamDialog)
        self.agencyLabel.setObjectName(u"agencyLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.agencyLabel)

        self.agencyEdit = QLineEdit(TeamDialog)
        self.agencyEdit.setObjectName(u"agencyEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.agencyEdit)

        self.rateLabel = QLabel(TeamDialog)
        self.rateLabel.setObjectName(u"rateLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.rateLabel)

        self.rateValue = QLabel(TeamDialog)
        self.rateValue.setObjectName(u"rateValue")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.rateValue)


        self.dialogLayout.addLayout(self.form)

        self.helpText = QLabel(TeamDialog)
        self.helpText.setObjectName(u"helpText")
        self.helpText.setWordWrap(True)

        self.dialogLayout.addWidget(self.helpText)

        self.errorText = QLabel(TeamDialog)
        self.errorText.setObjectName(u"errorText")
        self.errorText.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorText)

        self.bottomSpacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(TeamDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.areaLabel.setBuddy(self.areaCombo)
        self.managerLabel.setBuddy(self.managerEdit)
        self.baseLabel.setBuddy(self.baseEdit)
        self.establishmentLabel.setBuddy(self.establishmentEdit)
        self.inPostLabel.setBuddy(self.inPostEdit)
        self.vacanciesLabel.setBuddy(self.vacanciesEdit)
        self.agencyLabel.setBuddy(self.agencyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.areaCombo)
        QWidget.setTabOrder(self.areaCombo, self.managerEdit)
        QWidget.setTabOrder(self.managerEdit, self.baseEdit)
        QWidget.setTabOrder(self.baseEdit, self.establishmentEdit)
        QWidget.setTabOrder(self.establishmentEdit, self.inPostEdit)
        QWidget.setTabOrder(self.inPostEdit, self.vacanciesEdit)
        QWidget.setTabOrder(self.vacanciesEdit, self.agencyEdit)

        self.retranslateUi(TeamDialog)

        QMetaObject.connectSlotsByName(TeamDialog)
    # setupUi

    def retranslateUi(self, TeamDialog):
        TeamDialog.setWindowTitle(QCoreApplication.translate("TeamDialog", u"Team", None))
        self.nameLabel.setText(QCoreApplication.translate("TeamDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("TeamDialog", u"e.g. Hospital Discharge Team", None))
        self.areaLabel.setText(QCoreApplication.translate("TeamDialog", u"&Service area", None))
        self.managerLabel.setText(QCoreApplication.translate("TeamDialog", u"&Manager", None))
        self.managerEdit.setPlaceholderText(QCoreApplication.translate("TeamDialog", u"The team manager's name", None))
        self.baseLabel.setText(QCoreApplication.translate("TeamDialog", u"&Base", None))
        self.baseEdit.setPlaceholderText(QCoreApplication.translate("TeamDialog", u"Where the team works from, e.g. Civic Centre", None))
        self.establishmentLabel.setText(QCoreApplication.translate("TeamDialog", u"&Establishment (FTE)", None))
        self.establishmentEdit.setPlaceholderText(QCoreApplication.translate("TeamDialog", u"Funded posts, e.g. 18.0", None))
        self.inPostLabel.setText(QCoreApplication.translate("TeamDialog", u"Staff &in post (FTE)", None))
        self.inPostEdit.setPlaceholderText(QCoreApplication.translate("TeamDialog", u"Permanent and fixed-term staff, e.g. 14.5", None))
        self.vacanciesLabel.setText(QCoreApplication.translate("TeamDialog", u"&Vacancies (FTE)", None))
        self.vacanciesEdit.setPlaceholderText(QCoreApplication.translate("TeamDialog", u"Leave blank to work out", None))
        self.agencyLabel.setText(QCoreApplication.translate("TeamDialog", u"&Agency staff (FTE)", None))
        self.agencyEdit.setPlaceholderText(QCoreApplication.translate("TeamDialog", u"e.g. 2.0", None))
        self.rateLabel.setText(QCoreApplication.translate("TeamDialog", u"Vacancy rate", None))
        self.rateValue.setText("")
        self.helpText.setText(QCoreApplication.translate("TeamDialog", u"FTE is full-time equivalent: 0.5 for a half-time post. Staff in post may run over establishment by 10% (at least 1 FTE), for example for newly qualified social workers in their assessed year. The vacancy rate is worked out from your figures.", None))
        self.errorText.setText("")
    # retranslateUi

