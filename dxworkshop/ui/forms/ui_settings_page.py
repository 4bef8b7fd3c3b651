# Generated from forms/settings_page.ui by scripts/build_forms.py; do not edit.
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QListView, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ProgrammeSettingsPage(object):
    def setupUi(self, ProgrammeSettingsPage):
        if not ProgrammeSettingsPage.objectName():
            ProgrammeSettingsPage.setObjectName(u"ProgrammeSettingsPage")
        ProgrammeSettingsPage.resize(1000, 720)
        self.outer = QVBoxLayout(ProgrammeSettingsPage)
        self.outer.setSpacing(10)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(24, 18, 24, 16)
        self.pageTitle = QLabel(ProgrammeSettingsPage)
        self.pageTitle.setObjectName(u"pageTitle")

        self.outer.addWidget(self.pageTitle)

        self.pageHint = QLabel(ProgrammeSettingsPage)
        self.pageHint.setObjectName(u"pageHint")
        self.pageHint.setWordWrap(True)

        self.outer.addWidget(self.pageHint)

        self.tabs = QTabWidget(ProgrammeSettingsPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.programmeTab = QWidget()
        self.programmeTab.setObjectName(u"programmeTab")
        self.programmeTabLayout = QVBoxLayout(self.programmeTab)
        self.programmeTabLayout.setSpacing(12)
        self.programmeTabLayout.setObjectName(u"programmeTabLayout")
        self.programmeTabLayout.setContentsMargins(4, 12, 4, 4)
        self.programmeBox = QGroupBox(self.programmeTab)
        self.programmeBox.setObjectName(u"programmeBox")
        self.programmeGrid = QGridLayout(self.programmeBox)
        self.programmeGrid.setObjectName(u"programmeGrid")
        self.programmeGrid.setHorizontalSpacing(12)
        self.programmeGrid.setVerticalSpacing(8)
        self.nameLabel = QLabel(self.programmeBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.programmeGrid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.programmeBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.programmeGrid.addWidget(self.nameEdit, 0, 1, 1, 3)

        self.fiscalYearLabel = QLabel(self.programmeBox)
        self.fiscalYearLabel.setObjectName(u"fiscalYearLabel")

        self.programmeGrid.addWidget(self.fiscalYearLabel, 1, 0, 1, 1)

        self.fiscalYearRow = QHBoxLayout()
        self.fiscalYearRow.setSpacing(8)
        self.fiscalYearRow.setObjectName(u"fiscalYearRow")
        self.fiscalYearSpin = QSpinBox(self.programmeBox)
        self.fiscalYearSpin.setObjectName(u"fiscalYearSpin")
        self.fiscalYearSpin.setMinimumSize(QSize(110, 0))

        self.fiscalYearRow.addWidget(self.fiscalYearSpin)

        self.fiscalYearHint = QLabel(self.programmeBox)
        self.fiscalYearHint.setObjectName(u"fiscalYearHint")
        self.fiscalYearHint.setText(u"")

        self.fiscalYearRow.addWidget(self.fiscalYearHint)

        self.fiscalYearSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fiscalYearRow.addItem(self.fiscalYearSpacer)


        self.programmeGrid.addLayout(self.fiscalYearRow, 1, 1, 1, 1)

        self.organiserLabel = QLabel(self.programmeBox)
        self.organiserLabel.setObjectName(u"organiserLabel")

        self.programmeGrid.addWidget(self.organiserLabel, 1, 2, 1, 1)

        self.organiserEdit = QLineEdit(self.programmeBox)
        self.organiserEdit.setObjectName(u"organiserEdit")

        self.programmeGrid.addWidget(self.organiserEdit, 1, 3, 1, 1)

        self.startDateLabel = QLabel(self.programmeBox)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.programmeGrid.addWidget(self.startDateLabel, 2, 0, 1, 1)

        self.startDateEdit = QDateEdit(self.programmeBox)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setMaximumSize(QSize(220, 16777215))
        self.startDateEdit.setCalendarPopup(True)
        self.startDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.programmeGrid.addWidget(self.startDateEdit, 2, 1, 1, 1)

        self.endDateLabel = QLabel(self.programmeBox)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.programmeGrid.addWidget(self.endDateLabel, 2, 2, 1, 1)

        self.endDateEdit = QDateEdit(self.programmeBox)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setMaximumSize(QSize(220, 16777215))
        self.endDateEdit.setCalendarPopup(True)
        self.endDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.programmeGrid.addWidget(self.endDateEdit, 2, 3, 1, 1)

        self.prefectureLabel = QLabel(self.programmeBox)
        self.prefectureLabel.setObjectName(u"prefectureLabel")

        self.programmeGrid.addWidget(self.prefectureLabel, 3, 0, 1, 1)

        self.prefectureCombo = QComboBox(self.programmeBox)
        self.prefectureCombo.setObjectName(u"prefectureCombo")
        self.prefectureCombo.setMaximumSize(QSize(220, 16777215))

        self.programmeGrid.addWidget(self.prefectureCombo, 3, 1, 1, 1)

        self.prefectureHint = QLabel(self.programmeBox)
        self.prefectureHint.setObjectName(u"prefectureHint")
        self.prefectureHint.setWordWrap(True)

        self.programmeGrid.addWidget(self.prefectureHint, 3, 2, 1, 2)

        self.descriptionLabel = QLabel(self.programmeBox)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.programmeGrid.addWidget(self.descriptionLabel, 4, 0, 1, 1)

        self.descriptionEdit = QPlainTextEdit(self.programmeBox)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 72))
        self.descriptionEdit.setTabChangesFocus(True)

        self.programmeGrid.addWidget(self.descriptionEdit, 4, 1, 1, 3)


        self.programmeTabLayout.addWidget(self.programmeBox)

        self.sessionsBox = QGroupBox(self.programmeTab)
        self.sessionsBox.setObjectName(u"sessionsBox")
        self.sessionsLayout = QVBoxLayout(self.sessionsBox)
        self.sessionsLayout.setSpacing(8)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionsToolbar = QHBoxLayout()
        self.sessionsToolbar.setSpacing(6)
        self.sessionsToolbar.setObjectName(u"sessionsToolbar")
        self.addSessionButton = QPushButton(self.sessionsBox)
        self.addSessionButton.setObjectName(u"addSessionButton")

        self.sessionsToolbar.addWidget(self.addSessionButton)

        self.deleteSessionButton = QPushButton(self.sessionsBox)
        self.deleteSessionButton.setObjectName(u"deleteSessionButton")

        self.sessionsToolbar.addWidget(self.deleteSessionButton)

        self.sessionsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionsToolbar.addItem(self.sessionsSpacer)

        self.shiftLabel = QLabel(self.sessionsBox)
        self.shiftLabel.setObjectName(u"shiftLabel")

        self.sessionsToolbar.addWidget(self.shiftLabel)

        self.shiftDaysSpin = QSpinBox(self.sessionsBox)
        self.shiftDaysSpin.setObjectName(u"shiftDaysSpin")
        self.shiftDaysSpin.setMinimum(-365)
        self.shiftDaysSpin.setMaximum(365)
        self.shiftDaysSpin.setValue(7)

        self.sessionsToolbar.addWidget(self.shiftDaysSpin)

        self.shiftButton = QPushButton(self.sessionsBox)
        self.shiftButton.setObjectName(u"shiftButton")

        self.sessionsToolbar.addWidget(self.shiftButton)


        self.sessionsLayout.addLayout(self.sessionsToolbar)

        self.sessionsView = QTableView(self.sessionsBox)
        self.sessionsView.setObjectName(u"sessionsView")
        self.sessionsView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.sessionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessionsView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.sessionsView.setAlternatingRowColors(True)
        self.sessionsView.setWordWrap(False)
        self.sessionsView.verticalHeader().setVisible(False)

        self.sessionsLayout.addWidget(self.sessionsView)


        self.programmeTabLayout.addWidget(self.sessionsBox)

        self.programmeTabLayout.setStretch(1, 1)
        self.tabs.addTab(self.programmeTab, "")
        self.criteriaTab = QWidget()
        self.criteriaTab.setObjectName(u"criteriaTab")
        self.criteriaTabLayout = QVBoxLayout(self.criteriaTab)
        self.criteriaTabLayout.setSpacing(12)
        self.criteriaTabLayout.setObjectName(u"criteriaTabLayout")
        self.criteriaTabLayout.setContentsMargins(4, 12, 4, 4)
        self.criteriaBox = QGroupBox(self.criteriaTab)
        self.criteriaBox.setObjectName(u"criteriaBox")
        self.criteriaLayout = QVBoxLayout(self.criteriaBox)
        self.criteriaLayout.setSpacing(8)
        self.criteriaLayout.setObjectName(u"criteriaLayout")
        self.criteriaHint = QLabel(self.criteriaBox)
        self.criteriaHint.setObjectName(u"criteriaHint")
        self.criteriaHint.setWordWrap(True)

        self.criteriaLayout.addWidget(self.criteriaHint)

        self.criteriaRow = QHBoxLayout()
        self.criteriaRow.setSpacing(10)
        self.criteriaRow.setObjectName(u"criteriaRow")
        self.criteriaView = QTableView(self.criteriaBox)
        self.criteriaView.setObjectName(u"criteriaView")
        self.criteriaView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.criteriaView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.criteriaView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.criteriaView.setAlternatingRowColors(True)
        self.criteriaView.setWordWrap(False)
        self.criteriaView.verticalHeader().setVisible(False)

        self.criteriaRow.addWidget(self.criteriaView)

        self.criteriaButtons = QVBoxLayout()
        self.criteriaButtons.setSpacing(6)
        self.criteriaButtons.setObjectName(u"criteriaButtons")
        self.addCriterionButton = QPushButton(self.criteriaBox)
        self.addCriterionButton.setObjectName(u"addCriterionButton")

        self.criteriaButtons.addWidget(self.addCriterionButton)

        self.deleteCriterionButton = QPushButton(self.criteriaBox)
        self.deleteCriterionButton.setObjectName(u"deleteCriterionButton")

        self.criteriaButtons.addWidget(self.deleteCriterionButton)

        self.criterionUpButton = QPushButton(self.criteriaBox)
        self.criterionUpButton.setObjectName(u"criterionUpButton")

        self.criteriaButtons.addWidget(self.criterionUpButton)

        self.criterionDownButton = QPushButton(self.criteriaBox)
        self.criterionDownButton.setObjectName(u"criterionDownButton")

        self.criteriaButtons.addWidget(self.criterionDownButton)

        self.criteriaButtonsSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.criteriaButtons.addItem(self.criteriaButtonsSpacer)


        self.criteriaRow.addLayout(self.criteriaButtons)


        self.criteriaLayout.addLayout(self.criteriaRow)


        self.criteriaTabLayout.addWidget(self.criteriaBox)

        self.matrixBox = QGroupBox(self.criteriaTab)
        self.matrixBox.setObjectName(u"matrixBox")
        self.matrixGrid = QGridLayout(self.matrixBox)
        self.matrixGrid.setObjectName(u"matrixGrid")
        self.matrixGrid.setHorizontalSpacing(12)
        self.matrixGrid.setVerticalSpacing(8)
        self.xAxisLabel = QLabel(self.matrixBox)
        self.xAxisLabel.setObjectName(u"xAxisLabel")

        self.matrixGrid.addWidget(self.xAxisLabel, 0, 0, 1, 1)

        self.xAxisCombo = QComboBox(self.matrixBox)
        self.xAxisCombo.setObjectName(u"xAxisCombo")
        self.xAxisCombo.setMinimumSize(QSize(240, 0))

        self.matrixGrid.addWidget(self.xAxisCombo, 0, 1, 1, 1)

        self.yAxisLabel = QLabel(self.matrixBox)
        self.yAxisLabel.setObjectName(u"yAxisLabel")

        self.matrixGrid.addWidget(self.yAxisLabel, 0, 2, 1, 1)

        self.yAxisCombo = QComboBox(self.matrixBox)
        self.yAxisCombo.setObjectName(u"yAxisCombo")
        self.yAxisCombo.setMinimumSize(QSize(240, 0))

        self.matrixGrid.addWidget(self.yAxisCombo, 0, 3, 1, 1)

        self.matrixSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.matrixGrid.addItem(self.matrixSpacer, 0, 4, 1, 1)

        self.matrixHint = QLabel(self.matrixBox)
        self.matrixHint.setObjectName(u"matrixHint")
        self.matrixHint.setWordWrap(True)

        self.matrixGrid.addWidget(self.matrixHint, 1, 0, 1, 5)


        self.criteriaTabLayout.addWidget(self.matrixBox)

        self.tabs.addTab(self.criteriaTab, "")
        self.rubricTab = QWidget()
        self.rubricTab.setObjectName(u"rubricTab")
        self.rubricTabLayout = QVBoxLayout(self.rubricTab)
        self.rubricTabLayout.setSpacing(12)
        self.rubricTabLayout.setObjectName(u"rubricTabLayout")
        self.rubricTabLayout.setContentsMargins(4, 12, 4, 4)
        self.rubricBox = QGroupBox(self.rubricTab)
        self.rubricBox.setObjectName(u"rubricBox")
        self.rubricLayout = QVBoxLayout(self.rubricBox)
        self.rubricLayout.setSpacing(8)
        self.rubricLayout.setObjectName(u"rubricLayout")
        self.rubricHint = QLabel(self.rubricBox)
        self.rubricHint.setObjectName(u"rubricHint")
        self.rubricHint.setWordWrap(True)

        self.rubricLayout.addWidget(self.rubricHint)

        self.rubricRow = QHBoxLayout()
        self.rubricRow.setSpacing(10)
        self.rubricRow.setObjectName(u"rubricRow")
        self.rubricView = QTableView(self.rubricBox)
        self.rubricView.setObjectName(u"rubricView")
        self.rubricView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.rubricView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rubricView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rubricView.setAlternatingRowColors(True)
        self.rubricView.setWordWrap(False)
        self.rubricView.verticalHeader().setVisible(False)

        self.rubricRow.addWidget(self.rubricView)

        self.rubricButtons = QVBoxLayout()
        self.rubricButtons.setSpacing(6)
        self.rubricButtons.setObjectName(u"rubricButtons")
        self.addRubricButton = QPushButton(self.rubricBox)
        self.addRubricButton.setObjectName(u"addRubricButton")

        self.rubricButtons.addWidget(self.addRubricButton)

        self.deleteRubricButton = QPushButton(self.rubricBox)
        self.deleteRubricButton.setObjectName(u"deleteRubricButton")

        self.rubricButtons.addWidget(self.deleteRubricButton)

        self.rubricUpButton = QPushButton(self.rubricBox)
        self.rubricUpButton.setObjectName(u"rubricUpButton")

        self.rubricButtons.addWidget(self.rubricUpButton)

        self.rubricDownButton = QPushButton(self.rubricBox)
        self.rubricDownButton.setObjectName(u"rubricDownButton")

        self.rubricButtons.addWidget(self.rubricDownButton)

        self.rubricButtonsSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rubricButtons.addItem(self.rubricButtonsSpacer)


        self.rubricRow.addLayout(self.rubricButtons)


        self.rubricLayout.addLayout(self.rubricRow)


        self.rubricTabLayout.addWidget(self.rubricBox)

        self.tabs.addTab(self.rubricTab, "")
        self.cataloguesTab = QWidget()
        self.cataloguesTab.setObjectName(u"cataloguesTab")
        self.cataloguesTabLayout = QHBoxLayout(self.cataloguesTab)
        self.cataloguesTabLayout.setSpacing(12)
        self.cataloguesTabLayout.setObjectName(u"cataloguesTabLayout")
        self.cataloguesTabLayout.setContentsMargins(4, 12, 4, 4)
        self.categoriesBox = QGroupBox(self.cataloguesTab)
        self.categoriesBox.setObjectName(u"categoriesBox")
        self.categoriesLayout = QVBoxLayout(self.categoriesBox)
        self.categoriesLayout.setSpacing(8)
        self.categoriesLayout.setObjectName(u"categoriesLayout")
        self.categoriesHint = QLabel(self.categoriesBox)
        self.categoriesHint.setObjectName(u"categoriesHint")
        self.categoriesHint.setWordWrap(True)

        self.categoriesLayout.addWidget(self.categoriesHint)

        self.categoriesView = QListView(self.categoriesBox)
        self.categoriesView.setObjectName(u"categoriesView")
        self.categoriesView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.categoriesView.setAlternatingRowColors(True)

        self.categoriesLayout.addWidget(self.categoriesView)

        self.categoriesAddRow = QHBoxLayout()
        self.categoriesAddRow.setSpacing(6)
        self.categoriesAddRow.setObjectName(u"categoriesAddRow")
        self.newCategoryEdit = QLineEdit(self.categoriesBox)
        self.newCategoryEdit.setObjectName(u"newCategoryEdit")

        self.categoriesAddRow.addWidget(self.newCategoryEdit)

        self.addCategoryButton = QPushButton(self.categoriesBox)
        self.addCategoryButton.setObjectName(u"addCategoryButton")

        self.categoriesAddRow.addWidget(self.addCategoryButton)


        self.categoriesLayout.addLayout(self.categoriesAddRow)

        self.categoriesButtons = QHBoxLayout()
        self.categoriesButtons.setSpacing(6)
        self.categoriesButtons.setObjectName(u"categoriesButtons")
        self.renameCategoryButton = QPushButton(self.categoriesBox)
        self.renameCategoryButton.setObjectName(u"renameCategoryButton")

        self.categoriesButtons.addWidget(self.renameCategoryButton)

        self.removeCategoryButton = QPushButton(self.categoriesBox)
        self.removeCategoryButton.setObjectName(u"removeCategoryButton")

        self.categoriesButtons.addWidget(self.removeCategoryButton)

        self.categoriesSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.categoriesButtons.addItem(self.categoriesSpacer)

        self.categoryUpButton = QPushButton(self.categoriesBox)
        self.categoryUpButton.setObjectName(u"categoryUpButton")

        self.categoriesButtons.addWidget(self.categoryUpButton)

        self.categoryDownButton = QPushButton(self.categoriesBox)
        self.categoryDownButton.setObjectName(u"categoryDownButton")

        self.categoriesButtons.addWidget(self.categoryDownButton)


        self.categoriesLayout.addLayout(self.categoriesButtons)


        self.cataloguesTabLayout.addWidget(self.categoriesBox)

        self.dxMeansBox = QGroupBox(self.cataloguesTab)
        self.dxMeansBox.setObjectName(u"dxMeansBox")
        self.dxMeansLayout = QVBoxLayout(self.dxMeansBox)
        self.dxMeansLayout.setSpacing(8)
        self.dxMeansLayout.setObjectName(u"dxMeansLayout")
        self.dxMeansHint = QLabel(self.dxMeansBox)
        self.dxMeansHint.setObjectName(u"dxMeansHint")
        self.dxMeansHint.setWordWrap(True)

        self.dxMeansLayout.addWidget(self.dxMeansHint)

        self.dxMeansView = QListView(self.dxMeansBox)
        self.dxMeansView.setObjectName(u"dxMeansView")
        self.dxMeansView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.dxMeansView.setAlternatingRowColors(True)

        self.dxMeansLayout.addWidget(self.dxMeansView)

        self.dxMeansAddRow = QHBoxLayout()
        self.dxMeansAddRow.setSpacing(6)
        self.dxMeansAddRow.setObjectName(u"dxMeansAddRow")
        self.newDxMeansEdit = QLineEdit(self.dxMeansBox)
        self.newDxMeansEdit.setObjectName(u"newDxMeansEdit")

        self.dxMeansAddRow.addWidget(self.newDxMeansEdit)

        self.addDxMeansButton = QPushButton(self.dxMeansBox)
        self.addDxMeansButton.setObjectName(u"addDxMeansButton")

        self.dxMeansAddRow.addWidget(self.addDxMeansButton)


        self.dxMeansLayout.addLayout(self.dxMeansAddRow)

        self.dxMeansButtons = QHBoxLayout()
        self.dxMeansButtons.setSpacing(6)
        self.dxMeansButtons.setObjectName(u"dxMeansButtons")
        self.renameDxMeansButton = QPushButton(self.dxMeansBox)
        self.renameDxMeansButton.setObjectName(u"renameDxMeansButton")

        self.dxMeansButtons.addWidget(self.renameDxMeansButton)

        self.removeDxMeansButton = QPushButton(self.dxMeansBox)
        self.removeDxMeansButton.setObjectName(u"removeDxMeansButton")

        self.dxMeansButtons.addWidget(self.removeDxMeansButton)

        self.dxMeansSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dxMeansButtons.addItem(self.dxMeansSpacer)

        self.dxMeansUpButton = QPushButton(self.dxMeansBox)
        self.dxMeansUpButton.setObjectName(u"dxMeansUpButton")

        self.dxMeansButtons.addWidget(self.dxMeansUpButton)

        self.dxMeansDownButton = QPushButton(self.dxMeansBox)
        self.dxMeansDownButton.setObjectName(u"dxMeansDownButton")

        self.dxMeansButtons.addWidget(self.dxMeansDownButton)


        self.dxMeansLayout.addLayout(self.dxMeansButtons)


        self.cataloguesTabLayout.addWidget(self.dxMeansBox)

        self.cataloguesTabLayout.setStretch(0, 1)
        self.cataloguesTabLayout.setStretch(1, 1)
        self.tabs.addTab(self.cataloguesTab, "")

        self.outer.addWidget(self.tabs)

        self.messageLabel = QLabel(ProgrammeSettingsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outer.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.fiscalYearLabel.setBuddy(self.fiscalYearSpin)
        self.organiserLabel.setBuddy(self.organiserEdit)
        self.startDateLabel.setBuddy(self.startDateEdit)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.prefectureLabel.setBuddy(self.prefectureCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.shiftLabel.setBuddy(self.shiftDaysSpin)
        self.xAxisLabel.setBuddy(self.xAxisCombo)
        self.yAxisLabel.setBuddy(self.yAxisCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.fiscalYearSpin)
        QWidget.setTabOrder(self.fiscalYearSpin, self.organiserEdit)
        QWidget.setTabOrder(self.organiserEdit, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.endDateEdit)
        QWidget.setTabOrder(self.endDateEdit, self.prefectureCombo)
        QWidget.setTabOrder(self.prefectureCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.addSessionButton)
        QWidget.setTabOrder(self.addSessionButton, self.deleteSessionButton)
        QWidget.setTabOrder(self.deleteSessionButton, self.shiftDaysSpin)
        QWidget.setTabOrder(self.shiftDaysSpin, self.shiftButton)
        QWidget.setTabOrder(self.shiftButton, self.sessionsView)

        self.retranslateUi(ProgrammeSettingsPage)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, ProgrammeSettingsPage):
        self.pageTitle.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Programme settings", None))
        self.pageHint.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Every change is saved as you make it. Undo it with Ctrl+Z.", None))
        self.programmeBox.setTitle(QCoreApplication.translate("ProgrammeSettingsPage", u"Programme", None))
        self.nameLabel.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProgrammeSettingsPage", u"e.g. FY2026 business improvement and DX training", None))
        self.fiscalYearLabel.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Fiscal year", None))
        self.organiserLabel.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Organiser", None))
        self.organiserEdit.setPlaceholderText(QCoreApplication.translate("ProgrammeSettingsPage", u"e.g. prefecture DX promotion division", None))
        self.startDateLabel.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Start date", None))
        self.endDateLabel.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"End date", None))
        self.prefectureLabel.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Prefecture", None))
