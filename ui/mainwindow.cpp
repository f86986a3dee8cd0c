// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "attachmentsview.h"
#include "bodyview.h"
#include "caseeditcommand.h"
#include "caseoverviewwidget.h"
#include "casesession.h"
#include "democase.h"
#include "exportreportdialog.h"
#include "headerchainview.h"
#include "importcontroller.h"
#include "importerrorsdialog.h"
#include "importprogresswidget.h"
#include "indicatorsview.h"
#include "messagelistpanel.h"
#include "sourceview.h"
#include "timelinepanel.h"
#include "timelineview.h"
#include "uicolors.h"
#include "uilanguage.h"
#include "uitext.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace MailTriage {

namespace {
    constexpr int kMaxRecent = 10;
    const QString kCaseSuffix = QStringLiteral("mtcase");
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_session = new CaseSession(this);
    m_import = m_session->importer();
    m_undo = new QUndoStack(this);

    // Message list above the message and timeline tabs.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_list = new MessageListPanel(m_session, m_splitter);
    m_splitter->addWidget(m_list);

    auto* lower = new QWidget(m_splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(4, 4, 4, 4);
    lowerLayout->setSpacing(4);
    m_summary = new QLabel(lower);
    m_summary->setObjectName(QStringLiteral("messageSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lowerLayout->addWidget(m_summary);
    m_tabs = new QTabWidget(lower);
    m_tabs->setObjectName(QStringLiteral("workbenchTabs"));
    m_tabs->setDocumentMode(true);
    m_headerChain = new HeaderChainView(m_tabs);
    m_source = new SourceView(m_tabs);
    m_body = new BodyView(m_tabs);
    m_attachments = new AttachmentsView(m_tabs);
    m_timeline = new TimelinePanel(m_tabs);
    m_tabs->addTab(m_headerChain, tr("&Header Chain"));
    m_tabs->addTab(m_source, tr("&Source"));
    m_tabs->addTab(m_body, tr("&Body"));
    m_tabs->addTab(m_attachments, tr("A&ttachments"));
    m_tabs->addTab(m_timeline, tr("Ti&meline"));
    m_indicators = new IndicatorsView(m_tabs);
    m_tabs->addTab(m_indicators, tr("&Indicators"));
    lowerLayout->addWidget(m_tabs, 1);
    m_splitter->addWidget(lower);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    setCentralWidget(m_splitter);

    m_overview = new CaseOverviewWidget(m_session, m_undo, this);
    m_overviewDock = new QDockWidget(tr("Case"), this);
    m_overviewDock->setObjectName(QStringLiteral("caseOverviewDock"));
    m_overviewDock->setWidget(m_overview);
    m_overviewDock->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_overviewDock);
    // Sized in characters, not pixels, so the dock holds its text with a larger system font.
    const int ch = fontMetrics().averageCharWidth();
    m_overview->setMinimumWidth(ch * 30);
    resizeDocks({ m_overviewDock }, { ch * 48 }, Qt::Horizontal);

    m_loadLabel = new QLabel(this);
    m_loadLabel->setObjectName(QStringLiteral("loadStatus"));
    statusBar()->addPermanentWidget(m_loadLabel);
    m_importProgress = new ImportProgressWidget(this);
    statusBar()->addPermanentWidget(m_importProgress);

    createActions();
    createMenus();
    m_timeline->setReportAction(m_exportReport);

    // Wiring.
    connect(m_list, &MessageListPanel::currentMessageChanged, this, [this](qint64 storedId, int caseIndex) {
        if (storedId == m_current.storedId && caseIndex == m_current.caseIndex && m_current.error.isEmpty())
            return;
        m_session->requestMessage(storedId, caseIndex);
    });
    connect(m_session, &CaseSession::messageLoaded, this, &MainWindow::showMessage);
    connect(m_headerChain, &HeaderChainView::rangeSelected, this,
        [this](qint64 offset, qint64 length) { m_source->highlightRange(offset, length); });
    connect(m_headerChain, &HeaderChainView::showInSourceRequested, this, [this](qint64 offset, qint64 length) {
        m_source->highlightRange(offset, length);
        m_tabs->setCurrentWidget(m_source);
    });
    connect(m_timeline->view(), &TimelineView::caseMessageActivated, this, [this](int caseIndex) {
        if (!m_list->selectCaseIndex(caseIndex))
            statusBar()->showMessage(tr("That message is not in the list."), 4000);
    });
    connect(m_overview, &CaseOverviewWidget::signalFilterRequested, m_list, &MessageListPanel::setSignalFilter);
    connect(m_indicators, &IndicatorsView::caseMessageRequested, this, [this](int caseIndex) {
        if (!m_list->selectCaseIndex(caseIndex))
            statusBar()->showMessage(tr("That message is not in the list."), 4000);
    });
    // The Indicators tab reads every message in full: only when it is shown, again after a change.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refreshIndicators(false); });
    connect(m_session, &CaseSession::verdictsChanged, this, &MainWindow::updateActions);
    connect(m_session, &CaseSession::analysisChanged, this, [this] {
        updateActions();
        m_indicatorsStale = true;
        refreshIndicators(false);
        const auto a = m_session->analysis();
        if (a)
            m_timeline->view()->setAnalysis(*a);
        else
            m_timeline->view()->clear();
        if (m_current.caseIndex >= 0)
            m_timeline->view()->selectCaseMessage(m_current.caseIndex);
        // After an analysis the list rows are distinct messages: show the current one again with
        // its case findings.
        if (m_current.storedId > 0 && a) {
            const qint64 id = m_current.storedId;
            if (!m_list->selectStoredId(id))
                clearMessage();
        }
    });
    connect(m_session, &CaseSession::loadingChanged, this, [this](bool loading) {
        m_loadLabel->setText(loading ? tr("Analysing the case...") : QString());
        updateSummary();
    });
    connect(m_session, &CaseSession::loadProgress, this, [this](int done, int total) {
        if (m_session->isLoading())
            m_loadLabel->setText(
                total > 0 ? tr("Reading messages %1 / %2...").arg(done).arg(total) : tr("Analysing the case..."));
    });
    connect(m_session, &CaseSession::infoChanged, this, [this] {
        updateWindowTitle();
        if (m_session->isOpen())
            addRecentCase(m_session->location()); // a renamed case keeps its name in Open Recent
        m_timeline->setCaseTitle(m_session->info().title);
    });
    connect(m_session, &CaseSession::caseOpened, this, [this] {
        m_undo->clear();
        clearMessage();
        updateActions();
        updateWindowTitle();
        addRecentCase(m_session->location());
    });
    connect(m_session, &CaseSession::caseClosed, this, [this] {
        m_indicators->clear();
        m_indicatorsStale = true;
        m_undo->clear();
        clearMessage();
        updateActions();
        updateWindowTitle();
    });
    connect(m_session, &CaseSession::errorOccurred, this,
        [this](const QString& message) { reportError(tr("MailTriage"), message); });
    connect(m_import, &ImportController::started, this, [this](const QStringList& paths) {
        m_importProgress->start(int(paths.size()));
        updateActions();
    });
    connect(m_import, &ImportController::progressed, m_importProgress, &ImportProgressWidget::setProgress);
    connect(m_import, &ImportController::finished, this, &MainWindow::importFinished);
    connect(m_importProgress, &ImportProgressWidget::cancelRequested, m_import, &ImportController::cancel);

    // Files dropped anywhere on the window reach dropEvent(): the views do not take drops.
    const QList<QWidget*> children = findChildren<QWidget*>();
    for (QWidget* w : children)
        w->setAcceptDrops(false);
    setAcceptDrops(true);

    resize(1500, 950);
    m_splitter->setSizes({ 300, 600 });
    m_defaultState = saveState();
    clearMessage();
    updateActions();
    updateWindowTitle();
    updateRecentMenu();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newCase = new QAction(tr("&New Case..."), this);
    m_newCase->setShortcut(QKeySequence::New);
    connect(m_newCase, &QAction::triggered, this, &MainWindow::newCaseInteractive);
    m_openCase = new QAction(tr("&Open Case..."), this);
    m_openCase->setShortcut(QKeySequence::Open);
    connect(m_openCase, &QAction::triggered, this, &MainWindow::openCaseInteractive);
    m_openDemo = new QAction(tr("Open &Demo Case"), this);
    connect(m_openDemo, &QAction::triggered, this, &MainWindow::openDemo);
    m_importFiles = new QAction(tr("&Import Files..."), this);
    m_importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importFiles, &QAction::triggered, this, &MainWindow::importFilesInteractive);
    m_importFolder = new QAction(tr("Import &Folder..."), this);
    m_importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_importFolder, &QAction::triggered, this, &MainWindow::importFolderInteractive);
    m_exportReport = new QAction(tr("&Export Report..."), this);
    m_exportReport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportReport->setStatusTip(tr("The anonymized incident report (PDF), STIX 2.1 and CSV of the case"));
    connect(m_exportReport, &QAction::triggered, this, &MainWindow::exportReportInteractive);
    m_closeCase = new QAction(tr("&Close Case"), this);
    m_closeCase->setShortcut(QKeySequence::Close);
    connect(m_closeCase, &QAction::triggered, this, &MainWindow::closeCase);
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    m_find = new QAction(tr("&Find Messages..."), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, m_list, &MessageListPanel::focusSearch);
    m_addTag = new QAction(tr("Add &Tag..."), this);
    m_addTag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_addTag, &QAction::triggered, this, [this] {
        m_overviewDock->show();
        m_overview->focusTagEdit();
    });
    m_addNote = new QAction(tr("Add &Note..."), this);
    m_addNote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_addNote, &QAction::triggered, this, [this] {
        m_overviewDock->show();
        m_overview->focusNoteEdit();
    });
    for (int t = 0; t <= 5; ++t) {
        auto* a = new QAction(UiText::becType(t), this);
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + t)));
        connect(a, &QAction::triggered, this, [this, t] {
            const int from = m_session->info().becType.value_or(0);
            if (m_session->isOpen() && from != t)
                m_undo->push(CaseEditCommand::setBecType(m_session, from, t));
            else
                updateActions();
        });
        m_becTypeActions << a;
    }
    const QList<QPair<Damage, QString>> damages { { Damage::Unknown, tr("Damage &Unknown") },
        { Damage::Yes, tr("Damage &Yes") }, { Damage::No, tr("Damage &No") } };
    for (const auto& [d, text] : damages) {
        auto* a = new QAction(text, this);
        a->setCheckable(true);
        const Damage damage = d;
        connect(a, &QAction::triggered, this, [this, damage] {
            const Damage from = m_session->info().damage;
            if (m_session->isOpen() && from != damage)
                m_undo->push(CaseEditCommand::setDamage(m_session, from, damage));
            else
                updateActions();
        });
        m_damageActions << a;
    }

    const QList<QPair<QString, QString>> verdicts { { QString(), tr("&MailTriage's Attribution") },
        { QStringLiteral("party"), tr("A &Party (Not the Attacker)") },
        { QStringLiteral("attacker"), tr("The &Attacker") }, { QStringLiteral("unknown"), tr("&Unknown Sender") } };
    for (const auto& [actor, text] : verdicts) {
        auto* a = new QAction(text, this);
        a->setCheckable(true);
        a->setData(actor);
        const QString value = actor;
        connect(a, &QAction::triggered, this, [this, value] { setVerdict(value); });
        m_verdictActions << a;
    }
    m_verdictActions[1]->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    m_verdictActions[2]->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));

    const QStringList tabNames { tr("&Header Chain"), tr("&Source"), tr("&Body"), tr("A&ttachments"), tr("Ti&meline"),
        tr("&Indicators") };
    for (int i = 0; i < tabNames.size(); ++i) {
        auto* a = new QAction(tabNames[i], this);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        m_tabActions << a;
    }
    m_focusList = new QAction(tr("Message &List"), this);
    m_focusList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_focusList, &QAction::triggered, m_list, &MessageListPanel::focusList);
    m_nextMessage = new QAction(tr("&Next Message"), this);
    m_nextMessage->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_nextMessage, &QAction::triggered, this, [this] {
        QTreeView* v = m_list->view();
        const int row = v->currentIndex().isValid() ? v->currentIndex().row() + 1 : 0;
        if (row < v->model()->rowCount())
            v->setCurrentIndex(v->model()->index(row, 0));
    });
    m_previousMessage = new QAction(tr("&Previous Message"), this);
    m_previousMessage->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_previousMessage, &QAction::triggered, this, [this] {
        QTreeView* v = m_list->view();
        const int row = v->currentIndex().isValid() ? v->currentIndex().row() - 1 : 0;
        if (row >= 0 && row < v->model()->rowCount())
            v->setCurrentIndex(v->model()->index(row, 0));
    });
    m_showInSource = new QAction(tr("Show Finding in &Source"), this);
    m_showInSource->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_showInSource, &QAction::triggered, this, [this] {
        const auto [offset, length] = m_source->highlightedByteRange();
        if (offset >= 0)
            m_source->highlightRange(offset, length);
        m_tabs->setCurrentWidget(m_source);
    });
    m_resetLayout = new QAction(tr("Reset &Layout"), this);
    connect(m_resetLayout, &QAction::triggered, this, [this] {
        restoreState(m_defaultState);
        m_overviewDock->show();
        m_splitter->setSizes({ height() * 2 / 7, height() * 5 / 7 });
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newCase);
    file->addAction(m_openCase);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_openDemo);
    file->addSeparator();
    file->addAction(m_importFiles);
    file->addAction(m_importFolder);
    file->addSeparator();
    file->addAction(m_exportReport);
    file->addAction(m_timeline->exportPngAction());
    file->addAction(m_timeline->exportSvgAction());
    file->addSeparator();
    file->addAction(m_closeCase);
    file->addAction(m_quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addSeparator();
    QMenu* bec = edit->addMenu(tr("&BEC Type"));
    for (QAction* a : std::as_const(m_becTypeActions))
        bec->addAction(a);
    QMenu* verdict = edit->addMenu(tr("&Who Wrote This Message"));
    verdict->addActions(m_verdictActions);
    verdict->insertSeparator(m_verdictActions[1]);
    QMenu* damage = edit->addMenu(tr("&Damage"));
    for (QAction* a : std::as_const(m_damageActions))
        damage->addAction(a);
    edit->addAction(m_addTag);
    edit->addAction(m_addNote);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* dock = m_overviewDock->toggleViewAction();
    dock->setText(tr("&Case Overview"));
    dock->setShortcut(QKeySequence(Qt::Key_F9));
    view->addAction(dock);
    view->addAction(m_focusList);
    view->addSeparator();
    for (QAction* a : std::as_const(m_tabActions))
        view->addAction(a);
    view->addAction(m_showInSource);
    view->addSeparator();
    view->addAction(m_nextMessage);
    view->addAction(m_previousMessage);
    view->addSeparator();
    QMenu* zoom = view->addMenu(tr("Timeline &Zoom"));
    zoom->addAction(m_timeline->zoomInAction());
    zoom->addAction(m_timeline->zoomOutAction());
    zoom->addAction(m_timeline->zoomFitAction());
    zoom->addAction(m_timeline->zoomResetAction());
    // Zoom and export work from anywhere in the window through the menus.
    for (QAction* a : { m_timeline->zoomInAction(), m_timeline->zoomOutAction(), m_timeline->zoomFitAction(),
             m_timeline->zoomResetAction(), m_timeline->exportPngAction(), m_timeline->exportSvgAction() })
        a->setShortcutContext(Qt::WindowShortcut);
    QMenu* language = view->addMenu(tr("&Language"));
    m_languageGroup = new QActionGroup(this);
    const QString configured = UiLanguage::configured();
    auto addLanguage = [&](const QString& code, const QString& text) {
        QAction* a = language->addAction(text);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == configured);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    };
    addLanguage(QString(), tr("System Default"));
    addLanguage(QStringLiteral("en"), UiLanguage::nativeName(QStringLiteral("en")));
    addLanguage(QStringLiteral("ja"), UiLanguage::nativeName(QStringLiteral("ja")));
    view->addAction(m_resetLayout);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    connect(keys, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction* about = help->addAction(tr("&About MailTriage"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    const bool editable = open && !m_session->isReadOnly();
    m_closeCase->setEnabled(open);
    m_addTag->setEnabled(editable);
    m_addNote->setEnabled(editable);
    const int bec = m_session->info().becType.value_or(0);
    for (int t = 0; t < m_becTypeActions.size(); ++t) {
        m_becTypeActions[t]->setEnabled(editable);
        m_becTypeActions[t]->setChecked(open && t == bec);
    }
    const QList<Damage> damages { Damage::Unknown, Damage::Yes, Damage::No };
    for (int i = 0; i < m_damageActions.size(); ++i) {
        m_damageActions[i]->setEnabled(editable);
        m_damageActions[i]->setChecked(open && m_session->info().damage == damages[i]);
    }
    const bool analysed = open && m_session->analysis();
    m_exportReport->setEnabled(analysed);
    m_timeline->exportPngAction()->setEnabled(analysed);
    m_timeline->exportSvgAction()->setEnabled(analysed);
    m_importFiles->setEnabled(!m_import->isRunning() && (!open || editable));
    m_importFolder->setEnabled(!m_import->isRunning() && (!open || editable));
    // The verdict on the current message: it needs an analysed message and a writable case.
    const auto a = m_session->analysis();
    const bool haveMessage = editable && a && m_current.caseIndex >= 0 && m_current.caseIndex < a->messages.size();
    const QString verdict = haveMessage ? m_session->actorVerdict(a->messages[m_current.caseIndex].key) : QString();
    for (QAction* v : std::as_const(m_verdictActions)) {
        v->setEnabled(haveMessage);
        v->setChecked(haveMessage && v->data().toString() == verdict);
    }
}

void MainWindow::setVerdict(const QString& actor)
{
    const auto a = m_session->analysis();
    if (!a || m_current.caseIndex < 0 || m_current.caseIndex >= a->messages.size()) {
        updateActions();
        return;
    }
    const CaseMessage& cm = a->messages[m_current.caseIndex];
    const QString from = m_session->actorVerdict(cm.key);
    if (from != actor) {
        const QString label = cm.message.subject.isEmpty() ? cm.message.messageId : cm.message.subject.left(60);
        m_undo->push(new ActorVerdictCommand(m_session, cm.key, label, from, actor));
    }
    updateActions();
}

void MainWindow::updateWindowTitle()
{
    if (m_session->isOpen())
        setWindowTitle(tr("%1 — MailTriage").arg(m_session->info().title));
    else
        setWindowTitle(tr("MailTriage"));
    updateActions();
}

void MainWindow::reportError(const QString& title, const QString& message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    if (!m_quiet)
        QMessageBox::warning(this, title, message);
}

bool MainWindow::openCase(const QString& location)
{
    if (m_import->isRunning()) {
        reportError(tr("Open case"), tr("Wait for the import to finish (or cancel it) before opening another case."));
        return false;
    }
    QString error;
    if (!m_session->openCase(location, &error)) {
        reportError(tr("Open case"), tr("Could not open %1: %2").arg(location, error));
        return false;
    }
    if (!m_session->readOnlyReason().isEmpty())
        statusBar()->showMessage(m_session->readOnlyReason(), 15000);
    else
        statusBar()->showMessage(tr("Opened %1").arg(location), 5000);
    m_session->reload();
    return true;
}

bool MainWindow::createCase(const QString& location, const QString& title)
{
    if (m_import->isRunning()) {
        reportError(tr("New case"), tr("Wait for the import to finish (or cancel it) before creating another case."));
        return false;
    }
    QDir().mkpath(QFileInfo(location).absolutePath());
    QString error;
    if (!m_session->createCase(location, title, &error)) {
        reportError(tr("New case"), tr("Could not create %1: %2").arg(location, error));
        return false;
    }
    m_session->reload();
    return true;
}

void MainWindow::newCaseInteractive()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New case"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("case") + QLatin1Char('.') + kCaseSuffix),
        tr("MailTriage cases (*.%1)").arg(kCaseSuffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + kCaseSuffix;
    bool ok = false;
    const QString title = QInputDialog::getText(
        this, tr("New case"), tr("Case title:"), QLineEdit::Normal, QFileInfo(path).completeBaseName(), &ok);
    if (!ok)
        return;
    if (QFileInfo::exists(path)) {
        reportError(tr("New case"), tr("%1 already exists. Open it, or choose another name.").arg(path));
        return;
    }
    createCase(path, title.trimmed().isEmpty() ? QFileInfo(path).completeBaseName() : title.trimmed());
}

void MainWindow::openCaseInteractive()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open case"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("MailTriage cases (*.%1);;All files (*)").arg(kCaseSuffix));
    if (!path.isEmpty())
        openCase(path);
}

void MainWindow::importFilesInteractive()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import messages"), QDir::homePath(), tr("E-mail files (*.eml *.msg *.mbox);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::importFolderInteractive()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder of messages"), QDir::homePath());
    if (!dir.isEmpty())
        importPaths({ dir });
}

