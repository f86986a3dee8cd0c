// SPDX-License-Identifier: GPL-3.0-or-later
#include "casesession.h"

#include "caseanalysisprocess.h"
#include "caseanalyzer.h"
#include "importcontroller.h"
#include "messagesource.h"
#include "serialization.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>
#include <QtConcurrent>
#include <algorithm>
#include <thread>

namespace MailTriage {

namespace {
    void addSignals(const QList<Finding>& findings, MessageRow& row)
    {
        row.findingCount = int(findings.size());
        for (const Finding& f : findings) {
            if (!row.signalIds.contains(f.signal))
                row.signalIds << f.signal;
            row.maxSeverity = std::max(row.maxSeverity, int(f.severity));
        }
    }

    /// The stored ids the rows of a case analysis show (its messages' copies).
    QSet<qint64> coveredIds(const QList<MessageRow>& rows)
    {
        QSet<qint64> covered;
        for (const MessageRow& r : rows) {
            for (qint64 id : r.copyIds)
                covered.insert(id);
        }
        return covered;
    }

    MessageRow rowOfStored(const StoredMessage& s)
    {
        MessageRow r;
        r.storedId = s.id;
        r.copyIds = { s.id };
        r.sha256 = s.sha256;
        r.messageId = s.messageId;
        r.date = s.date;
        r.subject = s.subject;
        r.from = s.from;
        r.to = s.to + s.cc;
        r.findingCount = s.findingCount;
        r.sources = { s.sourcePath };
        return r;
    }

} // namespace

CaseSession::CaseSession(QObject* parent)
    : QObject(parent)
{
    m_loadWatcher = new QFutureWatcher<LoadResult>(this);
    connect(m_loadWatcher, &QFutureWatcherBase::finished, this, &CaseSession::finishLoad);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &CaseSession::pollLoad);
    m_import = new ImportController(this);
    connect(m_import, &ImportController::finished, this, [this] {
        refreshInfo();
        reload();
    });
}

CaseSession::~CaseSession()
{
    if (m_loadState)
        m_loadState->cancel = true;
    if (m_loadWatcher->isRunning())
        m_loadWatcher->waitForFinished();
}

ActorOverrides CaseSession::verdictsOf(CaseStore& store)
{
    ActorOverrides o;
    for (const ActorOverride& v : store.actorOverrides())
        o.insert(v.messageKey, v.actor);
    return o;
}

void CaseSession::clearCaseState()
{
    m_rows.clear();
    m_analysis.reset();
    m_analysisWasStored = false;
    m_loadErrors.clear();
    m_signalCounts.clear();
    m_signalSeverities.clear();
    m_storedCount = 0;
}

QByteArray CaseSession::analysisKey(qint64 revision)
{
    return caseAnalysisRevision() + "/state" + QByteArray::number(revision);
}

bool CaseSession::isReadOnly() const
{
    return m_store && m_store->isReadOnly();
}

QString CaseSession::location() const
{
    return m_store ? m_store->location() : QString();
}

bool CaseSession::adopt(std::unique_ptr<CaseStore> store, std::unique_ptr<CaseLock> lock, QString* error)
{
    Q_UNUSED(error);
    m_store = std::move(store);
    m_lock = std::move(lock);
    m_info = m_store->caseInfo();
    m_verdicts = verdictsOf(*m_store);
    clearCaseState();
    Q_EMIT caseOpened();
    Q_EMIT infoChanged();
    Q_EMIT rowsChanged();
    Q_EMIT analysisChanged();
    return true;
}

