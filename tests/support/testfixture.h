// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test helper: reads a scenario folder in place and analyses it the way the product does.

#include "caseanalyzer.h"
#include "messageanalyzer.h"
#include "messagereader.h"
#include "pdftext.h"

#include <QDir>
#include <QString>

namespace MailTriage::TestFixture {

inline QString scenarioDir(const QString& name)
{
    if (name == QLatin1String("demo"))
        return QStringLiteral(MAILTRIAGE_SOURCE_DIR "/resources/demo");
    // Cases of other shapes written for the project (tests/data/cases/NAME, fictional).
    if (QDir(QStringLiteral(MAILTRIAGE_SOURCE_DIR "/tests/data/cases/") + name).exists())
        return QStringLiteral(MAILTRIAGE_SOURCE_DIR "/tests/data/cases/") + name;
    return QStringLiteral(MAILTRIAGE_SHARED_DIR "/scenarios/") + name;
}

inline QList<Message> readFolder(const QString& dir)
{
    PdfText::install();
    QList<ReadError> errors;
    QList<Message> out;
    for (const QString& file : MessageReader::expandPaths({ dir }, &errors)) {
        ReadResult r = MessageReader::readFile(file);
        for (Message& m : r.messages) {
            m.file = QDir(dir).relativeFilePath(file);
            MessageAnalyzer::analyze(m);
            out.append(m);
        }
    }
    return out;
}

inline CaseAnalysis analyzeFolder(const QString& name)
{
    return CaseAnalyzer::analyze(readFolder(scenarioDir(name)));
}

} // namespace MailTriage::TestFixture
