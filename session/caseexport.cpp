// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseexport.h"

#include "caseanalyzer.h"
#include "casesession.h"
#include "casestore.h"
#include "messagesource.h"
#include "mispexport.h"
#include "reportwriter.h"
#include "serialization.h"
#include "stixexport.h"
#include "timelinefigure.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>
#include <functional>

namespace MailTriage::CaseExport {

namespace {
    QString tr(const char* text)
    {
        return QCoreApplication::translate("MailTriage::CaseExport", text);
    }

    PseudonymMap merged(const PseudonymMap& base, const PseudonymMap& top)
    {
        PseudonymMap m = base;
        if (!top.caseId.isEmpty())
            m.caseId = top.caseId;
        for (const Pseudonym& p : top.entries) {
            bool replaced = false;
            for (Pseudonym& q : m.entries) {
                if (q.real.compare(p.real, Qt::CaseInsensitive) == 0) {
                    q = p;
                    replaced = true;
                    break;
                }
            }
            if (!replaced)
                m.entries.append(p);
        }
        return m;
    }

    bool writeFile(const QString& path, const QByteArray& data, QString* error)
    {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
            *error = tr("%1 cannot be written: %2").arg(path, f.errorString());
            return false;
        }
        return true;
    }
} // namespace

std::optional<Context> prepare(
    const QString& location, QString* error, const ParseWorkerPool::Options& options, const std::atomic<bool>* cancel)
{
    StoreError e;
    std::unique_ptr<CaseStore> store = CaseStore::open(location, CaseStore::OpenMode::ReadOnly, &e);
    if (!store) {
        if (error)
            *error = e.message;
        return std::nullopt;
    }
    Context c;
    const CaseInfo info = store->caseInfo();
    c.input.title = info.title;
    c.input.becType = info.becType.value_or(0);
    c.input.damage = damageName(info.damage);
    c.input.tags = info.tags;
    QStringList notes;
    for (const CaseNote& n : info.notes)
        notes << n.text;
    c.input.notes = notes.join(QLatin1Char('\n'));
    const QByteArray savedMap = store->pseudonymMap();
    if (!savedMap.isEmpty()) {
        QString mapError;
        std::optional<PseudonymMap> m = PseudonymMap::fromJson(savedMap, &mapError);
        if (!m) {
            if (error)
                *error = tr("the pseudonym map saved with the case cannot be read: %1").arg(mapError);
            return std::nullopt;
        }
        c.savedMap = *m;
    }

    const QByteArray stored = store->storedAnalysis(CaseSession::analysisKey(store->stateRevision()));
    if (!stored.isEmpty() && deserializeCaseAnalysis(stored, &c.input.analysis)) {
        c.errors += MessageSource::readInFull(*store, c.input.analysis, options, cancel);
    } else {
        MessageSource::Batch batch = MessageSource::readAll(*store, options, {}, cancel);
        c.errors = batch.errors;
        if (!batch.ok) {
            if (error)
                *error = batch.errors.isEmpty() ? tr("the parser workers could not run") : batch.errors.last().reason;
            return std::nullopt;
        }
        c.input.analysis = CaseAnalyzer::analyze(batch.messages, CaseSession::verdictsOf(*store));
    }
    if (cancel && cancel->load()) {
        if (error)
            *error = tr("cancelled");
        return std::nullopt;
    }
    if (c.input.analysis.messages.isEmpty()) {
        if (error)
            *error = tr("the case holds no message to report on (import some first)");
        return std::nullopt;
    }
    return c;
}

Context fromMessages(const QList<Message>& messages)
{
    Context c;
    c.input.analysis = CaseAnalyzer::analyze(messages);
    return c;
}

ReportInput inputFor(const Context& context, const Request& request)
{
    ReportInput input = context.input;
    if (request.title)
        input.title = *request.title;
    if (request.becType)
        input.becType = *request.becType;
    if (request.damage)
        input.damage = *request.damage;
    if (request.notes)
        input.notes = *request.notes;
    input.tags += request.extraTags;
    input.tlp = request.tlp;
    input.generatedAt = request.asOf;
    return input;
}

QList<Indicator> indicators(const Context& context)
{
    // The list an anonymized export writes (its order, roles and context: a look-alike is found by
    // the pseudonym it gets), each with its real value and names: one anonymizer, not two.
    QList<Indicator> list = anonymizerFor(context, Request()).indicators();
    for (Indicator& i : list) {
        i.plain = i.value;
        i.shown = i.type == QLatin1String("file") ? i.sha256 : Anonymizer::defang(i.value);
        i.fileName = i.fileNameAsWritten;
    }
    return list;
}

Anonymizer anonymizerFor(const Context& context, const Request& request)
{
    AnonymizerOptions ao;
    ao.anonymize = request.anonymize;
    ao.anonymizeAttacker = request.anonymizeAttacker;
    return Anonymizer(context.input.analysis, ao, merged(context.savedMap, request.map));
}