bool CaseSession::openCase(const QString& location, QString* error, Access access)
{
    closeCase();
    StoreError e;
    std::unique_ptr<CaseLock> lock;
    CaseStore::OpenMode mode = CaseStore::OpenMode::ReadOnly;
    m_readOnlyReason.clear();
    if (access == Access::Write) {
        lock = std::make_unique<CaseLock>(location);
        switch (lock->tryLock()) {
        case CaseLock::Result::Locked:
            mode = CaseStore::OpenMode::ReadWrite;
            break;
        case CaseLock::Result::HeldElsewhere:
            m_readOnlyReason = tr("The case is open in %1: it is shown read-only.").arg(lock->holder());
            lock.reset();
            break;
        case CaseLock::Result::Unavailable:
            mode = CaseStore::OpenMode::ReadWrite; // the store finds out whether it can write
            lock.reset();
            break;
        }
    }
    std::unique_ptr<CaseStore> store = CaseStore::open(location, mode, &e);
    if (!store && access == Access::Read && e.code == StoreError::Code::NeedsUpgrade)
        return openCase(location, error, Access::Write); // an older case is upgraded once, by whoever may write it
    if (!store && mode == CaseStore::OpenMode::ReadWrite && e.code == StoreError::Code::ReadOnly) {
        store = CaseStore::open(location, CaseStore::OpenMode::ReadOnly, &e);
        lock.reset();
        if (store)
            m_readOnlyReason = tr("The case file cannot be written here: it is shown read-only.");
    }
    m_openError = e;
    if (!store) {
        if (error)
            *error = e.message;
        m_readOnlyReason.clear();
        return false;
    }
    return adopt(std::move(store), std::move(lock), error);
}

bool CaseSession::createCase(const QString& location, const QString& title, QString* error)
{
    closeCase();
    m_readOnlyReason.clear();
    auto lock = std::make_unique<CaseLock>(location);
    if (lock->tryLock() == CaseLock::Result::HeldElsewhere) {
        m_openError
            = { StoreError::Code::Busy, tr("%1 is being created or used by %2.").arg(location, lock->holder()) };
        if (error)
            *error = m_openError.message;
        return false;
    }
    StoreError e;
    std::unique_ptr<CaseStore> store = CaseStore::create(location, title, &e);
    m_openError = e;
    if (!store) {
        if (error)
            *error = e.message;
        return false;
    }
    return adopt(std::move(store), std::move(lock), error);
}

void CaseSession::closeCase()
{
    if (m_import->isRunning()) {
        m_import->cancel();
        m_import->waitForFinished();
    }
    if (m_loadState)
        m_loadState->cancel = true;
    ++m_generation;
    if (m_loadWatcher->isRunning())
        m_loadWatcher->waitForFinished(); // its connection must close before the lock goes
    if (!m_store)
        return;
    m_store.reset();
    m_lock.reset();
    m_readOnlyReason.clear();
    m_info = CaseInfo();
    m_verdicts.clear();
    clearCaseState();
    if (m_loading) {
        m_loading = false;
        m_progressTimer->stop();
        Q_EMIT loadingChanged(false);
    }
    Q_EMIT rowsChanged();
    Q_EMIT analysisChanged();
    Q_EMIT caseClosed();
}

bool CaseSession::applyUpdate(const CaseUpdate& update, QString* error)
{
    if (!m_store) {
        if (error)
            *error = tr("No case is open.");
        return false;
    }
    if (m_store->isReadOnly()) {
        if (error)
            *error = m_readOnlyReason.isEmpty() ? tr("The case is open read-only.") : m_readOnlyReason;
        return false;
    }
    if (!m_store->updateCaseInfo(update)) {
        const QString message = tr("The change could not be saved: %1").arg(m_store->lastError().message);
        if (error)
            *error = message;
        Q_EMIT errorOccurred(message);
        return false;
    }
    refreshInfo();
    return true;
}

void CaseSession::refreshInfo()
{
    if (!m_store)
        return;
    m_info = m_store->caseInfo();
    Q_EMIT infoChanged();
}

bool CaseSession::setActorVerdict(const QString& messageKey, const QString& actor, QString* error, bool reloadAfter)
{
    if (!m_store || m_store->isReadOnly()) {
        if (error)
            *error = !m_store                ? tr("No case is open.")
                : m_readOnlyReason.isEmpty() ? tr("The case is open read-only.")
                                             : m_readOnlyReason;
        return false;
    }
    QString label = messageKey;
    if (m_analysis) {
        for (const CaseMessage& cm : m_analysis->messages) {
            if (cm.key == messageKey) {
                label = cm.message.messageId.isEmpty() ? cm.message.subject : cm.message.messageId;
                break;
            }
        }
    }
    if (!m_store->setActorOverride(messageKey, actor, label)) {
        const QString message = tr("The verdict could not be saved: %1").arg(m_store->lastError().message);
        if (error)
            *error = message;
        Q_EMIT errorOccurred(message);
        return false;
    }
    if (actor.isEmpty())
        m_verdicts.remove(messageKey);
    else
        m_verdicts.insert(messageKey, actor);
    Q_EMIT verdictsChanged();
    if (reloadAfter)
        reload();
    return true;
}

