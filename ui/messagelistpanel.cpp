// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelistpanel.h"

#include "casesession.h"
#include "messagefilterproxymodel.h"
#include "messagelistmodel.h"
#include "uitext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace MailTriage {

MessageListPanel::MessageListPanel(CaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_model = new MessageListModel(this);
    m_proxy = new MessageFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);
    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search subject, addresses, names and text (Ctrl+F)"));
    bar->addWidget(m_search, 3);
    auto addCombo = [&](const QString& label, const QString& name) {
        auto* l = new QLabel(label, this);
        auto* c = new QComboBox(this);
        c->setObjectName(name);
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        l->setBuddy(c);
        bar->addWidget(l);
        bar->addWidget(c);
        return c;
    };
    m_lane = addCombo(tr("&Party:"), QStringLiteral("laneFilter"));
    m_actor = addCombo(tr("&Actor:"), QStringLiteral("actorFilter"));
    m_signal = addCombo(tr("Si&gnal:"), QStringLiteral("signalFilter"));
    m_signal->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_signal->setMinimumContentsLength(16);
    m_severity = addCombo(tr("Se&verity:"), QStringLiteral("severityFilter"));
    m_severity->addItem(tr("Any"), -1);
    m_severity->addItem(tr("Low or higher"), int(Severity::Low));
    m_severity->addItem(tr("Medium or higher"), int(Severity::Medium));
    m_severity->addItem(tr("High"), int(Severity::High));
    m_clear = new QToolButton(this);
    m_clear->setText(tr("Clear Filters"));
    bar->addWidget(m_clear);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("messageCount"));
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("messageList"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->sortByColumn(MessageListModel::DateColumn, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &MessageListPanel::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &MessageListPanel::runSearch);
    connect(m_lane, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setLane(m_lane->currentData().toString());
        updateCount();
    });
    connect(m_actor, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setActor(m_actor->currentData().toString());
        updateCount();
    });
    connect(m_signal, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setSignal(m_signal->currentData().toString());
        updateCount();
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMinimumSeverity(m_severity->currentData().toInt());
        updateCount();
    });
    connect(m_clear, &QToolButton::clicked, this, &MessageListPanel::clearFilters);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (!current.isValid())
                return;
            Q_EMIT currentMessageChanged(current.data(MessageListModel::StoredIdRole).toLongLong(),
                current.data(MessageListModel::CaseIndexRole).toInt());
        });
    connect(m_session, &CaseSession::rowsChanged, this, [this] {
        const qint64 current = currentStoredId();
        m_model->setRows(m_session->rows());
        rebuildFilters();
        // Narrow columns fit their contents (bold attacker rows included) until the analyst
        // sizes columns themselves (a restored header state).
        if (!m_headerSized && m_model->rowCount() > 0) {
            for (int c : { MessageListModel::DateColumn, MessageListModel::LaneColumn, MessageListModel::ActorColumn,
                     MessageListModel::FindingsColumn, MessageListModel::CopiesColumn }) {
                m_view->resizeColumnToContents(c);
                m_view->setColumnWidth(c, m_view->columnWidth(c) + 8);
            }
            m_view->setColumnWidth(MessageListModel::FromColumn, 300);
            m_view->setColumnWidth(MessageListModel::SignalsColumn, 280);
        }
        if (current > 0)
            selectStoredId(current);
        if (!m_search->text().trimmed().isEmpty())
            runSearch();
        updateCount();
    });
    connect(m_session, &CaseSession::caseClosed, this, [this] {
        m_search->clear();
        clearFilters();
    });
    rebuildFilters();
    updateCount();
}

