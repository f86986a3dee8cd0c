// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportreportdialog.h"

#include "casesession.h"
#include "pseudonymmapmodel.h"
#include "uilanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfDocument>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace MailTriage {

namespace {
    /// A file name made of the case id or title: letters, digits, '-', '_' and '.', nothing else.
    QString safeBaseName(const QString& text)
    {
        QString out;
        for (const QChar c : text) {
            if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.'))
                out += c;
            else if (!out.endsWith(QLatin1Char('-')))
                out += QLatin1Char('-');
        }
        while (out.startsWith(QLatin1Char('-')) || out.startsWith(QLatin1Char('.')))
            out.remove(0, 1);
        return out.left(80);
    }
} // namespace

ExportReportDialog::ExportReportDialog(CaseSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_location(session->location())
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<CaseExport::Result>();
    setObjectName(QStringLiteral("exportReportDialog"));
    setWindowTitle(tr("Export Report"));
    buildUi();

    // Read the case for the report in the background: every message in full, with its findings.
    m_prepareWatcher = new QFutureWatcher<std::shared_ptr<const CaseExport::Context>>(this);
    auto error = std::make_shared<QString>();
    // The error first: contextReady() reads it.
    connect(m_prepareWatcher, &QFutureWatcherBase::finished, this, [this, error] { m_prepareError = *error; });
    connect(m_prepareWatcher, &QFutureWatcherBase::finished, this, &ExportReportDialog::contextReady);
    const QString location = m_location;
    const ParseWorkerPool::Options options = session->workerOptions();
    m_prepareWatcher->setFuture(
        QtConcurrent::run([location, options, error]() -> std::shared_ptr<const CaseExport::Context> {
            std::optional<CaseExport::Context> c = CaseExport::prepare(location, error.get(), options);
            if (!c)
                return {};
            return std::make_shared<const CaseExport::Context>(std::move(*c));
        }));
    setStatus(tr("Reading the case…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    updateState();
}

ExportReportDialog::~ExportReportDialog()
{
    m_cancel->store(true);
    for (QFutureWatcherBase* w :
        { static_cast<QFutureWatcherBase*>(m_prepareWatcher), static_cast<QFutureWatcherBase*>(m_exportWatcher),
            static_cast<QFutureWatcherBase*>(m_previewWatcher), static_cast<QFutureWatcherBase*>(m_mapWatcher) }) {
        if (w)
            w->waitForFinished();
    }
}

void ExportReportDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("exportHeading"));
    m_heading->setWordWrap(true);
    m_heading->setText(tr("<b>%1</b><br>An incident report to share: the analysis of this case, with the people and "
                          "organisations replaced by pseudonyms.")
                           .arg(m_session->info().title.toHtmlEscaped()));
    layout->addWidget(m_heading);

    // What to write.
    auto* formats = new QGroupBox(tr("Formats"), this);
    auto* formatRow = new QHBoxLayout(formats);
    m_pdf = new QCheckBox(tr("&PDF report (J-CSIP style)"), formats);
    m_stix = new QCheckBox(tr("&STIX 2.1 bundle"), formats);
    m_csv = new QCheckBox(tr("&CSV of indicators"), formats);
    m_misp = new QCheckBox(tr("&MISP event"), formats);
    m_misp->setToolTip(tr("A MISP event (JSON) with e-mail, file, URL and domain/IP objects, for MISP's "
                          "\"Add event from JSON\" or PyMISP"));
    for (QCheckBox* c : { m_pdf, m_stix, m_csv, m_misp }) {
        c->setChecked(c != m_misp); // MISP only for those who run one
        formatRow->addWidget(c);
    }
    // The report's Fig. 1 on its own, for a slide or a ticket: anonymized like the rest.
    m_timeline = new QCheckBox(tr("Timeline &figure"), formats);
    m_timeline->setToolTip(tr("The report's timeline figure as an image, with the same pseudonyms as the report"));
    m_timelineFormat = new QComboBox(formats);
    m_timelineFormat->addItem(tr("PNG"), QStringLiteral(".timeline.png"));
    m_timelineFormat->addItem(tr("SVG"), QStringLiteral(".timeline.svg"));
    m_timelineFormat->setAccessibleName(tr("Timeline figure format"));
    m_timelineFormat->setEnabled(false);
    formatRow->addWidget(m_timeline);
    formatRow->addWidget(m_timelineFormat);
    connect(m_timeline, &QCheckBox::toggled, m_timelineFormat, &QWidget::setEnabled);
    formatRow->addStretch(1);

    auto* options = new QGroupBox(tr("Options"), this);
    auto* form = new QFormLayout(options);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_language = new QComboBox(options);
    m_language->addItem(UiLanguage::nativeName(QStringLiteral("ja")), QStringLiteral("ja"));
    m_language->addItem(UiLanguage::nativeName(QStringLiteral("en")), QStringLiteral("en"));
    m_language->setCurrentIndex(UiLanguage::current() == QLatin1String("ja") ? 0 : 1);
    form->addRow(tr("&Language:"), m_language);
    m_anonymize = new QCheckBox(tr("&Anonymize: replace people, organisations, addresses and internal hosts"), options);
    m_anonymize->setChecked(true);
    m_anonymizeAttacker
        = new QCheckBox(tr("Also replace the attacker's &indicators (otherwise kept, defanged)"), options);
    auto* anonymizeBox = new QVBoxLayout;
    anonymizeBox->setSpacing(2);
    anonymizeBox->addWidget(m_anonymize);
    anonymizeBox->addWidget(m_anonymizeAttacker);
    auto* sharingLabel = new QLabel(tr("Sharing:"), options);
    sharingLabel->setBuddy(m_anonymize);
    form->addRow(sharingLabel, anonymizeBox);
    m_tlp = new QComboBox(options);
    for (const char* t : { "TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED" })
        m_tlp->addItem(QString::fromLatin1(t));
    m_tlp->setCurrentText(QStringLiteral("TLP:AMBER"));
    form->addRow(tr("&TLP marking:"), m_tlp);
    m_folder = new QLineEdit(options);
    m_folder->setObjectName(QStringLiteral("exportFolder"));
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_folder->setText(QDir::toNativeSeparators(docs.isEmpty() ? QDir::homePath() : docs));
    m_browse = new QPushButton(tr("&Browse…"), options);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto* folderLabel = new QLabel(tr("Save &in:"), options);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_baseName = new QLineEdit(options);
    m_baseName->setObjectName(QStringLiteral("exportBaseName"));
    m_fileHint = new QLabel(options);
    m_fileHint->setObjectName(QStringLiteral("exportFileHint"));
    m_fileHint->setWordWrap(true);
    auto* nameBox = new QVBoxLayout;
    nameBox->setSpacing(2);
    nameBox->addWidget(m_baseName);
    nameBox->addWidget(m_fileHint);
    auto* nameLabel = new QLabel(tr("File &name:"), options);
    nameLabel->setBuddy(m_baseName);
    form->addRow(nameLabel, nameBox);

    auto* top = new QHBoxLayout;
    auto* topLeft = new QVBoxLayout;
    topLeft->addWidget(formats);
    topLeft->addWidget(options, 1);
    top->addLayout(topLeft, 1);
    layout->addLayout(top);

    // The map and the preview, side by side.
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto* mapGroup = new QGroupBox(tr("Pseudonym map"), splitter);
    auto* mapLayout = new QVBoxLayout(mapGroup);
    m_mapFilter = new QLineEdit(mapGroup);
    m_mapFilter->setPlaceholderText(tr("Filter the map…"));
    m_mapFilter->setClearButtonEnabled(true);
    mapLayout->addWidget(m_mapFilter);
    m_mapModel = new PseudonymMapModel(this);
    m_mapProxy = new QSortFilterProxyModel(this);
    m_mapProxy->setSourceModel(m_mapModel);
    m_mapProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_mapProxy->setFilterKeyColumn(-1);
    m_mapView = new QTableView(mapGroup);
    m_mapView->setObjectName(QStringLiteral("pseudonymMapView"));
    m_mapView->setModel(m_mapProxy);
    m_mapView->setSortingEnabled(false);
    m_mapView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mapView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mapView->setWordWrap(false);
    m_mapView->verticalHeader()->hide();
    m_mapView->verticalHeader()->setDefaultSectionSize(m_mapView->fontMetrics().height() + 8);
    m_mapView->setAlternatingRowColors(true);
    m_mapView->horizontalHeader()->setStretchLastSection(false);
    m_mapView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_mapView->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    mapLayout->addWidget(m_mapView, 1);
    auto* mapButtons = new QHBoxLayout;
    m_addTerm = new QPushButton(tr("A&dd Term to Redact…"), mapGroup);
    m_removeTerm = new QPushButton(tr("&Remove Term"), mapGroup);
    mapButtons->addWidget(m_addTerm);
    mapButtons->addWidget(m_removeTerm);
    mapButtons->addStretch(1);
    mapLayout->addLayout(mapButtons);
    m_mapNote = new QLabel(tr("Double-click a pseudonym to change it. Your changes are saved with the case and "
                              "used by every export of it, the command line's included."),
        mapGroup);
    m_mapNote->setWordWrap(true);
    m_mapNote->setObjectName(QStringLiteral("exportMapNote"));
    mapLayout->addWidget(m_mapNote);

    auto* previewGroup = new QGroupBox(tr("Preview: first page"), splitter);
    auto* previewLayout = new QVBoxLayout(previewGroup);
    m_preview = new QLabel(previewGroup);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(300, 424);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setText(tr("The preview appears when the case has been read."));
    m_preview->setWordWrap(true);
    previewLayout->addWidget(m_preview, 1);
    m_previewButton = new QPushButton(tr("&Update Preview"), previewGroup);
    previewLayout->addWidget(m_previewButton, 0, Qt::AlignRight);
    splitter->addWidget(mapGroup);
    splitter->addWidget(previewGroup);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    // Status, progress and the buttons.
    auto* bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_progress->hide();
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    layout->addLayout(bottom);
    auto* buttons = new QDialogButtonBox(this);
    m_openFolder = buttons->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setEnabled(false); // once something was written
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_exportButton, &QPushButton::clicked, this, &ExportReportDialog::startExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportReportDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QDir::fromNativeSeparators(m_folder->text()))); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Save the report in"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_addTerm, &QPushButton::clicked, this, &ExportReportDialog::addTermInteractive);
    connect(m_removeTerm, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_mapProxy->mapToSource(m_mapView->currentIndex());
        if (i.isValid())
            m_mapModel->removeTerm(i.row());
    });
    connect(m_mapFilter, &QLineEdit::textChanged, m_mapProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_mapView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateState(); });
    connect(m_previewButton, &QPushButton::clicked, this, &ExportReportDialog::updatePreview);
    // A changed choice makes the map (attacker indicators) or the preview stale.
    connect(m_anonymizeAttacker, &QCheckBox::toggled, this, [this] { refreshMap(m_mapModel->map()); });
    for (QCheckBox* c : { m_pdf, m_stix, m_csv, m_misp, m_timeline, m_anonymize })
        connect(c, &QCheckBox::toggled, this, [this] { updateState(); });
    connect(m_timelineFormat, &QComboBox::currentIndexChanged, this, [this] { updateState(); });
    for (QLineEdit* e : { m_folder, m_baseName })
        connect(e, &QLineEdit::textChanged, this, [this] { updateState(); });
    auto* previewTimer = new QTimer(this);
    previewTimer->setSingleShot(true);
    previewTimer->setInterval(600);
    connect(previewTimer, &QTimer::timeout, this, &ExportReportDialog::updatePreview);
    const auto stalePreview = [this, previewTimer] {
        if (m_context && m_pdf->isChecked())
            previewTimer->start();
    };
    connect(m_mapModel, &PseudonymMapModel::edited, this, stalePreview);
    connect(m_language, &QComboBox::currentIndexChanged, this, stalePreview);
    connect(m_tlp, &QComboBox::currentIndexChanged, this, stalePreview);
    connect(m_anonymize, &QCheckBox::toggled, this, stalePreview);
    connect(m_anonymizeAttacker, &QCheckBox::toggled, this, stalePreview);

    resize(1180, 860);
}