QString CaseSession::actorVerdict(const QString& messageKey) const
{
    return m_verdicts.value(messageKey);
}

PseudonymMap CaseSession::savedPseudonymMap() const
{
    if (!m_store)
        return {};
    const QByteArray json = m_store->pseudonymMap();
    if (json.isEmpty())
        return {};
    return PseudonymMap::fromJson(json).value_or(PseudonymMap());
}

bool CaseSession::savePseudonymMap(const PseudonymMap& map, QString* error)
{
    if (!m_store || m_store->isReadOnly()) {
        if (error)
            *error = !m_store ? tr("No case is open.")
                              : tr("The case is open read-only: the map cannot be saved with it.");
        return false;
    }
    if (!m_store->setPseudonymMap(map.isEmpty() ? QByteArray() : map.toJson())) {
        if (error)
            *error = tr("The pseudonym map could not be saved: %1").arg(m_store->lastError().message);
        return false;
    }
    return true;
}

bool CaseSession::startImport(const QStringList& paths, QString* error)
{
    if (!m_store || m_store->isReadOnly()) {
        if (error)
            *error = !m_store                ? tr("No case is open.")
                : m_readOnlyReason.isEmpty() ? tr("The case is open read-only.")
                                             : m_readOnlyReason;
        return false;
    }
    if (!m_import->start(m_store->location(), paths)) {
        if (error)
            *error = tr("An import is already running.");
        return false;
    }
    return true;
}

ImportSummary CaseSession::importNow(const QStringList& paths, const ImportOptions& options,
    const std::function<void(const ImportProgress&)>& progress, int progressIntervalMs, const std::atomic<bool>* cancel)
{
    ImportSummary s;
    if (!m_store || m_store->isReadOnly()) {
        s.fatalError = !m_store          ? tr("No case is open.")
            : m_readOnlyReason.isEmpty() ? tr("The case is open read-only.")
                                         : m_readOnlyReason;
        return s;
    }
    Importer importer(*m_store, options);
    if (progress)
        importer.setProgressCallback(progress, progressIntervalMs);
    s = importer.run(paths, cancel);
    m_info = m_store->caseInfo();
    return s;
}

QSet<qint64> CaseSession::search(const QString& query, QString* error)
{
    QSet<qint64> ids;
    if (!m_store)
        return ids;
    const QList<SearchHit> hits = m_store->search().search(query, -1);
    for (const SearchHit& h : hits)
        ids.insert(h.message.id);
    if (hits.isEmpty() && m_store->lastError().isError() && error)
        *error = m_store->lastError().message;
    return ids;
}

void CaseSession::reload()
{
    if (!m_store)
        return;
    if (m_loadState)
        m_loadState->cancel = true;
    const quint64 generation = ++m_generation;
    m_loadState = std::make_shared<LoadState>();
    const QString location = m_store->location();
    const std::shared_ptr<LoadState> state = m_loadState;
    const bool storeResult = !m_store->isReadOnly();
    const ParseWorkerPool::Options options = m_workerOptions;
    m_loadWatcher->setFuture(QtConcurrent::run([location, storeResult, options, generation, state] {
        return load(location, storeResult, options, generation, state);
    }));
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    m_progressTimer->start();
}

bool CaseSession::loadNow(QString* error)
{
    if (!m_store) {
        if (error)
            *error = tr("No case is open.");
        return false;
    }
    if (m_loading)
        waitForLoad();
    auto state = std::make_shared<LoadState>();
    const LoadResult result = load(m_store->location(), !m_store->isReadOnly(), m_workerOptions, ++m_generation, state);
    if (!result.error.isEmpty()) {
        if (error)
            *error = result.error;
        return false;
    }
    adoptLoad(result);
    return true;
}

void CaseSession::waitForLoad()
{
    while (m_loading) {
        m_loadWatcher->waitForFinished();
        QCoreApplication::sendPostedEvents(m_loadWatcher);
        QCoreApplication::processEvents();
    }
}

