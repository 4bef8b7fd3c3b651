# Generated from forms/participants_page.ui by scripts/build_forms.py; do not edit.
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ParticipantsPage(object):
    def setupUi(self, ParticipantsPage):
        if not ParticipantsPage.objectName():
            ParticipantsPage.setObjectName(u"ParticipantsPage")
        ParticipantsPage.resize(1040, 700)
        self.outer = QVBoxLayout(ParticipantsPage)
        self.outer.setSpacing(8)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(16, 12, 16, 12)
        self.tabs = QTabWidget(ParticipantsPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleLayout = QVBoxLayout(self.peopleTab)
        self.peopleLayout.setSpacing(8)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleLayout.setContentsMargins(0, 10, 0, 0)
        self.peopleFilterRow = QHBoxLayout()
        self.peopleFilterRow.setSpacing(8)
        self.peopleFilterRow.setObjectName(u"peopleFilterRow")
        self.peopleFilter = QLineEdit(self.peopleTab)
        self.peopleFilter.setObjectName(u"peopleFilter")
        self.peopleFilter.setClearButtonEnabled(True)

        self.peopleFilterRow.addWidget(self.peopleFilter)

        self.roleFilter = QComboBox(self.peopleTab)
        self.roleFilter.setObjectName(u"roleFilter")
        self.roleFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.peopleFilterRow.addWidget(self.roleFilter)

        self.municipalityFilter = QComboBox(self.peopleTab)
        self.municipalityFilter.setObjectName(u"municipalityFilter")
        self.municipalityFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.peopleFilterRow.addWidget(self.municipalityFilter)


        self.peopleLayout.addLayout(self.peopleFilterRow)

        self.peopleView = QTableView(self.peopleTab)
        self.peopleView.setObjectName(u"peopleView")
        self.peopleView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.peopleView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.peopleView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.peopleView.setAlternatingRowColors(True)
        self.peopleView.setSortingEnabled(True)
        self.peopleView.setWordWrap(False)
        self.peopleView.horizontalHeader().setStretchLastSection(True)
        self.peopleView.verticalHeader().setVisible(False)

        self.peopleLayout.addWidget(self.peopleView)

        self.peopleButtons = QHBoxLayout()
        self.peopleButtons.setSpacing(8)
        self.peopleButtons.setObjectName(u"peopleButtons")
        self.addPersonButton = QPushButton(self.peopleTab)
        self.addPersonButton.setObjectName(u"addPersonButton")

        self.peopleButtons.addWidget(self.addPersonButton)

        self.editPersonButton = QPushButton(self.peopleTab)
        self.editPersonButton.setObjectName(u"editPersonButton")

        self.peopleButtons.addWidget(self.editPersonButton)

        self.deletePersonButton = QPushButton(self.peopleTab)
        self.deletePersonButton.setObjectName(u"deletePersonButton")

        self.peopleButtons.addWidget(self.deletePersonButton)

        self.peopleCounts = QLabel(self.peopleTab)
        self.peopleCounts.setObjectName(u"peopleCounts")
        self.peopleCounts.setText(u"\u2014")
        self.peopleCounts.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.peopleCounts.sizePolicy().hasHeightForWidth())
        self.peopleCounts.setSizePolicy(sizePolicy)

        self.peopleButtons.addWidget(self.peopleCounts)

        self.importRosterButton = QPushButton(self.peopleTab)
        self.importRosterButton.setObjectName(u"importRosterButton")

        self.peopleButtons.addWidget(self.importRosterButton)


        self.peopleLayout.addLayout(self.peopleButtons)

        self.tabs.addTab(self.peopleTab, "")
        self.municipalitiesTab = QWidget()
        self.municipalitiesTab.setObjectName(u"municipalitiesTab")
        self.municipalitiesLayout = QVBoxLayout(self.municipalitiesTab)
        self.municipalitiesLayout.setObjectName(u"municipalitiesLayout")
        self.municipalitiesLayout.setContentsMargins(0, 10, 0, 0)
        self.municipalitySplitter = QSplitter(self.municipalitiesTab)
        self.municipalitySplitter.setObjectName(u"municipalitySplitter")
        self.municipalitySplitter.setOrientation(Qt.Orientation.Horizontal)
        self.municipalitySplitter.setChildrenCollapsible(False)
        self.municipalitiesBox = QGroupBox(self.municipalitySplitter)
        self.municipalitiesBox.setObjectName(u"municipalitiesBox")
        self.municipalitiesBoxLayout = QVBoxLayout(self.municipalitiesBox)
        self.municipalitiesBoxLayout.setSpacing(8)
        self.municipalitiesBoxLayout.setObjectName(u"municipalitiesBoxLayout")
        self.municipalityFilterEdit = QLineEdit(self.municipalitiesBox)
        self.municipalityFilterEdit.setObjectName(u"municipalityFilterEdit")
        self.municipalityFilterEdit.setClearButtonEnabled(True)

        self.municipalitiesBoxLayout.addWidget(self.municipalityFilterEdit)

        self.municipalitiesView = QTableView(self.municipalitiesBox)
        self.municipalitiesView.setObjectName(u"municipalitiesView")
        self.municipalitiesView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.municipalitiesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.municipalitiesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.municipalitiesView.setAlternatingRowColors(True)
        self.municipalitiesView.setSortingEnabled(True)
        self.municipalitiesView.setWordWrap(False)
        self.municipalitiesView.horizontalHeader().setStretchLastSection(False)
        self.municipalitiesView.verticalHeader().setVisible(False)

        self.municipalitiesBoxLayout.addWidget(self.municipalitiesView)

        self.addMunicipalityRow = QHBoxLayout()
        self.addMunicipalityRow.setSpacing(6)
        self.addMunicipalityRow.setObjectName(u"addMunicipalityRow")
        self.newMunicipalityName = QLineEdit(self.municipalitiesBox)
        self.newMunicipalityName.setObjectName(u"newMunicipalityName")

        self.addMunicipalityRow.addWidget(self.newMunicipalityName)

        self.newMunicipalityKana = QLineEdit(self.municipalitiesBox)
        self.newMunicipalityKana.setObjectName(u"newMunicipalityKana")

        self.addMunicipalityRow.addWidget(self.newMunicipalityKana)

        self.newMunicipalityCode = QLineEdit(self.municipalitiesBox)
        self.newMunicipalityCode.setObjectName(u"newMunicipalityCode")
        self.newMunicipalityCode.setMaxLength(6)
        self.newMunicipalityCode.setMaximumSize(QSize(130, 16777215))

        self.addMunicipalityRow.addWidget(self.newMunicipalityCode)

        self.addMunicipalityButton = QPushButton(self.municipalitiesBox)
        self.addMunicipalityButton.setObjectName(u"addMunicipalityButton")

        self.addMunicipalityRow.addWidget(self.addMunicipalityButton)


        self.municipalitiesBoxLayout.addLayout(self.addMunicipalityRow)

        self.municipalityButtons = QHBoxLayout()
        self.municipalityButtons.setObjectName(u"municipalityButtons")
        self.municipalityCounts = QLabel(self.municipalitiesBox)
        self.municipalityCounts.setObjectName(u"municipalityCounts")
        self.municipalityCounts.setText(u"\u2014")
        sizePolicy.setHeightForWidth(self.municipalityCounts.sizePolicy().hasHeightForWidth())
        self.municipalityCounts.setSizePolicy(sizePolicy)

        self.municipalityButtons.addWidget(self.municipalityCounts)

        self.deleteMunicipalityButton = QPushButton(self.municipalitiesBox)
        self.deleteMunicipalityButton.setObjectName(u"deleteMunicipalityButton")

        self.municipalityButtons.addWidget(self.deleteMunicipalityButton)


        self.municipalitiesBoxLayout.addLayout(self.municipalityButtons)

        self.municipalitySplitter.addWidget(self.municipalitiesBox)
        self.departmentsBox = QGroupBox(self.municipalitySplitter)
        self.departmentsBox.setObjectName(u"departmentsBox")
        self.departmentsBoxLayout = QVBoxLayout(self.departmentsBox)
        self.departmentsBoxLayout.setSpacing(8)
        self.departmentsBoxLayout.setObjectName(u"departmentsBoxLayout")
        self.departmentsOf = QLabel(self.departmentsBox)
        self.departmentsOf.setObjectName(u"departmentsOf")
        self.departmentsOf.setText(u"\u2014")
        self.departmentsOf.setWordWrap(True)

        self.departmentsBoxLayout.addWidget(self.departmentsOf)

        self.departmentsView = QTableView(self.departmentsBox)
        self.departmentsView.setObjectName(u"departmentsView")
        self.departmentsView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.departmentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.departmentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.departmentsView.setAlternatingRowColors(True)
        self.departmentsView.setSortingEnabled(True)
        self.departmentsView.setWordWrap(False)
        self.departmentsView.horizontalHeader().setStretchLastSection(False)
        self.departmentsView.verticalHeader().setVisible(False)

        self.departmentsBoxLayout.addWidget(self.departmentsView)

        self.addDepartmentRow = QHBoxLayout()
        self.addDepartmentRow.setSpacing(6)
        self.addDepartmentRow.setObjectName(u"addDepartmentRow")
        self.newDepartmentName = QLineEdit(self.departmentsBox)
        self.newDepartmentName.setObjectName(u"newDepartmentName")

        self.addDepartmentRow.addWidget(self.newDepartmentName)

        self.addDepartmentButton = QPushButton(self.departmentsBox)
        self.addDepartmentButton.setObjectName(u"addDepartmentButton")

        self.addDepartmentRow.addWidget(self.addDepartmentButton)


        self.departmentsBoxLayout.addLayout(self.addDepartmentRow)

        self.departmentButtons = QHBoxLayout()
        self.departmentButtons.setObjectName(u"departmentButtons")
        self.departmentSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.departmentButtons.addItem(self.departmentSpacer)

        self.deleteDepartmentButton = QPushButton(self.departmentsBox)
        self.deleteDepartmentButton.setObjectName(u"deleteDepartmentButton")

        self.departmentButtons.addWidget(self.deleteDepartmentButton)


        self.departmentsBoxLayout.addLayout(self.departmentButtons)

        self.municipalitySplitter.addWidget(self.departmentsBox)

        self.municipalitiesLayout.addWidget(self.municipalitySplitter)

        self.tabs.addTab(self.municipalitiesTab, "")
        self.groupsTab = QWidget()
        self.groupsTab.setObjectName(u"groupsTab")
        self.groupsLayout = QVBoxLayout(self.groupsTab)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.groupsLayout.setContentsMargins(0, 10, 0, 0)
        self.groupSplitter = QSplitter(self.groupsTab)
        self.groupSplitter.setObjectName(u"groupSplitter")
        self.groupSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.groupSplitter.setChildrenCollapsible(False)
        self.groupsBox = QGroupBox(self.groupSplitter)
        self.groupsBox.setObjectName(u"groupsBox")
        self.groupsBoxLayout = QVBoxLayout(self.groupsBox)
        self.groupsBoxLayout.setSpacing(8)
        self.groupsBoxLayout.setObjectName(u"groupsBoxLayout")
        self.groupsView = QTableView(self.groupsBox)
        self.groupsView.setObjectName(u"groupsView")
        self.groupsView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.groupsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groupsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.groupsView.setAlternatingRowColors(True)
        self.groupsView.setSortingEnabled(True)
        self.groupsView.setWordWrap(False)
        self.groupsView.horizontalHeader().setStretchLastSection(False)
        self.groupsView.verticalHeader().setVisible(False)

        self.groupsBoxLayout.addWidget(self.groupsView)

        self.groupCounts = QLabel(self.groupsBox)
        self.groupCounts.setObjectName(u"groupCounts")
        self.groupCounts.setText(u"\u2014")
        self.groupCounts.setWordWrap(True)

        self.groupsBoxLayout.addWidget(self.groupCounts)

        self.groupButtons = QHBoxLayout()
        self.groupButtons.setSpacing(6)
        self.groupButtons.setObjectName(u"groupButtons")
        self.addGroupButton = QPushButton(self.groupsBox)
        self.addGroupButton.setObjectName(u"addGroupButton")

        self.groupButtons.addWidget(self.addGroupButton)

        self.deleteGroupButton = QPushButton(self.groupsBox)
        self.deleteGroupButton.setObjectName(u"deleteGroupButton")

        self.groupButtons.addWidget(self.deleteGroupButton)

        self.groupSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.groupButtons.addItem(self.groupSpacer)

        self.autoMixButton = QPushButton(self.groupsBox)
        self.autoMixButton.setObjectName(u"autoMixButton")

        self.groupButtons.addWidget(self.autoMixButton)


        self.groupsBoxLayout.addLayout(self.groupButtons)

        self.groupSplitter.addWidget(self.groupsBox)
        self.memberSplitter = QSplitter(self.groupSplitter)
        self.memberSplitter.setObjectName(u"memberSplitter")
        self.memberSplitter.setOrientation(Qt.Orientation.Vertical)
        self.memberSplitter.setChildrenCollapsible(False)
        self.membersBox = QGroupBox(self.memberSplitter)
        self.membersBox.setObjectName(u"membersBox")
        self.membersBoxLayout = QVBoxLayout(self.membersBox)
        self.membersBoxLayout.setSpacing(8)
        self.membersBoxLayout.setObjectName(u"membersBoxLayout")
        self.membersView = QTableView(self.membersBox)
        self.membersView.setObjectName(u"membersView")
        self.membersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.membersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.membersView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.membersView.setAlternatingRowColors(True)
        self.membersView.setSortingEnabled(True)
        self.membersView.setWordWrap(False)
        self.membersView.horizontalHeader().setStretchLastSection(True)
        self.membersView.verticalHeader().setVisible(False)

        self.membersBoxLayout.addWidget(self.membersView)

        self.memberButtons = QHBoxLayout()
        self.memberButtons.setObjectName(u"memberButtons")
        self.memberSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.memberButtons.addItem(self.memberSpacer)

        self.removeMemberButton = QPushButton(self.membersBox)
        self.removeMemberButton.setObjectName(u"removeMemberButton")

        self.memberButtons.addWidget(self.removeMemberButton)


        self.membersBoxLayout.addLayout(self.memberButtons)

        self.memberSplitter.addWidget(self.membersBox)
        self.availableBox = QGroupBox(self.memberSplitter)
        self.availableBox.setObjectName(u"availableBox")
        self.availableBoxLayout = QVBoxLayout(self.availableBox)
        self.availableBoxLayout.setSpacing(8)
        self.availableBoxLayout.setObjectName(u"availableBoxLayout")
        self.availableFilterRow = QHBoxLayout()
        self.availableFilterRow.setObjectName(u"availableFilterRow")
        self.availableFilter = QLineEdit(self.availableBox)
        self.availableFilter.setObjectName(u"availableFilter")
        self.availableFilter.setClearButtonEnabled(True)

        self.availableFilterRow.addWidget(self.availableFilter)

        self.traineesOnlyCheck = QCheckBox(self.availableBox)
        self.traineesOnlyCheck.setObjectName(u"traineesOnlyCheck")
        self.traineesOnlyCheck.setChecked(True)

        self.availableFilterRow.addWidget(self.traineesOnlyCheck)


        self.availableBoxLayout.addLayout(self.availableFilterRow)

        self.availableView = QTableView(self.availableBox)
        self.availableView.setObjectName(u"availableView")
        self.availableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.availableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.availableView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.availableView.setAlternatingRowColors(True)
        self.availableView.setSortingEnabled(True)
        self.availableView.setWordWrap(False)
        self.availableView.horizontalHeader().setStretchLastSection(True)
        self.availableView.verticalHeader().setVisible(False)

        self.availableBoxLayout.addWidget(self.availableView)

        self.availableButtons = QHBoxLayout()
        self.availableButtons.setObjectName(u"availableButtons")
        self.addMemberButton = QPushButton(self.availableBox)
        self.addMemberButton.setObjectName(u"addMemberButton")

        self.availableButtons.addWidget(self.addMemberButton)

        self.availableSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.availableButtons.addItem(self.availableSpacer)


        self.availableBoxLayout.addLayout(self.availableButtons)

        self.memberSplitter.addWidget(self.availableBox)
        self.groupSplitter.addWidget(self.memberSplitter)

        self.groupsLayout.addWidget(self.groupSplitter)

        self.tabs.addTab(self.groupsTab, "")

        self.outer.addWidget(self.tabs)

        self.messageLabel = QLabel(ParticipantsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setText(u"")
        self.messageLabel.setStyleSheet(u"color: #b91c1c;")

        self.outer.addWidget(self.messageLabel)

        QWidget.setTabOrder(self.tabs, self.peopleFilter)
        QWidget.setTabOrder(self.peopleFilter, self.roleFilter)
        QWidget.setTabOrder(self.roleFilter, self.municipalityFilter)
        QWidget.setTabOrder(self.municipalityFilter, self.peopleView)
        QWidget.setTabOrder(self.peopleView, self.addPersonButton)
        QWidget.setTabOrder(self.addPersonButton, self.editPersonButton)
        QWidget.setTabOrder(self.editPersonButton, self.deletePersonButton)
        QWidget.setTabOrder(self.deletePersonButton, self.importRosterButton)

        self.retranslateUi(ParticipantsPage)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, ParticipantsPage):
        self.peopleFilter.setPlaceholderText(QCoreApplication.translate("ParticipantsPage", u"Filter by name, reading, municipality, department\u2026", None))