#if QT_CONFIG(tooltip)
        self.prefectureCombo.setToolTip(QCoreApplication.translate("ProgrammeSettingsPage", u"The prefecture the programme belongs to: rosters and the Participants page then take its municipalities by name alone", None))
#endif // QT_CONFIG(tooltip)
        self.prefectureHint.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Its municipalities can be named without a \u56e3\u4f53\u30b3\u30fc\u30c9.", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Description", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("ProgrammeSettingsPage", u"Aims, target staff, notes for the facilitators", None))
        self.sessionsBox.setTitle(QCoreApplication.translate("ProgrammeSettingsPage", u"Sessions", None))
        self.addSessionButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Add session", None))
        self.deleteSessionButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Delete", None))
        self.shiftLabel.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Move the selected sessions by", None))
        self.shiftButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Move dates", None))
        self.tabs.setTabText(self.tabs.indexOf(self.programmeTab), QCoreApplication.translate("ProgrammeSettingsPage", u"Programme and schedule", None))
        self.criteriaBox.setTitle(QCoreApplication.translate("ProgrammeSettingsPage", u"Prioritisation criteria", None))
        self.criteriaHint.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Issues are ranked by the weighted total of their scores. A gate criterion is a yes/no condition: an issue that fails it is not ranked.", None))
        self.addCriterionButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Add", None))
        self.deleteCriterionButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Delete", None))
        self.criterionUpButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Move up", None))
        self.criterionDownButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Move down", None))
        self.matrixBox.setTitle(QCoreApplication.translate("ProgrammeSettingsPage", u"Payoff matrix", None))
        self.xAxisLabel.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Horizontal axis (x)", None))
        self.yAxisLabel.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Vertical axis (y)", None))
        self.matrixHint.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Dragging a card on the payoff matrix scores these two criteria. Gate criteria cannot be axes.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.criteriaTab), QCoreApplication.translate("ProgrammeSettingsPage", u"Criteria and matrix", None))
        self.rubricBox.setTitle(QCoreApplication.translate("ProgrammeSettingsPage", u"Rubric for feedback on plans", None))
        self.rubricHint.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Supervisors and instructors rate each improvement plan on these items.", None))
        self.addRubricButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Add", None))
        self.deleteRubricButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Delete", None))
        self.rubricUpButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Move up", None))
        self.rubricDownButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Move down", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rubricTab), QCoreApplication.translate("ProgrammeSettingsPage", u"Rubric", None))
        self.categoriesBox.setTitle(QCoreApplication.translate("ProgrammeSettingsPage", u"Issue categories", None))
        self.categoriesHint.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Tags for issue cards. Renaming one renames it on every issue.", None))
        self.newCategoryEdit.setPlaceholderText(QCoreApplication.translate("ProgrammeSettingsPage", u"New category", None))
        self.addCategoryButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Add", None))
        self.renameCategoryButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Rename", None))
        self.removeCategoryButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Remove", None))
        self.categoryUpButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Move up", None))
        self.categoryDownButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Move down", None))
        self.dxMeansBox.setTitle(QCoreApplication.translate("ProgrammeSettingsPage", u"DX means", None))
        self.dxMeansHint.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Choices for improvement plans. Versions already written keep their wording.", None))
        self.newDxMeansEdit.setPlaceholderText(QCoreApplication.translate("ProgrammeSettingsPage", u"New DX means", None))
        self.addDxMeansButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Add", None))
        self.renameDxMeansButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Rename", None))
        self.removeDxMeansButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Remove", None))
        self.dxMeansUpButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Move up", None))
        self.dxMeansDownButton.setText(QCoreApplication.translate("ProgrammeSettingsPage", u"Move down", None))
        self.tabs.setTabText(self.tabs.indexOf(self.cataloguesTab), QCoreApplication.translate("ProgrammeSettingsPage", u"Categories and DX means", None))
        pass
    # retranslateUi
