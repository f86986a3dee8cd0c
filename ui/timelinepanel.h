// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QToolButton;
class QLabel;

namespace MailTriage {

class TimelineView;

/// @brief The "Timeline" tab: the timeline view with its zoom and export actions and a legend.
class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget* parent = nullptr);

    TimelineView* view() const { return m_view; }
    QAction* zoomInAction() const { return m_zoomIn; }
    QAction* zoomOutAction() const { return m_zoomOut; }
    QAction* zoomFitAction() const { return m_zoomFit; }
    QAction* zoomResetAction() const { return m_zoomReset; }
    QAction* exportPngAction() const { return m_exportPng; }
    QAction* exportSvgAction() const { return m_exportSvg; }
    /// Puts the window's Export Report action beside the timeline's own exports.
    void setReportAction(QAction* action);

    /// Writes the whole figure; the format follows the suffix (.png or .svg).
    bool exportTo(const QString& path, QString* error);
    void setCaseTitle(const QString& title) { m_caseTitle = title; }

private:
    void exportInteractive(const QString& suffix);
    void updateStatus();

    TimelineView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_zoomIn = nullptr;
    QAction* m_zoomOut = nullptr;
    QAction* m_zoomFit = nullptr;
    QAction* m_zoomReset = nullptr;
    QAction* m_exportPng = nullptr;
    QAction* m_exportSvg = nullptr;
    QToolButton* m_reportButton = nullptr;
    QString m_caseTitle;
};

} // namespace MailTriage
