# Generated from forms/prioritize_page.ui by scripts/build_forms.py; do not edit.
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
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_PrioritizePage(object):
    def setupUi(self, PrioritizePage):
        if not PrioritizePage.objectName():
            PrioritizePage.setObjectName(u"PrioritizePage")
        PrioritizePage.resize(1060, 760)
        self.outer = QVBoxLayout(PrioritizePage)
        self.outer.setSpacing(8)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(16, 12, 16, 12)
        self.scopeRow = QHBoxLayout()
        self.scopeRow.setSpacing(8)
        self.scopeRow.setObjectName(u"scopeRow")
        self.groupLabel = QLabel(PrioritizePage)
        self.groupLabel.setObjectName(u"groupLabel")

        self.scopeRow.addWidget(self.groupLabel)

        self.groupCombo = QComboBox(PrioritizePage)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.scopeRow.addWidget(self.groupCombo)

        self.themesOnlyCheck = QCheckBox(PrioritizePage)
        self.themesOnlyCheck.setObjectName(u"themesOnlyCheck")

        self.scopeRow.addWidget(self.themesOnlyCheck)

        self.scopeGap = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.scopeRow.addItem(self.scopeGap)

        self.raterLabel = QLabel(PrioritizePage)
        self.raterLabel.setObjectName(u"raterLabel")

        self.scopeRow.addWidget(self.raterLabel)

        self.raterCombo = QComboBox(PrioritizePage)
        self.raterCombo.setObjectName(u"raterCombo")
        self.raterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.scopeRow.addWidget(self.raterCombo)

        self.summaryLabel = QLabel(PrioritizePage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"\u2014")
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)

        self.scopeRow.addWidget(self.summaryLabel)


        self.outer.addLayout(self.scopeRow)

        self.messageLabel = QLabel(PrioritizePage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"color: #b91c1c;")

        self.outer.addWidget(self.messageLabel)

        self.splitter = QSplitter(PrioritizePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.boardPanel = QWidget(self.splitter)
        self.boardPanel.setObjectName(u"boardPanel")
        self.boardLayout = QVBoxLayout(self.boardPanel)
        self.boardLayout.setSpacing(6)
        self.boardLayout.setObjectName(u"boardLayout")
        self.boardLayout.setContentsMargins(0, 0, 0, 0)
        self.boardBar = QHBoxLayout()
        self.boardBar.setSpacing(6)
        self.boardBar.setObjectName(u"boardBar")
        self.boardTitle = QLabel(self.boardPanel)
        self.boardTitle.setObjectName(u"boardTitle")

        self.boardBar.addWidget(self.boardTitle)

        self.boardBarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.boardBar.addItem(self.boardBarSpacer)

        self.fitButton = QPushButton(self.boardPanel)
        self.fitButton.setObjectName(u"fitButton")

        self.boardBar.addWidget(self.fitButton)

        self.lockButton = QPushButton(self.boardPanel)
        self.lockButton.setObjectName(u"lockButton")
        self.lockButton.setCheckable(True)

        self.boardBar.addWidget(self.lockButton)

        self.presentButton = QPushButton(self.boardPanel)
        self.presentButton.setObjectName(u"presentButton")

        self.boardBar.addWidget(self.presentButton)


        self.boardLayout.addLayout(self.boardBar)

        self.boardHost = QWidget(self.boardPanel)
        self.boardHost.setObjectName(u"boardHost")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.boardHost.sizePolicy().hasHeightForWidth())
        self.boardHost.setSizePolicy(sizePolicy1)
        self.boardHostLayout = QVBoxLayout(self.boardHost)
        self.boardHostLayout.setSpacing(0)
        self.boardHostLayout.setObjectName(u"boardHostLayout")
        self.boardHostLayout.setContentsMargins(0, 0, 0, 0)

        self.boardLayout.addWidget(self.boardHost)

        self.splitter.addWidget(self.boardPanel)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.scoresTab = QWidget()
        self.scoresTab.setObjectName(u"scoresTab")
        self.scoresLayout = QVBoxLayout(self.scoresTab)
        self.scoresLayout.setSpacing(8)
        self.scoresLayout.setObjectName(u"scoresLayout")
        self.scoresLayout.setContentsMargins(0, 10, 0, 0)
        self.scoresView = QTableView(self.scoresTab)
        self.scoresView.setObjectName(u"scoresView")
        self.scoresView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.scoresView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.scoresView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.scoresView.setAlternatingRowColors(True)
        self.scoresView.setSortingEnabled(True)
        self.scoresView.setWordWrap(False)
        self.scoresView.horizontalHeader().setStretchLastSection(False)
        self.scoresView.verticalHeader().setVisible(False)

        self.scoresLayout.addWidget(self.scoresView)

        self.scoresButtons = QHBoxLayout()
        self.scoresButtons.setSpacing(8)
        self.scoresButtons.setObjectName(u"scoresButtons")
        self.ownerThemeButton = QPushButton(self.scoresTab)
        self.ownerThemeButton.setObjectName(u"ownerThemeButton")

        self.scoresButtons.addWidget(self.ownerThemeButton)

        self.scoresHint = QLabel(self.scoresTab)
        self.scoresHint.setObjectName(u"scoresHint")
        self.scoresHint.setWordWrap(True)
        self.scoresHint.setStyleSheet(u"color: palette(mid);")
        sizePolicy.setHeightForWidth(self.scoresHint.sizePolicy().hasHeightForWidth())
        self.scoresHint.setSizePolicy(sizePolicy)

        self.scoresButtons.addWidget(self.scoresHint)


        self.scoresLayout.addLayout(self.scoresButtons)

        self.tabs.addTab(self.scoresTab, "")
        self.votingTab = QWidget()
        self.votingTab.setObjectName(u"votingTab")
        self.votingLayout = QHBoxLayout(self.votingTab)
        self.votingLayout.setSpacing(16)
        self.votingLayout.setObjectName(u"votingLayout")
        self.votingLayout.setContentsMargins(0, 10, 0, 0)
        self.roundColumn = QVBoxLayout()
        self.roundColumn.setSpacing(8)
        self.roundColumn.setObjectName(u"roundColumn")
        self.roundRow = QHBoxLayout()
        self.roundRow.setSpacing(8)
        self.roundRow.setObjectName(u"roundRow")
        self.roundLabel = QLabel(self.votingTab)
        self.roundLabel.setObjectName(u"roundLabel")

        self.roundRow.addWidget(self.roundLabel)

        self.roundCombo = QComboBox(self.votingTab)
        self.roundCombo.setObjectName(u"roundCombo")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy2.setHorizontalStretch(1)
        sizePolicy2.setVerticalStretch(0)
        sizePolicy2.setHeightForWidth(self.roundCombo.sizePolicy().hasHeightForWidth())
        self.roundCombo.setSizePolicy(sizePolicy2)

        self.roundRow.addWidget(self.roundCombo)

        self.addRoundButton = QPushButton(self.votingTab)
        self.addRoundButton.setObjectName(u"addRoundButton")

        self.roundRow.addWidget(self.addRoundButton)

        self.deleteRoundButton = QPushButton(self.votingTab)
        self.deleteRoundButton.setObjectName(u"deleteRoundButton")

        self.roundRow.addWidget(self.deleteRoundButton)


        self.roundColumn.addLayout(self.roundRow)

        self.roundForm = QFormLayout()
        self.roundForm.setObjectName(u"roundForm")
        self.roundForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.roundForm.setHorizontalSpacing(10)
        self.roundForm.setVerticalSpacing(6)
        self.roundTitleLabel = QLabel(self.votingTab)
        self.roundTitleLabel.setObjectName(u"roundTitleLabel")

        self.roundForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roundTitleLabel)

        self.roundTitleEdit = QLineEdit(self.votingTab)
        self.roundTitleEdit.setObjectName(u"roundTitleEdit")
        self.roundTitleEdit.setMinimumSize(QSize(260, 0))

        self.roundForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roundTitleEdit)

        self.perPersonLabel = QLabel(self.votingTab)
        self.perPersonLabel.setObjectName(u"perPersonLabel")

        self.roundForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.perPersonLabel)

        self.perPersonSpin = QSpinBox(self.votingTab)
        self.perPersonSpin.setObjectName(u"perPersonSpin")
        self.perPersonSpin.setMinimum(1)
        self.perPersonSpin.setMaximum(99)
        self.perPersonSpin.setValue(3)

        self.roundForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.perPersonSpin)

        self.perIssueLabel = QLabel(self.votingTab)
        self.perIssueLabel.setObjectName(u"perIssueLabel")

        self.roundForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.perIssueLabel)

        self.perIssueSpin = QSpinBox(self.votingTab)
        self.perIssueSpin.setObjectName(u"perIssueSpin")
        self.perIssueSpin.setMinimum(1)
        self.perIssueSpin.setMaximum(99)
        self.perIssueSpin.setValue(1)

        self.roundForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.perIssueSpin)


        self.roundColumn.addLayout(self.roundForm)

        self.voteRow = QHBoxLayout()
        self.voteRow.setSpacing(8)
        self.voteRow.setObjectName(u"voteRow")
        self.voteModeButton = QPushButton(self.votingTab)
        self.voteModeButton.setObjectName(u"voteModeButton")
        self.voteModeButton.setCheckable(True)

        self.voteRow.addWidget(self.voteModeButton)

        self.resetRoundButton = QPushButton(self.votingTab)
        self.resetRoundButton.setObjectName(u"resetRoundButton")

        self.voteRow.addWidget(self.resetRoundButton)

        self.voteRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.voteRow.addItem(self.voteRowSpacer)


        self.roundColumn.addLayout(self.voteRow)

        self.votingSummary = QLabel(self.votingTab)
        self.votingSummary.setObjectName(u"votingSummary")
        self.votingSummary.setText(u"\u2014")
        self.votingSummary.setWordWrap(True)

        self.roundColumn.addWidget(self.votingSummary)

        self.roundColumnSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.roundColumn.addItem(self.roundColumnSpacer)


        self.votingLayout.addLayout(self.roundColumn)

        self.votersColumn = QVBoxLayout()
        self.votersColumn.setSpacing(6)
        self.votersColumn.setObjectName(u"votersColumn")
        self.votersLabel = QLabel(self.votingTab)
        self.votersLabel.setObjectName(u"votersLabel")
        self.votersLabel.setWordWrap(True)

        self.votersColumn.addWidget(self.votersLabel)

        self.votersView = QTableView(self.votingTab)
        self.votersView.setObjectName(u"votersView")
        self.votersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.votersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.votersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.votersView.setAlternatingRowColors(True)
        self.votersView.setSortingEnabled(True)
        self.votersView.setWordWrap(False)
        self.votersView.horizontalHeader().setStretchLastSection(False)
        self.votersView.verticalHeader().setVisible(False)

        self.votersColumn.addWidget(self.votersView)


        self.votingLayout.addLayout(self.votersColumn)

        self.votingLayout.setStretch(0, 2)
        self.votingLayout.setStretch(1, 3)
        self.tabs.addTab(self.votingTab, "")
        self.themesTab = QWidget()
        self.themesTab.setObjectName(u"themesTab")
        self.themesLayout = QVBoxLayout(self.themesTab)
        self.themesLayout.setSpacing(8)
        self.themesLayout.setObjectName(u"themesLayout")
        self.themesLayout.setContentsMargins(0, 10, 0, 0)
        self.themeSummary = QLabel(self.themesTab)
        self.themeSummary.setObjectName(u"themeSummary")
        self.themeSummary.setText(u"\u2014")
        self.themeSummary.setWordWrap(True)

        self.themesLayout.addWidget(self.themeSummary)

        self.themesView = QTableView(self.themesTab)
        self.themesView.setObjectName(u"themesView")
        self.themesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.themesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.themesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.themesView.setAlternatingRowColors(True)
        self.themesView.setSortingEnabled(True)
        self.themesView.setWordWrap(False)
        self.themesView.horizontalHeader().setStretchLastSection(True)
        self.themesView.verticalHeader().setVisible(False)

        self.themesLayout.addWidget(self.themesView)

        self.themeRow = QHBoxLayout()
        self.themeRow.setSpacing(8)
        self.themeRow.setObjectName(u"themeRow")
        self.themeIssueLabel = QLabel(self.themesTab)
        self.themeIssueLabel.setObjectName(u"themeIssueLabel")

        self.themeRow.addWidget(self.themeIssueLabel)

        self.themeIssueCombo = QComboBox(self.themesTab)
        self.themeIssueCombo.setObjectName(u"themeIssueCombo")
        sizePolicy2.setHeightForWidth(self.themeIssueCombo.sizePolicy().hasHeightForWidth())
        self.themeIssueCombo.setSizePolicy(sizePolicy2)

        self.themeRow.addWidget(self.themeIssueCombo)

        self.setThemeButton = QPushButton(self.themesTab)
        self.setThemeButton.setObjectName(u"setThemeButton")

        self.themeRow.addWidget(self.setThemeButton)

        self.clearThemeButton = QPushButton(self.themesTab)
        self.clearThemeButton.setObjectName(u"clearThemeButton")

        self.themeRow.addWidget(self.clearThemeButton)


        self.themesLayout.addLayout(self.themeRow)

        self.tabs.addTab(self.themesTab, "")
        self.splitter.addWidget(self.tabs)

        self.outer.addWidget(self.splitter)

        self.outer.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.groupLabel.setBuddy(self.groupCombo)
        self.raterLabel.setBuddy(self.raterCombo)
        self.roundLabel.setBuddy(self.roundCombo)
        self.roundTitleLabel.setBuddy(self.roundTitleEdit)
        self.perPersonLabel.setBuddy(self.perPersonSpin)
        self.perIssueLabel.setBuddy(self.perIssueSpin)
        self.themeIssueLabel.setBuddy(self.themeIssueCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PrioritizePage)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, PrioritizePage):
        self.groupLabel.setText(QCoreApplication.translate("PrioritizePage", u"Group:", None))
