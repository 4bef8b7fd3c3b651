# Generated from forms/feedback_page.ui by scripts/build_forms.py; do not edit.
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
    QDateEdit, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_FeedbackPage(object):
    def setupUi(self, FeedbackPage):
        if not FeedbackPage.objectName():
            FeedbackPage.setObjectName(u"FeedbackPage")
        self.outer = QVBoxLayout(FeedbackPage)
        self.outer.setSpacing(8)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(16, 12, 16, 12)
        self.roundBar = QHBoxLayout()
        self.roundBar.setSpacing(6)
        self.roundBar.setObjectName(u"roundBar")
        self.roundBar.setContentsMargins(0, 0, 0, 0)
        self.roundLabel = QLabel(FeedbackPage)
        self.roundLabel.setObjectName(u"roundLabel")

        self.roundBar.addWidget(self.roundLabel)

        self.roundCombo = QComboBox(FeedbackPage)
        self.roundCombo.setObjectName(u"roundCombo")
        self.roundCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.roundBar.addWidget(self.roundCombo)

        self.roundGap = QSpacerItem(12, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.roundBar.addItem(self.roundGap)

        self.numberLabel = QLabel(FeedbackPage)
        self.numberLabel.setObjectName(u"numberLabel")

        self.roundBar.addWidget(self.numberLabel)

        self.roundNumberSpin = QSpinBox(FeedbackPage)
        self.roundNumberSpin.setObjectName(u"roundNumberSpin")
        self.roundNumberSpin.setMinimum(1)
        self.roundNumberSpin.setMaximum(99)

        self.roundBar.addWidget(self.roundNumberSpin)

        self.titleLabel = QLabel(FeedbackPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.roundBar.addWidget(self.titleLabel)

        self.roundTitleEdit = QLineEdit(FeedbackPage)
        self.roundTitleEdit.setObjectName(u"roundTitleEdit")
        self.roundTitleEdit.setMinimumSize(QSize(220, 0))

        self.roundBar.addWidget(self.roundTitleEdit)

        self.dueLabel = QLabel(FeedbackPage)
        self.dueLabel.setObjectName(u"dueLabel")

        self.roundBar.addWidget(self.dueLabel)

        self.roundDueEdit = QDateEdit(FeedbackPage)
        self.roundDueEdit.setObjectName(u"roundDueEdit")
        self.roundDueEdit.setCalendarPopup(True)

        self.roundBar.addWidget(self.roundDueEdit)

        self.roundSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roundBar.addItem(self.roundSpacer)

        self.addRoundButton = QPushButton(FeedbackPage)
        self.addRoundButton.setObjectName(u"addRoundButton")

        self.roundBar.addWidget(self.addRoundButton)

        self.deleteRoundButton = QPushButton(FeedbackPage)
        self.deleteRoundButton.setObjectName(u"deleteRoundButton")

        self.roundBar.addWidget(self.deleteRoundButton)


        self.outer.addLayout(self.roundBar)

        self.actionBar = QHBoxLayout()
        self.actionBar.setSpacing(8)
        self.actionBar.setObjectName(u"actionBar")
        self.actionBar.setContentsMargins(0, 0, 0, 0)
        self.requestButton = QPushButton(FeedbackPage)
        self.requestButton.setObjectName(u"requestButton")

        self.actionBar.addWidget(self.requestButton)

        self.exportFormsButton = QPushButton(FeedbackPage)
        self.exportFormsButton.setObjectName(u"exportFormsButton")

        self.actionBar.addWidget(self.exportFormsButton)

        self.importFormButton = QPushButton(FeedbackPage)
        self.importFormButton.setObjectName(u"importFormButton")

        self.actionBar.addWidget(self.importFormButton)

        self.actionSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionBar.addItem(self.actionSpacer)

        self.roundSummary = QLabel(FeedbackPage)
        self.roundSummary.setObjectName(u"roundSummary")
        self.roundSummary.setText(u"")
        self.roundSummary.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.actionBar.addWidget(self.roundSummary)


        self.outer.addLayout(self.actionBar)

        self.messageLabel = QLabel(FeedbackPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)

        self.splitter = QSplitter(FeedbackPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.gridPanel = QWidget(self.splitter)
        self.gridPanel.setObjectName(u"gridPanel")
        self.gridLayout = QVBoxLayout(self.gridPanel)
        self.gridLayout.setSpacing(6)
        self.gridLayout.setObjectName(u"gridLayout")
        self.gridLayout.setContentsMargins(0, 0, 0, 0)
        self.filterBar = QHBoxLayout()
        self.filterBar.setSpacing(8)
        self.filterBar.setObjectName(u"filterBar")
        self.filterBar.setContentsMargins(0, 0, 0, 0)
        self.overviewFilter = QLineEdit(self.gridPanel)
        self.overviewFilter.setObjectName(u"overviewFilter")
        self.overviewFilter.setClearButtonEnabled(True)

        self.filterBar.addWidget(self.overviewFilter)

        self.openOnlyCheck = QCheckBox(self.gridPanel)
        self.openOnlyCheck.setObjectName(u"openOnlyCheck")

        self.filterBar.addWidget(self.openOnlyCheck)


        self.gridLayout.addLayout(self.filterBar)

        self.overviewView = QTableView(self.gridPanel)
        self.overviewView.setObjectName(u"overviewView")
        self.overviewView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.overviewView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overviewView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overviewView.setSortingEnabled(True)
        self.overviewView.setWordWrap(False)
        self.overviewView.verticalHeader().setVisible(False)

        self.gridLayout.addWidget(self.overviewView)

        self.legendLabel = QLabel(self.gridPanel)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setText(u"")
        self.legendLabel.setWordWrap(True)

        self.gridLayout.addWidget(self.legendLabel)

        self.gridLayout.setStretch(1, 1)
        self.splitter.addWidget(self.gridPanel)
        self.editorStack = QStackedWidget(self.splitter)
        self.editorStack.setObjectName(u"editorStack")
        self.editorEmpty = QWidget()
        self.editorEmpty.setObjectName(u"editorEmpty")
        self.editorEmptyLayout = QVBoxLayout(self.editorEmpty)
        self.editorEmptyLayout.setSpacing(6)
        self.editorEmptyLayout.setObjectName(u"editorEmptyLayout")
        self.editorEmptyLayout.setContentsMargins(0, 0, 0, 0)
        self.editorHint = QLabel(self.editorEmpty)
        self.editorHint.setObjectName(u"editorHint")
        self.editorHint.setWordWrap(True)
        self.editorHint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.editorEmptyLayout.addWidget(self.editorHint)

        self.editorStack.addWidget(self.editorEmpty)
        self.editorRequest = QWidget()
        self.editorRequest.setObjectName(u"editorRequest")
        self.editorRequestLayout = QVBoxLayout(self.editorRequest)
        self.editorRequestLayout.setSpacing(8)
        self.editorRequestLayout.setObjectName(u"editorRequestLayout")
        self.editorRequestLayout.setContentsMargins(12, 12, 12, 12)
        self.requestTitle = QLabel(self.editorRequest)
        self.requestTitle.setObjectName(u"requestTitle")
        self.requestTitle.setText(u"\u2014")
        self.requestTitle.setWordWrap(True)

        self.editorRequestLayout.addWidget(self.requestTitle)

        self.requestHint = QLabel(self.editorRequest)
        self.requestHint.setObjectName(u"requestHint")
        self.requestHint.setWordWrap(True)

        self.editorRequestLayout.addWidget(self.requestHint)

        self.requestRow = QHBoxLayout()
        self.requestRow.setSpacing(6)
        self.requestRow.setObjectName(u"requestRow")
        self.requestRow.setContentsMargins(0, 0, 0, 0)
        self.reviewerLabel = QLabel(self.editorRequest)
        self.reviewerLabel.setObjectName(u"reviewerLabel")

        self.requestRow.addWidget(self.reviewerLabel)

        self.reviewerCombo = QComboBox(self.editorRequest)
        self.reviewerCombo.setObjectName(u"reviewerCombo")
        self.reviewerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.requestRow.addWidget(self.reviewerCombo)

        self.requestOneButton = QPushButton(self.editorRequest)
        self.requestOneButton.setObjectName(u"requestOneButton")

        self.requestRow.addWidget(self.requestOneButton)

        self.requestRowSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.requestRow.addItem(self.requestRowSpacer)


        self.editorRequestLayout.addLayout(self.requestRow)

        self.requestEnd = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.editorRequestLayout.addItem(self.requestEnd)

        self.editorRequestLayout.setStretch(3, 1)
        self.editorStack.addWidget(self.editorRequest)
        self.editorPage = QWidget()
        self.editorPage.setObjectName(u"editorPage")
        self.editorPageLayout = QVBoxLayout(self.editorPage)
        self.editorPageLayout.setSpacing(6)
        self.editorPageLayout.setObjectName(u"editorPageLayout")
        self.editorPageLayout.setContentsMargins(0, 0, 0, 0)
        self.editorScroll = QScrollArea(self.editorPage)
        self.editorScroll.setObjectName(u"editorScroll")
        self.editorScroll.setWidgetResizable(True)
        self.editorScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editorScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editorHost = QWidget()
        self.editorHost.setObjectName(u"editorHost")
        self.editorHostLayout = QVBoxLayout(self.editorHost)
        self.editorHostLayout.setSpacing(6)
        self.editorHostLayout.setObjectName(u"editorHostLayout")
        self.editorHostLayout.setContentsMargins(0, 0, 0, 0)
        self.editorScroll.setWidget(self.editorHost)

        self.editorPageLayout.addWidget(self.editorScroll)

        self.editorStack.addWidget(self.editorPage)
        self.splitter.addWidget(self.editorStack)

        self.outer.addWidget(self.splitter)

        self.outer.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.roundLabel.setBuddy(self.roundCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FeedbackPage)
    # setupUi

    def retranslateUi(self, FeedbackPage):
        self.roundLabel.setText(QCoreApplication.translate("FeedbackPage", u"Round:", None))
#if QT_CONFIG(tooltip)
        self.roundCombo.setToolTip(QCoreApplication.translate("FeedbackPage", u"The feedback round shown", None))
#endif // QT_CONFIG(tooltip)
        self.numberLabel.setText(QCoreApplication.translate("FeedbackPage", u"No.", None))
#if QT_CONFIG(tooltip)
        self.roundNumberSpin.setToolTip(QCoreApplication.translate("FeedbackPage", u"The round's number", None))
#endif // QT_CONFIG(tooltip)
        self.titleLabel.setText(QCoreApplication.translate("FeedbackPage", u"Title:", None))
#if QT_CONFIG(tooltip)
        self.roundTitleEdit.setToolTip(QCoreApplication.translate("FeedbackPage", u"What the round asks feedback on", None))
#endif // QT_CONFIG(tooltip)
        self.dueLabel.setText(QCoreApplication.translate("FeedbackPage", u"Due:", None))
#if QT_CONFIG(tooltip)
        self.roundDueEdit.setToolTip(QCoreApplication.translate("FeedbackPage", u"Requests still waiting after this day are overdue", None))
#endif // QT_CONFIG(tooltip)
        self.addRoundButton.setText(QCoreApplication.translate("FeedbackPage", u"Add Round", None))
        self.deleteRoundButton.setText(QCoreApplication.translate("FeedbackPage", u"Delete Round", None))
        self.requestButton.setText(QCoreApplication.translate("FeedbackPage", u"Request Feedback for This Round", None))
#if QT_CONFIG(tooltip)
        self.requestButton.setToolTip(QCoreApplication.translate("FeedbackPage", u"Ask every trainee's supervisor and an instructor for feedback on the latest plan version (nothing is asked twice)", None))
#endif // QT_CONFIG(tooltip)
        self.exportFormsButton.setText(QCoreApplication.translate("FeedbackPage", u"Export Forms\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportFormsButton.setToolTip(QCoreApplication.translate("FeedbackPage", u"One Word form per supervisor, covering only their trainees", None))
#endif // QT_CONFIG(tooltip)
        self.importFormButton.setText(QCoreApplication.translate("FeedbackPage", u"Import Returned Form\u2026", None))
#if QT_CONFIG(tooltip)
        self.importFormButton.setToolTip(QCoreApplication.translate("FeedbackPage", u"Read a form a supervisor filled in and sent back (with a preview)", None))
#endif // QT_CONFIG(tooltip)
        self.overviewFilter.setPlaceholderText(QCoreApplication.translate("FeedbackPage", u"Filter by trainee, municipality or reviewer", None))
        self.openOnlyCheck.setText(QCoreApplication.translate("FeedbackPage", u"Waiting only", None))
#if QT_CONFIG(tooltip)
        self.openOnlyCheck.setToolTip(QCoreApplication.translate("FeedbackPage", u"Show only trainees with a request still waiting for comments", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.overviewView.setToolTip(QCoreApplication.translate("FeedbackPage", u"Click a cell to open that feedback", None))
#endif // QT_CONFIG(tooltip)
        self.editorHint.setText(QCoreApplication.translate("FeedbackPage", u"Click a cell of the grid to see and edit that reviewer's feedback.", None))
        self.requestHint.setText(QCoreApplication.translate("FeedbackPage", u"No feedback has been requested from this reviewer in this round.", None))
        self.reviewerLabel.setText(QCoreApplication.translate("FeedbackPage", u"Reviewer:", None))
        self.requestOneButton.setText(QCoreApplication.translate("FeedbackPage", u"Request", None))
        pass
    # retranslateUi