Result write(const Context& context, const Request& request, const Progress& progress, const std::atomic<bool>* cancel)
{
    Result r;
    if (request.isEmpty()) {
        r.error = tr("choose at least one format to export");
        return r;
    }
    if ((!request.pdfPath.isEmpty() || !request.timelinePath.isEmpty())
        && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        r.error = tr(
            "writing a PDF or an image needs the GUI libraries to be initialised (a program error: the program must "
            "create a QGuiApplication)");
        return r;
    }
    const int steps = int(!request.stixPath.isEmpty()) + int(!request.csvPath.isEmpty())
        + int(!request.mispPath.isEmpty()) + int(!request.timelinePath.isEmpty()) + int(!request.pdfPath.isEmpty()) + 1;
    int step = 0;
    const auto advance = [&](const QString& what) {
        if (progress)
            progress(step, steps, what);
        ++step;
    };
    const auto undo = [&] {
        for (const QString& f : std::as_const(r.written))
            QFile::remove(f);
        r.written.clear();
    };
    const auto cancelled = [&] {
        if (!cancel || !cancel->load())
            return false;
        undo();
        r.cancelled = true;
        r.error = tr("The export was cancelled: nothing was written.");
        return true;
    };

    advance(tr("Anonymizing"));
    // Every output of the run carries the same export time (created/modified in STIX, the PDF's
    // "generated" line).
    Request stamped = request;
    if (!stamped.asOf.isValid())
        stamped.asOf = QDateTime::currentDateTimeUtc();
    const ReportInput input = inputFor(context, stamped);
    const Anonymizer anonymizer = anonymizerFor(context, request);
    r.caseId = anonymizer.caseId();
    r.mapUsed = anonymizer.map();
    r.indicatorCount = int(anonymizer.indicators().size());
    StixExport::Options so;
    so.liveIndicators = request.liveIndicators;
    ReportWriter::Options ro;
    ro.language = request.language;
    ro.generatedAt = stamped.asOf;
    struct Output {
        QString path;
        QString what;
        std::function<bool(const QString&, QString*)> write;
    };
    const QList<Output> outputs {
        { request.stixPath, tr("Writing the STIX 2.1 bundle"),
            [&](const QString& path, QString* error) {
                return writeFile(path, StixExport::bundle(input, anonymizer, so), error);
            } },
        { request.csvPath, tr("Writing the CSV of indicators"),
            [&](const QString& path, QString* error) {
                return writeFile(path, StixExport::indicatorsCsv(input, anonymizer, so), error);
            } },
        { request.mispPath, tr("Writing the MISP event"),
            [&](const QString& path, QString* error) {
                return writeFile(path, MispExport::event(input, anonymizer), error);
            } },
        { request.timelinePath, tr("Writing the timeline figure"),
            [&](const QString& path, QString* error) {
                // The report's figure, through the same anonymizer: the image shares what the PDF shares.
                return TimelineFigure::build(input.analysis, anonymizer, request.language)
                    .writeImage(path, anonymizer.caseId(), error);
            } },
        { request.pdfPath, tr("Writing the PDF report"),
            [&](const QString& path, QString* error) {
                return ReportWriter::writePdf(path, input, anonymizer, ro, error);
            } },
    };
    for (const Output& o : outputs) {
        if (o.path.isEmpty())
            continue;
        if (cancelled())
            return r;
        advance(o.what);
        if (!o.write(o.path, &r.error)) {
            undo();
            return r;
        }
        r.written << o.path;
    }
    if (cancelled())
        return r;
    if (progress)
        progress(steps, steps, tr("Done"));
    r.ok = true;
    return r;
}

QList<MapUse> mapUsage(const Context& context, const PseudonymMap& map)
{
    constexpr int kMaxMessages = 5000;
    constexpr qsizetype kMaxBody = 200000;
    struct Text {
        QString place;
        QString text;
    };
    QList<QList<Text>> texts;
    const QList<CaseMessage>& messages = context.input.analysis.messages;
    for (int i = 0; i < messages.size() && i < kMaxMessages; ++i) {
        const Message& m = messages[i].message;
        QStringList recipients, attachments;
        for (const Mailbox& mb : m.to + m.cc)
            recipients << mb.name << mb.address;
        for (const Attachment& a : m.attachments)
            attachments << a.filename;
        texts.append({ { QStringLiteral("subject"), m.subject },
            { QStringLiteral("sender"),
                m.from.name + QLatin1Char(' ') + m.from.address + QLatin1Char(' ') + m.returnPath },
            { QStringLiteral("recipients"), recipients.join(QLatin1Char(' ')) },
            { QStringLiteral("body"), m.bodyText().left(kMaxBody) },
            { QStringLiteral("attachment names"), attachments.join(QLatin1Char(' ')) } });
    }
    QList<MapUse> out;
    out.reserve(map.entries.size());
    for (const Pseudonym& p : map.entries) {
        MapUse u;
        u.entry = p;
        if (!p.real.isEmpty()) {
            for (const QList<Text>& message : std::as_const(texts)) {
                for (const Text& t : message) {
                    const qsizetype n = t.text.count(p.real, Qt::CaseInsensitive);
                    if (n == 0)
                        continue;
                    u.count += int(n);
                    if (!u.places.contains(t.place))
                        u.places << t.place;
                }
            }
        }
        out.append(u);
    }
    return out;
}

} // namespace MailTriage::CaseExport
