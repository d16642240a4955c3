# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stakeholder_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_StakeholderDialog(object):
    def setupUi(self, StakeholderDialog):
        if not StakeholderDialog.objectName():
            StakeholderDialog.setObjectName(u"StakeholderDialog")
        StakeholderDialog.resize(560, 560)
        StakeholderDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(StakeholderDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(StakeholderDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(StakeholderDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(StakeholderDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleEdit = QLineEdit(StakeholderDialog)
        self.roleEdit.setObjectName(u"roleEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleEdit)

        self.organisationLabel = QLabel(StakeholderDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationCombo = QComboBox(StakeholderDialog)
        self.organisationCombo.setObjectName(u"organisationCombo")
        self.organisationCombo.setEditable(True)
        self.organisationCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organisationCombo)

        self.categoryLabel = QLabel(StakeholderDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(StakeholderDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.emailLabel = QLabel(StakeholderDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailColumn = QVBoxLayout()
        self.emailColumn.setSpacing(2)
        self.emailColumn.setObjectName(u"emailColumn")
        self.emailEdit = QLineEdit(StakeholderDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.emailColumn.addWidget(self.emailEdit)

        self.emailFlag = QLabel(StakeholderDialog)
        self.emailFlag.setObjectName(u"emailFlag")
        self.emailFlag.setWordWrap(True)

        self.emailColumn.addWidget(self.emailFlag)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.emailColumn)

        self.phoneLabel = QLabel(StakeholderDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneColumn = QVBoxLayout()
        self.phoneColumn.setSpacing(2)
        self.phoneColumn.setObjectName(u"phoneColumn")
        self.phoneEdit = QLineEdit(StakeholderDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.phoneColumn.addWidget(self.phoneEdit)

        self.phoneFlag = QLabel(StakeholderDialog)
        self.phoneFlag.setObjectName(u"phoneFlag")
        self.phoneFlag.setWordWrap(True)

        self.phoneColumn.addWidget(self.phoneFlag)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.phoneColumn)

        self.influenceLabel = QLabel(StakeholderDialog)
        self.influenceLabel.setObjectName(u"influenceLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.influenceLabel)

        self.scoresRow = QHBoxLayout()
        self.scoresRow.setObjectName(u"scoresRow")
        self.influenceSpin = QSpinBox(StakeholderDialog)
        self.influenceSpin.setObjectName(u"influenceSpin")
        self.influenceSpin.setMinimum(1)
        self.influenceSpin.setMaximum(5)
        self.influenceSpin.setValue(3)

        self.scoresRow.addWidget(self.influenceSpin)

        self.interestLabel = QLabel(StakeholderDialog)
        self.interestLabel.setObjectName(u"interestLabel")

        self.scoresRow.addWidget(self.interestLabel)

        self.interestSpin = QSpinBox(StakeholderDialog)
        self.interestSpin.setObjectName(u"interestSpin")
        self.interestSpin.setMinimum(1)
        self.interestSpin.setMaximum(5)
        self.interestSpin.setValue(3)

        self.scoresRow.addWidget(self.interestSpin)

        self.quadrantLabel = QLabel(StakeholderDialog)
        self.quadrantLabel.setObjectName(u"quadrantLabel")

        self.scoresRow.addWidget(self.quadrantLabel)

        self.scoresSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scoresRow.addItem(self.scoresSpacer)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.scoresRow)

        self.cadenceLabel = QLabel(StakeholderDialog)
        self.cadenceLabel.setObjectName(u"cadenceLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.cadenceLabel)

        self.cadenceCombo = QComboBox(StakeholderDialog)
        self.cadenceCombo.setObjectName(u"cadenceCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.cadenceCombo)

        self.tagsLabel = QLabel(StakeholderDialog)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsEdit = QLineEdit(StakeholderDialog)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.tagsEdit)

        self.notesLabel = QLabel(StakeholderDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(StakeholderDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.form)

        self.errorText = QLabel(StakeholderDialog)
        self.errorText.setObjectName(u"errorText")
        self.errorText.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorText)

        self.buttons = QDialogButtonBox(StakeholderDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleEdit)
        self.organisationLabel.setBuddy(self.organisationCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.influenceLabel.setBuddy(self.influenceSpin)
        self.interestLabel.setBuddy(self.interestSpin)
        self.cadenceLabel.setBuddy(self.cadenceCombo)
        self.tagsLabel.setBuddy(self.tagsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.roleEdit)
        QWidget.setTabOrder(self.roleEdit, self.organisationCombo)
        QWidget.setTabOrder(self.organisationCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.influenceSpin)
        QWidget.setTabOrder(self.influenceSpin, self.interestSpin)
        QWidget.setTabOrder(self.interestSpin, self.cadenceCombo)
        QWidget.setTabOrder(self.cadenceCombo, self.tagsEdit)
        QWidget.setTabOrder(self.tagsEdit, self.notesEdit)

        self.retranslateUi(StakeholderDialog)

        QMetaObject.connectSlotsByName(StakeholderDialog)
    # setupUi

    def retranslateUi(self, StakeholderDialog):
        StakeholderDialog.setWindowTitle(QCoreApplication.translate("StakeholderDialog", u"Contact", None))
        self.nameLabel.setText(QCoreApplication.translate("StakeholderDialog", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("StakeholderDialog", u"e.g. Cllr Joan Ashworth", None))
        self.roleLabel.setText(QCoreApplication.translate("StakeholderDialog", u"&Role or title", None))
        self.roleEdit.setPlaceholderText(QCoreApplication.translate("StakeholderDialog", u"Shown in place of the name when a plan leaves names out", None))
        self.organisationLabel.setText(QCoreApplication.translate("StakeholderDialog", u"&Organisation", None))
        self.categoryLabel.setText(QCoreApplication.translate("StakeholderDialog", u"&Category", None))
        self.emailLabel.setText(QCoreApplication.translate("StakeholderDialog", u"&E-mail", None))
        self.emailFlag.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("StakeholderDialog", u"&Phone", None))
        self.phoneFlag.setText("")
        self.influenceLabel.setText(QCoreApplication.translate("StakeholderDialog", u"In&fluence", None))
#if QT_CONFIG(tooltip)
        self.influenceSpin.setToolTip(QCoreApplication.translate("StakeholderDialog", u"How much they can affect adult social care: 1 low, 5 high", None))
#endif // QT_CONFIG(tooltip)
        self.interestLabel.setText(QCoreApplication.translate("StakeholderDialog", u"In&terest", None))
#if QT_CONFIG(tooltip)
        self.interestSpin.setToolTip(QCoreApplication.translate("StakeholderDialog", u"How much they care about adult social care: 1 low, 5 high", None))
#endif // QT_CONFIG(tooltip)
        self.quadrantLabel.setText("")
        self.cadenceLabel.setText(QCoreApplication.translate("StakeholderDialog", u"&Keep in touch", None))
#if QT_CONFIG(tooltip)
        self.cadenceCombo.setToolTip(QCoreApplication.translate("StakeholderDialog", u"How often you mean to be in touch; the app works out when contact is next due", None))
#endif // QT_CONFIG(tooltip)
        self.tagsLabel.setText(QCoreApplication.translate("StakeholderDialog", u"T&ags", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("StakeholderDialog", u"Separate with commas, e.g. mentor, workforce", None))
        self.notesLabel.setText(QCoreApplication.translate("StakeholderDialog", u"N&otes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("StakeholderDialog", u"Anything worth remembering: their priorities, their PA, how they like to be briefed", None))
        self.errorText.setText("")
    # retranslateUi

