// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace MailTriage {

class SqliteDatabase;

/// @brief The case file's schema, built by one migration step per version. A new case runs every
/// step from 1; an older case runs the steps it lacks, each in its own transaction together with
/// its row in schema_version, so an interrupted upgrade leaves the last complete version behind.
/// docs/storage.md describes each version.
namespace SchemaMigrations {

    /// The version this program writes (the last step).
    int currentVersion();
    /// One line saying what step @p version does.
    QString description(int version);
    /// Runs the SQL of step @p version (no transaction handling, no schema_version row).
    bool applyStep(SqliteDatabase& db, int version);
    /// The highest version recorded in schema_version; 0 for an empty database, -1 on error.
    int storedVersion(SqliteDatabase& db);
    /// Runs steps storedVersion()+1 .. @p target, each in its own transaction with its
    /// schema_version row. Errors are on db.lastError().
    bool upgrade(SqliteDatabase& db, int target);
    /// Inside the caller's transaction: steps @p from+1 .. @p target with their schema_version rows.
    bool applySteps(SqliteDatabase& db, int from, int target);

} // namespace SchemaMigrations

} // namespace MailTriage