#if QT_CONFIG(tooltip)
        self.roleFilter.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Show only people with this role", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.municipalityFilter.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Show only people of this municipality", None))
#endif // QT_CONFIG(tooltip)
        self.addPersonButton.setText(QCoreApplication.translate("ParticipantsPage", u"Add Person\u2026", None))
        self.editPersonButton.setText(QCoreApplication.translate("ParticipantsPage", u"Edit\u2026", None))
        self.deletePersonButton.setText(QCoreApplication.translate("ParticipantsPage", u"Delete", None))
        self.importRosterButton.setText(QCoreApplication.translate("ParticipantsPage", u"Import Roster\u2026", None))
#if QT_CONFIG(tooltip)
        self.importRosterButton.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Import the people of an Excel or CSV roster", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("ParticipantsPage", u"Trainees and Others", None))
        self.municipalitiesBox.setTitle(QCoreApplication.translate("ParticipantsPage", u"Municipalities", None))
        self.municipalityFilterEdit.setPlaceholderText(QCoreApplication.translate("ParticipantsPage", u"Filter municipalities\u2026", None))
        self.newMunicipalityName.setPlaceholderText(QCoreApplication.translate("ParticipantsPage", u"Municipality (e.g. \u5009\u6577\u5e02)", None))
        self.newMunicipalityKana.setPlaceholderText(QCoreApplication.translate("ParticipantsPage", u"Reading (\u304f\u3089\u3057\u304d\u3057)", None))
        self.newMunicipalityCode.setPlaceholderText(QCoreApplication.translate("ParticipantsPage", u"Code (6 digits)", None))
        self.addMunicipalityButton.setText(QCoreApplication.translate("ParticipantsPage", u"Add", None))
        self.deleteMunicipalityButton.setText(QCoreApplication.translate("ParticipantsPage", u"Delete Municipality", None))
        self.departmentsBox.setTitle(QCoreApplication.translate("ParticipantsPage", u"Departments", None))
        self.newDepartmentName.setPlaceholderText(QCoreApplication.translate("ParticipantsPage", u"Department (e.g. \u5e02\u6c11\u8ab2)", None))
        self.addDepartmentButton.setText(QCoreApplication.translate("ParticipantsPage", u"Add", None))
        self.deleteDepartmentButton.setText(QCoreApplication.translate("ParticipantsPage", u"Delete Department", None))
        self.tabs.setTabText(self.tabs.indexOf(self.municipalitiesTab), QCoreApplication.translate("ParticipantsPage", u"Municipalities and Departments", None))
        self.groupsBox.setTitle(QCoreApplication.translate("ParticipantsPage", u"Groups", None))
        self.addGroupButton.setText(QCoreApplication.translate("ParticipantsPage", u"Add Group", None))
        self.deleteGroupButton.setText(QCoreApplication.translate("ParticipantsPage", u"Delete", None))
        self.autoMixButton.setText(QCoreApplication.translate("ParticipantsPage", u"Auto-mix\u2026", None))
#if QT_CONFIG(tooltip)
        self.autoMixButton.setToolTip(QCoreApplication.translate("ParticipantsPage", u"Deal all trainees into groups of a chosen size that mix municipalities", None))
#endif // QT_CONFIG(tooltip)
        self.membersBox.setTitle(QCoreApplication.translate("ParticipantsPage", u"Members", None))
        self.removeMemberButton.setText(QCoreApplication.translate("ParticipantsPage", u"Remove from Group", None))
        self.availableBox.setTitle(QCoreApplication.translate("ParticipantsPage", u"Not in a Group", None))
        self.availableFilter.setPlaceholderText(QCoreApplication.translate("ParticipantsPage", u"Filter\u2026", None))
        self.traineesOnlyCheck.setText(QCoreApplication.translate("ParticipantsPage", u"Trainees only", None))
        self.addMemberButton.setText(QCoreApplication.translate("ParticipantsPage", u"\u25b2 Add to Group", None))
        self.tabs.setTabText(self.tabs.indexOf(self.groupsTab), QCoreApplication.translate("ParticipantsPage", u"Work Groups", None))
        pass
    # retranslateUi
