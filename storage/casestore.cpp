// SPDX-License-Identifier: GPL-3.0-or-later
#include "casestore.h"

#include "schemamigrations.h"
#include "sqlitecasestore.h"

namespace MailTriage {

namespace {
    // A location that names a server database (postgresql://...) rather than a file.
    bool isServerLocation(const QString& location)
    {
        const qsizetype colon = location.indexOf(QStringLiteral("://"));
        return colon > 1 && !location.startsWith(QLatin1String("file://"));
    }

    StoreError unsupported(const QString& location)
    {
        return { StoreError::Code::NotFound,
            QStringLiteral("%1: only case files are supported so far; give a file path").arg(location) };
    }
} // namespace

CaseStore::~CaseStore() = default;

std::unique_ptr<CaseStore> CaseStore::open(const QString& location, OpenMode mode, StoreError* error)
{
    if (isServerLocation(location)) {
        if (error)
            *error = unsupported(location);
        return nullptr;
    }
    return SqliteCaseStore::openFile(location, mode, error);
}

std::unique_ptr<CaseStore> CaseStore::create(const QString& location, const QString& title, StoreError* error)
{
    if (isServerLocation(location)) {
        if (error)
            *error = unsupported(location);
        return nullptr;
    }
    return SqliteCaseStore::createFile(location, title, error);
}

int CaseStore::currentSchemaVersion()
{
    return SchemaMigrations::currentVersion();
}

} // namespace MailTriage
