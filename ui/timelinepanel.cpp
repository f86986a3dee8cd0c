// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepanel.h"

#include "timelineexport.h"
#include "timelineview.h"
#include "uicolors.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace MailTriage {

namespace {
    QToolButton* toolButton(QAction* a, QWidget* parent)
    {
        auto* b = new QToolButton(parent);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
        return b;
    }
} // namespace

TimelinePanel::TimelinePanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);

    m_zoomIn = new QAction(tr("Zoom &In"), this);
    m_zoomIn->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) });
    m_zoomOut = new QAction(tr("Zoom &Out"), this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomFit = new QAction(tr("&Fit All"), this);
    m_zoomFit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    m_zoomReset = new QAction(tr("&Readable Size"), this);
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_exportPng = new QAction(tr("Export Timeline View as &PNG..."), this);
    m_exportPng->setIconText(tr("View as PNG..."));
    m_exportPng->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportSvg = new QAction(tr("Export Timeline View as &SVG..."), this);
    m_exportSvg->setIconText(tr("View as SVG..."));
    m_exportSvg->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_E));
    // These write the view as it is, real names included (an analyst's working picture); the
    // figure to share goes through the report's anonymized view (Export Report… > Timeline figure).
    for (QAction* a : { m_exportPng, m_exportSvg })
        a->setToolTip(tr("The timeline as shown here, with real names: for internal use. To share it, use "
                         "Export Report… and choose \"Timeline figure\" (anonymized)."));
    // Zooming belongs to the timeline (Ctrl+0 elsewhere means something else); the exports are in the
    // File menu and work from anywhere in the window.
    for (QAction* a : { m_zoomIn, m_zoomOut, m_zoomFit, m_zoomReset })
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({ m_zoomIn, m_zoomOut, m_zoomFit, m_zoomReset });
    for (QAction* a : { m_exportPng, m_exportSvg })
        a->setShortcutContext(Qt::WindowShortcut);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(toolButton(m_zoomIn, this));
    bar->addWidget(toolButton(m_zoomOut, this));
    bar->addWidget(toolButton(m_zoomFit, this));
    bar->addWidget(toolButton(m_zoomReset, this));
    bar->addSpacing(12);
    bar->addWidget(toolButton(m_exportPng, this));
    bar->addWidget(toolButton(m_exportSvg, this));
    m_reportButton = new QToolButton(this);
    m_reportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_reportButton->setAutoRaise(true);
    m_reportButton->hide(); // shown once the window gives it its Export Report action
    bar->addWidget(m_reportButton);
    bar->addSpacing(12);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("timelineLegend"));
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);

    m_view = new TimelineView(this);
    layout->addWidget(m_view, 1);

    connect(m_zoomIn, &QAction::triggered, m_view, &TimelineView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &TimelineView::zoomOut);
    connect(m_zoomFit, &QAction::triggered, m_view, &TimelineView::zoomToFit);
    connect(m_zoomReset, &QAction::triggered, m_view, &TimelineView::resetZoom);
    connect(m_exportPng, &QAction::triggered, this, [this] { exportInteractive(QStringLiteral("png")); });
    connect(m_exportSvg, &QAction::triggered, this, [this] { exportInteractive(QStringLiteral("svg")); });
    connect(m_view, &TimelineView::zoomChanged, this, [this] { updateStatus(); });
    updateStatus();
}

void TimelinePanel::setReportAction(QAction* action)
{
    m_reportButton->setDefaultAction(action);
    m_reportButton->show();
}

void TimelinePanel::updateStatus()
{
    QString detail;
    switch (m_view->painter().detail()) {
    case TimelinePainter::Detail::Full:
        detail = tr("full detail");
        break;
    case TimelinePainter::Detail::Line:
        detail = tr("one line per message");
        break;
    case TimelinePainter::Detail::Compact:
        detail = tr("arrows only, some time labels");
        break;
    case TimelinePainter::Detail::Cluster:
        detail = tr("clustered: several messages per arrow");
        break;
    }
    m_status->setText(tr("<span style=\"color:%1\">■</span> attacker messages · dotted line: more than 12 h between "
                         "messages · %2 · Ctrl+wheel zooms")
                          .arg(UiColors::attacker().name(), detail));
}

bool TimelinePanel::exportTo(const QString& path, QString* error)
{
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return TimelineExport::toSvg(m_view->painter(), path, m_caseTitle, error);
    return TimelineExport::toPng(m_view->painter(), path, error);
}

void TimelinePanel::exportInteractive(const QString& suffix)
{
    const QString filter = suffix == QLatin1String("svg") ? tr("SVG image (*.svg)") : tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export timeline"), QDir::home().filePath(QStringLiteral("timeline.") + suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export timeline"), error);
}

} // namespace MailTriage