CaseExport::Request ExportReportDialog::request() const
{
    CaseExport::Request r;
    if (m_pdf->isChecked())
        r.pdfPath = pathFor(QStringLiteral(".pdf"));
    if (m_stix->isChecked())
        r.stixPath = pathFor(QStringLiteral(".stix.json"));
    if (m_csv->isChecked())
        r.csvPath = pathFor(QStringLiteral(".csv"));
    if (m_misp->isChecked())
        r.mispPath = pathFor(QStringLiteral(".misp.json"));
    if (m_timeline->isChecked())
        r.timelinePath = pathFor(m_timelineFormat->currentData().toString());
    r.language = m_language->currentData().toString() == QLatin1String("ja") ? ReportLanguage::Japanese
                                                                             : ReportLanguage::English;
    r.anonymize = m_anonymize->isChecked();
    r.anonymizeAttacker = r.anonymize && m_anonymizeAttacker->isChecked();
    r.tlp = m_tlp->currentText();
    if (r.anonymize)
        r.map = m_mapModel->map();
    return r;
}

QString ExportReportDialog::pathFor(const QString& suffix) const
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QString base = safeBaseName(m_baseName->text().trimmed());
    if (folder.isEmpty() || base.isEmpty())
        return {};
    return QDir(folder).filePath(base + suffix);
}

