# Generated from forms/home_page.ui by scripts/build_forms.py; do not edit.
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QSizePolicy, QSplitter, QTreeView, QVBoxLayout,
    QWidget)

class Ui_HomePage(object):
    def setupUi(self, HomePage):
        if not HomePage.objectName():
            HomePage.setObjectName(u"HomePage")
        HomePage.resize(1040, 700)
        self.outer = QVBoxLayout(HomePage)
        self.outer.setSpacing(8)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(20, 14, 20, 14)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(16)
        self.headerRow.setObjectName(u"headerRow")
        self.titleColumn = QVBoxLayout()
        self.titleColumn.setSpacing(2)
        self.titleColumn.setObjectName(u"titleColumn")
        self.programmeName = QLabel(HomePage)
        self.programmeName.setObjectName(u"programmeName")
        self.programmeName.setText(u"\u2014")
        self.programmeName.setWordWrap(True)

        self.titleColumn.addWidget(self.programmeName)

        self.programmeDetails = QLabel(HomePage)
        self.programmeDetails.setObjectName(u"programmeDetails")
        self.programmeDetails.setText(u"\u2014")
        self.programmeDetails.setWordWrap(True)

        self.titleColumn.addWidget(self.programmeDetails)


        self.headerRow.addLayout(self.titleColumn)

        self.statsLabel = QLabel(HomePage)
        self.statsLabel.setObjectName(u"statsLabel")
        self.statsLabel.setText(u"")
        self.statsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.statsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerRow.addWidget(self.statsLabel)

        self.headerRow.setStretch(0, 1)

        self.outer.addLayout(self.headerRow)

        self.todayStatus = QLabel(HomePage)
        self.todayStatus.setObjectName(u"todayStatus")
        self.todayStatus.setText(u"\u2014")
        self.todayStatus.setWordWrap(True)

        self.outer.addWidget(self.todayStatus)

        self.timelineFrame = QFrame(HomePage)
        self.timelineFrame.setObjectName(u"timelineFrame")
        self.timelineFrame.setFrameShape(QFrame.Shape.NoFrame)
        self.timelineLayout = QVBoxLayout(self.timelineFrame)
        self.timelineLayout.setSpacing(0)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineLayout.setContentsMargins(0, 0, 0, 0)

        self.outer.addWidget(self.timelineFrame)

        self.mainSplitter = QSplitter(HomePage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.topSplitter = QSplitter(self.mainSplitter)
        self.topSplitter.setObjectName(u"topSplitter")
        self.topSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.topSplitter.setChildrenCollapsible(False)
        self.actionsBox = QGroupBox(self.topSplitter)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsLayout = QVBoxLayout(self.actionsBox)
        self.actionsLayout.setSpacing(4)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(6, 6, 6, 6)
        self.actionsView = QTreeView(self.actionsBox)
        self.actionsView.setObjectName(u"actionsView")
        self.actionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsView.setUniformRowHeights(True)
        self.actionsView.setWordWrap(False)
        self.actionsView.setMouseTracking(True)
        self.actionsView.header().setVisible(False)

        self.actionsLayout.addWidget(self.actionsView)

        self.actionsEmpty = QLabel(self.actionsBox)
        self.actionsEmpty.setObjectName(u"actionsEmpty")
        self.actionsEmpty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.actionsEmpty.setWordWrap(True)

        self.actionsLayout.addWidget(self.actionsEmpty)

        self.topSplitter.addWidget(self.actionsBox)
        self.progressBox = QGroupBox(self.topSplitter)
        self.progressBox.setObjectName(u"progressBox")
        self.progressGrid = QGridLayout(self.progressBox)
        self.progressGrid.setObjectName(u"progressGrid")
        self.progressGrid.setHorizontalSpacing(10)
        self.progressGrid.setVerticalSpacing(4)
        self.progressGrid.setContentsMargins(8, 6, 8, 6)
        self.topSplitter.addWidget(self.progressBox)
        self.mainSplitter.addWidget(self.topSplitter)
        self.chartsPanel = QWidget(self.mainSplitter)
        self.chartsPanel.setObjectName(u"chartsPanel")
        self.chartsLayout = QHBoxLayout(self.chartsPanel)
        self.chartsLayout.setSpacing(8)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setContentsMargins(0, 0, 0, 0)
        self.categoryChartBox = QGroupBox(self.chartsPanel)
        self.categoryChartBox.setObjectName(u"categoryChartBox")
        self.categoryChartLayout = QVBoxLayout(self.categoryChartBox)
        self.categoryChartLayout.setSpacing(0)
        self.categoryChartLayout.setObjectName(u"categoryChartLayout")
        self.categoryChartLayout.setContentsMargins(4, 4, 4, 4)

        self.chartsLayout.addWidget(self.categoryChartBox)

        self.hoursChartBox = QGroupBox(self.chartsPanel)
        self.hoursChartBox.setObjectName(u"hoursChartBox")
        self.hoursChartLayout = QVBoxLayout(self.hoursChartBox)
        self.hoursChartLayout.setSpacing(0)
        self.hoursChartLayout.setObjectName(u"hoursChartLayout")
        self.hoursChartLayout.setContentsMargins(4, 4, 4, 4)

        self.chartsLayout.addWidget(self.hoursChartBox)

        self.practiceChartBox = QGroupBox(self.chartsPanel)
        self.practiceChartBox.setObjectName(u"practiceChartBox")
        self.practiceChartLayout = QVBoxLayout(self.practiceChartBox)
        self.practiceChartLayout.setSpacing(0)
        self.practiceChartLayout.setObjectName(u"practiceChartLayout")
        self.practiceChartLayout.setContentsMargins(4, 4, 4, 4)

        self.chartsLayout.addWidget(self.practiceChartBox)

        self.mainSplitter.addWidget(self.chartsPanel)

        self.outer.addWidget(self.mainSplitter)

        self.outer.setStretch(3, 1)

        self.retranslateUi(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.actionsBox.setTitle(QCoreApplication.translate("HomePage", u"Next actions", None))
#if QT_CONFIG(tooltip)
        self.actionsView.setToolTip(QCoreApplication.translate("HomePage", u"Click an action to open the place where it is done", None))
#endif // QT_CONFIG(tooltip)
        self.actionsEmpty.setText(QCoreApplication.translate("HomePage", u"Nothing needs your attention today.", None))
        self.progressBox.setTitle(QCoreApplication.translate("HomePage", u"Progress by phase", None))
        self.categoryChartBox.setTitle(QCoreApplication.translate("HomePage", u"Issues by category", None))
        self.hoursChartBox.setTitle(QCoreApplication.translate("HomePage", u"Hours saved by municipality", None))
        self.practiceChartBox.setTitle(QCoreApplication.translate("HomePage", u"Practice progress", None))
        pass
    # retranslateUi