void MessageListPanel::rebuildFilters()
{
    const QString lane = m_lane->currentData().toString();
    const QString actor = m_actor->currentData().toString();
    const QString signal = m_signal->currentData().toString();
    const QSignalBlocker b1(m_lane);
    const QSignalBlocker b2(m_actor);
    const QSignalBlocker b3(m_signal);
    m_lane->clear();
    m_actor->clear();
    m_signal->clear();
    m_lane->addItem(tr("All"), QString());
    m_actor->addItem(tr("All"), QString());
    m_signal->addItem(tr("All"), QString());
    m_signal->addItem(tr("Any finding"), QStringLiteral("*"));
    QStringList lanes;
    QStringList signalIds;
    bool actors[3] = { false, false, false };
    for (const MessageRow& r : m_model->rows()) {
        if (!r.lane.isEmpty() && !lanes.contains(r.lane))
            lanes << r.lane;
        for (const QString& s : r.signalIds) {
            if (!signalIds.contains(s))
                signalIds << s;
        }
        actors[0] = actors[0] || r.actor == QLatin1String("party");
        actors[1] = actors[1] || r.actor == QLatin1String("attacker");
        actors[2] = actors[2] || r.actor == QLatin1String("unknown");
    }
    std::sort(lanes.begin(), lanes.end(), [](const QString& a, const QString& b) {
        // Parties first (A, B, ...), then X and ?.
        auto rank = [](const QString& s) { return s == QLatin1String("X") ? 1 : s == QLatin1String("?") ? 2 : 0; };
        return std::make_pair(rank(a), a) < std::make_pair(rank(b), b);
    });
    for (const QString& l : std::as_const(lanes))
        m_lane->addItem(UiText::lane(l), l);
    const char* const actorIds[3] = { "party", "attacker", "unknown" };
    for (int i = 0; i < 3; ++i) {
        if (actors[i])
            m_actor->addItem(UiText::actor(QLatin1String(actorIds[i])), QLatin1String(actorIds[i]));
    }
    std::sort(signalIds.begin(), signalIds.end());
    for (const QString& s : std::as_const(signalIds)) {
        m_signal->addItem(UiText::signalTitle(s), s);
        m_signal->setItemData(m_signal->count() - 1, s, Qt::ToolTipRole);
    }
    m_lane->setCurrentIndex(std::max(0, m_lane->findData(lane)));
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(actor)));
    m_signal->setCurrentIndex(std::max(0, m_signal->findData(signal)));
    m_proxy->setLane(m_lane->currentData().toString());
    m_proxy->setActor(m_actor->currentData().toString());
    m_proxy->setSignal(m_signal->currentData().toString());
}

void MessageListPanel::updateCount()
{
    m_count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void MessageListPanel::runSearch()
{
    m_searchTimer->stop();
    const QString q = m_search->text().trimmed();
    if (q.isEmpty()) {
        m_proxy->setSearchResult(std::nullopt);
    } else {
        m_proxy->setSearchResult(m_session->search(q));
    }
    updateCount();
}

void MessageListPanel::clearFilters()
{
    m_search->clear();
    m_searchTimer->stop();
    m_lane->setCurrentIndex(0);
    m_actor->setCurrentIndex(0);
    m_signal->setCurrentIndex(0);
    m_severity->setCurrentIndex(0);
    m_proxy->clearFilters();
    updateCount();
}

void MessageListPanel::setSignalFilter(const QString& signal)
{
    const int i = m_signal->findData(signal);
    if (i >= 0)
        m_signal->setCurrentIndex(i);
}

void MessageListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MessageListPanel::focusList()
{
    m_view->setFocus(Qt::ShortcutFocusReason);
}

qint64 MessageListPanel::currentStoredId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(MessageListModel::StoredIdRole).toLongLong() : 0;
}

int MessageListPanel::currentCaseIndex() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(MessageListModel::CaseIndexRole).toInt() : -1;
}

bool MessageListPanel::selectSourceRow(int row)
{
    if (row < 0)
        return false;
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!proxyIndex.isValid()) {
        clearFilters();
        proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!proxyIndex.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(proxyIndex);
    return true;
}

bool MessageListPanel::selectCaseIndex(int caseIndex)
{
    return selectSourceRow(m_model->rowOfCaseIndex(caseIndex));
}

bool MessageListPanel::selectStoredId(qint64 storedId)
{
    return selectSourceRow(m_model->rowOfStoredId(storedId));
}

QByteArray MessageListPanel::saveHeaderState() const
{
    return m_view->header()->saveState();
}

void MessageListPanel::restoreHeaderState(const QByteArray& state)
{
    if (!state.isEmpty() && m_view->header()->restoreState(state))
        m_headerSized = true;
}

} // namespace MailTriage
