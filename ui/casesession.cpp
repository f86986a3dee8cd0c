// SPDX-License-Identifier: GPL-3.0-or-later
#include "casesession.h"

#include "caseanalyzer.h"
#include "messageanalyzer.h"
#include "caseloader.h"
#include "messagereader.h"

#include <QFileInfo>
#include <QSet>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>

namespace MailTriage {

namespace {
    constexpr int kChunk = 128; ///< originals read and parsed at a time while loading a case

    struct ParseInput {
        StoredMessage stored;
        QByteArray raw;
        QList<Finding> findings;
    };

    /// Reads a stored original inside this program (the message view; the case load when no
    /// parser worker exists). The worker process that imported it read the same bytes within the
    /// same limits. No attachment text is extracted here: PDFs are only opened in the worker.
    Message parseInProcess(const StoredMessage& stored, const QByteArray& raw)
    {
        if (raw.isEmpty())
            return {};
        // An mbox message's original is the message itself: read it as a single message.
        const QString hint = stored.format == QLatin1String("mbox") ? QStringLiteral("message.eml") : stored.sourcePath;
        ReadResult r = MessageReader::readBytes(raw, hint);
        return r.messages.isEmpty() ? Message() : std::move(r.messages.first());
    }

    /// Completes a parsed message with what the store knows: identity, where it came from, and
    /// its message-scope findings; fills the header fields when it could not be parsed again.
    void completeMessage(Message& m, const StoredMessage& stored, const QList<Finding>& findings)
    {
        if (m.parts.isEmpty() && m.messageId.isEmpty()) {
            m.messageId = stored.messageId;
            m.subject = stored.subject;
            m.from = stored.from;
            m.fromAll = { stored.from };
            m.to = stored.to;
            m.cc = stored.cc;
            m.replyTo = stored.replyTo;
            m.date = stored.date;
            m.inReplyTo = stored.inReplyTo;
            m.references = stored.references;
            m.returnPath = stored.returnPath;
        }
        m.sha256 = stored.sha256;
        m.file = stored.sourcePath;
        m.index = stored.mboxIndex;
        m.format = stored.format;
        m.findings = findings;
    }

    Message parseStored(const ParseInput& in)
    {
        Message m = parseInProcess(in.stored, in.raw);
        completeMessage(m, in.stored, in.findings);
        // The stored findings are shown; the analysis limits the message reaches are notes that
        // are not stored, so they are found again here (one message: about a millisecond).
        QStringList limits;
        (void)MessageAnalyzer::findings(m, &limits);
        for (const QString& note : std::as_const(limits)) {
            if (!m.defects.contains(note))
                m.defects.append(note);
        }
        return m;
    }