#if QT_CONFIG(tooltip)
        self.groupCombo.setToolTip(QCoreApplication.translate("PrioritizePage", u"Show the issues of one group (\u73ed)", None))
#endif // QT_CONFIG(tooltip)
        self.themesOnlyCheck.setText(QCoreApplication.translate("PrioritizePage", u"Themes only", None))
#if QT_CONFIG(tooltip)
        self.themesOnlyCheck.setToolTip(QCoreApplication.translate("PrioritizePage", u"Show only the issues chosen as someone's improvement theme", None))
#endif // QT_CONFIG(tooltip)
        self.raterLabel.setText(QCoreApplication.translate("PrioritizePage", u"Scores of:", None))
#if QT_CONFIG(tooltip)
        self.raterCombo.setToolTip(QCoreApplication.translate("PrioritizePage", u"The group's agreed scores, or one trainee's own", None))
#endif // QT_CONFIG(tooltip)
        self.boardTitle.setText(QCoreApplication.translate("PrioritizePage", u"Payoff Matrix", None))
        self.fitButton.setText(QCoreApplication.translate("PrioritizePage", u"Fit", None))
#if QT_CONFIG(tooltip)
        self.fitButton.setToolTip(QCoreApplication.translate("PrioritizePage", u"Lay the matrix out to fill the view (Ctrl+0)", None))