CaseSession::LoadResult CaseSession::load(const QString& location, bool storeResult,
    const ParseWorkerPool::Options& options, quint64 generation, const std::shared_ptr<LoadState>& state)
{
    LoadResult result;
    result.generation = generation;
    StoreError e;
    std::unique_ptr<CaseStore> store = CaseStore::open(location, CaseStore::OpenMode::ReadOnly, &e);
    if (!store) {
        result.error = e.message;
        return result;
    }
    // The case analysis stored for this case state: the rows come from it, without listing (and
    // parsing) every stored row.
    const qint64 revision = store->stateRevision();
    const QByteArray key = analysisKey(revision);
    auto analysis = std::make_shared<CaseAnalysis>();
    const QByteArray storedAnalysis = store->storedAnalysis(key);
    if (!storedAnalysis.isEmpty() && deserializeCaseAnalysis(storedAnalysis, analysis.get())) {
        result.fromStore = true;
        // The copies carry their stored ids (they cannot change within a case state): the rows
        // need no look-up, unless a stored message is not among them (its original could not be
        // read when the analysis was made), which the count shows.
        buildRows(*analysis, &result);
        QSet<qint64> covered = coveredIds(result.rows);
        result.storedCount = store->messages().count();
        if (result.storedCount != covered.size()) {
            const QHash<QByteArray, qint64> ids = store->messages().idsBySha256();
            result.storedCount = ids.size();
            // Copies without their id (never written so, but the blob is data): look them up.
            if (CaseAnalyzer::assignStoredIds(*analysis, ids)) {
                result.rows.clear();
                result.counts.clear();
                result.severities.clear();
                buildRows(*analysis, &result);
                covered = coveredIds(result.rows);
            }
            for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
                if (!covered.contains(it.value())) {
                    if (const std::optional<StoredMessage> s = store->messages().find(it.value()))
                        result.rows.append(rowOfStored(*s));
                }
            }
        }
        state->total = state->done = int(result.storedCount);
        result.analysis = std::move(analysis);
        return result;
    }

    // Otherwise: the stored messages are listed at once, then analysed (and the analysis stored).
    const QList<StoredMessage> stored = store->messages().list();
    result.storedCount = stored.size();
    state->total = int(stored.size());
    {
        QList<MessageRow> interim;
        interim.reserve(stored.size());
        for (const StoredMessage& s : stored)
            interim.append(rowOfStored(s));
        QMutexLocker lock(&state->mutex);
        state->interimRows = std::move(interim);
        state->interimReady = true;
    }
    {
        const auto progress = [state](int done, int total) {
            state->done = done;
            state->total = total;
        };
        const MessageSource::ReadOptions trimmed { false, true };
        const QString helperPath = options.workerPath.isEmpty() ? ParseWorkerPool::findWorker() : options.workerPath;
        QByteArray storedForm;
        MessageSource::Batch batch;
        bool analysed = false;
        if (CaseAnalysisProcess::available(helperPath)) {
            // The messages go to the analysis process as they are read: this process never holds
            // them all (a 100,000-message case: some 1.5 GB), only the analysis it sends back.
            CaseAnalysisProcess helper(helperPath);
            QString helperError;
            bool helperOk = helper.start(stored.size(), verdictsOf(*store), &helperError, &state->cancel);
            if (helperOk) {
                batch = MessageSource::readEach(
                    *store, stored,
                    [&](int i, Message&& m) {
                        helperOk = helper.add(stored[i].id, i, m, &helperError);
                        return helperOk;
                    },
                    options, progress, &state->cancel, trimmed);
            }
            if (helperOk && batch.ok && !state->cancel)
                helperOk = helper.finish(&storedForm, &helperError, &state->cancel);
            if (state->cancel) {
                result.cancelled = true;
                return result;
            }
            if (batch.ok && helperOk && !deserializeCaseAnalysis(storedForm, analysis.get())) {
                helperOk = false;
                helperError = QStringLiteral("the analysis process answered nonsense");
            }
            analysed = batch.ok && helperOk;
            if (batch.ok && !helperOk) {
                // Another build's helper, a limit reached, a message too large for the pipe: the
                // analysis is made here instead, as without a helper.
                qWarning("case analysis process: %s; analysing in this process", qPrintable(helperError));
                storedForm.clear();
            }
        }
        if (!analysed && batch.ok) {
            // No helper program (a build without mailtriage-worker), or it failed: analysed here.
            batch = MessageSource::read(*store, stored, options, progress, &state->cancel, trimmed);
            if (state->cancel) {
                result.cancelled = true;
                return result;
            }
            if (batch.ok) {
                *analysis = CaseAnalyzer::analyze(batch.messages, verdictsOf(*store));
                batch.messages.clear();
                QHash<QByteArray, qint64> idOfSha;
                for (const StoredMessage& s : stored)
                    idOfSha.insert(s.sha256, s.id);
                CaseAnalyzer::assignStoredIds(*analysis, idOfSha);
                // Keep what the list, the overview and the timeline need; MessageSource reads a
                // message in full when it is shown or exported.
                for (CaseMessage& cm : analysis->messages)
                    makeLean(cm.message);
                if (storeResult && batch.errors.isEmpty())
                    storedForm = serializeCaseAnalysis(*analysis);
            }
        }
        result.errors = batch.errors;
        if (!batch.ok) {
            // No parser worker could run: the case is listed, but cannot be analysed here.
            result.error = batch.errors.isEmpty() ? QStringLiteral("the parser workers could not run")
                                                  : batch.errors.last().reason;
            return result;
        }
        if (storeResult && batch.errors.isEmpty()) {
            std::unique_ptr<CaseStore> writer = CaseStore::open(location, CaseStore::OpenMode::ReadWrite, &e);
            // A case that changed meanwhile refuses it: the next load analyses the new state.
            if (writer)
                writer->storeAnalysis(revision, key, storedForm);
        }
    }
    buildRows(*analysis, &result);
    const QSet<qint64> covered = coveredIds(result.rows);
    for (const StoredMessage& s : stored) {
        if (!covered.contains(s.id))
            result.rows.append(rowOfStored(s));
    }
    result.analysis = std::move(analysis);
    return result;
}