QString ExportReportDialog::statusText() const
{
    return m_status->text();
}

void ExportReportDialog::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

void ExportReportDialog::contextReady()
{
    m_progress->hide();
    m_progress->setRange(0, 100);
    m_context = m_prepareWatcher->result();
    if (!m_context) {
        setStatus(m_prepareError.isEmpty() ? tr("The case could not be read for a report.")
                                           : tr("Nothing to export: %1").arg(m_prepareError),
            true);
        m_preview->setText(tr("No preview: the case could not be read."));
        updateState();
        becomeReady();
        return;
    }
    refreshMap({}); // ready once the map is in the table
}

void ExportReportDialog::becomeReady()
{
    m_ready = true;
    Q_EMIT ready();
}

void ExportReportDialog::mapReady()
{
    const MapReading reading = m_mapWatcher->result();
    m_mapModel->setUsage(reading.caseId, reading.usage);
    // Widths that fit the usual values; every column can be widened, and a tool tip shows the whole.
    const QFontMetrics fm = m_mapView->fontMetrics();
    const int widths[] = { 30, 20, 14, 16, 20, 6 }; // characters per column
    for (int c = 0; c < PseudonymMapModel::ColumnCount; ++c)
        m_mapView->setColumnWidth(c, fm.horizontalAdvance(QLatin1Char('x')) * widths[c] + 12);
    if (m_mapPending) {
        const PseudonymMap edits = *m_mapPending;
        m_mapPending.reset();
        refreshMap(edits);
        return;
    }
    updateState();
    if (m_ready)
        return;
    // The first reading: name the files after the case id, say what is ready, show page one.
    if (m_baseName->text().isEmpty())
        m_baseName->setText(safeBaseName(reading.caseId + QStringLiteral("-report")));
    QStringList problems;
    for (const ReadError& e : m_context->errors)
        problems << e.file + QStringLiteral(": ") + e.reason;
    if (problems.isEmpty())
        setStatus(tr("%n message(s) ready to export.", nullptr, int(m_context->input.analysis.messages.size())));
    else
        setStatus(tr("%n message(s) could not be read again and are reported from their stored summary: %1", nullptr,
                      int(problems.size()))
                      .arg(problems.join(QStringLiteral("; "))),
            true);
    updateState();
    becomeReady();
    if (m_pdf->isChecked())
        updatePreview();
}

