# Generated from forms/practice_page.ui by scripts/build_forms.py; do not edit.
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QToolButton, QVBoxLayout,
    QWidget)

class Ui_PracticePage(object):
    def setupUi(self, PracticePage):
        if not PracticePage.objectName():
            PracticePage.setObjectName(u"PracticePage")
        PracticePage.resize(1060, 720)
        self.outer = QVBoxLayout(PracticePage)
        self.outer.setSpacing(8)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(16, 12, 16, 12)
        self.summaryLabel = QLabel(PracticePage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"\u2014")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.outer.addWidget(self.summaryLabel)

        self.messageLabel = QLabel(PracticePage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b91c1c;")

        self.outer.addWidget(self.messageLabel)

        self.tabs = QTabWidget(PracticePage)
        self.tabs.setObjectName(u"tabs")
        self.cohortTab = QWidget()
        self.cohortTab.setObjectName(u"cohortTab")
        self.cohortLayout = QVBoxLayout(self.cohortTab)
        self.cohortLayout.setSpacing(8)
        self.cohortLayout.setObjectName(u"cohortLayout")
        self.cohortLayout.setContentsMargins(8, 8, 8, 8)
        self.cohortFilterRow = QHBoxLayout()
        self.cohortFilterRow.setSpacing(6)
        self.cohortFilterRow.setObjectName(u"cohortFilterRow")
        self.cohortFilter = QLineEdit(self.cohortTab)
        self.cohortFilter.setObjectName(u"cohortFilter")
        self.cohortFilter.setClearButtonEnabled(True)
        self.cohortFilter.setMinimumSize(QSize(240, 0))

        self.cohortFilterRow.addWidget(self.cohortFilter)

        self.municipalityFilter = QComboBox(self.cohortTab)
        self.municipalityFilter.setObjectName(u"municipalityFilter")
        self.municipalityFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.cohortFilterRow.addWidget(self.municipalityFilter)

        self.attentionCheck = QCheckBox(self.cohortTab)
        self.attentionCheck.setObjectName(u"attentionCheck")

        self.cohortFilterRow.addWidget(self.attentionCheck)

        self.cohortGap = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cohortFilterRow.addItem(self.cohortGap)

        self.cohortCount = QLabel(self.cohortTab)
        self.cohortCount.setObjectName(u"cohortCount")
        self.cohortCount.setText(u"\u2014")

        self.cohortFilterRow.addWidget(self.cohortCount)


        self.cohortLayout.addLayout(self.cohortFilterRow)

        self.cohortView = QTableView(self.cohortTab)
        self.cohortView.setObjectName(u"cohortView")
        self.cohortView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cohortView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cohortView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cohortView.setAlternatingRowColors(True)
        self.cohortView.setWordWrap(False)
        self.cohortView.setSortingEnabled(True)
        self.cohortView.horizontalHeader().setHighlightSections(False)
        self.cohortView.verticalHeader().setVisible(False)

        self.cohortLayout.addWidget(self.cohortView)

        self.cohortHint = QLabel(self.cohortTab)
        self.cohortHint.setObjectName(u"cohortHint")
        self.cohortHint.setStyleSheet(u"color: #6b7280;")

        self.cohortLayout.addWidget(self.cohortHint)

        self.tabs.addTab(self.cohortTab, "")
        self.traineeTab = QWidget()
        self.traineeTab.setObjectName(u"traineeTab")
        self.traineeLayout = QVBoxLayout(self.traineeTab)
        self.traineeLayout.setSpacing(8)
        self.traineeLayout.setObjectName(u"traineeLayout")
        self.traineeLayout.setContentsMargins(8, 8, 8, 8)
        self.traineeRow = QHBoxLayout()
        self.traineeRow.setSpacing(6)
        self.traineeRow.setObjectName(u"traineeRow")
        self.traineeLabel = QLabel(self.traineeTab)
        self.traineeLabel.setObjectName(u"traineeLabel")

        self.traineeRow.addWidget(self.traineeLabel)

        self.traineeCombo = QComboBox(self.traineeTab)
        self.traineeCombo.setObjectName(u"traineeCombo")
        self.traineeCombo.setEditable(True)
        self.traineeCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.traineeCombo.setMinimumSize(QSize(240, 0))

        self.traineeRow.addWidget(self.traineeCombo)

        self.previousButton = QToolButton(self.traineeTab)
        self.previousButton.setObjectName(u"previousButton")
        self.previousButton.setText(u"\u25c0")

        self.traineeRow.addWidget(self.previousButton)

        self.nextButton = QToolButton(self.traineeTab)
        self.nextButton.setObjectName(u"nextButton")
        self.nextButton.setText(u"\u25b6")

        self.traineeRow.addWidget(self.nextButton)

        self.traineeSummary = QLabel(self.traineeTab)
        self.traineeSummary.setObjectName(u"traineeSummary")
        self.traineeSummary.setText(u"\u2014")
        self.traineeSummary.setWordWrap(True)
        self.traineeSummary.setTextFormat(Qt.TextFormat.RichText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.traineeSummary.sizePolicy().hasHeightForWidth())
        self.traineeSummary.setSizePolicy(sizePolicy)

        self.traineeRow.addWidget(self.traineeSummary)


        self.traineeLayout.addLayout(self.traineeRow)

        self.noPlanRow = QHBoxLayout()
        self.noPlanRow.setSpacing(6)
        self.noPlanRow.setObjectName(u"noPlanRow")
        self.noPlanLabel = QLabel(self.traineeTab)
        self.noPlanLabel.setObjectName(u"noPlanLabel")
        self.noPlanLabel.setWordWrap(True)

        self.noPlanRow.addWidget(self.noPlanLabel)

        self.openPlansButton = QPushButton(self.traineeTab)
        self.openPlansButton.setObjectName(u"openPlansButton")

        self.noPlanRow.addWidget(self.openPlansButton)

        self.noPlanGap = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noPlanRow.addItem(self.noPlanGap)


        self.traineeLayout.addLayout(self.noPlanRow)

        self.detailSplitter = QSplitter(self.traineeTab)
        self.detailSplitter.setObjectName(u"detailSplitter")
        self.detailSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.detailSplitter.setChildrenCollapsible(False)
        self.leftSplitter = QSplitter(self.detailSplitter)
        self.leftSplitter.setObjectName(u"leftSplitter")
        self.leftSplitter.setOrientation(Qt.Orientation.Vertical)
        self.leftSplitter.setChildrenCollapsible(False)
        self.itemsBox = QGroupBox(self.leftSplitter)
        self.itemsBox.setObjectName(u"itemsBox")
        self.itemsBoxLayout = QVBoxLayout(self.itemsBox)
        self.itemsBoxLayout.setSpacing(6)
        self.itemsBoxLayout.setObjectName(u"itemsBoxLayout")
        self.itemsButtons = QHBoxLayout()
        self.itemsButtons.setSpacing(6)
        self.itemsButtons.setObjectName(u"itemsButtons")
        self.createFromStepsButton = QPushButton(self.itemsBox)
        self.createFromStepsButton.setObjectName(u"createFromStepsButton")

        self.itemsButtons.addWidget(self.createFromStepsButton)

        self.addItemButton = QPushButton(self.itemsBox)
        self.addItemButton.setObjectName(u"addItemButton")

        self.itemsButtons.addWidget(self.addItemButton)

        self.deleteItemButton = QPushButton(self.itemsBox)
        self.deleteItemButton.setObjectName(u"deleteItemButton")

        self.itemsButtons.addWidget(self.deleteItemButton)

        self.itemsGap = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemsButtons.addItem(self.itemsGap)

        self.itemsCount = QLabel(self.itemsBox)
        self.itemsCount.setObjectName(u"itemsCount")
        self.itemsCount.setText(u"\u2014")

        self.itemsButtons.addWidget(self.itemsCount)


        self.itemsBoxLayout.addLayout(self.itemsButtons)

        self.itemsView = QTableView(self.itemsBox)
        self.itemsView.setObjectName(u"itemsView")
        self.itemsView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.itemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.itemsView.setAlternatingRowColors(True)
        self.itemsView.setWordWrap(False)
        self.itemsView.setSortingEnabled(False)
        self.itemsView.horizontalHeader().setHighlightSections(False)
        self.itemsView.verticalHeader().setVisible(False)

        self.itemsBoxLayout.addWidget(self.itemsView)

        self.leftSplitter.addWidget(self.itemsBox)
        self.checkInsBox = QGroupBox(self.leftSplitter)
        self.checkInsBox.setObjectName(u"checkInsBox")
        self.checkInsBoxLayout = QVBoxLayout(self.checkInsBox)
        self.checkInsBoxLayout.setSpacing(6)
        self.checkInsBoxLayout.setObjectName(u"checkInsBoxLayout")
        self.checkInButtons = QHBoxLayout()
        self.checkInButtons.setSpacing(6)
        self.checkInButtons.setObjectName(u"checkInButtons")
        self.addCheckInButton = QPushButton(self.checkInsBox)
        self.addCheckInButton.setObjectName(u"addCheckInButton")

        self.checkInButtons.addWidget(self.addCheckInButton)

        self.deleteCheckInButton = QPushButton(self.checkInsBox)
        self.deleteCheckInButton.setObjectName(u"deleteCheckInButton")

        self.checkInButtons.addWidget(self.deleteCheckInButton)

        self.checkInsGap = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checkInButtons.addItem(self.checkInsGap)

        self.checkInsCount = QLabel(self.checkInsBox)
        self.checkInsCount.setObjectName(u"checkInsCount")
        self.checkInsCount.setText(u"\u2014")

        self.checkInButtons.addWidget(self.checkInsCount)


        self.checkInsBoxLayout.addLayout(self.checkInButtons)

        self.checkInsView = QTableView(self.checkInsBox)
        self.checkInsView.setObjectName(u"checkInsView")
        self.checkInsView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.checkInsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checkInsView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.checkInsView.setAlternatingRowColors(True)
        self.checkInsView.setWordWrap(False)
        self.checkInsView.setSortingEnabled(False)
        self.checkInsView.horizontalHeader().setHighlightSections(False)
        self.checkInsView.verticalHeader().setVisible(False)

        self.checkInsBoxLayout.addWidget(self.checkInsView)

        self.leftSplitter.addWidget(self.checkInsBox)
        self.detailSplitter.addWidget(self.leftSplitter)
        self.rightSplitter = QSplitter(self.detailSplitter)
        self.rightSplitter.setObjectName(u"rightSplitter")
        self.rightSplitter.setOrientation(Qt.Orientation.Vertical)
        self.rightSplitter.setChildrenCollapsible(False)
        self.measurementsBox = QGroupBox(self.rightSplitter)
        self.measurementsBox.setObjectName(u"measurementsBox")
        self.measurementsBoxLayout = QVBoxLayout(self.measurementsBox)
        self.measurementsBoxLayout.setSpacing(6)
        self.measurementsBoxLayout.setObjectName(u"measurementsBoxLayout")
        self.measurementButtons = QHBoxLayout()
        self.measurementButtons.setSpacing(6)
        self.measurementButtons.setObjectName(u"measurementButtons")
        self.addMeasurementButton = QPushButton(self.measurementsBox)
        self.addMeasurementButton.setObjectName(u"addMeasurementButton")

        self.measurementButtons.addWidget(self.addMeasurementButton)

        self.deleteMeasurementButton = QPushButton(self.measurementsBox)
        self.deleteMeasurementButton.setObjectName(u"deleteMeasurementButton")

        self.measurementButtons.addWidget(self.deleteMeasurementButton)

        self.measurementsGap = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.measurementButtons.addItem(self.measurementsGap)


        self.measurementsBoxLayout.addLayout(self.measurementButtons)

        self.measurementsView = QTableView(self.measurementsBox)
        self.measurementsView.setObjectName(u"measurementsView")
        self.measurementsView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.measurementsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measurementsView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.measurementsView.setAlternatingRowColors(True)
        self.measurementsView.setWordWrap(False)
        self.measurementsView.setSortingEnabled(False)
        self.measurementsView.horizontalHeader().setHighlightSections(False)
        self.measurementsView.verticalHeader().setVisible(False)

        self.measurementsBoxLayout.addWidget(self.measurementsView)

        self.rightSplitter.addWidget(self.measurementsBox)
        self.outcomeBox = QGroupBox(self.rightSplitter)
        self.outcomeBox.setObjectName(u"outcomeBox")
        self.outcomeLayout = QFormLayout(self.outcomeBox)
        self.outcomeLayout.setObjectName(u"outcomeLayout")
        self.outcomeLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.outcomeLayout.setHorizontalSpacing(10)
        self.outcomeLayout.setVerticalSpacing(6)
        self.hoursLabel = QLabel(self.outcomeBox)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.outcomeLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursRow = QHBoxLayout()
        self.hoursRow.setSpacing(8)
        self.hoursRow.setObjectName(u"hoursRow")
        self.hoursSpin = QDoubleSpinBox(self.outcomeBox)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setSpecialValueText(u"\u2014")
        self.hoursSpin.setDecimals(0)
        self.hoursSpin.setMinimum(-1.000000000000000)
        self.hoursSpin.setMaximum(9999999.000000000000000)
        self.hoursSpin.setValue(-1.000000000000000)
        self.hoursSpin.setGroupSeparatorShown(True)
        self.hoursSpin.setKeyboardTracking(False)

        self.hoursRow.addWidget(self.hoursSpin)

        self.expectedLabel = QLabel(self.outcomeBox)
        self.expectedLabel.setObjectName(u"expectedLabel")
        self.expectedLabel.setText(u"\u2014")
        sizePolicy.setHeightForWidth(self.expectedLabel.sizePolicy().hasHeightForWidth())
        self.expectedLabel.setSizePolicy(sizePolicy)

        self.hoursRow.addWidget(self.expectedLabel)


        self.outcomeLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.hoursRow)

        self.effectsLabel = QLabel(self.outcomeBox)
        self.effectsLabel.setObjectName(u"effectsLabel")

        self.outcomeLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.effectsLabel)

        self.effectsEdit = QPlainTextEdit(self.outcomeBox)
        self.effectsEdit.setObjectName(u"effectsEdit")
        self.effectsEdit.setTabChangesFocus(True)

        self.outcomeLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.effectsEdit)

        self.spreadLabel = QLabel(self.outcomeBox)
        self.spreadLabel.setObjectName(u"spreadLabel")

        self.outcomeLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.spreadLabel)

        self.spreadEdit = QPlainTextEdit(self.outcomeBox)
        self.spreadEdit.setObjectName(u"spreadEdit")
        self.spreadEdit.setTabChangesFocus(True)

        self.outcomeLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.spreadEdit)

        self.rightSplitter.addWidget(self.outcomeBox)
        self.detailSplitter.addWidget(self.rightSplitter)

        self.traineeLayout.addWidget(self.detailSplitter)

        self.tabs.addTab(self.traineeTab, "")

        self.outer.addWidget(self.tabs)

        self.outer.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.traineeLabel.setBuddy(self.traineeCombo)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.effectsLabel.setBuddy(self.effectsEdit)
        self.spreadLabel.setBuddy(self.spreadEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PracticePage)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, PracticePage):
        self.cohortFilter.setPlaceholderText(QCoreApplication.translate("PracticePage", u"Filter by name, municipality or theme", None))
        self.attentionCheck.setText(QCoreApplication.translate("PracticePage", u"Needs attention only", None))