void CaseSession::buildRows(const CaseAnalysis& a, LoadResult* result)
{
    QHash<int, const TimelineEvent*> eventOf;
    eventOf.reserve(a.timeline.size());
    for (const TimelineEvent& ev : a.timeline)
        eventOf.insert(ev.message, &ev);
    // Rows are independent: a slice of the messages per core, each with its own signal counts,
    // merged afterwards (a 100,000-message case is listed in a fraction of the time).
    struct Slice {
        QList<MessageRow> rows;
        QHash<QString, int> counts;
        QHash<QString, int> severities;
    };
    const qsizetype n = a.messages.size();
    const unsigned threads = n < 4096 ? 1u : std::clamp(std::thread::hardware_concurrency(), 1u, 8u);
    std::vector<Slice> slices(threads);
    const auto work = [&](unsigned t) {
        Slice& out = slices[t];
        const qsizetype begin = n * t / threads;
        const qsizetype end = n * (t + 1) / threads;
        out.rows.reserve(end - begin);
        for (qsizetype ci = begin; ci < end; ++ci) {
            const CaseMessage& cm = a.messages[ci];
            MessageRow row;
            row.caseIndex = int(ci);
            row.sha256 = cm.message.sha256;
            row.messageId = cm.message.messageId;
            row.messageKey = cm.key;
            row.date = cm.message.date;
            row.subject = cm.message.subject;
            row.from = cm.message.from;
            row.to = cm.message.to + cm.message.cc;
            row.actor = cm.actor;
            row.actorComputed = cm.actorComputed;
            row.actorOverridden = cm.actorOverridden;
            qint64 rep = 0;
            for (const MessageCopy& c : cm.copies) {
                if (c.storedId > 0 && !row.copyIds.contains(c.storedId))
                    row.copyIds << c.storedId;
                if (rep == 0 && c.storedId > 0 && c.sha256 == cm.message.sha256)
                    rep = c.storedId;
                row.sources << c.file;
            }
            row.storedId = rep > 0 ? rep : (row.copyIds.isEmpty() ? 0 : row.copyIds.first());
            if (const TimelineEvent* ev = eventOf.value(int(ci)))
                row.lane = ev->partyFrom;
            addSignals(cm.message.findings, row);
            for (const QString& sig : std::as_const(row.signalIds)) {
                out.counts[sig] += 1;
                int& sev = out.severities[sig];
                for (const Finding& f : cm.message.findings) {
                    if (f.signal == sig)
                        sev = std::max(sev, int(f.severity));
                }
            }
            out.rows.append(std::move(row));
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work, t);
    work(0);
    for (std::thread& t : pool)
        t.join();
    result->rows.reserve(result->rows.size() + n);
    for (Slice& slice : slices) {
        for (MessageRow& r : slice.rows)
            result->rows.append(std::move(r));
        for (auto it = slice.counts.cbegin(); it != slice.counts.cend(); ++it)
            result->counts[it.key()] += it.value();
        for (auto it = slice.severities.cbegin(); it != slice.severities.cend(); ++it) {
            int& sev = result->severities[it.key()];
            sev = std::max(sev, it.value());
        }
    }
}

void CaseSession::pollLoad()
{
    if (!m_loadState)
        return;
    QList<MessageRow> interim;
    bool ready = false;
    {
        QMutexLocker lock(&m_loadState->mutex);
        if (m_loadState->interimReady) {
            interim = std::move(m_loadState->interimRows);
            m_loadState->interimRows.clear();
            m_loadState->interimReady = false;
            ready = true;
        }
    }
    // Show the stored messages at once when there is nothing yet, or when an import added some;
    // the analysed rows replace them when the analysis is done.
    if (ready && (!m_analysis || interim.size() != m_storedCount)) {
        m_rows = std::move(interim);
        m_storedCount = m_rows.size();
        Q_EMIT rowsChanged();
    }
    Q_EMIT loadProgress(m_loadState->done.load(), m_loadState->total.load());
}

void CaseSession::adoptLoad(const LoadResult& result)
{
    m_rows = result.rows;
    m_analysis = result.analysis;
    m_analysisWasStored = result.fromStore;
    m_loadErrors = result.errors;
    m_signalCounts = result.counts;
    m_signalSeverities = result.severities;
    m_storedCount = result.storedCount;
    Q_EMIT rowsChanged();
    Q_EMIT analysisChanged();
}

void CaseSession::finishLoad()
{
    const LoadResult result = m_loadWatcher->result();
    if (result.generation != m_generation)
        return; // a newer load is running (or the case was closed)
    m_loading = false;
    m_progressTimer->stop();
    if (!result.error.isEmpty())
        Q_EMIT errorOccurred(tr("The case could not be read: %1").arg(result.error));
    if (!result.cancelled && result.error.isEmpty())
        adoptLoad(result);
    Q_EMIT loadingChanged(false);
}

void CaseSession::requestMessage(qint64 storedId, int caseIndex)
{
    m_requestedMessage = storedId;
    if (!m_store)
        return;
    QList<Finding> findings;
    QStringList copies;
    bool haveCaseFindings = false;
    if (m_analysis && caseIndex >= 0 && caseIndex < m_analysis->messages.size()) {
        const CaseMessage& cm = m_analysis->messages[caseIndex];
        findings = cm.message.findings;
        haveCaseFindings = true;
        for (const MessageCopy& c : cm.copies)
            copies << c.file;
    }
    const QString location = m_store->location();
    const ParseWorkerPool::Options options = m_workerOptions;
    auto* watcher = new QFutureWatcher<LoadedMessage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, storedId] {
        watcher->deleteLater();
        if (storedId != m_requestedMessage)
            return; // another message was asked for meanwhile
        Q_EMIT messageLoaded(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([location, options, storedId, caseIndex, findings, copies, haveCaseFindings] {
        LoadedMessage lm;
        lm.storedId = storedId;
        lm.caseIndex = caseIndex;
        lm.findings = findings;
        lm.copies = copies;
        StoreError e;
        std::unique_ptr<CaseStore> store = CaseStore::open(location, CaseStore::OpenMode::ReadOnly, &e);
        if (!store) {
            lm.error = e.message;
            return lm;
        }
        QString error;
        std::optional<Message> m = MessageSource::readOne(*store, storedId, &error, options);
        if (!m) {
            lm.error = QCoreApplication::translate(
                "MailTriage::CaseSession", "The message could not be read from the case: %1")
                           .arg(error);
            return lm;
        }
        if (!haveCaseFindings) {
            lm.findings = m->findings;
            lm.copies = { m->file };
        }
        lm.message = std::move(*m);
        return lm;
    }));
}

} // namespace MailTriage
