#include "printdialog.h"

#include "common/filefolders.h"
#include "common/messagebox.h"
#include "reports/agencysettings.h"
#include "reports/batch.h"
#include "reports/pagesink.h"
#include "reports/recaps.h"
#include "reports/sheetsource.h"
#include "storage/appraisalrepository.h"
#include "storage/periodrepository.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kinerja::ui {

using reports::DocumentKind;

PrintDialog::PrintDialog(Database &db, Scope scope, QWidget *parent)
    : QDialog(parent), m_db(db), m_scope(std::move(scope)), m_contentGroup(new QButtonGroup(this)),
      m_paper(new QComboBox(this)),
      m_ownDate(
          new QCheckBox(tr("Each appraisal's own date (finalized or rated); recaps: today"), this)),
      m_signDate(new QDateEdit(QDate::currentDate(), this)),
      m_onePdf(new QRadioButton(tr("One PDF file"), this)),
      m_perEmployee(new QRadioButton(tr("One PDF per employee (named by NIP and name)"), this)),
      m_summary(new QLabel(this)), m_previewButton(new QPushButton(tr("Pre&view…"), this)),
      m_printButton(new QPushButton(tr("&Print…"), this)),
      m_saveButton(new QPushButton(tr("&Save as PDF…"), this))
{
    setObjectName(QStringLiteral("printDialog"));
    setWindowTitle(tr("Print"));

    auto *what = new QGroupBox(tr("What"), this);
    auto *whatLayout = new QVBoxLayout(what);
    const auto addContent = [&](Content c, const QString &text, const char *name) {
        auto *b = new QRadioButton(text, what);
        b->setObjectName(QLatin1String(name));
        m_contentGroup->addButton(b, static_cast<int>(c));
        whatLayout->addWidget(b);
        return b;
    };
    addContent(Content::SelectedSheets,
               tr("Appraisal sheets of the selected appraisals (%n)", nullptr,
                  static_cast<int>(m_scope.selectedIds.size())),
               "printSelected")
        ->setEnabled(!m_scope.selectedIds.isEmpty());
    addContent(Content::ListedSheets,
               tr("Appraisal sheets of all listed appraisals (%n)", nullptr,
                  static_cast<int>(m_scope.listedIds.size())),
               "printListed")
        ->setEnabled(!m_scope.listedIds.isEmpty());
    addContent(Content::PredikatRecap, tr("Predikat recap of the unit (table and distribution)"),
               "printPredikatRecap");
    addContent(Content::PendingRecap, tr("Pending appraisals per unit"), "printPendingRecap");
    addContent(Content::TrainingNeeds,
               tr("Competency development needs (Butuh Perbaikan and below)"),
               "printTrainingNeeds");
    for (const int id :
         {int(Content::PredikatRecap), int(Content::PendingRecap), int(Content::TrainingNeeds)})
        m_contentGroup->button(id)->setEnabled(m_scope.periodId > 0);
    auto *scopeLabel = new QLabel(m_scope.description, what);
    scopeLabel->setForegroundRole(QPalette::PlaceholderText);
    whatLayout->addWidget(scopeLabel);

    auto *docs = new QGroupBox(tr("Documents (where they apply to the appraisal's scheme)"), this);
    auto *docsLayout = new QVBoxLayout(docs);
    for (const DocumentKind d : reports::allDocumentKinds()) {
        auto *check = new QCheckBox(reports::documentName(d), docs);
        check->setObjectName(QStringLiteral("printDocument-") + reports::documentCode(d));
        check->setProperty("kind", static_cast<int>(d));
        check->setChecked(d == DocumentKind::DokumenEvaluasi ||
                          d == DocumentKind::PenilaianPrestasiKerja ||
                          d == DocumentKind::WeightedSheet);
        connect(check, &QCheckBox::toggled, this, &PrintDialog::updateState);
        docsLayout->addWidget(check);
        m_documentChecks << check;
    }

    m_paper->setObjectName(QStringLiteral("printPaper"));
    m_paper->addItem(tr("A4 (210 × 297 mm)"), static_cast<int>(reports::Paper::A4));
    m_paper->addItem(tr("F4 / folio (215 × 330 mm)"), static_cast<int>(reports::Paper::F4));
    m_ownDate->setObjectName(QStringLiteral("printOwnDate"));
    m_ownDate->setChecked(true);
    m_signDate->setObjectName(QStringLiteral("printSignDate"));
    m_signDate->setCalendarPopup(true);
    m_signDate->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    connect(m_ownDate, &QCheckBox::toggled, this, &PrintDialog::updateState);
    m_onePdf->setObjectName(QStringLiteral("printOnePdf"));
    m_perEmployee->setObjectName(QStringLiteral("printPerEmployee"));
    m_onePdf->setChecked(true);
    auto *dateRow = new QVBoxLayout;
    dateRow->addWidget(m_ownDate);
    dateRow->addWidget(m_signDate);
    auto *pdfRow = new QVBoxLayout;
    pdfRow->addWidget(m_onePdf);
    pdfRow->addWidget(m_perEmployee);
    auto *form = new QFormLayout;
    form->addRow(tr("Pa&per:"), m_paper);
    form->addRow(tr("Date by the signatures:"), dateRow);
    form->addRow(tr("Saving sheets as:"), pdfRow);

    m_summary->setObjectName(QStringLiteral("printSummary"));
    m_summary->setWordWrap(true);
    m_previewButton->setObjectName(QStringLiteral("printPreviewButton"));
    m_printButton->setObjectName(QStringLiteral("printPrintButton"));
    m_saveButton->setObjectName(QStringLiteral("printSaveButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &PrintDialog::preview);
    connect(m_printButton, &QPushButton::clicked, this, &PrintDialog::print);
    connect(m_saveButton, &QPushButton::clicked, this, &PrintDialog::saveAs);
    connect(m_contentGroup, &QButtonGroup::idToggled, this, &PrintDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(docs);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setContent(m_scope.selectedIds.isEmpty() ? Content::ListedSheets : Content::SelectedSheets);
    updateState();
}

PrintDialog::Content PrintDialog::content() const
{
    return static_cast<Content>(m_contentGroup->checkedId());
}

void PrintDialog::setContent(Content content)
{
    if (QAbstractButton *b = m_contentGroup->button(static_cast<int>(content)))
        b->setChecked(true);
}

reports::Paper PrintDialog::paper() const
{
    return static_cast<reports::Paper>(m_paper->currentData().toInt());
}

QVector<DocumentKind> PrintDialog::documents() const
{
    QVector<DocumentKind> list;
    for (const QCheckBox *c : m_documentChecks)
        if (c->isChecked())
            list << static_cast<DocumentKind>(c->property("kind").toInt());
    return list;
}

bool PrintDialog::isSheets() const
{
    const Content c = content();
    return c == Content::SelectedSheets || c == Content::ListedSheets;
}

QVector<qint64> PrintDialog::sheetIds() const
{
    return content() == Content::SelectedSheets ? m_scope.selectedIds : m_scope.listedIds;
}

void PrintDialog::updateState()
{
    const bool sheets = isSheets();
    for (QCheckBox *c : std::as_const(m_documentChecks))
        c->setEnabled(sheets);
    m_onePdf->setEnabled(sheets);
    m_perEmployee->setEnabled(sheets);
    m_signDate->setEnabled(!m_ownDate->isChecked());
    QString problem;
    if (m_contentGroup->checkedId() < 0)
        problem = tr("Nothing to print: no appraisals are listed.");
    else if (!sheets && m_scope.periodId <= 0)
        problem = tr("Choose a period first.");
    else if (sheets && documents().isEmpty())
        problem = tr("Tick at least one document.");
    else if (sheets && sheetIds().isEmpty())
        problem = tr("No appraisals to print.");
    m_summary->setText(problem);
    for (QPushButton *b : {m_previewButton, m_printButton, m_saveButton})
        b->setEnabled(problem.isEmpty());
}

void PrintDialog::setUpPrinter(QPrinter &printer) const
{
    printer.setDocName(windowTitle());
    printer.setFullPage(true);
    reports::preparePagedDevice(printer, paper());
}

bool PrintDialog::progress(int done, int total)
{
    if (!m_progress)
        return true;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    QApplication::processEvents();
    return !m_progress->wasCanceled();
}

Status PrintDialog::paint(QPagedPaintDevice &device, int *pages)
{
    QPainter painter;
    if (!painter.begin(&device))
        return Status::error(tr("The printer or file cannot be started."));
    reports::PageSink sink(painter, device);
    reports::RenderOptions render;
    render.agency = reports::agencyHeader(m_db);
    if (!m_ownDate->isChecked())
        render.signDate = m_signDate->date();
    Status result;
    if (isSheets()) {
        const QVector<qint64> ids = sheetIds();
        const QVector<DocumentKind> docs = documents();
        reports::SheetSource source(m_db);
        int printed = 0;
        for (int i = 0; i < ids.size(); ++i) {
            if (!progress(i, static_cast<int>(ids.size()))) {
                result = Status::error(tr("Cancelled."));
                break;
            }
            reports::SheetData sheet;
            if (!source.load(ids.at(i), docs, &sheet))
                continue;
            for (const DocumentKind d : docs)
                if (reports::documentApplies(d, sheet.appraisal.schemeKind) &&
                    reports::DocumentRenderer::render(d, sheet, render, sink, nullptr))
                    ++printed;
        }
        if (result && printed == 0)
            result = Status::error(
                tr("None of the ticked documents applies to these appraisals' scheme."));
    } else {
        result =
            reports::RecapPrinter::render(m_db, recapKind(), recapScope(), recapOptions(), sink);
    }
    painter.end();
    if (pages)
        *pages = sink.pages();
    return result;
}

void PrintDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        QProgressDialog bar(tr("Preparing the pages…"), tr("Cancel"), 0, 0, this);
        bar.setWindowModality(Qt::WindowModal);
        bar.setMinimumDuration(500);
        m_progress = &bar;
        paint(*p);
        m_progress = nullptr;
    });
    dialog.resize(900, 1000);
    dialog.exec();
}

void PrintDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QProgressDialog bar(tr("Printing…"), tr("Cancel"), 0, 0, this);
    bar.setWindowModality(Qt::WindowModal);
    bar.setMinimumDuration(500);
    m_progress = &bar;
    const Status s = paint(printer);
    m_progress = nullptr;
    if (!s)
        MessageBox::warning(this, windowTitle(), s.message());
}

Status PrintDialog::save(const QString &path, bool perEmployee)
{
    QProgressDialog bar(tr("Saving…"), tr("Cancel"), 0, 0, this);
    bar.setObjectName(QStringLiteral("printProgress"));
    bar.setWindowModality(Qt::WindowModal);
    bar.setMinimumDuration(500);
    m_progress = &bar;
    Status result;
    if (isSheets()) {
        reports::BatchOptions options;
        options.mode =
            perEmployee ? reports::BatchMode::PdfPerEmployee : reports::BatchMode::OnePdf;
        options.output = path;
        options.paper = paper();
        options.documents = documents();
        options.render.agency = reports::agencyHeader(m_db);
        if (!m_ownDate->isChecked())
            options.render.signDate = m_signDate->date();
        reports::BatchReport report;
        result = reports::BatchPrinter(m_db).run(
            sheetIds(), options, &report,
            [this](int done, int total) { return progress(done, total); });
        m_progress = nullptr;
        if (result && report.cancelled)
            return Status::error(tr("Cancelled; nothing was saved."));
        if (result) {
            QStringList lines;
            lines << tr("Saved %n appraisal(s)", nullptr, report.done) +
                         tr(", %n page(s): ", nullptr, report.pages) +
                         QDir::toNativeSeparators(path);
            // Each kind of gap once, with whose sheet (or how many) it is on.
            QStringList order;
            QHash<QString, QStringList> who;
            for (const reports::BatchItem &item : std::as_const(report.items)) {
                if (!item.error.isEmpty())
                    lines << tr("Not printed: %1 (%2): %3").arg(item.name, item.nip, item.error);
                for (const reports::SheetWarning &w : item.warnings) {
                    const QString line = w.section + QStringLiteral(": ") + w.message;
                    if (!who.contains(line))
                        order << line;
                    who[line] << QStringLiteral("%1 (%2)").arg(item.name, item.nip);
                }
            }
            constexpr int kShown = 12;
            for (int i = 0; i < order.size() && i < kShown; ++i) {
                const QStringList &names = who.value(order.at(i));
                lines << (names.size() == 1
                              ? tr("%1 — %2").arg(order.at(i), names.constFirst())
                              : tr("%1 — %n sheet(s), e.g. %2", nullptr, int(names.size()))
                                    .arg(order.at(i), names.constFirst()));
            }
            if (order.size() > kShown)
                lines << tr("… and %n more warning(s).", nullptr, int(order.size()) - kShown);
            m_summary->setText(lines.join(QLatin1Char('\n')));
        }
    } else {
        int pages = 0;
        result = reports::RecapPrinter::writePdf(m_db, recapKind(), recapScope(), recapOptions(),
                                                 paper(), path, &pages);
        if (result)
            m_summary->setText(tr("Saved, %n page(s): ", nullptr, pages) +
                               QDir::toNativeSeparators(path));
    }
    m_progress = nullptr;
    return result;
}

