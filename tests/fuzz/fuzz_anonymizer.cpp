// SPDX-License-Identifier: GPL-3.0-or-later
// The anonymizer over a case made of the input: the input is read as one or more messages (an
// mbox is split), analyzed as a case, and its pseudonyms, indicators and texts are built; then
// the message texts and the raw input itself go through text() in both report languages.
#include "anonymizer.h"
#include "caseanalyzer.h"
#include "messageanalyzer.h"
#include "messagereader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace MailTriage;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    ParseLimits limits;
    limits.maxMessageBytes = 1 << 20;
    ReadResult r = MessageReader::readBytes(bytes, QStringLiteral("fuzz.eml"), limits);
    for (Message& m : r.messages)
        MessageAnalyzer::analyze(m);
    const CaseAnalysis analysis = CaseAnalyzer::analyze(r.messages);
    for (const bool attacker : { false, true }) {
        AnonymizerOptions options;
        options.anonymizeAttacker = attacker;
        const Anonymizer anon(analysis, options);
        const QString raw = QString::fromUtf8(bytes);
        for (const ReportLanguage lang : { ReportLanguage::English, ReportLanguage::Japanese }) {
            (void)anon.text(raw, lang);
            for (const Message& m : r.messages) {
                (void)anon.text(m.subject, lang);
                (void)anon.text(m.bodyText(), lang);
                (void)anon.mailbox(m.from, lang);
            }
        }
        (void)anon.indicators();
        (void)PseudonymMap::fromJson(anon.map().toJson());
        (void)PseudonymMap::fromJson(bytes);
        (void)Anonymizer::defang(raw);
    }
    return 0;
}
