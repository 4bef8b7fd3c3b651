# Generated from forms/hearing_page.ui by scripts/build_forms.py; do not edit.
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
    QDateEdit, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_HearingPage(object):
    def setupUi(self, HearingPage):
        if not HearingPage.objectName():
            HearingPage.setObjectName(u"HearingPage")
        HearingPage.resize(1040, 720)
        self.outer = QVBoxLayout(HearingPage)
        self.outer.setSpacing(8)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(16, 12, 16, 12)
        self.tabs = QTabWidget(HearingPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.hearingsTab = QWidget()
        self.hearingsTab.setObjectName(u"hearingsTab")
        self.hearingsTabLayout = QVBoxLayout(self.hearingsTab)
        self.hearingsTabLayout.setSpacing(8)
        self.hearingsTabLayout.setObjectName(u"hearingsTabLayout")
        self.hearingsTabLayout.setContentsMargins(0, 10, 0, 0)
        self.hearingsSplitter = QSplitter(self.hearingsTab)
        self.hearingsSplitter.setObjectName(u"hearingsSplitter")
        self.hearingsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.hearingsSplitter.setChildrenCollapsible(False)
        self.listPanel = QWidget(self.hearingsSplitter)
        self.listPanel.setObjectName(u"listPanel")
        self.listLayout = QVBoxLayout(self.listPanel)
        self.listLayout.setSpacing(8)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.hearingFilter = QLineEdit(self.listPanel)
        self.hearingFilter.setObjectName(u"hearingFilter")
        self.hearingFilter.setClearButtonEnabled(True)

        self.listLayout.addWidget(self.hearingFilter)

        self.hearingsView = QTableView(self.listPanel)
        self.hearingsView.setObjectName(u"hearingsView")
        self.hearingsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hearingsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hearingsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hearingsView.setAlternatingRowColors(True)
        self.hearingsView.setSortingEnabled(True)
        self.hearingsView.setWordWrap(False)
        self.hearingsView.horizontalHeader().setStretchLastSection(False)
        self.hearingsView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.hearingsView)

        self.hearingCounts = QLabel(self.listPanel)
        self.hearingCounts.setObjectName(u"hearingCounts")
        self.hearingCounts.setText(u"\u2014")

        self.listLayout.addWidget(self.hearingCounts)

        self.newHearingRow = QHBoxLayout()
        self.newHearingRow.setSpacing(8)
        self.newHearingRow.setObjectName(u"newHearingRow")
        self.newMunicipalityCombo = QComboBox(self.listPanel)
        self.newMunicipalityCombo.setObjectName(u"newMunicipalityCombo")

        self.newHearingRow.addWidget(self.newMunicipalityCombo)

        self.newDepartmentCombo = QComboBox(self.listPanel)
        self.newDepartmentCombo.setObjectName(u"newDepartmentCombo")

        self.newHearingRow.addWidget(self.newDepartmentCombo)


        self.listLayout.addLayout(self.newHearingRow)

        self.hearingButtons = QHBoxLayout()
        self.hearingButtons.setSpacing(8)
        self.hearingButtons.setObjectName(u"hearingButtons")
        self.addHearingButton = QPushButton(self.listPanel)
        self.addHearingButton.setObjectName(u"addHearingButton")

        self.hearingButtons.addWidget(self.addHearingButton)

        self.planAllButton = QPushButton(self.listPanel)
        self.planAllButton.setObjectName(u"planAllButton")

        self.hearingButtons.addWidget(self.planAllButton)

        self.hearingButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hearingButtons.addItem(self.hearingButtonsSpacer)

        self.deleteHearingButton = QPushButton(self.listPanel)
        self.deleteHearingButton.setObjectName(u"deleteHearingButton")

        self.hearingButtons.addWidget(self.deleteHearingButton)


        self.listLayout.addLayout(self.hearingButtons)

        self.hearingsSplitter.addWidget(self.listPanel)
        self.detailStack = QStackedWidget(self.hearingsSplitter)
        self.detailStack.setObjectName(u"detailStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyHint = QLabel(self.emptyPage)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.emptyHint.sizePolicy().hasHeightForWidth())
        self.emptyHint.setSizePolicy(sizePolicy)
        self.emptyHint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyHint)

        self.detailStack.addWidget(self.emptyPage)
        self.detailPanel = QWidget()
        self.detailPanel.setObjectName(u"detailPanel")
        self.detailLayout = QVBoxLayout(self.detailPanel)
        self.detailLayout.setSpacing(8)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.titleRow = QHBoxLayout()
        self.titleRow.setSpacing(8)
        self.titleRow.setObjectName(u"titleRow")
        self.hearingTitle = QLabel(self.detailPanel)
        self.hearingTitle.setObjectName(u"hearingTitle")
        self.hearingTitle.setText(u"\u2014")

        self.titleRow.addWidget(self.hearingTitle)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.exportSheetButton = QPushButton(self.detailPanel)
        self.exportSheetButton.setObjectName(u"exportSheetButton")

        self.titleRow.addWidget(self.exportSheetButton)

        self.importSheetButton = QPushButton(self.detailPanel)
        self.importSheetButton.setObjectName(u"importSheetButton")

        self.titleRow.addWidget(self.importSheetButton)


        self.detailLayout.addLayout(self.titleRow)

        self.detailsGrid = QGridLayout()
        self.detailsGrid.setObjectName(u"detailsGrid")
        self.detailsGrid.setHorizontalSpacing(10)
        self.detailsGrid.setVerticalSpacing(8)
        self.dateLabel = QLabel(self.detailPanel)
        self.dateLabel.setObjectName(u"dateLabel")

        self.detailsGrid.addWidget(self.dateLabel, 0, 0, 1, 1)

        self.dateEdit = QDateEdit(self.detailPanel)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.detailsGrid.addWidget(self.dateEdit, 0, 1, 1, 1)

        self.statusLabel = QLabel(self.detailPanel)
        self.statusLabel.setObjectName(u"statusLabel")

        self.detailsGrid.addWidget(self.statusLabel, 0, 2, 1, 1)

        self.statusCombo = QComboBox(self.detailPanel)
        self.statusCombo.setObjectName(u"statusCombo")

        self.detailsGrid.addWidget(self.statusCombo, 0, 3, 1, 1)

        self.interviewerLabel = QLabel(self.detailPanel)
        self.interviewerLabel.setObjectName(u"interviewerLabel")

        self.detailsGrid.addWidget(self.interviewerLabel, 0, 4, 1, 1)

        self.interviewerCombo = QComboBox(self.detailPanel)
        self.interviewerCombo.setObjectName(u"interviewerCombo")

        self.detailsGrid.addWidget(self.interviewerCombo, 0, 5, 1, 1)

        self.attendeesLabel = QLabel(self.detailPanel)
        self.attendeesLabel.setObjectName(u"attendeesLabel")

        self.detailsGrid.addWidget(self.attendeesLabel, 1, 0, 1, 1)

        self.attendeesEdit = QLineEdit(self.detailPanel)
        self.attendeesEdit.setObjectName(u"attendeesEdit")

        self.detailsGrid.addWidget(self.attendeesEdit, 1, 1, 1, 5)


        self.detailLayout.addLayout(self.detailsGrid)

        self.detailSplitter = QSplitter(self.detailPanel)
        self.detailSplitter.setObjectName(u"detailSplitter")
        self.detailSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.detailSplitter.setChildrenCollapsible(False)
        self.formScroll = QScrollArea(self.detailSplitter)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formHost = QWidget()
        self.formHost.setObjectName(u"formHost")
        self.formHostLayout = QVBoxLayout(self.formHost)
        self.formHostLayout.setSpacing(0)
        self.formHostLayout.setObjectName(u"formHostLayout")
        self.formHostLayout.setContentsMargins(0, 0, 0, 0)
        self.formScroll.setWidget(self.formHost)
        self.detailSplitter.addWidget(self.formScroll)
        self.sidePanel = QWidget(self.detailSplitter)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setSpacing(6)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.notesLabel = QLabel(self.sidePanel)
        self.notesLabel.setObjectName(u"notesLabel")

        self.sideLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.sidePanel)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.sideLayout.addWidget(self.notesEdit)

        self.findingsLabel = QLabel(self.sidePanel)
        self.findingsLabel.setObjectName(u"findingsLabel")

        self.sideLayout.addWidget(self.findingsLabel)

        self.findingsView = QTableView(self.sidePanel)
        self.findingsView.setObjectName(u"findingsView")
        self.findingsView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.findingsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.findingsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findingsView.setAlternatingRowColors(True)
        self.findingsView.setSortingEnabled(False)
        self.findingsView.setWordWrap(False)
        self.findingsView.horizontalHeader().setStretchLastSection(True)
        self.findingsView.verticalHeader().setVisible(False)

        self.sideLayout.addWidget(self.findingsView)

        self.newFindingRow = QHBoxLayout()
        self.newFindingRow.setSpacing(8)
        self.newFindingRow.setObjectName(u"newFindingRow")
        self.newFindingEdit = QLineEdit(self.sidePanel)
        self.newFindingEdit.setObjectName(u"newFindingEdit")

        self.newFindingRow.addWidget(self.newFindingEdit)

        self.addFindingButton = QPushButton(self.sidePanel)
        self.addFindingButton.setObjectName(u"addFindingButton")

        self.newFindingRow.addWidget(self.addFindingButton)


        self.sideLayout.addLayout(self.newFindingRow)

        self.findingButtons = QHBoxLayout()
        self.findingButtons.setSpacing(8)
        self.findingButtons.setObjectName(u"findingButtons")
        self.findingUpButton = QPushButton(self.sidePanel)
        self.findingUpButton.setObjectName(u"findingUpButton")

        self.findingButtons.addWidget(self.findingUpButton)

        self.findingDownButton = QPushButton(self.sidePanel)
        self.findingDownButton.setObjectName(u"findingDownButton")

        self.findingButtons.addWidget(self.findingDownButton)

        self.findingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.findingButtons.addItem(self.findingSpacer)

        self.deleteFindingButton = QPushButton(self.sidePanel)
        self.deleteFindingButton.setObjectName(u"deleteFindingButton")

        self.findingButtons.addWidget(self.deleteFindingButton)


        self.sideLayout.addLayout(self.findingButtons)

        self.convertBox = QGroupBox(self.sidePanel)
        self.convertBox.setObjectName(u"convertBox")
        self.convertLayout = QVBoxLayout(self.convertBox)
        self.convertLayout.setSpacing(6)
        self.convertLayout.setObjectName(u"convertLayout")
        self.toIssuesButton = QPushButton(self.convertBox)
        self.toIssuesButton.setObjectName(u"toIssuesButton")

        self.convertLayout.addWidget(self.toIssuesButton)

        self.toPeopleButton = QPushButton(self.convertBox)
        self.toPeopleButton.setObjectName(u"toPeopleButton")

        self.convertLayout.addWidget(self.toPeopleButton)

        self.conversionHint = QLabel(self.convertBox)
        self.conversionHint.setObjectName(u"conversionHint")
        self.conversionHint.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.conversionHint.sizePolicy().hasHeightForWidth())
        self.conversionHint.setSizePolicy(sizePolicy)

        self.convertLayout.addWidget(self.conversionHint)


        self.sideLayout.addWidget(self.convertBox)

        self.detailSplitter.addWidget(self.sidePanel)

        self.detailLayout.addWidget(self.detailSplitter)

        self.detailStack.addWidget(self.detailPanel)
        self.hearingsSplitter.addWidget(self.detailStack)

        self.hearingsTabLayout.addWidget(self.hearingsSplitter)

        self.tabs.addTab(self.hearingsTab, "")
        self.comparisonTab = QWidget()
        self.comparisonTab.setObjectName(u"comparisonTab")
        self.comparisonLayout = QVBoxLayout(self.comparisonTab)
        self.comparisonLayout.setSpacing(8)
        self.comparisonLayout.setObjectName(u"comparisonLayout")
        self.comparisonLayout.setContentsMargins(0, 10, 0, 0)
        self.comparisonHint = QLabel(self.comparisonTab)
        self.comparisonHint.setObjectName(u"comparisonHint")
        self.comparisonHint.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.comparisonHint.sizePolicy().hasHeightForWidth())
        self.comparisonHint.setSizePolicy(sizePolicy)

        self.comparisonLayout.addWidget(self.comparisonHint)

        self.comparisonSplitter = QSplitter(self.comparisonTab)
        self.comparisonSplitter.setObjectName(u"comparisonSplitter")
        self.comparisonSplitter.setOrientation(Qt.Orientation.Vertical)
        self.comparisonSplitter.setChildrenCollapsible(False)
        self.comparisonView = QTableView(self.comparisonSplitter)
        self.comparisonView.setObjectName(u"comparisonView")
        self.comparisonView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparisonView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comparisonView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.comparisonView.setAlternatingRowColors(True)
        self.comparisonView.setSortingEnabled(True)
        self.comparisonView.setWordWrap(False)
        self.comparisonSplitter.addWidget(self.comparisonView)
        self.comparisonView.horizontalHeader().setStretchLastSection(False)
        self.comparisonView.verticalHeader().setVisible(False)
        self.chartHost = QWidget(self.comparisonSplitter)
        self.chartHost.setObjectName(u"chartHost")
        self.chartLayout = QVBoxLayout(self.chartHost)
        self.chartLayout.setSpacing(0)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.comparisonSplitter.addWidget(self.chartHost)

        self.comparisonLayout.addWidget(self.comparisonSplitter)

        self.comparisonLayout.setStretch(1, 1)
        self.tabs.addTab(self.comparisonTab, "")
        self.templateTab = QWidget()
        self.templateTab.setObjectName(u"templateTab")
        self.templateLayout = QVBoxLayout(self.templateTab)
        self.templateLayout.setSpacing(8)
        self.templateLayout.setObjectName(u"templateLayout")
        self.templateLayout.setContentsMargins(0, 10, 0, 0)
        self.templateHint = QLabel(self.templateTab)
        self.templateHint.setObjectName(u"templateHint")
        self.templateHint.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.templateHint.sizePolicy().hasHeightForWidth())
        self.templateHint.setSizePolicy(sizePolicy)

        self.templateLayout.addWidget(self.templateHint)

        self.templateSplitter = QSplitter(self.templateTab)
        self.templateSplitter.setObjectName(u"templateSplitter")
        self.templateSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.templateSplitter.setChildrenCollapsible(False)
        self.sectionsPanel = QWidget(self.templateSplitter)
        self.sectionsPanel.setObjectName(u"sectionsPanel")
        self.sectionsLayout = QVBoxLayout(self.sectionsPanel)
        self.sectionsLayout.setSpacing(6)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsLayout.setContentsMargins(0, 0, 0, 0)
        self.sectionsView = QTableView(self.sectionsPanel)
        self.sectionsView.setObjectName(u"sectionsView")
        self.sectionsView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.sectionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sectionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sectionsView.setAlternatingRowColors(True)
        self.sectionsView.setSortingEnabled(False)
        self.sectionsView.setWordWrap(False)
        self.sectionsView.horizontalHeader().setStretchLastSection(True)
        self.sectionsView.verticalHeader().setVisible(False)

        self.sectionsLayout.addWidget(self.sectionsView)

        self.newSectionRow = QHBoxLayout()
        self.newSectionRow.setSpacing(8)
        self.newSectionRow.setObjectName(u"newSectionRow")
        self.newSectionEdit = QLineEdit(self.sectionsPanel)
        self.newSectionEdit.setObjectName(u"newSectionEdit")

        self.newSectionRow.addWidget(self.newSectionEdit)

        self.addSectionButton = QPushButton(self.sectionsPanel)
        self.addSectionButton.setObjectName(u"addSectionButton")

        self.newSectionRow.addWidget(self.addSectionButton)


        self.sectionsLayout.addLayout(self.newSectionRow)

        self.sectionButtons = QHBoxLayout()
        self.sectionButtons.setSpacing(8)
        self.sectionButtons.setObjectName(u"sectionButtons")
        self.sectionUpButton = QPushButton(self.sectionsPanel)
        self.sectionUpButton.setObjectName(u"sectionUpButton")

        self.sectionButtons.addWidget(self.sectionUpButton)

        self.sectionDownButton = QPushButton(self.sectionsPanel)
        self.sectionDownButton.setObjectName(u"sectionDownButton")

        self.sectionButtons.addWidget(self.sectionDownButton)

        self.sectionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sectionButtons.addItem(self.sectionSpacer)

        self.retireSectionButton = QPushButton(self.sectionsPanel)
        self.retireSectionButton.setObjectName(u"retireSectionButton")

        self.sectionButtons.addWidget(self.retireSectionButton)


        self.sectionsLayout.addLayout(self.sectionButtons)

        self.templateSplitter.addWidget(self.sectionsPanel)
        self.questionsPanel = QWidget(self.templateSplitter)
        self.questionsPanel.setObjectName(u"questionsPanel")
        self.questionsLayout = QVBoxLayout(self.questionsPanel)
        self.questionsLayout.setSpacing(6)
        self.questionsLayout.setObjectName(u"questionsLayout")
        self.questionsLayout.setContentsMargins(0, 0, 0, 0)
        self.questionsOf = QLabel(self.questionsPanel)
        self.questionsOf.setObjectName(u"questionsOf")
        self.questionsOf.setText(u"\u2014")

        self.questionsLayout.addWidget(self.questionsOf)

        self.questionsView = QTableView(self.questionsPanel)
        self.questionsView.setObjectName(u"questionsView")
        self.questionsView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.questionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.questionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.questionsView.setAlternatingRowColors(True)
        self.questionsView.setSortingEnabled(False)
        self.questionsView.setWordWrap(False)
        self.questionsView.horizontalHeader().setStretchLastSection(False)
        self.questionsView.verticalHeader().setVisible(False)

        self.questionsLayout.addWidget(self.questionsView)

        self.newQuestionRow = QHBoxLayout()
        self.newQuestionRow.setSpacing(8)
        self.newQuestionRow.setObjectName(u"newQuestionRow")
        self.newQuestionEdit = QLineEdit(self.questionsPanel)
        self.newQuestionEdit.setObjectName(u"newQuestionEdit")

        self.newQuestionRow.addWidget(self.newQuestionEdit)

        self.newQuestionKind = QComboBox(self.questionsPanel)
        self.newQuestionKind.setObjectName(u"newQuestionKind")

        self.newQuestionRow.addWidget(self.newQuestionKind)

        self.newQuestionChoices = QLineEdit(self.questionsPanel)
        self.newQuestionChoices.setObjectName(u"newQuestionChoices")

        self.newQuestionRow.addWidget(self.newQuestionChoices)

        self.addQuestionButton = QPushButton(self.questionsPanel)
        self.addQuestionButton.setObjectName(u"addQuestionButton")

        self.newQuestionRow.addWidget(self.addQuestionButton)


        self.questionsLayout.addLayout(self.newQuestionRow)

        self.questionButtons = QHBoxLayout()
        self.questionButtons.setSpacing(8)
        self.questionButtons.setObjectName(u"questionButtons")
        self.questionUpButton = QPushButton(self.questionsPanel)
        self.questionUpButton.setObjectName(u"questionUpButton")

        self.questionButtons.addWidget(self.questionUpButton)

        self.questionDownButton = QPushButton(self.questionsPanel)
        self.questionDownButton.setObjectName(u"questionDownButton")

        self.questionButtons.addWidget(self.questionDownButton)

        self.retireQuestionButton = QPushButton(self.questionsPanel)
        self.retireQuestionButton.setObjectName(u"retireQuestionButton")

        self.questionButtons.addWidget(self.retireQuestionButton)

        self.questionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.questionButtons.addItem(self.questionSpacer)

        self.showRetiredCheck = QCheckBox(self.questionsPanel)
        self.showRetiredCheck.setObjectName(u"showRetiredCheck")

        self.questionButtons.addWidget(self.showRetiredCheck)


        self.questionsLayout.addLayout(self.questionButtons)

        self.templateSplitter.addWidget(self.questionsPanel)

        self.templateLayout.addWidget(self.templateSplitter)

        self.templateLayout.setStretch(1, 1)
        self.tabs.addTab(self.templateTab, "")

        self.outer.addWidget(self.tabs)

        self.messageLabel = QLabel(HearingPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"\u2014")
        self.messageLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)

        self.outer.addWidget(self.messageLabel)

        self.outer.setStretch(0, 1)

        self.retranslateUi(HearingPage)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, HearingPage):
        self.hearingFilter.setPlaceholderText(QCoreApplication.translate("HearingPage", u"Filter municipalities\u2026", None))
