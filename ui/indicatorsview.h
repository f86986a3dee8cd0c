// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "anonymizer.h"
#include "parseworkerpool.h"

#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace MailTriage {

class IndicatorListModel;

/// @brief The Indicators tab: every attacker indicator of the case (addresses, domains, IPs, URLs,
/// attachment hashes, bank accounts, telephone numbers) with what it was, how many messages carried
/// it, first and last seen. Copy one or a selection defanged (Ctrl+C) or live (Ctrl+Shift+C);
/// double-click shows the first message it came from. The list is the one the exports write
/// (CaseExport::indicators), read in the background from the case.
class IndicatorsView : public QWidget {
    Q_OBJECT
public:
    explicit IndicatorsView(QWidget* parent = nullptr);
    ~IndicatorsView() override;

    /// Reads the case at @p location again (every message in full) and lists its indicators.
    void load(const QString& location, const ParseWorkerPool::Options& options);
    void clear();
    bool isLoading() const;

    IndicatorListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QAction* copyDefangedAction() const { return m_copyDefanged; }
    QAction* copyLiveAction() const { return m_copyLive; }
    QString statusText() const;

Q_SIGNALS:
    /// The analyst asked for a message an indicator came from (an index in CaseAnalysis::messages).
    void caseMessageRequested(int caseIndex);
    void loaded();

private:
    void copySelection(bool live);
    QList<int> selectedRows() const;
    void updateState();

    struct Result {
        QList<Indicator> indicators;
        QString error;
        int generation = 0;
    };
    IndicatorListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QLineEdit* m_filter = nullptr;
    QPushButton* m_copyDefangedButton = nullptr;
    QPushButton* m_copyLiveButton = nullptr;
    QAction* m_copyDefanged = nullptr;
    QAction* m_copyLive = nullptr;
    QFutureWatcher<std::shared_ptr<Result>>* m_watcher = nullptr;
    int m_generation = 0; ///< the read whose result is shown; older results are dropped
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
};

} // namespace MailTriage
