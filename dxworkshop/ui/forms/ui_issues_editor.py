# Generated from forms/issues_editor.ui by scripts/build_forms.py; do not edit.
# -*- coding: utf-8 -*-

##
##

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QListView, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_IssueEditor(object):
    def setupUi(self, IssueEditor):
        if not IssueEditor.objectName():
            IssueEditor.setObjectName(u"IssueEditor")
        IssueEditor.resize(380, 620)
        self.outer = QVBoxLayout(IssueEditor)
        self.outer.setSpacing(8)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(4, 0, 4, 0)
        self.headingLabel = QLabel(IssueEditor)
        self.headingLabel.setObjectName(u"headingLabel")

        self.outer.addWidget(self.headingLabel)

        self.emptyLabel = QLabel(IssueEditor)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.outer.addWidget(self.emptyLabel)

        self.formWidget = QWidget(IssueEditor)
        self.formWidget.setObjectName(u"formWidget")
        self.form = QFormLayout(self.formWidget)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(7)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(self.formWidget)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleField = QLineEdit(self.formWidget)
        self.titleField.setObjectName(u"titleField")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleField)

        self.ownerLabel = QLabel(self.formWidget)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(self.formWidget)
        self.ownerCombo.setObjectName(u"ownerCombo")
        self.ownerCombo.setEditable(True)
        self.ownerCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.ownerCombo.setMaxVisibleItems(20)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.whereLabel = QLabel(self.formWidget)
        self.whereLabel.setObjectName(u"whereLabel")
        self.whereLabel.setText(u"\u2014")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.whereLabel)

        self.processLabel = QLabel(self.formWidget)
        self.processLabel.setObjectName(u"processLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.processLabel)

        self.processEdit = QLineEdit(self.formWidget)
        self.processEdit.setObjectName(u"processEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.processEdit)

        self.descriptionLabel = QLabel(self.formWidget)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.formWidget)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMinimumSize(QSize(0, 64))
        self.descriptionEdit.setMaximumSize(QSize(16777215, 96))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.categoriesLabel = QLabel(self.formWidget)
        self.categoriesLabel.setObjectName(u"categoriesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.categoriesLabel)

        self.categoryList = QListWidget(self.formWidget)
        self.categoryList.setObjectName(u"categoryList")
        self.categoryList.setFlow(QListView.Flow.LeftToRight)
        self.categoryList.setProperty(u"isWrapping", True)
        self.categoryList.setResizeMode(QListView.ResizeMode.Adjust)
        self.categoryList.setSpacing(2)
        self.categoryList.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.categoryList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.categoryList.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.categoryList)

        self.workloadLabel = QLabel(self.formWidget)
        self.workloadLabel.setObjectName(u"workloadLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.workloadLabel)

        self.workloadGrid = QGridLayout()
        self.workloadGrid.setObjectName(u"workloadGrid")
        self.workloadGrid.setHorizontalSpacing(6)
        self.workloadGrid.setVerticalSpacing(2)
        self.casesEdit = QLineEdit(self.formWidget)
        self.casesEdit.setObjectName(u"casesEdit")
        self.casesEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.workloadGrid.addWidget(self.casesEdit, 0, 0, 1, 1)

        self.timesLabel1 = QLabel(self.formWidget)
        self.timesLabel1.setObjectName(u"timesLabel1")
        self.timesLabel1.setText(u"\u00d7")

        self.workloadGrid.addWidget(self.timesLabel1, 0, 1, 1, 1)

        self.minutesEdit = QLineEdit(self.formWidget)
        self.minutesEdit.setObjectName(u"minutesEdit")
        self.minutesEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.workloadGrid.addWidget(self.minutesEdit, 0, 2, 1, 1)

        self.timesLabel2 = QLabel(self.formWidget)
        self.timesLabel2.setObjectName(u"timesLabel2")
        self.timesLabel2.setText(u"\u00d7")

        self.workloadGrid.addWidget(self.timesLabel2, 0, 3, 1, 1)

        self.peopleEdit = QLineEdit(self.formWidget)
        self.peopleEdit.setObjectName(u"peopleEdit")
        self.peopleEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.workloadGrid.addWidget(self.peopleEdit, 0, 4, 1, 1)

        self.casesUnit = QLabel(self.formWidget)
        self.casesUnit.setObjectName(u"casesUnit")
        self.casesUnit.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.workloadGrid.addWidget(self.casesUnit, 1, 0, 1, 1)

        self.minutesUnit = QLabel(self.formWidget)
        self.minutesUnit.setObjectName(u"minutesUnit")
        self.minutesUnit.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.workloadGrid.addWidget(self.minutesUnit, 1, 2, 1, 1)

        self.peopleUnit = QLabel(self.formWidget)
        self.peopleUnit.setObjectName(u"peopleUnit")
        self.peopleUnit.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.workloadGrid.addWidget(self.peopleUnit, 1, 4, 1, 1)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.workloadGrid)

        self.hoursCaption = QLabel(self.formWidget)
        self.hoursCaption.setObjectName(u"hoursCaption")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.hoursCaption)

        self.hoursLabel = QLabel(self.formWidget)
        self.hoursLabel.setObjectName(u"hoursLabel")
        self.hoursLabel.setText(u"\u2014")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.hoursLabel)

        self.sourceLabel = QLabel(self.formWidget)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(self.formWidget)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.statusLabel = QLabel(self.formWidget)
        self.statusLabel.setObjectName(u"statusLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.formWidget)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.statusCombo)


        self.outer.addWidget(self.formWidget)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.deleteButton = QPushButton(IssueEditor)
        self.deleteButton.setObjectName(u"deleteButton")

        self.buttonRow.addWidget(self.deleteButton)


        self.outer.addLayout(self.buttonRow)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleField)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.processLabel.setBuddy(self.processEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleField, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.processEdit)
        QWidget.setTabOrder(self.processEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.categoryList)
        QWidget.setTabOrder(self.categoryList, self.casesEdit)
        QWidget.setTabOrder(self.casesEdit, self.minutesEdit)
        QWidget.setTabOrder(self.minutesEdit, self.peopleEdit)
        QWidget.setTabOrder(self.peopleEdit, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.deleteButton)

        self.retranslateUi(IssueEditor)
    # setupUi

    def retranslateUi(self, IssueEditor):
        self.headingLabel.setText(QCoreApplication.translate("IssueEditor", u"Issue card", None))
        self.emptyLabel.setText(QCoreApplication.translate("IssueEditor", u"Select a card to see and edit it here.", None))
        self.titleLabel.setText(QCoreApplication.translate("IssueEditor", u"T&itle:", None))
        self.ownerLabel.setText(QCoreApplication.translate("IssueEditor", u"O&wner:", None))
        self.processLabel.setText(QCoreApplication.translate("IssueEditor", u"&Process:", None))
        self.processEdit.setPlaceholderText(QCoreApplication.translate("IssueEditor", u"The business process (e.g. \u5150\u7ae5\u624b\u5f53\u306e\u8a8d\u5b9a)", None))
        self.descriptionLabel.setText(QCoreApplication.translate("IssueEditor", u"&Situation:", None))
