// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The test-helper library every test links (mailtriage_testsupport): where the shared material
// is, whether a missing piece of it may be skipped, and reading tools' output back.

#include <QByteArray>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QtTest>

namespace MailTriage::TestSupport {

/// ../shared beside the project (MAILTRIAGE_SHARED_DIR), read in place.
QString sharedDir();
/// A path inside it, e.g. shared(u"scenarios/case-2019q3-1").
QString shared(const QString& relative);
/// True when MAILTRIAGE_REQUIRE_SHARED=1 (CI): then missing shared data fails instead of skipping.
bool sharedRequired();
/// The bundled demo case's folder (resources/demo).
QString demoDir();
/// A file's bytes (empty when it cannot be read).
QByteArray fileBytes(const QString& path);
/// The text of a PDF as poppler's pdftotext reads it (UTF-8, layout kept); empty on failure.
QString pdfText(const QString& pdf);
/// Runs a program and returns its standard output; @p ok says whether it exited 0.
QString runTool(const QString& program, const QStringList& args, bool* ok = nullptr, int timeoutMs = 120000);

} // namespace MailTriage::TestSupport

/// Skips the current test when @p path (shared data) is missing, or fails it when the run
/// requires the shared data (MAILTRIAGE_REQUIRE_SHARED=1, as CI sets it).
#define MAILTRIAGE_NEED_SHARED(path)                                                                                   \
    do {                                                                                                               \
        const QString mtNeeded_ = (path);                                                                              \
        if (!QFileInfo::exists(mtNeeded_)) {                                                                           \
            if (::MailTriage::TestSupport::sharedRequired())                                                           \
                QFAIL(qPrintable(                                                                                      \
                    QStringLiteral("shared test data missing (MAILTRIAGE_REQUIRE_SHARED=1): %1").arg(mtNeeded_)));     \
            QSKIP(qPrintable(QStringLiteral("shared test data not available: %1").arg(mtNeeded_)));                    \
        }                                                                                                              \
    } while (false)
