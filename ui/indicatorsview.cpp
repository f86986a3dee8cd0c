// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorsview.h"

#include "caseexport.h"
#include "indicatorlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace MailTriage {

IndicatorsView::IndicatorsView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("indicatorsView"));
    m_model = new IndicatorListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::DisplayRole);

    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("indicatorsStatus"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("indicatorsFilter"));
    m_filter->setPlaceholderText(tr("Filter indicators"));
    m_filter->setClearButtonEnabled(true);
    m_copyDefangedButton = new QPushButton(tr("Copy &Defanged"), this);
    m_copyLiveButton = new QPushButton(tr("Copy &Live"), this);
    m_copyDefangedButton->setToolTip(tr("hxxp, [.] and [@]: safe to paste into a ticket or a mail (Ctrl+C)"));
    m_copyLiveButton->setToolTip(
        tr("The values as they are, for a block list (Ctrl+Shift+C); context entries (grey) are left out"));
    bar->addWidget(m_status, 1);
    bar->addWidget(m_filter);
    bar->addWidget(m_copyDefangedButton);
    bar->addWidget(m_copyLiveButton);
    layout->addLayout(bar);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("indicatorsTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the exports' order until the analyst sorts
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(IndicatorListModel::ValueColumn, QHeaderView::Stretch);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);

    m_copyDefanged = new QAction(tr("Copy Defanged"), this);
    m_copyDefanged->setShortcut(QKeySequence::Copy);
    m_copyDefanged->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyLive = new QAction(tr("Copy Live Values"), this);
    m_copyLive->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyLive->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_copyDefanged);
    m_view->addAction(m_copyLive);
    connect(m_copyDefanged, &QAction::triggered, this, [this] { copySelection(false); });
    connect(m_copyLive, &QAction::triggered, this, [this] { copySelection(true); });
    connect(m_copyDefangedButton, &QPushButton::clicked, this, [this] { copySelection(false); });
    connect(m_copyLiveButton, &QPushButton::clicked, this, [this] { copySelection(true); });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateState(); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QList<int> messages
            = m_proxy->mapToSource(index).data(IndicatorListModel::MessageIndexesRole).value<QList<int>>();
        if (!messages.isEmpty())
            Q_EMIT caseMessageRequested(messages.first());
    });

    m_watcher = new QFutureWatcher<std::shared_ptr<Result>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const std::shared_ptr<Result> r = m_watcher->result();
        if (!r || r->generation != m_generation)
            return; // a read of a case closed or changed since
        m_model->setIndicators(r->indicators);
        m_view->resizeColumnsToContents();
        m_view->horizontalHeader()->setSectionResizeMode(IndicatorListModel::ValueColumn, QHeaderView::Stretch);
        if (!r->error.isEmpty())
            m_status->setText(r->error);
        else if (r->indicators.isEmpty())
            m_status->setText(tr("No attacker indicators in this case."));
        else
            m_status->setText(
                tr("%n indicator(s) of the attacker, as the exports write them", nullptr, int(r->indicators.size())));
        updateState();
        Q_EMIT loaded();
    });
    clear();
}

IndicatorsView::~IndicatorsView()
{
    // The read holds nothing of this widget (its own copies, a shared flag): stop it, do not wait.
    m_cancel->store(true);
}

void IndicatorsView::load(const QString& location, const ParseWorkerPool::Options& options)
{
    // A read still running belongs to an older state of the case: stop it, its result is dropped.
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const int generation = ++m_generation;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    m_status->setText(tr("Reading the case…"));
    m_watcher->setFuture(QtConcurrent::run([location, options, cancel, generation]() -> std::shared_ptr<Result> {
        auto r = std::make_shared<Result>();
        r->generation = generation;
        QString error;
        const std::optional<CaseExport::Context> c = CaseExport::prepare(location, &error, options, cancel.get());
        if (cancel->load())
            return r;
        if (!c)
            r->error = error;
        else
            r->indicators = CaseExport::indicators(*c);
        return r;
    }));
    updateState();
}

void IndicatorsView::clear()
{
    m_cancel->store(true);
    ++m_generation;
    m_model->setIndicators({});
    m_status->setText(tr("No case open."));
    updateState();
}

bool IndicatorsView::isLoading() const
{
    return m_watcher->isRunning();
}

QString IndicatorsView::statusText() const
{
    return m_status->text();
}

QList<int> IndicatorsView::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        rows << m_proxy->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void IndicatorsView::copySelection(bool live)
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QApplication::clipboard()->setText(m_model->valuesText(rows, live));
}

void IndicatorsView::updateState()
{
    const bool any = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    for (QPushButton* b : { m_copyDefangedButton, m_copyLiveButton })
        b->setEnabled(any);
    m_copyDefanged->setEnabled(any);
    m_copyLive->setEnabled(any);
}

} // namespace MailTriage