void MainWindow::closeCase()
{
    if (m_import->isRunning()) {
        reportError(tr("Close case"), tr("Wait for the import to finish (or cancel it) before closing the case."));
        return;
    }
    m_session->closeCase();
}

QString MainWindow::scratchCaseLocation() const
{
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cases"));
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString path = dir.filePath(QStringLiteral("case-%1.%2").arg(stamp, kCaseSuffix));
    for (int i = 2; QFileInfo::exists(path); ++i)
        path = dir.filePath(QStringLiteral("case-%1-%2.%3").arg(stamp).arg(i).arg(kCaseSuffix));
    return path;
}

void MainWindow::importPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    if (!m_session->isOpen()) {
        const QString location = scratchCaseLocation();
        const QString title
            = tr("Case of %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
        if (!createCase(location, title))
            return;
        statusBar()->showMessage(tr("Created a new case for the dropped files: %1").arg(location), 8000);
    }
    if (m_session->isReadOnly()) {
        reportError(tr("Import"),
            m_session->readOnlyReason().isEmpty() ? tr("The case is open read-only; nothing can be imported into it.")
                                                  : m_session->readOnlyReason());
        return;
    }
    m_pendingImports.append(paths);
    if (!m_import->isRunning())
        startNextImport();
    else
        statusBar()->showMessage(tr("Queued: the files will be imported after the running import."), 5000);
}