void ExportReportDialog::refreshMap(const PseudonymMap& edits)
{
    if (!m_context)
        return;
    if (m_mapWatcher && m_mapWatcher->isRunning()) {
        m_mapPending = edits;
        return;
    }
    if (!m_mapWatcher) {
        m_mapWatcher = new QFutureWatcher<MapReading>(this);
        connect(m_mapWatcher, &QFutureWatcherBase::finished, this, &ExportReportDialog::mapReady);
    }
    CaseExport::Request r = request();
    r.map = edits;
    const std::shared_ptr<const CaseExport::Context> context = m_context;
    // The anonymizer reads the whole case and the usage scans the messages: not on the UI thread.
    m_mapWatcher->setFuture(QtConcurrent::run([context, r] {
        const PseudonymMap map = CaseExport::anonymizerFor(*context, r).map();
        return MapReading { map.caseId, CaseExport::mapUsage(*context, map) };
    }));
    updateState();
}

void ExportReportDialog::updateState()
{
    const bool exporting = isExporting();
    const bool anyFormat = m_pdf->isChecked() || m_stix->isChecked() || m_csv->isChecked() || m_misp->isChecked()
        || m_timeline->isChecked();
    const CaseExport::Request r = request();
    const bool mapReading = m_mapWatcher && m_mapWatcher->isRunning();
    m_exportButton->setEnabled(m_context && anyFormat && !exporting && !mapReading && !r.isEmpty());
    for (QWidget* w : std::initializer_list<QWidget*> { m_pdf, m_stix, m_csv, m_misp, m_timeline, m_language,
             m_anonymize, m_tlp, m_folder, m_browse, m_baseName, m_previewButton })
        w->setEnabled(!exporting);
    m_timelineFormat->setEnabled(!exporting && m_timeline->isChecked());
    m_anonymizeAttacker->setEnabled(!exporting && m_anonymize->isChecked());
    const bool mapUsable = m_context && m_anonymize->isChecked() && !exporting && !mapReading;
    m_mapView->setEnabled(mapUsable);
    m_mapFilter->setEnabled(mapUsable);
    m_addTerm->setEnabled(mapUsable);
    const QModelIndex current = m_mapProxy->mapToSource(m_mapView->currentIndex());
    m_removeTerm->setEnabled(mapUsable && current.isValid()
        && current.data(PseudonymMapModel::KindRole).toString() == QLatin1String("custom"));
    m_previewButton->setEnabled(!exporting && m_context && m_pdf->isChecked());
    m_closeButton->setText(exporting ? tr("Cancel") : tr("Close"));
    QStringList files;
    for (const QString& p : r.written()) {
        if (!p.isEmpty())
            files << QFileInfo(p).fileName();
    }
    if (!anyFormat)
        m_fileHint->setText(tr("Choose at least one format."));
    else if (files.isEmpty())
        m_fileHint->setText(tr("Choose a folder and a file name."));
    else {
        QString hint = tr("Writes %1").arg(files.join(QStringLiteral(", ")));
        for (const QString& p : r.written()) {
            if (!p.isEmpty() && QFileInfo::exists(p)) {
                hint += QStringLiteral(" — ") + tr("replaces the existing files");
                break;
            }
        }
        if (!m_anonymize->isChecked())
            hint += QStringLiteral(" — ") + tr("NOT anonymized: for internal use only");
        m_fileHint->setText(hint);
    }
}

