# Generated from forms/plans_page.ui by scripts/build_forms.py; do not edit.
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
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QTabWidget, QTableView,
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_PlansPage(object):
    def setupUi(self, PlansPage):
        if not PlansPage.objectName():
            PlansPage.setObjectName(u"PlansPage")
        self.outer = QVBoxLayout(PlansPage)
        self.outer.setSpacing(8)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(16, 12, 16, 12)
        self.messageLabel = QLabel(PlansPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)

        self.splitter = QSplitter(PlansPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.leftPanel = QWidget(self.splitter)
        self.leftPanel.setObjectName(u"leftPanel")
        self.leftLayout = QVBoxLayout(self.leftPanel)
        self.leftLayout.setSpacing(6)
        self.leftLayout.setObjectName(u"leftLayout")
        self.leftLayout.setContentsMargins(0, 0, 0, 0)
        self.listTitle = QLabel(self.leftPanel)
        self.listTitle.setObjectName(u"listTitle")

        self.leftLayout.addWidget(self.listTitle)

        self.planFilter = QLineEdit(self.leftPanel)
        self.planFilter.setObjectName(u"planFilter")
        self.planFilter.setClearButtonEnabled(True)

        self.leftLayout.addWidget(self.planFilter)

        self.planList = QTableView(self.leftPanel)
        self.planList.setObjectName(u"planList")
        self.planList.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.planList.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.planList.setAlternatingRowColors(True)
        self.planList.setWordWrap(False)
        self.planList.setSortingEnabled(True)
        self.planList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.planList.verticalHeader().setVisible(False)

        self.leftLayout.addWidget(self.planList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setSpacing(6)
        self.listButtons.setObjectName(u"listButtons")
        self.listButtons.setContentsMargins(0, 0, 0, 0)
        self.createPlanButton = QPushButton(self.leftPanel)
        self.createPlanButton.setObjectName(u"createPlanButton")

        self.listButtons.addWidget(self.createPlanButton)

        self.listButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listButtonsSpacer)

        self.listCounts = QLabel(self.leftPanel)
        self.listCounts.setObjectName(u"listCounts")
        self.listCounts.setText(u"")

        self.listButtons.addWidget(self.listCounts)


        self.leftLayout.addLayout(self.listButtons)

        self.splitter.addWidget(self.leftPanel)
        self.detailStack = QStackedWidget(self.splitter)
        self.detailStack.setObjectName(u"detailStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setSpacing(6)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLayout.setContentsMargins(0, 0, 0, 0)
        self.emptyHint = QLabel(self.emptyPage)
        self.emptyHint.setObjectName(u"emptyHint")
        self.emptyHint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyHint.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyHint)

        self.detailStack.addWidget(self.emptyPage)
        self.planPage = QWidget()
        self.planPage.setObjectName(u"planPage")
        self.planLayout = QVBoxLayout(self.planPage)
        self.planLayout.setSpacing(6)
        self.planLayout.setObjectName(u"planLayout")
        self.planLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(8)
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setContentsMargins(0, 0, 0, 0)
        self.planTitle = QLabel(self.planPage)
        self.planTitle.setObjectName(u"planTitle")
        self.planTitle.setText(u"\u2014")
        self.planTitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.planTitle.sizePolicy().hasHeightForWidth())
        self.planTitle.setSizePolicy(sizePolicy)

        self.headerLayout.addWidget(self.planTitle)

        self.versionLabel = QLabel(self.planPage)
        self.versionLabel.setObjectName(u"versionLabel")

        self.headerLayout.addWidget(self.versionLabel)

        self.versionCombo = QComboBox(self.planPage)
        self.versionCombo.setObjectName(u"versionCombo")
        self.versionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.headerLayout.addWidget(self.versionCombo)

        self.newVersionButton = QPushButton(self.planPage)
        self.newVersionButton.setObjectName(u"newVersionButton")

        self.headerLayout.addWidget(self.newVersionButton)


        self.planLayout.addLayout(self.headerLayout)

        self.planSubtitle = QLabel(self.planPage)
        self.planSubtitle.setObjectName(u"planSubtitle")
        self.planSubtitle.setText(u"")
        self.planSubtitle.setWordWrap(True)

        self.planLayout.addWidget(self.planSubtitle)

        self.newVersionBar = QFrame(self.planPage)
        self.newVersionBar.setObjectName(u"newVersionBar")
        self.newVersionBar.setFrameShape(QFrame.Shape.StyledPanel)
        self.newVersionLayout = QHBoxLayout(self.newVersionBar)
        self.newVersionLayout.setSpacing(8)
        self.newVersionLayout.setObjectName(u"newVersionLayout")
        self.newVersionLayout.setContentsMargins(10, 6, 10, 6)
        self.reasonLabel = QLabel(self.newVersionBar)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.newVersionLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QLineEdit(self.newVersionBar)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.newVersionLayout.addWidget(self.reasonEdit)

        self.startVersionButton = QPushButton(self.newVersionBar)
        self.startVersionButton.setObjectName(u"startVersionButton")

        self.newVersionLayout.addWidget(self.startVersionButton)

        self.cancelVersionButton = QPushButton(self.newVersionBar)
        self.cancelVersionButton.setObjectName(u"cancelVersionButton")

        self.newVersionLayout.addWidget(self.cancelVersionButton)


        self.planLayout.addWidget(self.newVersionBar)

        self.frozenBanner = QLabel(self.planPage)
        self.frozenBanner.setObjectName(u"frozenBanner")
        self.frozenBanner.setText(u"")
        self.frozenBanner.setWordWrap(True)

        self.planLayout.addWidget(self.frozenBanner)

        self.planTabs = QTabWidget(self.planPage)
        self.planTabs.setObjectName(u"planTabs")
        self.planTabs.setDocumentMode(True)
        self.a3Tab = QWidget()
        self.a3Tab.setObjectName(u"a3Tab")
        self.a3TabLayout = QVBoxLayout(self.a3Tab)
        self.a3TabLayout.setSpacing(6)
        self.a3TabLayout.setObjectName(u"a3TabLayout")
        self.a3TabLayout.setContentsMargins(0, 6, 0, 0)
        self.a3Scroll = QScrollArea(self.a3Tab)
        self.a3Scroll.setObjectName(u"a3Scroll")
        self.a3Scroll.setWidgetResizable(True)
        self.a3Scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.a3Scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.a3Host = QWidget()
        self.a3Host.setObjectName(u"a3Host")
        self.a3Layout = QHBoxLayout(self.a3Host)
        self.a3Layout.setSpacing(14)
        self.a3Layout.setObjectName(u"a3Layout")
        self.a3Layout.setContentsMargins(4, 4, 8, 8)
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(10)
        self.leftColumn.setObjectName(u"leftColumn")
        self.leftColumn.setContentsMargins(0, 0, 0, 0)
        self.targetBox = QGroupBox(self.a3Host)
        self.targetBox.setObjectName(u"targetBox")
        self.targetLayout = QVBoxLayout(self.targetBox)
        self.targetLayout.setSpacing(6)
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetLayout.setContentsMargins(10, 8, 10, 10)
        self.targetEdit = QLineEdit(self.targetBox)
        self.targetEdit.setObjectName(u"targetEdit")

        self.targetLayout.addWidget(self.targetEdit)


        self.leftColumn.addWidget(self.targetBox)

        self.currentBox = QGroupBox(self.a3Host)
        self.currentBox.setObjectName(u"currentBox")
        self.currentLayout = QVBoxLayout(self.currentBox)
        self.currentLayout.setSpacing(6)
        self.currentLayout.setObjectName(u"currentLayout")
        self.currentLayout.setContentsMargins(10, 8, 10, 10)
        self.currentEdit = QPlainTextEdit(self.currentBox)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setTabChangesFocus(True)

        self.currentLayout.addWidget(self.currentEdit)

        self.workloadLabel = QLabel(self.currentBox)
        self.workloadLabel.setObjectName(u"workloadLabel")
        self.workloadLabel.setText(u"\u2014")
        self.workloadLabel.setWordWrap(True)

        self.currentLayout.addWidget(self.workloadLabel)


        self.leftColumn.addWidget(self.currentBox)

        self.problemsBox = QGroupBox(self.a3Host)
        self.problemsBox.setObjectName(u"problemsBox")
        self.problemsLayout = QVBoxLayout(self.problemsBox)
        self.problemsLayout.setSpacing(6)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsLayout.setContentsMargins(10, 8, 10, 10)
        self.problemsEdit = QPlainTextEdit(self.problemsBox)
        self.problemsEdit.setObjectName(u"problemsEdit")
        self.problemsEdit.setTabChangesFocus(True)

        self.problemsLayout.addWidget(self.problemsEdit)


        self.leftColumn.addWidget(self.problemsBox)

        self.rootCauseBox = QGroupBox(self.a3Host)
        self.rootCauseBox.setObjectName(u"rootCauseBox")
        self.rootCauseLayout = QVBoxLayout(self.rootCauseBox)
        self.rootCauseLayout.setSpacing(6)
        self.rootCauseLayout.setObjectName(u"rootCauseLayout")
        self.rootCauseLayout.setContentsMargins(10, 8, 10, 10)
        self.rootCauseEdit = QPlainTextEdit(self.rootCauseBox)
        self.rootCauseEdit.setObjectName(u"rootCauseEdit")
        self.rootCauseEdit.setTabChangesFocus(True)

        self.rootCauseLayout.addWidget(self.rootCauseEdit)


        self.leftColumn.addWidget(self.rootCauseBox)

        self.solutionBox = QGroupBox(self.a3Host)
        self.solutionBox.setObjectName(u"solutionBox")
        self.solutionLayout = QVBoxLayout(self.solutionBox)
        self.solutionLayout.setSpacing(6)
        self.solutionLayout.setObjectName(u"solutionLayout")
        self.solutionLayout.setContentsMargins(10, 8, 10, 10)
        self.solutionEdit = QPlainTextEdit(self.solutionBox)
        self.solutionEdit.setObjectName(u"solutionEdit")
        self.solutionEdit.setTabChangesFocus(True)

        self.solutionLayout.addWidget(self.solutionEdit)

        self.ecrsLayout = QHBoxLayout()
        self.ecrsLayout.setSpacing(10)
        self.ecrsLayout.setObjectName(u"ecrsLayout")
        self.ecrsLayout.setContentsMargins(0, 0, 0, 0)
        self.ecrsLabel = QLabel(self.solutionBox)
        self.ecrsLabel.setObjectName(u"ecrsLabel")

        self.ecrsLayout.addWidget(self.ecrsLabel)

        self.eliminateCheck = QCheckBox(self.solutionBox)
        self.eliminateCheck.setObjectName(u"eliminateCheck")

        self.ecrsLayout.addWidget(self.eliminateCheck)

        self.combineCheck = QCheckBox(self.solutionBox)
        self.combineCheck.setObjectName(u"combineCheck")

        self.ecrsLayout.addWidget(self.combineCheck)

        self.rearrangeCheck = QCheckBox(self.solutionBox)
        self.rearrangeCheck.setObjectName(u"rearrangeCheck")

        self.ecrsLayout.addWidget(self.rearrangeCheck)

        self.simplifyCheck = QCheckBox(self.solutionBox)
        self.simplifyCheck.setObjectName(u"simplifyCheck")

        self.ecrsLayout.addWidget(self.simplifyCheck)

        self.ecrsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ecrsLayout.addItem(self.ecrsSpacer)


        self.solutionLayout.addLayout(self.ecrsLayout)

        self.dxLabel = QLabel(self.solutionBox)
        self.dxLabel.setObjectName(u"dxLabel")

        self.solutionLayout.addWidget(self.dxLabel)

        self.dxList = QListWidget(self.solutionBox)
        self.dxList.setObjectName(u"dxList")
        self.dxList.setFlow(QListView.Flow.LeftToRight)
        self.dxList.setResizeMode(QListView.ResizeMode.Adjust)
        self.dxList.setSpacing(2)
        self.dxList.setUniformItemSizes(True)
        self.dxList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.dxList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.dxList.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.solutionLayout.addWidget(self.dxList)


        self.leftColumn.addWidget(self.solutionBox)

        self.leftColumnEnd = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftColumnEnd)

        self.leftColumn.setStretch(5, 1)

        self.a3Layout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(10)
        self.rightColumn.setObjectName(u"rightColumn")
        self.rightColumn.setContentsMargins(0, 0, 0, 0)
        self.goalBox = QGroupBox(self.a3Host)
        self.goalBox.setObjectName(u"goalBox")
        self.goalLayout = QFormLayout(self.goalBox)
        self.goalLayout.setSpacing(8)
        self.goalLayout.setObjectName(u"goalLayout")
        self.goalLayout.setContentsMargins(10, 8, 10, 10)
        self.goalLabel = QLabel(self.goalBox)
        self.goalLabel.setObjectName(u"goalLabel")

        self.goalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.goalLabel)

        self.goalEdit = QPlainTextEdit(self.goalBox)
        self.goalEdit.setObjectName(u"goalEdit")
        self.goalEdit.setTabChangesFocus(True)

        self.goalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.goalEdit)

        self.kpiLabel = QLabel(self.goalBox)
        self.kpiLabel.setObjectName(u"kpiLabel")

        self.goalLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kpiLabel)

        self.kpiEdit = QLineEdit(self.goalBox)
        self.kpiEdit.setObjectName(u"kpiEdit")

        self.goalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kpiEdit)


        self.rightColumn.addWidget(self.goalBox)

        self.stepsBox = QGroupBox(self.a3Host)
        self.stepsBox.setObjectName(u"stepsBox")
        self.stepsLayout = QVBoxLayout(self.stepsBox)
        self.stepsLayout.setSpacing(6)
        self.stepsLayout.setObjectName(u"stepsLayout")
        self.stepsLayout.setContentsMargins(10, 8, 10, 10)
        self.stepsView = QTableView(self.stepsBox)
        self.stepsView.setObjectName(u"stepsView")
        self.stepsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stepsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stepsView.setAlternatingRowColors(True)
        self.stepsView.setWordWrap(False)
        self.stepsView.setMinimumSize(QSize(0, 150))
        self.stepsView.verticalHeader().setVisible(False)

        self.stepsLayout.addWidget(self.stepsView)

        self.stepButtons = QHBoxLayout()
        self.stepButtons.setSpacing(6)
        self.stepButtons.setObjectName(u"stepButtons")
        self.stepButtons.setContentsMargins(0, 0, 0, 0)
        self.addStepButton = QPushButton(self.stepsBox)
        self.addStepButton.setObjectName(u"addStepButton")

        self.stepButtons.addWidget(self.addStepButton)

        self.deleteStepButton = QPushButton(self.stepsBox)
        self.deleteStepButton.setObjectName(u"deleteStepButton")

        self.stepButtons.addWidget(self.deleteStepButton)

        self.stepUpButton = QPushButton(self.stepsBox)
        self.stepUpButton.setObjectName(u"stepUpButton")

        self.stepButtons.addWidget(self.stepUpButton)

        self.stepDownButton = QPushButton(self.stepsBox)
        self.stepDownButton.setObjectName(u"stepDownButton")

        self.stepButtons.addWidget(self.stepDownButton)

        self.stepButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stepButtons.addItem(self.stepButtonsSpacer)


        self.stepsLayout.addLayout(self.stepButtons)


        self.rightColumn.addWidget(self.stepsBox)

        self.effectBox = QGroupBox(self.a3Host)
        self.effectBox.setObjectName(u"effectBox")
        self.effectLayout = QGridLayout(self.effectBox)
        self.effectLayout.setSpacing(6)
        self.effectLayout.setObjectName(u"effectLayout")
        self.effectLayout.setContentsMargins(10, 8, 10, 10)
        self.afterLabel = QLabel(self.effectBox)
        self.afterLabel.setObjectName(u"afterLabel")

        self.effectLayout.addWidget(self.afterLabel, 0, 0, 1, 4)

        self.afterCasesLabel = QLabel(self.effectBox)
        self.afterCasesLabel.setObjectName(u"afterCasesLabel")

        self.effectLayout.addWidget(self.afterCasesLabel, 1, 0, 1, 1)

        self.afterMinutesLabel = QLabel(self.effectBox)
        self.afterMinutesLabel.setObjectName(u"afterMinutesLabel")

        self.effectLayout.addWidget(self.afterMinutesLabel, 1, 1, 1, 1)

        self.afterPeopleLabel = QLabel(self.effectBox)
        self.afterPeopleLabel.setObjectName(u"afterPeopleLabel")

        self.effectLayout.addWidget(self.afterPeopleLabel, 1, 2, 1, 1)

        self.afterCasesEdit = QLineEdit(self.effectBox)
        self.afterCasesEdit.setObjectName(u"afterCasesEdit")
        self.afterCasesEdit.setMaximumSize(QSize(110, 16777215))

        self.effectLayout.addWidget(self.afterCasesEdit, 2, 0, 1, 1)

        self.afterMinutesEdit = QLineEdit(self.effectBox)
        self.afterMinutesEdit.setObjectName(u"afterMinutesEdit")
        self.afterMinutesEdit.setMaximumSize(QSize(110, 16777215))

        self.effectLayout.addWidget(self.afterMinutesEdit, 2, 1, 1, 1)

        self.afterPeopleEdit = QLineEdit(self.effectBox)
        self.afterPeopleEdit.setObjectName(u"afterPeopleEdit")
        self.afterPeopleEdit.setMaximumSize(QSize(110, 16777215))

        self.effectLayout.addWidget(self.afterPeopleEdit, 2, 2, 1, 1)

        self.effectSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.effectLayout.addItem(self.effectSpacer, 2, 3, 1, 1)

        self.hoursLabel = QLabel(self.effectBox)
        self.hoursLabel.setObjectName(u"hoursLabel")
        self.hoursLabel.setText(u"\u2014")
        self.hoursLabel.setWordWrap(True)

        self.effectLayout.addWidget(self.hoursLabel, 3, 0, 1, 4)


        self.rightColumn.addWidget(self.effectBox)

        self.risksBox = QGroupBox(self.a3Host)
        self.risksBox.setObjectName(u"risksBox")
        self.risksLayout = QVBoxLayout(self.risksBox)
        self.risksLayout.setSpacing(6)
        self.risksLayout.setObjectName(u"risksLayout")
        self.risksLayout.setContentsMargins(10, 8, 10, 10)
        self.risksEdit = QPlainTextEdit(self.risksBox)
        self.risksEdit.setObjectName(u"risksEdit")
        self.risksEdit.setTabChangesFocus(True)

        self.risksLayout.addWidget(self.risksEdit)


        self.rightColumn.addWidget(self.risksBox)

        self.supportBox = QGroupBox(self.a3Host)
        self.supportBox.setObjectName(u"supportBox")
        self.supportLayout = QVBoxLayout(self.supportBox)
        self.supportLayout.setSpacing(6)
        self.supportLayout.setObjectName(u"supportLayout")
        self.supportLayout.setContentsMargins(10, 8, 10, 10)
        self.supportEdit = QPlainTextEdit(self.supportBox)
        self.supportEdit.setObjectName(u"supportEdit")
        self.supportEdit.setTabChangesFocus(True)

        self.supportLayout.addWidget(self.supportEdit)


        self.rightColumn.addWidget(self.supportBox)

        self.rightColumnEnd = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightColumnEnd)

        self.rightColumn.setStretch(5, 1)

        self.a3Layout.addLayout(self.rightColumn)

        self.a3Layout.setStretch(0, 1)
        self.a3Layout.setStretch(1, 1)
        self.a3Scroll.setWidget(self.a3Host)

        self.a3TabLayout.addWidget(self.a3Scroll)

        self.planTabs.addTab(self.a3Tab, "")
        self.compareTab = QWidget()
        self.compareTab.setObjectName(u"compareTab")
        self.compareLayout = QVBoxLayout(self.compareTab)
        self.compareLayout.setSpacing(6)
        self.compareLayout.setObjectName(u"compareLayout")
        self.compareLayout.setContentsMargins(0, 8, 0, 0)
        self.compareBar = QHBoxLayout()
        self.compareBar.setSpacing(8)
        self.compareBar.setObjectName(u"compareBar")
        self.compareBar.setContentsMargins(0, 0, 0, 0)
        self.compareLabel = QLabel(self.compareTab)
        self.compareLabel.setObjectName(u"compareLabel")

        self.compareBar.addWidget(self.compareLabel)

        self.compareOldCombo = QComboBox(self.compareTab)
        self.compareOldCombo.setObjectName(u"compareOldCombo")
        self.compareOldCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.compareBar.addWidget(self.compareOldCombo)

        self.compareWithLabel = QLabel(self.compareTab)
        self.compareWithLabel.setObjectName(u"compareWithLabel")

        self.compareBar.addWidget(self.compareWithLabel)

        self.compareNewCombo = QComboBox(self.compareTab)
        self.compareNewCombo.setObjectName(u"compareNewCombo")
        self.compareNewCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.compareBar.addWidget(self.compareNewCombo)

        self.changedOnlyCheck = QCheckBox(self.compareTab)
        self.changedOnlyCheck.setObjectName(u"changedOnlyCheck")

        self.compareBar.addWidget(self.changedOnlyCheck)

        self.compareSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.compareBar.addItem(self.compareSpacer)

        self.compareSummary = QLabel(self.compareTab)
        self.compareSummary.setObjectName(u"compareSummary")
        self.compareSummary.setText(u"")
        self.compareSummary.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.compareBar.addWidget(self.compareSummary)


        self.compareLayout.addLayout(self.compareBar)

        self.compareView = QTextBrowser(self.compareTab)
        self.compareView.setObjectName(u"compareView")
        self.compareView.setOpenLinks(False)

        self.compareLayout.addWidget(self.compareView)

        self.planTabs.addTab(self.compareTab, "")
        self.feedbackTab = QWidget()
        self.feedbackTab.setObjectName(u"feedbackTab")
        self.feedbackLayout = QVBoxLayout(self.feedbackTab)
        self.feedbackLayout.setSpacing(6)
        self.feedbackLayout.setObjectName(u"feedbackLayout")
        self.feedbackLayout.setContentsMargins(0, 8, 0, 0)
        self.feedbackHint = QLabel(self.feedbackTab)
        self.feedbackHint.setObjectName(u"feedbackHint")
        self.feedbackHint.setWordWrap(True)

        self.feedbackLayout.addWidget(self.feedbackHint)

        self.feedbackView = QTableView(self.feedbackTab)
        self.feedbackView.setObjectName(u"feedbackView")
        self.feedbackView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.feedbackView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.feedbackView.setAlternatingRowColors(True)
        self.feedbackView.setWordWrap(False)
        self.feedbackView.verticalHeader().setVisible(False)

        self.feedbackLayout.addWidget(self.feedbackView)

        self.feedbackDetail = QLabel(self.feedbackTab)
        self.feedbackDetail.setObjectName(u"feedbackDetail")
        self.feedbackDetail.setText(u"")
        self.feedbackDetail.setWordWrap(True)
        self.feedbackDetail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.feedbackLayout.addWidget(self.feedbackDetail)

        self.feedbackButtons = QHBoxLayout()
        self.feedbackButtons.setSpacing(6)
        self.feedbackButtons.setObjectName(u"feedbackButtons")
        self.feedbackButtons.setContentsMargins(0, 0, 0, 0)
        self.linkButton = QPushButton(self.feedbackTab)
        self.linkButton.setObjectName(u"linkButton")

        self.feedbackButtons.addWidget(self.linkButton)

        self.unlinkButton = QPushButton(self.feedbackTab)
        self.unlinkButton.setObjectName(u"unlinkButton")

        self.feedbackButtons.addWidget(self.unlinkButton)

        self.feedbackButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.feedbackButtons.addItem(self.feedbackButtonsSpacer)


        self.feedbackLayout.addLayout(self.feedbackButtons)

        self.feedbackLayout.setStretch(1, 1)
        self.planTabs.addTab(self.feedbackTab, "")

        self.planLayout.addWidget(self.planTabs)

        self.detailStack.addWidget(self.planPage)
        self.splitter.addWidget(self.detailStack)

        self.outer.addWidget(self.splitter)

        self.outer.setStretch(1, 1)

        self.retranslateUi(PlansPage)

        self.planTabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, PlansPage):
        self.listTitle.setText(QCoreApplication.translate("PlansPage", u"Trainees and Plans", None))
        self.planFilter.setPlaceholderText(QCoreApplication.translate("PlansPage", u"Filter by name, municipality or theme", None))
        self.createPlanButton.setText(QCoreApplication.translate("PlansPage", u"Create Plan", None))