void MainWindow::startNextImport()
{
    if (m_pendingImports.isEmpty() || !m_session->isOpen())
        return;
    const QStringList paths = m_pendingImports.takeFirst();
    QString error;
    if (!m_session->startImport(paths, &error))
        reportError(tr("Import"), tr("The import could not start: %1").arg(error));
    else if (m_import->parsesInProcess())
        statusBar()->showMessage(tr("The parser worker program (mailtriage-worker) was not found: files are parsed "
                                    "inside MailTriage itself, without the sandbox."),
            10000);
}

void MainWindow::importFinished(const ImportSummary& summary)
{
    m_lastImport = summary;
    m_importProgress->finish();
    updateActions();
    QString text = tr("Imported %n message(s)", nullptr, int(summary.imported));
    if (summary.duplicates > 0)
        text += QStringLiteral(", ") + tr("%n already in the case", nullptr, int(summary.duplicates));
    if (!summary.errors.isEmpty())
        text += QStringLiteral(", ") + tr("%n failed", nullptr, int(summary.errors.size()));
    text += QStringLiteral(" (")
        + (summary.elapsedMs < 60000 ? tr("%1 s").arg(summary.elapsedMs / 1000.0, 0, 'f', 1)
                                     : UiText::duration(summary.elapsedMs / 1000))
        + QStringLiteral(")");
    if (summary.cancelled)
        text = tr("Import cancelled: ") + text;
    statusBar()->showMessage(text, 15000);
    if (!summary.fatalError.isEmpty())
        reportError(tr("Import"), tr("The import could not run: %1").arg(summary.fatalError));
    else if (summary.storeError.isError())
        reportError(tr("Import"),
            tr("The import stopped: %1. What was imported before stays in the case; importing the "
               "same files again continues.")
                .arg(summary.storeError.message));
    if (!summary.errors.isEmpty() && !m_quiet) {
        auto* dialog = new ImportErrorsDialog(summary.errors,
            tr("%n file(s) or message(s) could not be imported. The other files were imported.", nullptr,
                int(summary.errors.size())),
            this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    startNextImport(); // the session reads the case again after each import
}

ExportReportDialog* MainWindow::exportDialog() const
{
    return findChild<ExportReportDialog*>(QString(), Qt::FindDirectChildrenOnly);
}

void MainWindow::exportReportInteractive()
{
    if (!m_session->isOpen() || !m_session->analysis()) {
        reportError(tr("Export Report"), tr("Open a case and wait for its analysis before exporting a report."));
        return;
    }
    if (ExportReportDialog* open = exportDialog()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new ExportReportDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setQuiet(m_quiet);
    connect(m_session, &CaseSession::caseClosed, dialog, &QDialog::reject);
    dialog->open();
}

void MainWindow::openDemo()
{
    const QString location = DemoCase::caseLocation();
    if (QFileInfo::exists(location)) {
        openCase(location);
        return;
    }
    auto dir = std::make_shared<QTemporaryDir>();
    QString error;
    const QStringList folders = dir->isValid() ? DemoCase::extractTo(dir->path(), &error) : QStringList();
    if (folders.isEmpty()) {
        reportError(tr("Demo case"), error.isEmpty() ? tr("Could not prepare the demo files.") : error);
        return;
    }
    if (!createCase(location, DemoCase::title()))
        return;
    // The extracted files live until their import has finished.
    connect(
        m_import, &ImportController::finished, this, [dir] {}, Qt::SingleShotConnection);
    importPaths(folders);
}

void MainWindow::openArguments(const QStringList& arguments)
{
    QStringList messages;
    for (const QString& a : arguments) {
        const QFileInfo fi(a);
        // A case file is an SQLite database, whatever its name.
        bool isCase = fi.isFile() && fi.suffix().compare(kCaseSuffix, Qt::CaseInsensitive) == 0;
        if (fi.isFile() && !isCase) {
            QFile f(fi.absoluteFilePath());
            isCase = f.open(QIODevice::ReadOnly) && f.read(16) == QByteArrayView("SQLite format 3\0", 16);
        }
        if (isCase) {
            openCase(fi.absoluteFilePath());
        } else if (fi.exists()) {
            messages << fi.absoluteFilePath();
        } else {
            reportError(tr("Open"), tr("%1 does not exist.").arg(a));
        }
    }
    if (!messages.isEmpty())
        importPaths(messages);
}

void MainWindow::refreshIndicators(bool force)
{
    if (!m_session->isOpen() || !m_session->analysis() || (!force && !m_indicatorsStale)
        || (!force && m_tabs->currentWidget() != m_indicators))
        return;
    m_indicatorsStale = false;
    m_indicators->load(m_session->location(), m_session->workerOptions());
}

void MainWindow::clearMessage()
{
    m_current = LoadedMessage();
    m_headerChain->clear();
    m_source->clear();
    m_body->clear();
    m_attachments->clear();
    m_tabs->setTabText(AttachmentsTab, tr("A&ttachments"));
    updateSummary();
    updateActions();
}

void MainWindow::showMessage(const LoadedMessage& message)
{
    m_current = message;
    if (!message.error.isEmpty())
        statusBar()->showMessage(message.error, 8000);
    QList<QByteArray> boundaries;
    for (const MimePart& p : message.message.parts) {
        if (!p.boundary.isEmpty())
            boundaries << p.boundary;
    }
    m_headerChain->setMessage(message.message, message.findings);
    m_source->setSource(message.message.source, message.findings, boundaries);
    m_body->setMessage(message.message);
    m_attachments->setMessage(message.message);
    m_tabs->setTabText(AttachmentsTab,
        message.message.attachments.isEmpty() ? tr("A&ttachments")
                                              : tr("A&ttachments (%1)").arg(message.message.attachments.size()));
    if (message.caseIndex >= 0)
        m_timeline->view()->selectCaseMessage(message.caseIndex);
    updateSummary();
    updateActions();
}

void MainWindow::updateSummary()
{
    if (!m_session->isOpen()) {
        m_summary->setText(tr("<b>No case is open.</b> Create one with File &gt; New Case, open one, try the demo case "
                              "(File &gt; Open Demo Case), or drop .eml, .msg or .mbox files and folders here."));
        return;
    }
    if (m_current.storedId <= 0) {
        m_summary->setText(m_session->rows().isEmpty() && !m_session->isLoading()
                ? tr("This case has no messages yet: drop .eml, .msg or .mbox files or folders here, or use File &gt; "
                     "Import.")
                : tr("Select a message in the list or on the timeline."));
        return;
    }
    const Message& m = m_current.message;
    QString actor;
    const auto a = m_session->analysis();
    if (a && m_current.caseIndex >= 0 && m_current.caseIndex < a->messages.size()) {
        const CaseMessage& cm = a->messages[m_current.caseIndex];
        if (cm.actor == QLatin1String("attacker"))
            actor = QStringLiteral(" <span style=\"color:%1\"><b>%2</b></span>")
                        .arg(UiColors::attacker().name(), tr("ATTACKER").toHtmlEscaped());
    }
    const QString subject = m.subject.isEmpty() ? tr("(no subject)") : UiText::visible(m.subject);
    QStringList copies;
    for (const QString& c : m_current.copies) {
        const QFileInfo fi(c);
        copies << fi.dir().dirName() + QLatin1Char('/') + fi.fileName();
    }
    m_summary->setText(
        QStringLiteral("<b>%1</b>%2<br>%3 → %4 · %5 (%6)%7")
            .arg(subject.toHtmlEscaped(), actor, UiText::mailbox(m.from).toHtmlEscaped(),
                UiText::mailboxes(m.to + m.cc, 3).toHtmlEscaped(), UiText::localDateTime(m.date).toHtmlEscaped(),
                UiText::utcDateTime(m.date).toHtmlEscaped(),
                copies.isEmpty() ? QString()
                                 : QStringLiteral(" · <span style=\"color:%1\">%2</span>")
                                       .arg(UiColors::mutedForeground().name(),
                                           tr("copies: %1").arg(copies.join(QStringLiteral(", "))).toHtmlEscaped())));
}

QStringList MainWindow::localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& u : urls) {
        if (u.isLocalFile() && QFileInfo::exists(u.toLocalFile()))
            paths << u.toLocalFile();
    }
    return paths;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // A dropped case file opens; everything else is imported.
    if (paths.size() == 1 && paths.first().endsWith(QLatin1Char('.') + kCaseSuffix, Qt::CaseInsensitive)) {
        openCase(paths.first());
        return;
    }
    importPaths(paths);
}

void MainWindow::addRecentCase(const QString& location)
{
    if (location.isEmpty())
        return;
    QSettings s;
    QStringList recent = s.value(QStringLiteral("recentCases")).toStringList();
    recent.removeAll(location);
    recent.prepend(location);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    s.setValue(QStringLiteral("recentCases"), recent);
    // The title a person knows the case by, kept beside its path (a case file is never opened to
    // fill the menu).
    QVariantMap titles = s.value(QStringLiteral("recentCaseTitles")).toMap();
    if (m_session->isOpen() && m_session->location() == location)
        titles.insert(location, m_session->info().title);
    for (auto it = titles.begin(); it != titles.end();) {
        if (!recent.contains(it.key()))
            it = titles.erase(it);
        else
            ++it;
    }
    s.setValue(QStringLiteral("recentCaseTitles"), titles);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    QSettings s;
    const QStringList recent = s.value(QStringLiteral("recentCases")).toStringList();
    const QVariantMap titles = s.value(QStringLiteral("recentCaseTitles")).toMap();
    int n = 0;
    for (const QString& path : recent) {
        if (!QFileInfo::exists(path))
            continue;
        ++n;
        const QFileInfo info(path);
        QString title = titles.value(path).toString().simplified();
        if (title.isEmpty())
            title = info.completeBaseName();
        title.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString folder
            = QDir::toNativeSeparators(info.absolutePath()).replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2 — %3")
                .arg(n % 10)
                .arg(title, m_recentMenu->fontMetrics().elidedText(folder, Qt::ElideLeft, 360)));
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openCase(path); });
    }
    m_recentMenu->setEnabled(n > 0);
}