    void addSignals(const QList<Finding>& findings, MessageRow& row)
    {
        row.findingCount = int(findings.size());
        for (const Finding& f : findings) {
            if (!row.signalIds.contains(f.signal))
                row.signalIds << f.signal;
            row.maxSeverity = std::max(row.maxSeverity, int(f.severity));
        }
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
}

CaseSession::~CaseSession()
{
    if (m_loadState)
        m_loadState->cancel = true;
    if (m_loadWatcher->isRunning())
        m_loadWatcher->waitForFinished();
}

bool CaseSession::isReadOnly() const
{
    return m_store && m_store->isReadOnly();
}

QString CaseSession::location() const
{
    return m_store ? m_store->location() : QString();
}

bool CaseSession::adopt(std::unique_ptr<CaseStore> store, QString* error)
{
    Q_UNUSED(error);
    m_store = std::move(store);
    m_info = m_store->caseInfo();
    m_rows.clear();
    m_analysis.reset();
    m_signalCounts.clear();
    m_signalSeverities.clear();
    m_storedCount = 0;
    Q_EMIT caseOpened();
    Q_EMIT infoChanged();
    Q_EMIT rowsChanged();
    Q_EMIT analysisChanged();
    reload();
    return true;
}

bool CaseSession::openCase(const QString& location, QString* error)
{
    closeCase();
    StoreError e;
    std::unique_ptr<CaseStore> store = CaseStore::open(location, CaseStore::OpenMode::ReadWrite, &e);
    if (!store && (e.code == StoreError::Code::ReadOnly))
        store = CaseStore::open(location, CaseStore::OpenMode::ReadOnly, &e);
    if (!store) {
        if (error)
            *error = e.message;
        return false;
    }
    return adopt(std::move(store), error);
}

bool CaseSession::createCase(const QString& location, const QString& title, QString* error)
{
    closeCase();
    StoreError e;
    std::unique_ptr<CaseStore> store = CaseStore::create(location, title, &e);
    if (!store) {
        if (error)
            *error = e.message;
        return false;
    }
    return adopt(std::move(store), error);
}

void CaseSession::closeCase()
{
    if (m_loadState)
        m_loadState->cancel = true;
    ++m_generation;
    if (!m_store)
        return;
    m_store.reset();
    m_info = CaseInfo();
    m_rows.clear();
    m_analysis.reset();
    m_signalCounts.clear();
    m_signalSeverities.clear();
    m_storedCount = 0;
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
            *error = tr("The case is open read-only.");
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
    m_loadWatcher->setFuture(QtConcurrent::run([location, generation, state] { return load(location, generation, state); }));
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    m_progressTimer->start();
}

void CaseSession::waitForLoad()
{
    while (m_loading) {
        m_loadWatcher->waitForFinished();
        QCoreApplication::sendPostedEvents(m_loadWatcher);
        QCoreApplication::processEvents();
    }
}

CaseSession::LoadResult CaseSession::load(const QString& location, quint64 generation, std::shared_ptr<LoadState> state)
{
    LoadResult result;
    result.generation = generation;
    StoreError e;
    std::unique_ptr<CaseStore> store = CaseStore::open(location, CaseStore::OpenMode::ReadOnly, &e);
    if (!store) {
        result.error = e.message;
        return result;
    }
    const QList<StoredMessage> stored = store->messages().list();
    result.storedCount = stored.size();
    state->total = int(stored.size());

    {
        QList<MessageRow> interim;
        for (const StoredMessage& s : stored)
            interim.append(rowOfStored(s));
        QMutexLocker lock(&state->mutex);
        state->interimRows = std::move(interim);
        state->interimReady = true;
    }

    // The originals are read again by the sandboxed parser workers (which also extract the text
    // of PDF invoices that case analysis compares) and analysed again: the same reading as
    // `mailtriage-cli analyze` (storage's CaseLoader).
    QList<Message> messages;
    CaseLoader::Result loaded = CaseLoader::load(
        *store, {},
        [state](int done, int total) {
            state->done = done;
            state->total = total;
        },
        &state->cancel);
    if (state->cancel) {
        result.cancelled = true;
        return result;
    }
    if (loaded.ok) {
        QHash<QPair<QString, int>, const StoredMessage*> byPlace;
        for (const StoredMessage& s : stored)
            byPlace.insert({ s.sourcePath, s.mboxIndex }, &s);
        messages = std::move(loaded.messages);
        for (Message& m : messages) {
            if (m.sha256.isEmpty()) {
                if (const StoredMessage* s = byPlace.value({ m.file, m.index }))
                    m.sha256 = s->sha256;
            }
        }
    } else {
        // No parser worker could run: read the originals inside the program (without PDF text)
        // and keep the findings stored at import.
        state->inProcess = true;
        state->done = 0;
        for (qsizetype start = 0; start < stored.size(); start += kChunk) {
            if (state->cancel) {
                result.cancelled = true;
                return result;
            }
            QList<ParseInput> inputs;
            const qsizetype end = std::min<qsizetype>(start + kChunk, stored.size());
            for (qsizetype i = start; i < end; ++i) {
                ParseInput in;
                in.stored = stored[i];
                in.raw = store->evidence().original(stored[i].sha256).value_or(QByteArray());
                in.findings = store->findings().forMessage(stored[i].id, FindingRepository::Scope::Message);
                inputs.append(std::move(in));
            }
            messages += QtConcurrent::blockingMapped<QList<Message>>(inputs, parseStored);
            state->done = int(end);
        }
    }

    auto analysis = std::make_shared<CaseAnalysis>(CaseAnalyzer::analyze(messages));
    messages.clear();
    // Keep what the list, the overview and the timeline need; a message is parsed again when opened.
    for (CaseMessage& cm : analysis->messages) {
        cm.message.raw.clear();
        cm.message.source.clear();
        cm.message.parts.clear();
    }

    QHash<QByteArray, const StoredMessage*> bySha;
    for (const StoredMessage& s : stored)
        bySha.insert(s.sha256, &s);
    QHash<int, const TimelineEvent*> eventOf;
    for (const TimelineEvent& ev : analysis->timeline)
        eventOf.insert(ev.message, &ev);
    QSet<qint64> covered;
    for (int ci = 0; ci < analysis->messages.size(); ++ci) {
        const CaseMessage& cm = analysis->messages[ci];
        const StoredMessage* rep = bySha.value(cm.message.sha256);
        MessageRow row;
        row.caseIndex = ci;
        row.sha256 = cm.message.sha256;
        row.messageId = cm.message.messageId;
        row.date = cm.message.date;
        row.subject = cm.message.subject;
        row.from = cm.message.from;
        row.to = cm.message.to + cm.message.cc;
        row.actor = cm.actor;
        for (const MessageCopy& c : cm.copies) {
            if (const StoredMessage* s = bySha.value(c.sha256)) {
                if (!row.copyIds.contains(s->id))
                    row.copyIds << s->id;
                covered.insert(s->id);
            }
            row.sources << c.file;
        }
        row.storedId = rep ? rep->id : (row.copyIds.isEmpty() ? 0 : row.copyIds.first());
        if (const TimelineEvent* ev = eventOf.value(ci))
            row.lane = ev->partyFrom;
        addSignals(cm.message.findings, row);
        for (const QString& s : std::as_const(row.signalIds)) {
            result.counts[s] += 1;
            int& sev = result.severities[s];
            for (const Finding& f : cm.message.findings) {
                if (f.signal == s)
                    sev = std::max(sev, int(f.severity));
            }
        }
        result.rows.append(row);
    }
    for (const StoredMessage& s : stored) {
        if (!covered.contains(s.id))
            result.rows.append(rowOfStored(s));
    }
    result.analysis = std::move(analysis);
    return result;
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

void CaseSession::finishLoad()
{
    const LoadResult result = m_loadWatcher->result();
    if (result.generation != m_generation)
        return; // a newer load is running (or the case was closed)
    m_loading = false;
    m_progressTimer->stop();
    if (!result.error.isEmpty())
        Q_EMIT errorOccurred(tr("The case could not be read: %1").arg(result.error));
    if (!result.cancelled && result.error.isEmpty()) {
        m_rows = result.rows;
        m_analysis = result.analysis;
        m_signalCounts = result.counts;
        m_signalSeverities = result.severities;
        m_storedCount = result.storedCount;
        Q_EMIT rowsChanged();
        Q_EMIT analysisChanged();
    }
    Q_EMIT loadingChanged(false);
}

void CaseSession::requestMessage(qint64 storedId, int caseIndex)
{
    m_requestedMessage = storedId;
    if (!m_store)
        return;
    const std::optional<StoredMessage> stored = m_store->messages().find(storedId);
    if (!stored) {
        LoadedMessage lm;
        lm.storedId = storedId;
        lm.error = tr("The message is not in the case.");
        Q_EMIT messageLoaded(lm);
        return;
    }
    ParseInput in;
    in.stored = *stored;
    in.raw = m_store->evidence().original(stored->sha256).value_or(QByteArray());
    QList<Finding> findings;
    QStringList copies;
    if (m_analysis && caseIndex >= 0 && caseIndex < m_analysis->messages.size()) {
        const CaseMessage& cm = m_analysis->messages[caseIndex];
        findings = cm.message.findings;
        for (const MessageCopy& c : cm.copies)
            copies << c.file;
    } else {
        findings = m_store->findings().forMessage(storedId);
        copies << stored->sourcePath;
    }
    in.findings = findings;
    auto* watcher = new QFutureWatcher<Message>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, storedId, caseIndex, findings, copies] {
        watcher->deleteLater();
        if (storedId != m_requestedMessage)
            return; // another message was asked for meanwhile
        LoadedMessage lm;
        lm.storedId = storedId;
        lm.caseIndex = caseIndex;
        lm.message = watcher->result();
        lm.findings = findings;
        lm.copies = copies;
        if (lm.message.raw.isEmpty())
            lm.error = tr("The original of this message could not be read from the case.");
        Q_EMIT messageLoaded(lm);
    });
    watcher->setFuture(QtConcurrent::run([in] { return parseStored(in); }));
}

} // namespace MailTriage
