// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"
#include "loadedmessage.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QMimeData;
class QSplitter;
class QTabWidget;
class QUndoStack;

namespace MailTriage {

class AttachmentsView;
class BodyView;
class CaseOverviewWidget;
class CaseSession;
class ExportReportDialog;
class HeaderChainView;
class ImportController;
class ImportProgressWidget;
class IndicatorsView;
class MessageListPanel;
class SourceView;
class TimelinePanel;

/// @brief The MailTriage workbench window: case overview dock, message list with filters and
/// search, and the tabs Header chain, Source, Body, Attachments and Timeline. Files dropped on the
/// window (or chosen with File > Import) are imported in the background into the open case, or
/// into a new case when none is open. It wires views to the CaseSession; it holds no case logic.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Tab { HeaderChainTab, SourceTab, BodyTab, AttachmentsTab, TimelineTab, IndicatorsTab };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// No modal dialogs: errors and import failures go to the status bar and lastError() (tests).
    void setQuiet(bool quiet) { m_quiet = quiet; }
    QString lastError() const { return m_lastError; }
    const ImportSummary& lastImportSummary() const { return m_lastImport; }

    bool openCase(const QString& location);
    bool createCase(const QString& location, const QString& title);
    /// Imports files and folders into the open case (creating a new case when none is open).
    void importPaths(const QStringList& paths);
    /// Opens the bundled demo case, importing it into the application data folder the first time.
    void openDemo();
    /// Command-line arguments: a case file, or message files/folders to import into a new case.
    void openArguments(const QStringList& arguments);

    CaseSession* session() const { return m_session; }
    ImportController* importController() const { return m_import; }
    QUndoStack* undoStack() const { return m_undo; }
    MessageListPanel* messageList() const { return m_list; }
    HeaderChainView* headerChainView() const { return m_headerChain; }
    SourceView* sourceView() const { return m_source; }
    BodyView* bodyView() const { return m_body; }
    AttachmentsView* attachmentsView() const { return m_attachments; }
    TimelinePanel* timelinePanel() const { return m_timeline; }
    IndicatorsView* indicatorsView() const { return m_indicators; }
    CaseOverviewWidget* overview() const { return m_overview; }
    QTabWidget* tabs() const { return m_tabs; }
    ImportProgressWidget* importProgress() const { return m_importProgress; }
    QDockWidget* overviewDock() const { return m_overviewDock; }
    const LoadedMessage& currentMessage() const { return m_current; }
    QAction* exportReportAction() const { return m_exportReport; }
    QMenu* recentMenu() const { return m_recentMenu; }
    /// The export dialog while it is open, else null.
    ExportReportDialog* exportDialog() const;

    /// Window layout (geometry, docks, splitters, list columns) to and from QSettings.
    void saveLayout() const;
    void restoreLayout();

public Q_SLOTS:
    void newCaseInteractive();
    void openCaseInteractive();
    void importFilesInteractive();
    void importFolderInteractive();
    void closeCase();
    /// File > Export Report… (Ctrl+E): the export dialog on the open case.
    void exportReportInteractive();
    void showShortcuts();
    void showAbout();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void updateActions();
    void setVerdict(const QString& actor);
    void updateWindowTitle();
    void updateRecentMenu();
    void addRecentCase(const QString& location);
    void showMessage(const LoadedMessage& message);
    void clearMessage();
    void updateSummary();
    void reportError(const QString& title, const QString& message);
    void importFinished(const ImportSummary& summary);
    void startNextImport();
    void setLanguage(const QString& language);
    QString scratchCaseLocation() const;
    static QStringList localPaths(const QMimeData* mime);

    CaseSession* m_session = nullptr;
    ImportController* m_import = nullptr;
    QUndoStack* m_undo = nullptr;
    MessageListPanel* m_list = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_summary = nullptr;
    HeaderChainView* m_headerChain = nullptr;
    SourceView* m_source = nullptr;
    BodyView* m_body = nullptr;
    AttachmentsView* m_attachments = nullptr;
    TimelinePanel* m_timeline = nullptr;
    IndicatorsView* m_indicators = nullptr;
    bool m_indicatorsStale = true; ///< the case changed since the Indicators tab last read it
    void refreshIndicators(bool force);
    CaseOverviewWidget* m_overview = nullptr;
    QDockWidget* m_overviewDock = nullptr;
    QSplitter* m_splitter = nullptr;
    ImportProgressWidget* m_importProgress = nullptr;
    QLabel* m_loadLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QActionGroup* m_languageGroup = nullptr;

    QAction* m_newCase = nullptr;
    QAction* m_openCase = nullptr;
    QAction* m_openDemo = nullptr;
    QAction* m_importFiles = nullptr;
    QAction* m_importFolder = nullptr;
    QAction* m_closeCase = nullptr;
    QAction* m_exportReport = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_find = nullptr;
    QAction* m_addTag = nullptr;
    QAction* m_addNote = nullptr;
    QList<QAction*> m_becTypeActions;
    QList<QAction*> m_damageActions;
    QList<QAction*> m_verdictActions; ///< MailTriage's attribution, party, attacker, unknown
    QList<QAction*> m_tabActions;
    QAction* m_focusList = nullptr;
    QAction* m_nextMessage = nullptr;
    QAction* m_previousMessage = nullptr;
    QAction* m_showInSource = nullptr;
    QAction* m_resetLayout = nullptr;

    LoadedMessage m_current;
    ImportSummary m_lastImport;
    QList<QStringList> m_pendingImports;
    QString m_lastError;
    QByteArray m_defaultState;
    bool m_quiet = false;
};

} // namespace MailTriage