#endif // QT_CONFIG(tooltip)
        self.lockButton.setText(QCoreApplication.translate("PrioritizePage", u"Lock", None))
#if QT_CONFIG(tooltip)
        self.lockButton.setToolTip(QCoreApplication.translate("PrioritizePage", u"Stop cards from being moved by accident", None))
#endif // QT_CONFIG(tooltip)
        self.presentButton.setText(QCoreApplication.translate("PrioritizePage", u"Presentation Mode", None))
#if QT_CONFIG(tooltip)
        self.presentButton.setToolTip(QCoreApplication.translate("PrioritizePage", u"Show the matrix full screen, in large type, on the projector or touch display", None))
#endif // QT_CONFIG(tooltip)
        self.ownerThemeButton.setText(QCoreApplication.translate("PrioritizePage", u"Make It the Owner's Theme", None))
#if QT_CONFIG(tooltip)
        self.ownerThemeButton.setToolTip(QCoreApplication.translate("PrioritizePage", u"The selected issue becomes its owner's improvement theme", None))
#endif // QT_CONFIG(tooltip)
        self.scoresHint.setText(QCoreApplication.translate("PrioritizePage", u"Type a number in a score cell, or drag cards on the matrix. Delete clears a score.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.scoresTab), QCoreApplication.translate("PrioritizePage", u"Scores", None))
        self.roundLabel.setText(QCoreApplication.translate("PrioritizePage", u"Round:", None))
        self.addRoundButton.setText(QCoreApplication.translate("PrioritizePage", u"New Round", None))
        self.deleteRoundButton.setText(QCoreApplication.translate("PrioritizePage", u"Delete", None))
        self.roundTitleLabel.setText(QCoreApplication.translate("PrioritizePage", u"Title:", None))
        self.perPersonLabel.setText(QCoreApplication.translate("PrioritizePage", u"Dots per person:", None))
        self.perIssueLabel.setText(QCoreApplication.translate("PrioritizePage", u"Most dots on one issue:", None))
#if QT_CONFIG(tooltip)
        self.perIssueSpin.setToolTip(QCoreApplication.translate("PrioritizePage", u"How many of their dots one person may put on the same issue", None))
#endif // QT_CONFIG(tooltip)
        self.voteModeButton.setText(QCoreApplication.translate("PrioritizePage", u"Vote by Clicking Cards", None))
#if QT_CONFIG(tooltip)
        self.voteModeButton.setToolTip(QCoreApplication.translate("PrioritizePage", u"Click a card to give it a dot from the chosen person; right-click or Shift+click takes one back", None))
#endif // QT_CONFIG(tooltip)
        self.resetRoundButton.setText(QCoreApplication.translate("PrioritizePage", u"Reset Round", None))
#if QT_CONFIG(tooltip)
        self.resetRoundButton.setToolTip(QCoreApplication.translate("PrioritizePage", u"Remove every dot of this round (can be undone)", None))
#endif // QT_CONFIG(tooltip)
        self.votersLabel.setText(QCoreApplication.translate("PrioritizePage", u"Who is voting? Choose a person, then click cards on the matrix.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.votingTab), QCoreApplication.translate("PrioritizePage", u"Dot Voting", None))
        self.themeIssueLabel.setText(QCoreApplication.translate("PrioritizePage", u"Theme:", None))
#if QT_CONFIG(tooltip)
        self.themeIssueCombo.setToolTip(QCoreApplication.translate("PrioritizePage", u"The chosen trainee's issues, best ranked first", None))
#endif // QT_CONFIG(tooltip)
        self.setThemeButton.setText(QCoreApplication.translate("PrioritizePage", u"Set Theme", None))
        self.clearThemeButton.setText(QCoreApplication.translate("PrioritizePage", u"Clear Theme", None))
        self.tabs.setTabText(self.tabs.indexOf(self.themesTab), QCoreApplication.translate("PrioritizePage", u"Themes", None))
        pass
    # retranslateUi