#if QT_CONFIG(tooltip)
        self.createPlanButton.setToolTip(QCoreApplication.translate("PlansPage", u"Start the trainee's plan from their theme (\u5bfe\u8c61\u696d\u52d9 and \u73fe\u72b6 filled in)", None))
#endif // QT_CONFIG(tooltip)
        self.emptyHint.setText(QCoreApplication.translate("PlansPage", u"Choose a trainee on the left. A trainee with a theme can start an improvement plan.", None))
        self.versionLabel.setText(QCoreApplication.translate("PlansPage", u"Version:", None))
#if QT_CONFIG(tooltip)
        self.versionCombo.setToolTip(QCoreApplication.translate("PlansPage", u"Older versions are frozen and shown read only", None))
#endif // QT_CONFIG(tooltip)
        self.newVersionButton.setText(QCoreApplication.translate("PlansPage", u"Start New Version\u2026", None))
#if QT_CONFIG(tooltip)
        self.newVersionButton.setToolTip(QCoreApplication.translate("PlansPage", u"Freeze this version and continue on a copy (brush-up)", None))
#endif // QT_CONFIG(tooltip)
        self.reasonLabel.setText(QCoreApplication.translate("PlansPage", u"Why a new version?", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("PlansPage", u"e.g. after the supervisor's feedback: goal in hours per year", None))
        self.startVersionButton.setText(QCoreApplication.translate("PlansPage", u"Start Version", None))
        self.cancelVersionButton.setText(QCoreApplication.translate("PlansPage", u"Cancel", None))
        self.targetBox.setTitle(QCoreApplication.translate("PlansPage", u"Target process", None))
        self.targetEdit.setPlaceholderText(QCoreApplication.translate("PlansPage", u"The business process the plan improves", None))
        self.currentBox.setTitle(QCoreApplication.translate("PlansPage", u"Current state", None))
        self.currentEdit.setPlaceholderText(QCoreApplication.translate("PlansPage", u"How the work is done today, and what it costs", None))
        self.problemsBox.setTitle(QCoreApplication.translate("PlansPage", u"Problems", None))
        self.problemsEdit.setPlaceholderText(QCoreApplication.translate("PlansPage", u"What goes wrong: errors, waiting, rework, overtime", None))
        self.rootCauseBox.setTitle(QCoreApplication.translate("PlansPage", u"Root cause", None))
        self.rootCauseEdit.setPlaceholderText(QCoreApplication.translate("PlansPage", u"Why it happens (ask why five times)", None))
        self.solutionBox.setTitle(QCoreApplication.translate("PlansPage", u"Improvement", None))
        self.solutionEdit.setPlaceholderText(QCoreApplication.translate("PlansPage", u"What will change, and how", None))
        self.ecrsLabel.setText(QCoreApplication.translate("PlansPage", u"ECRS:", None))
        self.eliminateCheck.setText(QCoreApplication.translate("PlansPage", u"Eliminate", None))
#if QT_CONFIG(tooltip)
        self.eliminateCheck.setToolTip(QCoreApplication.translate("PlansPage", u"Stop doing it", None))
#endif // QT_CONFIG(tooltip)
        self.combineCheck.setText(QCoreApplication.translate("PlansPage", u"Combine", None))
#if QT_CONFIG(tooltip)
        self.combineCheck.setToolTip(QCoreApplication.translate("PlansPage", u"Do two steps as one", None))
#endif // QT_CONFIG(tooltip)
        self.rearrangeCheck.setText(QCoreApplication.translate("PlansPage", u"Rearrange", None))
#if QT_CONFIG(tooltip)
        self.rearrangeCheck.setToolTip(QCoreApplication.translate("PlansPage", u"Change the order, place or person", None))
#endif // QT_CONFIG(tooltip)
        self.simplifyCheck.setText(QCoreApplication.translate("PlansPage", u"Simplify", None))
#if QT_CONFIG(tooltip)
        self.simplifyCheck.setToolTip(QCoreApplication.translate("PlansPage", u"Make it easier", None))
#endif // QT_CONFIG(tooltip)
        self.dxLabel.setText(QCoreApplication.translate("PlansPage", u"DX means:", None))
#if QT_CONFIG(tooltip)
        self.dxList.setToolTip(QCoreApplication.translate("PlansPage", u"Tick the DX means the improvement uses (the programme's catalogue)", None))
#endif // QT_CONFIG(tooltip)
        self.goalBox.setTitle(QCoreApplication.translate("PlansPage", u"Goal and KPI", None))
        self.goalLabel.setText(QCoreApplication.translate("PlansPage", u"Goal", None))
        self.goalEdit.setPlaceholderText(QCoreApplication.translate("PlansPage", u"What the change should achieve, with numbers", None))
        self.kpiLabel.setText(QCoreApplication.translate("PlansPage", u"KPI", None))
        self.kpiEdit.setPlaceholderText(QCoreApplication.translate("PlansPage", u"How progress is measured, e.g. minutes per case", None))
        self.stepsBox.setTitle(QCoreApplication.translate("PlansPage", u"Implementation plan", None))
        self.addStepButton.setText(QCoreApplication.translate("PlansPage", u"Add Step", None))
        self.deleteStepButton.setText(QCoreApplication.translate("PlansPage", u"Delete Step", None))
        self.stepUpButton.setText(QCoreApplication.translate("PlansPage", u"Move Up", None))
        self.stepDownButton.setText(QCoreApplication.translate("PlansPage", u"Move Down", None))
        self.effectBox.setTitle(QCoreApplication.translate("PlansPage", u"Expected effect", None))
        self.afterLabel.setText(QCoreApplication.translate("PlansPage", u"Workload after the change:", None))
        self.afterCasesLabel.setText(QCoreApplication.translate("PlansPage", u"Cases per year", None))
        self.afterMinutesLabel.setText(QCoreApplication.translate("PlansPage", u"Minutes per case", None))
        self.afterPeopleLabel.setText(QCoreApplication.translate("PlansPage", u"People", None))
        self.afterCasesEdit.setPlaceholderText(QCoreApplication.translate("PlansPage", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.afterCasesEdit.setToolTip(QCoreApplication.translate("PlansPage", u"How many cases a year after the change (\u4ef6\u6570/\u5e74)", None))
#endif // QT_CONFIG(tooltip)
        self.afterMinutesEdit.setPlaceholderText(QCoreApplication.translate("PlansPage", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.afterMinutesEdit.setToolTip(QCoreApplication.translate("PlansPage", u"Minutes one case takes after the change (\u5206/\u4ef6)", None))
#endif // QT_CONFIG(tooltip)
        self.afterPeopleEdit.setPlaceholderText(QCoreApplication.translate("PlansPage", u"\u2014", None))
#if QT_CONFIG(tooltip)
        self.afterPeopleEdit.setToolTip(QCoreApplication.translate("PlansPage", u"People who handle each case after the change (\u4eba\u6570)", None))
#endif // QT_CONFIG(tooltip)
        self.risksBox.setTitle(QCoreApplication.translate("PlansPage", u"Risks and constraints", None))
        self.risksEdit.setPlaceholderText(QCoreApplication.translate("PlansPage", u"What could get in the way; rules, systems, people", None))
        self.supportBox.setTitle(QCoreApplication.translate("PlansPage", u"Support needed", None))
        self.supportEdit.setPlaceholderText(QCoreApplication.translate("PlansPage", u"Help needed from the supervisor, IT staff or others", None))
        self.planTabs.setTabText(self.planTabs.indexOf(self.a3Tab), QCoreApplication.translate("PlansPage", u"Plan (A3)", None))
        self.compareLabel.setText(QCoreApplication.translate("PlansPage", u"Compare", None))
        self.compareWithLabel.setText(QCoreApplication.translate("PlansPage", u"with", None))
        self.changedOnlyCheck.setText(QCoreApplication.translate("PlansPage", u"Changed fields only", None))
        self.planTabs.setTabText(self.planTabs.indexOf(self.compareTab), QCoreApplication.translate("PlansPage", u"Compare Versions", None))
        self.feedbackHint.setText(QCoreApplication.translate("PlansPage", u"Feedback this plan received. Link a version to the comment that prompted it: the comment then counts as addressed.", None))
        self.linkButton.setText(QCoreApplication.translate("PlansPage", u"Link to the Version Shown", None))
#if QT_CONFIG(tooltip)
        self.linkButton.setToolTip(QCoreApplication.translate("PlansPage", u"The version shown above answers the chosen comment", None))
#endif // QT_CONFIG(tooltip)
        self.unlinkButton.setText(QCoreApplication.translate("PlansPage", u"Remove Link", None))
        self.planTabs.setTabText(self.planTabs.indexOf(self.feedbackTab), QCoreApplication.translate("PlansPage", u"Feedback Responses", None))
        pass
    # retranslateUi