#if QT_CONFIG(tooltip)
        self.attentionCheck.setToolTip(QCoreApplication.translate("PracticePage", u"Trainees with blocked items or no check-in for two weeks", None))
#endif // QT_CONFIG(tooltip)
        self.cohortHint.setText(QCoreApplication.translate("PracticePage", u"Double-click a trainee to open their practice.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.cohortTab), QCoreApplication.translate("PracticePage", u"Cohort", None))
        self.traineeLabel.setText(QCoreApplication.translate("PracticePage", u"Trainee:", None))
#if QT_CONFIG(tooltip)
        self.traineeCombo.setToolTip(QCoreApplication.translate("PracticePage", u"Type a name or municipality to find a trainee", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.previousButton.setToolTip(QCoreApplication.translate("PracticePage", u"Previous trainee", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nextButton.setToolTip(QCoreApplication.translate("PracticePage", u"Next trainee", None))
#endif // QT_CONFIG(tooltip)
        self.noPlanLabel.setText(QCoreApplication.translate("PracticePage", u"No plan yet: the practice follows the improvement plan.", None))
        self.openPlansButton.setText(QCoreApplication.translate("PracticePage", u"Open the plans", None))
        self.itemsBox.setTitle(QCoreApplication.translate("PracticePage", u"Action items", None))
        self.createFromStepsButton.setText(QCoreApplication.translate("PracticePage", u"Create from plan steps", None))
#if QT_CONFIG(tooltip)
        self.createFromStepsButton.setToolTip(QCoreApplication.translate("PracticePage", u"One action item per step of the plan's \u5b9f\u65bd\u8a08\u753b that has none yet", None))
#endif // QT_CONFIG(tooltip)
        self.addItemButton.setText(QCoreApplication.translate("PracticePage", u"Add", None))
        self.deleteItemButton.setText(QCoreApplication.translate("PracticePage", u"Delete", None))
        self.checkInsBox.setTitle(QCoreApplication.translate("PracticePage", u"Check-ins", None))
        self.addCheckInButton.setText(QCoreApplication.translate("PracticePage", u"Add check-in", None))
#if QT_CONFIG(tooltip)
        self.addCheckInButton.setToolTip(QCoreApplication.translate("PracticePage", u"Record today's report: progress, obstacles, support needed", None))
#endif // QT_CONFIG(tooltip)
        self.deleteCheckInButton.setText(QCoreApplication.translate("PracticePage", u"Delete", None))
        self.measurementsBox.setTitle(QCoreApplication.translate("PracticePage", u"Measurements", None))
        self.addMeasurementButton.setText(QCoreApplication.translate("PracticePage", u"Add measurement", None))
#if QT_CONFIG(tooltip)
        self.addMeasurementButton.setToolTip(QCoreApplication.translate("PracticePage", u"Record a KPI value (the last metric, baseline and target are copied)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteMeasurementButton.setText(QCoreApplication.translate("PracticePage", u"Delete", None))
        self.outcomeBox.setTitle(QCoreApplication.translate("PracticePage", u"Outcome", None))
        self.hoursLabel.setText(QCoreApplication.translate("PracticePage", u"Hours saved per year:", None))
#if QT_CONFIG(tooltip)
        self.hoursSpin.setToolTip(QCoreApplication.translate("PracticePage", u"Hours per year actually saved, as measured", None))
#endif // QT_CONFIG(tooltip)
        self.effectsLabel.setText(QCoreApplication.translate("PracticePage", u"Effects:", None))
        self.effectsEdit.setPlaceholderText(QCoreApplication.translate("PracticePage", u"Qualitative effects: what changed at the workplace", None))
        self.spreadLabel.setText(QCoreApplication.translate("PracticePage", u"Spread potential:", None))
        self.spreadEdit.setPlaceholderText(QCoreApplication.translate("PracticePage", u"\u6a2a\u5c55\u958b: other departments or municipalities that could do the same", None))
        self.tabs.setTabText(self.tabs.indexOf(self.traineeTab), QCoreApplication.translate("PracticePage", u"Trainee", None))
        pass
    # retranslateUi