#if QT_CONFIG(tooltip)
        self.newMunicipalityCombo.setToolTip(QCoreApplication.translate("HearingPage", u"Municipality of the new hearing", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.newDepartmentCombo.setToolTip(QCoreApplication.translate("HearingPage", u"Optionally, one department of it", None))
#endif // QT_CONFIG(tooltip)
        self.addHearingButton.setText(QCoreApplication.translate("HearingPage", u"Add Hearing", None))
        self.planAllButton.setText(QCoreApplication.translate("HearingPage", u"Plan All", None))
#if QT_CONFIG(tooltip)
        self.planAllButton.setToolTip(QCoreApplication.translate("HearingPage", u"Add a planned hearing for every municipality that has none", None))
#endif // QT_CONFIG(tooltip)
        self.deleteHearingButton.setText(QCoreApplication.translate("HearingPage", u"Delete", None))
        self.emptyHint.setText(QCoreApplication.translate("HearingPage", u"Add a hearing for a municipality on the left (or Plan All), then fill in its answers here.", None))
        self.exportSheetButton.setText(QCoreApplication.translate("HearingPage", u"Export Sheet", None))
#if QT_CONFIG(tooltip)
        self.exportSheetButton.setToolTip(QCoreApplication.translate("HearingPage", u"Write the hearing sheet (.docx) for this municipality", None))
#endif // QT_CONFIG(tooltip)
        self.importSheetButton.setText(QCoreApplication.translate("HearingPage", u"Import Returned Sheet\u2026", None))
#if QT_CONFIG(tooltip)
        self.importSheetButton.setToolTip(QCoreApplication.translate("HearingPage", u"Fill the hearing from a sheet the municipality sent back", None))
#endif // QT_CONFIG(tooltip)
        self.dateLabel.setText(QCoreApplication.translate("HearingPage", u"Date", None))
        self.statusLabel.setText(QCoreApplication.translate("HearingPage", u"Status", None))
        self.interviewerLabel.setText(QCoreApplication.translate("HearingPage", u"Interviewer", None))
        self.attendeesLabel.setText(QCoreApplication.translate("HearingPage", u"Attendees", None))
        self.attendeesEdit.setPlaceholderText(QCoreApplication.translate("HearingPage", u"Who was interviewed (department, title, name)", None))
        self.notesLabel.setText(QCoreApplication.translate("HearingPage", u"Notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("HearingPage", u"Notes from the interview", None))
        self.findingsLabel.setText(QCoreApplication.translate("HearingPage", u"Findings", None))
        self.newFindingEdit.setPlaceholderText(QCoreApplication.translate("HearingPage", u"New finding \u2014 Enter adds it", None))
        self.addFindingButton.setText(QCoreApplication.translate("HearingPage", u"Add", None))
        self.findingUpButton.setText(QCoreApplication.translate("HearingPage", u"Up", None))
        self.findingDownButton.setText(QCoreApplication.translate("HearingPage", u"Down", None))
        self.deleteFindingButton.setText(QCoreApplication.translate("HearingPage", u"Delete", None))
        self.convertBox.setTitle(QCoreApplication.translate("HearingPage", u"From this hearing", None))
        self.toIssuesButton.setText(QCoreApplication.translate("HearingPage", u"Make Candidate Issues", None))
#if QT_CONFIG(tooltip)
        self.toIssuesButton.setToolTip(QCoreApplication.translate("HearingPage", u"Turn the current business issues and the findings into candidate issues", None))
#endif // QT_CONFIG(tooltip)
        self.toPeopleButton.setText(QCoreApplication.translate("HearingPage", u"Register Trainees", None))
#if QT_CONFIG(tooltip)
        self.toPeopleButton.setToolTip(QCoreApplication.translate("HearingPage", u"Add the planned trainees (with their supervisors) to the participants", None))
#endif // QT_CONFIG(tooltip)
        self.conversionHint.setText(QCoreApplication.translate("HearingPage", u"Done again, nothing is added twice.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.hearingsTab), QCoreApplication.translate("HearingPage", u"Hearings", None))
        self.comparisonHint.setText(QCoreApplication.translate("HearingPage", u"Each municipality's answers to the scale questions, from not started (red) to done (green). Double-click a row to open its hearing.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.comparisonTab), QCoreApplication.translate("HearingPage", u"Comparison", None))
        self.templateHint.setText(QCoreApplication.translate("HearingPage", u"The questions of this programme's hearings. Retiring a question hides it from the form and the sheet; the answers already given are kept and come back when it is restored. Double-click to edit.", None))
        self.newSectionEdit.setPlaceholderText(QCoreApplication.translate("HearingPage", u"New section title", None))
        self.addSectionButton.setText(QCoreApplication.translate("HearingPage", u"Add", None))
        self.sectionUpButton.setText(QCoreApplication.translate("HearingPage", u"Up", None))
        self.sectionDownButton.setText(QCoreApplication.translate("HearingPage", u"Down", None))
        self.retireSectionButton.setText(QCoreApplication.translate("HearingPage", u"Retire", None))
        self.newQuestionEdit.setPlaceholderText(QCoreApplication.translate("HearingPage", u"New question", None))
#if QT_CONFIG(tooltip)
        self.newQuestionKind.setToolTip(QCoreApplication.translate("HearingPage", u"Kind of answer", None))
#endif // QT_CONFIG(tooltip)
        self.newQuestionChoices.setPlaceholderText(QCoreApplication.translate("HearingPage", u"Options or columns, separated by /", None))
        self.addQuestionButton.setText(QCoreApplication.translate("HearingPage", u"Add", None))
        self.questionUpButton.setText(QCoreApplication.translate("HearingPage", u"Up", None))
        self.questionDownButton.setText(QCoreApplication.translate("HearingPage", u"Down", None))
        self.retireQuestionButton.setText(QCoreApplication.translate("HearingPage", u"Retire", None))
        self.showRetiredCheck.setText(QCoreApplication.translate("HearingPage", u"Show retired", None))
        self.tabs.setTabText(self.tabs.indexOf(self.templateTab), QCoreApplication.translate("HearingPage", u"Questions", None))
        pass
    # retranslateUi