void MainWindow::setLanguage(const QString& language)
{
    if (language == UiLanguage::configured())
        return;
    UiLanguage::setConfigured(language);
    if (UiLanguage::resolve(language) == UiLanguage::current())
        return;
    if (m_quiet)
        return;
    const auto answer = QMessageBox::question(this, tr("Language"),
        tr("The new language is used from the next start of MailTriage. Restart now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    QStringList args;
    if (m_session->isOpen())
        args << m_session->location();
    if (close())
        QProcess::startDetached(QCoreApplication::applicationFilePath(), args);
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({ tr("Action"), tr("Shortcut") });
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const QList<QAction*> actions = findChildren<QAction*>();
    for (QAction* a : actions) {
        if (a->shortcut().isEmpty() || a->text().isEmpty())
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(a->text().remove(QLatin1Char('&'))));
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
    }
    table->sortItems(0);
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(520, 600);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MailTriage"),
        tr("<h3>MailTriage %1</h3><p>A workbench for triaging suspicious e-mail and business e-mail compromise "
           "cases.</p><p>Messages are evidence: nothing in them is executed, fetched or opened. Syntax highlighting "
           "of the raw source by KSyntaxHighlighting.</p><p>License: GPL-3.0-or-later.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::saveLayout() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("window/headerChain"), m_headerChain->saveState());
    s.setValue(QStringLiteral("window/messageListHeader"), m_list->saveHeaderState());
    s.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
}

void MainWindow::restoreLayout()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    const QByteArray splitter = s.value(QStringLiteral("window/splitter")).toByteArray();
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({ height() * 2 / 7, height() * 5 / 7 });
    const QByteArray chain = s.value(QStringLiteral("window/headerChain")).toByteArray();
    if (!chain.isEmpty())
        m_headerChain->restoreState(chain);
    m_list->restoreHeaderState(s.value(QStringLiteral("window/messageListHeader")).toByteArray());
    m_tabs->setCurrentIndex(std::clamp(s.value(QStringLiteral("window/tab"), 0).toInt(), 0, m_tabs->count() - 1));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_import->isRunning()) {
        if (!m_quiet) {
            const auto answer = QMessageBox::question(this, tr("Import running"),
                tr("An import is still running. Stop it and quit? What was imported so far stays in the case."));
            if (answer != QMessageBox::Yes) {
                event->ignore();
                return;
            }
        }
        m_import->cancel();
        m_import->waitForFinished();
    }
    saveLayout();
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        // Colours come from UiColors at paint time; repaint what caches none, rebuild what does.
        m_list->view()->viewport()->update();
        m_overview->refresh();
        updateSummary();
    }
    QMainWindow::changeEvent(event);
}

} // namespace MailTriage