QString PrintDialog::suggestedFileName() const
{
    const std::optional<PeriodInfo> period = PeriodRepository(m_db).find(m_scope.periodId);
    const QString what = isSheets() ? tr("Appraisal sheets") : reports::recapName(recapKind());
    return (period ? QStringLiteral("%1 %2").arg(what, period->code()) : what) +
           QStringLiteral(".pdf");
}

reports::RecapKind PrintDialog::recapKind() const
{
    switch (content()) {
    case Content::PendingRecap:
        return reports::RecapKind::Pending;
    case Content::TrainingNeeds:
        return reports::RecapKind::TrainingNeeds;
    default:
        return reports::RecapKind::Predikat;
    }
}

reports::RecapScope PrintDialog::recapScope() const
{
    reports::RecapScope scope;
    scope.periodId = m_scope.periodId;
    scope.unitId = m_scope.unitId;
    scope.includeSubunits = m_scope.includeSubunits;
    return scope;
}

reports::RecapOptions PrintDialog::recapOptions() const
{
    reports::RecapOptions options = reports::RecapSource::defaultOptions(m_db);
    if (!m_ownDate->isChecked())
        options.signDate = m_signDate->date();
    return options;
}

void PrintDialog::saveAs()
{
    const bool perEmployee = isSheets() && m_perEmployee->isChecked();
    QString path;
    if (perEmployee)
        path = QFileDialog::getExistingDirectory(this, tr("Save one PDF per employee in"),
                                                 FileFolders::start(QStringLiteral("print")));
    else
        path = QFileDialog::getSaveFileName(
            this, tr("Save as PDF"),
            FileFolders::suggest(QStringLiteral("print"), suggestedFileName()),
            tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    FileFolders::remember(QStringLiteral("print"), path);
    if (!perEmployee && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const Status s = save(path, perEmployee);
    if (!s)
        MessageBox::warning(this, windowTitle(), s.message());
}

} // namespace kinerja::ui