#if QT_CONFIG(tooltip)
        self.descriptionLabel.setToolTip(QCoreApplication.translate("IssueEditor", u"Current state and pain points", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("IssueEditor", u"Current state and pain points", None))
        self.categoriesLabel.setText(QCoreApplication.translate("IssueEditor", u"Categories:", None))
#if QT_CONFIG(tooltip)
        self.categoryList.setToolTip(QCoreApplication.translate("IssueEditor", u"Click a category to tag the card with it (click again to remove)", None))
#endif // QT_CONFIG(tooltip)
        self.workloadLabel.setText(QCoreApplication.translate("IssueEditor", u"Workload:", None))
#if QT_CONFIG(tooltip)
        self.casesEdit.setToolTip(QCoreApplication.translate("IssueEditor", u"Cases per year", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.minutesEdit.setToolTip(QCoreApplication.translate("IssueEditor", u"Minutes per case", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.peopleEdit.setToolTip(QCoreApplication.translate("IssueEditor", u"People doing it", None))
#endif // QT_CONFIG(tooltip)
        self.casesUnit.setText(QCoreApplication.translate("IssueEditor", u"cases/yr", None))
        self.minutesUnit.setText(QCoreApplication.translate("IssueEditor", u"min/case", None))
        self.peopleUnit.setText(QCoreApplication.translate("IssueEditor", u"people", None))
        self.hoursCaption.setText(QCoreApplication.translate("IssueEditor", u"Annual hours:", None))
        self.sourceLabel.setText(QCoreApplication.translate("IssueEditor", u"Sou&rce:", None))
        self.statusLabel.setText(QCoreApplication.translate("IssueEditor", u"S&tatus:", None))
        self.deleteButton.setText(QCoreApplication.translate("IssueEditor", u"Delete Card", None))
        pass
    # retranslateUi