void ExportReportDialog::addTermInteractive()
{
    bool ok = false;
    const QString real = QInputDialog::getText(this, tr("Add Term to Redact"),
        tr("A word or phrase to replace in every output (a product line, a project name):"), QLineEdit::Normal, {},
        &ok);
    if (!ok || real.trimmed().isEmpty())
        return;
    const QString pseudonym = QInputDialog::getText(
        this, tr("Add Term to Redact"), tr("Write it as:"), QLineEdit::Normal, QStringLiteral("[redacted]"), &ok);
    if (!ok)
        return;
    if (!m_mapModel->addTerm(real, pseudonym))
        setStatus(tr("\"%1\" is already in the map: change its pseudonym there.").arg(real.trimmed()), true);
}

void ExportReportDialog::updatePreview()
{
    if (!m_context || !m_pdf->isChecked())
        return;
    if (m_previewWatcher && m_previewWatcher->isRunning()) {
        m_previewPending = true;
        return;
    }
    if (!m_previewDir)
        m_previewDir = std::make_unique<QTemporaryDir>();
    CaseExport::Request r = request();
    r.stixPath.clear();
    r.csvPath.clear();
    r.mispPath.clear();
    r.timelinePath.clear();
    r.pdfPath = m_previewDir->filePath(QStringLiteral("preview.pdf"));
    if (!m_previewWatcher) {
        m_previewWatcher = new QFutureWatcher<CaseExport::Result>(this);
        connect(m_previewWatcher, &QFutureWatcherBase::finished, this, [this] {
            const CaseExport::Result result = m_previewWatcher->result();
            if (result.ok) {
                QPdfDocument doc;
                if (doc.load(result.written.first()) == QPdfDocument::Error::None && doc.pageCount() > 0) {
                    const QSizeF points = doc.pagePointSize(0);
                    const qreal scale = qMax<qreal>(1.0, (m_preview->height() - 8) / qMax<qreal>(points.height(), 1));
                    const QImage page = doc.render(0, (points * scale * devicePixelRatio()).toSize());
                    QPixmap pixmap = QPixmap::fromImage(page);
                    pixmap.setDevicePixelRatio(devicePixelRatio());
                    m_preview->setPixmap(pixmap.scaled(m_preview->size() * devicePixelRatio() - QSize(8, 8),
                        Qt::KeepAspectRatio, Qt::SmoothTransformation));
                }
            } else {
                m_preview->setText(tr("No preview: %1").arg(result.error));
            }
            Q_EMIT previewUpdated();
            if (m_previewPending) {
                m_previewPending = false;
                updatePreview();
            }
        });
    }
    const std::shared_ptr<const CaseExport::Context> context = m_context;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    m_previewWatcher->setFuture(
        QtConcurrent::run([context, r, cancel] { return CaseExport::write(*context, r, {}, cancel.get()); }));
}

