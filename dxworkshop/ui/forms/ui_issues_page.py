# Generated from forms/issues_page.ui by scripts/build_forms.py; do not edit.
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QPushButton, QScrollArea, QSizePolicy,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_IssuesPage(object):
    def setupUi(self, IssuesPage):
        if not IssuesPage.objectName():
            IssuesPage.setObjectName(u"IssuesPage")
        IssuesPage.resize(1100, 720)
        self.outer = QVBoxLayout(IssuesPage)
        self.outer.setSpacing(8)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(16, 12, 16, 12)
        self.entryFrame = QFrame(IssuesPage)
        self.entryFrame.setObjectName(u"entryFrame")
        self.entryFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.entryRow = QHBoxLayout(self.entryFrame)
        self.entryRow.setSpacing(8)
        self.entryRow.setObjectName(u"entryRow")
        self.entryRow.setContentsMargins(12, 8, 12, 8)
        self.entryLabel = QLabel(self.entryFrame)
        self.entryLabel.setObjectName(u"entryLabel")

        self.entryRow.addWidget(self.entryLabel)

        self.titleEdit = QLineEdit(self.entryFrame)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setClearButtonEnabled(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(3)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.titleEdit.sizePolicy().hasHeightForWidth())
        self.titleEdit.setSizePolicy(sizePolicy)

        self.entryRow.addWidget(self.titleEdit)

        self.ownerLabel = QLabel(self.entryFrame)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.entryRow.addWidget(self.ownerLabel)

        self.ownerCombo = QComboBox(self.entryFrame)
        self.ownerCombo.setObjectName(u"ownerCombo")
        self.ownerCombo.setEditable(True)
        self.ownerCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.ownerCombo.setMaxVisibleItems(20)
        self.ownerCombo.setMinimumSize(QSize(210, 0))

        self.entryRow.addWidget(self.ownerCombo)

        self.addButton = QPushButton(self.entryFrame)
        self.addButton.setObjectName(u"addButton")
        self.addButton.setAutoDefault(False)

        self.entryRow.addWidget(self.addButton)


        self.outer.addWidget(self.entryFrame)

        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(6)
        self.filterRow.setObjectName(u"filterRow")
        self.filterEdit = QLineEdit(IssuesPage)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(2)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.filterEdit.sizePolicy().hasHeightForWidth())
        self.filterEdit.setSizePolicy(sizePolicy1)

        self.filterRow.addWidget(self.filterEdit)

        self.municipalityFilter = QComboBox(IssuesPage)
        self.municipalityFilter.setObjectName(u"municipalityFilter")
        self.municipalityFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.municipalityFilter)

        self.groupFilter = QComboBox(IssuesPage)
        self.groupFilter.setObjectName(u"groupFilter")
        self.groupFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.groupFilter)

        self.ownerFilter = QComboBox(IssuesPage)
        self.ownerFilter.setObjectName(u"ownerFilter")
        self.ownerFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.ownerFilter.setMaxVisibleItems(20)

        self.filterRow.addWidget(self.ownerFilter)

        self.categoryFilter = QComboBox(IssuesPage)
        self.categoryFilter.setObjectName(u"categoryFilter")
        self.categoryFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.categoryFilter)

        self.statusFilter = QComboBox(IssuesPage)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.statusFilter)


        self.outer.addLayout(self.filterRow)

        self.messageLabel = QLabel(IssuesPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)

        self.splitter = QSplitter(IssuesPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy2)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.tableTab = QWidget()
        self.tableTab.setObjectName(u"tableTab")
        self.tableLayout = QVBoxLayout(self.tableTab)
        self.tableLayout.setObjectName(u"tableLayout")
        self.tableLayout.setContentsMargins(0, 8, 0, 0)
        self.tableView = QTableView(self.tableTab)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.tableLayout.addWidget(self.tableView)

        self.tabs.addTab(self.tableTab, "")
        self.cardsTab = QWidget()
        self.cardsTab.setObjectName(u"cardsTab")
        self.cardsLayout = QVBoxLayout(self.cardsTab)
        self.cardsLayout.setObjectName(u"cardsLayout")
        self.cardsLayout.setContentsMargins(0, 8, 0, 0)
        self.cardView = QListView(self.cardsTab)
        self.cardView.setObjectName(u"cardView")
        self.cardView.setViewMode(QListView.ViewMode.IconMode)
        self.cardView.setMovement(QListView.Movement.Static)
        self.cardView.setResizeMode(QListView.ResizeMode.Adjust)
        self.cardView.setUniformItemSizes(True)
        self.cardView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.cardView.setWordWrap(True)
        self.cardView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cardView.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.cardsLayout.addWidget(self.cardView)

        self.tabs.addTab(self.cardsTab, "")
        self.boardTab = QWidget()
        self.boardTab.setObjectName(u"boardTab")
        self.boardLayout = QVBoxLayout(self.boardTab)
        self.boardLayout.setSpacing(6)
        self.boardLayout.setObjectName(u"boardLayout")
        self.boardLayout.setContentsMargins(0, 8, 0, 0)
        self.boardBar = QHBoxLayout()
        self.boardBar.setSpacing(6)
        self.boardBar.setObjectName(u"boardBar")
        self.newGroupButton = QPushButton(self.boardTab)
        self.newGroupButton.setObjectName(u"newGroupButton")

        self.boardBar.addWidget(self.newGroupButton)

        self.arrangeButton = QPushButton(self.boardTab)
        self.arrangeButton.setObjectName(u"arrangeButton")

        self.boardBar.addWidget(self.arrangeButton)

        self.fitButton = QPushButton(self.boardTab)
        self.fitButton.setObjectName(u"fitButton")

        self.boardBar.addWidget(self.fitButton)

        self.boardHint = QLabel(self.boardTab)
        self.boardHint.setObjectName(u"boardHint")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        sizePolicy3.setHorizontalStretch(1)
        sizePolicy3.setVerticalStretch(0)
        sizePolicy3.setHeightForWidth(self.boardHint.sizePolicy().hasHeightForWidth())
        self.boardHint.setSizePolicy(sizePolicy3)

        self.boardBar.addWidget(self.boardHint)

        self.detailsButton = QPushButton(self.boardTab)
        self.detailsButton.setObjectName(u"detailsButton")
        self.detailsButton.setCheckable(True)

        self.boardBar.addWidget(self.detailsButton)

        self.presentButton = QPushButton(self.boardTab)
        self.presentButton.setObjectName(u"presentButton")

        self.boardBar.addWidget(self.presentButton)


        self.boardLayout.addLayout(self.boardBar)

        self.boardHost = QWidget(self.boardTab)
        self.boardHost.setObjectName(u"boardHost")
        sizePolicy2.setHeightForWidth(self.boardHost.sizePolicy().hasHeightForWidth())
        self.boardHost.setSizePolicy(sizePolicy2)
        self.boardHostLayout = QVBoxLayout(self.boardHost)
        self.boardHostLayout.setObjectName(u"boardHostLayout")
        self.boardHostLayout.setContentsMargins(0, 0, 0, 0)

        self.boardLayout.addWidget(self.boardHost)

        self.tabs.addTab(self.boardTab, "")
        self.splitter.addWidget(self.tabs)
        self.editorScroll = QScrollArea(self.splitter)
        self.editorScroll.setObjectName(u"editorScroll")
        self.editorScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editorScroll.setWidgetResizable(True)
        self.editorScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editorScroll.setMinimumSize(QSize(300, 0))
        self.editorHost = QWidget()
        self.editorHost.setObjectName(u"editorHost")
        self.editorHostLayout = QVBoxLayout(self.editorHost)
        self.editorHostLayout.setObjectName(u"editorHostLayout")
        self.editorHostLayout.setContentsMargins(8, 8, 0, 0)
        self.editorScroll.setWidget(self.editorHost)
        self.splitter.addWidget(self.editorScroll)

        self.outer.addWidget(self.splitter)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setSpacing(8)
        self.bottomRow.setObjectName(u"bottomRow")
        self.deleteButton = QPushButton(IssuesPage)
        self.deleteButton.setObjectName(u"deleteButton")

        self.bottomRow.addWidget(self.deleteButton)

        self.countLabel = QLabel(IssuesPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"\u2014")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        sizePolicy4 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy4.setHorizontalStretch(1)
        sizePolicy4.setVerticalStretch(0)
        sizePolicy4.setHeightForWidth(self.countLabel.sizePolicy().hasHeightForWidth())
        self.countLabel.setSizePolicy(sizePolicy4)

        self.bottomRow.addWidget(self.countLabel)


        self.outer.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.entryLabel.setBuddy(self.titleEdit)
        self.ownerLabel.setBuddy(self.ownerCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.addButton)
        QWidget.setTabOrder(self.addButton, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.municipalityFilter)
        QWidget.setTabOrder(self.municipalityFilter, self.groupFilter)
        QWidget.setTabOrder(self.groupFilter, self.ownerFilter)
        QWidget.setTabOrder(self.ownerFilter, self.categoryFilter)
        QWidget.setTabOrder(self.categoryFilter, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.tabs)
        QWidget.setTabOrder(self.tabs, self.tableView)
        QWidget.setTabOrder(self.tableView, self.cardView)

        self.retranslateUi(IssuesPage)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, IssuesPage):
        self.entryLabel.setText(QCoreApplication.translate("IssuesPage", u"&New card:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("IssuesPage", u"Type an issue and press Enter; the next card is ready at once", None))
        self.ownerLabel.setText(QCoreApplication.translate("IssuesPage", u"&Owner:", None))
#if QT_CONFIG(tooltip)
        self.ownerCombo.setToolTip(QCoreApplication.translate("IssuesPage", u"Whose issue this is: the facilitator can write cards for any trainee", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("IssuesPage", u"Add", None))
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("IssuesPage", u"Filter by words in the title, process, owner\u2026", None))
#if QT_CONFIG(tooltip)
        self.municipalityFilter.setToolTip(QCoreApplication.translate("IssuesPage", u"Show only the cards of this municipality", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.groupFilter.setToolTip(QCoreApplication.translate("IssuesPage", u"Show only the cards of this group", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.ownerFilter.setToolTip(QCoreApplication.translate("IssuesPage", u"Show only the cards of this trainee", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.categoryFilter.setToolTip(QCoreApplication.translate("IssuesPage", u"Show only the cards of this category", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.statusFilter.setToolTip(QCoreApplication.translate("IssuesPage", u"Show only the cards with this status", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.tableTab), QCoreApplication.translate("IssuesPage", u"Table", None))
        self.tabs.setTabText(self.tabs.indexOf(self.cardsTab), QCoreApplication.translate("IssuesPage", u"Cards", None))
        self.newGroupButton.setText(QCoreApplication.translate("IssuesPage", u"New Group", None))
#if QT_CONFIG(tooltip)
        self.newGroupButton.setToolTip(QCoreApplication.translate("IssuesPage", u"Make a group of the selected cards (or an empty group)", None))
#endif // QT_CONFIG(tooltip)
        self.arrangeButton.setText(QCoreApplication.translate("IssuesPage", u"Tidy Up", None))
#if QT_CONFIG(tooltip)
        self.arrangeButton.setToolTip(QCoreApplication.translate("IssuesPage", u"Lay out every group and card neatly (undoable)", None))
#endif // QT_CONFIG(tooltip)
        self.fitButton.setText(QCoreApplication.translate("IssuesPage", u"Fit", None))
#if QT_CONFIG(tooltip)
        self.fitButton.setToolTip(QCoreApplication.translate("IssuesPage", u"Show the whole board (Ctrl+0)", None))
#endif // QT_CONFIG(tooltip)
        self.boardHint.setText(QCoreApplication.translate("IssuesPage", u"Drag a card onto another to make a group; double-click a label to rename it.", None))
        self.detailsButton.setText(QCoreApplication.translate("IssuesPage", u"Card Details", None))
#if QT_CONFIG(tooltip)
        self.detailsButton.setToolTip(QCoreApplication.translate("IssuesPage", u"Show the editor of the selected card beside the board (double-click a card)", None))
#endif // QT_CONFIG(tooltip)
        self.presentButton.setText(QCoreApplication.translate("IssuesPage", u"Presentation Mode", None))
#if QT_CONFIG(tooltip)
        self.presentButton.setToolTip(QCoreApplication.translate("IssuesPage", u"Show the board full screen on the projector or large display (Esc to leave)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.boardTab), QCoreApplication.translate("IssuesPage", u"Affinity Board (KJ)", None))
        self.deleteButton.setText(QCoreApplication.translate("IssuesPage", u"Delete", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("IssuesPage", u"Delete the selected cards (undoable)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
