// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseexport.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTemporaryDir;

namespace MailTriage {

class CaseSession;
class PseudonymMapModel;

/// @brief File > Export Report…: the anonymized incident report (PDF), the STIX 2.1 bundle and the
/// CSV of indicators, through the session's CaseExport, the same calls as `mailtriage-cli export`.
/// The analyst picks formats, language, anonymization and TLP, reviews the pseudonym map (real
/// value → pseudonym, where and how often it occurs), renames pseudonyms and adds terms to
/// redact, sees the first page, and exports with progress and cancel. The edited map is saved
/// with the case (audit-logged), so the CLI's export of the case uses it too.
class ExportReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportReportDialog(CaseSession* session, QWidget* parent = nullptr);
    ~ExportReportDialog() override;

    /// No message boxes (tests): outcomes stay in the status line and the signals.
    void setQuiet(bool quiet) { m_quiet = quiet; }

    /// The request the current choices make.
    CaseExport::Request request() const;
    /// The case was read (or could not be) and, when it was, its pseudonym map is in the table.
    bool isReady() const { return m_ready; }
    bool isExporting() const { return m_exportWatcher && m_exportWatcher->isRunning(); }
    QString statusText() const;

    // For tests and the screenshot tool.
    QCheckBox* pdfCheck() const { return m_pdf; }
    QCheckBox* stixCheck() const { return m_stix; }
    QCheckBox* csvCheck() const { return m_csv; }
    QCheckBox* mispCheck() const { return m_misp; }
    QCheckBox* timelineCheck() const { return m_timeline; }
    QComboBox* timelineFormatCombo() const { return m_timelineFormat; }
    QComboBox* languageCombo() const { return m_language; }
    QCheckBox* anonymizeCheck() const { return m_anonymize; }
    QComboBox* tlpCombo() const { return m_tlp; }
    QLineEdit* folderEdit() const { return m_folder; }
    QLineEdit* baseNameEdit() const { return m_baseName; }
    PseudonymMapModel* mapModel() const { return m_mapModel; }
    QTableView* mapView() const { return m_mapView; }
    QPushButton* exportButton() const { return m_exportButton; }
    QLabel* previewLabel() const { return m_preview; }

public Q_SLOTS:
    void startExport();
    void cancelExport();
    void updatePreview();
    void addTermInteractive();

Q_SIGNALS:
    void ready();
    void previewUpdated();
    void exportFinished(const MailTriage::CaseExport::Result& result);

protected:
    void reject() override;

private:
    void buildUi();
    void contextReady();
    void refreshMap(const PseudonymMap& edits);
    void mapReady();
    void becomeReady();
    void updateState();
    void setStatus(const QString& text, bool error = false);
    void finishExport();
    QString pathFor(const QString& suffix) const;

    CaseSession* m_session;
    QString m_location;
    std::shared_ptr<const CaseExport::Context> m_context;
    QFutureWatcher<std::shared_ptr<const CaseExport::Context>>* m_prepareWatcher = nullptr;
    QFutureWatcher<CaseExport::Result>* m_exportWatcher = nullptr;
    QFutureWatcher<CaseExport::Result>* m_previewWatcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::unique_ptr<QTemporaryDir> m_previewDir;
    QString m_prepareError;
    bool m_quiet = false;
    bool m_previewPending = false;
    bool m_ready = false;
    /// The pseudonym map and where its entries occur, made off the UI thread.
    struct MapReading {
        QString caseId;
        QList<CaseExport::MapUse> usage;
    };
    QFutureWatcher<MapReading>* m_mapWatcher = nullptr;
    std::optional<PseudonymMap> m_mapPending; ///< edits to read again once the running reading ends

    QLabel* m_heading = nullptr;
    QCheckBox* m_pdf = nullptr;
    QCheckBox* m_stix = nullptr;
    QCheckBox* m_csv = nullptr;
    QCheckBox* m_misp = nullptr;
    QCheckBox* m_timeline = nullptr;
    QComboBox* m_timelineFormat = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_anonymize = nullptr;
    QCheckBox* m_anonymizeAttacker = nullptr;
    QComboBox* m_tlp = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_baseName = nullptr;
    QLabel* m_fileHint = nullptr;
    QLineEdit* m_mapFilter = nullptr;
    PseudonymMapModel* m_mapModel = nullptr;
    QSortFilterProxyModel* m_mapProxy = nullptr;
    QTableView* m_mapView = nullptr;
    QPushButton* m_addTerm = nullptr;
    QPushButton* m_removeTerm = nullptr;
    QLabel* m_mapNote = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_previewButton = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_openFolder = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace MailTriage

Q_DECLARE_METATYPE(MailTriage::CaseExport::Result)