void ExportReportDialog::startExport()
{
    if (!m_context || isExporting() || (m_mapWatcher && m_mapWatcher->isRunning()))
        return;
    const CaseExport::Request r = request();
    if (r.isEmpty()) {
        setStatus(tr("Choose at least one format, a folder and a file name."), true);
        return;
    }
    const QString folder = QFileInfo(r.written().first()).absolutePath();
    if (!QFileInfo(folder).isDir() && !QDir().mkpath(folder)) {
        setStatus(
            tr("The folder %1 does not exist and cannot be created.").arg(QDir::toNativeSeparators(folder)), true);
        return;
    }
    // The analyst's map goes with the case (audit-logged), so later exports, the CLI's too, use it.
    if (r.anonymize && m_mapModel->isEdited()) {
        QString error;
        if (!m_session->savePseudonymMap(r.map, &error)) {
            setStatus(error, true);
            return;
        }
    }
    m_cancel->store(false);
    m_openFolder->setEnabled(false);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->show();
    setStatus(tr("Exporting…"));
    if (!m_exportWatcher) {
        m_exportWatcher = new QFutureWatcher<CaseExport::Result>(this);
        connect(m_exportWatcher, &QFutureWatcherBase::finished, this, &ExportReportDialog::finishExport);
    }
    const std::shared_ptr<const CaseExport::Context> context = m_context;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    QPointer<QProgressBar> bar = m_progress;
    QPointer<QLabel> status = m_status;
    m_exportWatcher->setFuture(QtConcurrent::run([context, r, cancel, bar, status] {
        return CaseExport::write(
            *context, r,
            [bar, status](int step, int steps, const QString& what) {
                const int percent = steps > 0 ? step * 100 / steps : 0;
                QMetaObject::invokeMethod(
                    bar,
                    [bar, percent] {
                        if (bar)
                            bar->setValue(percent);
                    },
                    Qt::QueuedConnection);
                QMetaObject::invokeMethod(
                    status,
                    [status, what] {
                        if (status)
                            status->setText(what + QStringLiteral("…"));
                    },
                    Qt::QueuedConnection);
            },
            cancel.get());
    }));
    updateState();
}

void ExportReportDialog::cancelExport()
{
    if (isExporting()) {
        m_cancel->store(true);
        setStatus(tr("Cancelling…"));
    }
}

void ExportReportDialog::finishExport()
{
    const CaseExport::Result result = m_exportWatcher->result();
    m_progress->hide();
    if (result.ok) {
        QStringList names;
        for (const QString& f : result.written)
            names << QFileInfo(f).fileName();
        setStatus(tr("Wrote %1 to %2 (case %3).")
                      .arg(names.join(QStringLiteral(", ")),
                          QDir::toNativeSeparators(QFileInfo(result.written.first()).absolutePath()), result.caseId));
        m_openFolder->setEnabled(true);
    } else if (result.cancelled) {
        setStatus(tr("The export was cancelled: nothing was written."));
    } else {
        setStatus(tr("The export failed: %1").arg(result.error), true);
        if (!m_quiet)
            QMessageBox::warning(this, tr("Export Report"), tr("The export failed: %1").arg(result.error));
    }
    updateState();
    Q_EMIT exportFinished(result);
}

void ExportReportDialog::reject()
{
    if (isExporting()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

} // namespace MailTriage
