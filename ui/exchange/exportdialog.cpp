#include "exportdialog.h"

#include "common/filefolders.h"
#include "common/messagebox.h"
#include "exchange/appraisaltemplate.h"
#include "exchange/exports.h"
#include "storage/unitrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace kinerja::ui {

ExportDialog::ExportDialog(Database &db, Scope scope, QWidget *parent)
    : QDialog(parent), m_db(db), m_scope(std::move(scope)), m_content(new QComboBox(this)),
      m_format(new QComboBox(this)),
      m_detail(new QCheckBox(tr("RHK and indicator details (sheet “Rincian”)"), this)),
      m_summary(new QCheckBox(tr("Summary per unit (sheet “Ringkasan Unit”)"), this)),
      m_perUnit(new QCheckBox(tr("One more sheet per unit"), this)),
      m_inactive(new QCheckBox(tr("Include staff no longer active"), this)),
      m_delimiter(new QComboBox(this)),
      m_bom(new QCheckBox(tr("With a byte order mark (Excel recognises UTF-8)"), this)),
      m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export to a spreadsheet"));
    m_content->setObjectName(QStringLiteral("exportContent"));
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_detail->setObjectName(QStringLiteral("exportDetail"));
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_perUnit->setObjectName(QStringLiteral("exportPerUnit"));
    m_inactive->setObjectName(QStringLiteral("exportInactive"));
    m_delimiter->setObjectName(QStringLiteral("exportDelimiter"));
    m_bom->setObjectName(QStringLiteral("exportBom"));
    m_result->setObjectName(QStringLiteral("exportResult"));

    if (m_scope.periodId > 0)
        m_content->addItem(tr("Appraisal recap of the period"), int(Content::Recap));
    m_content->addItem(tr("Employees"), int(Content::Employees));
    if (m_scope.periodId > 0)
        m_content->addItem(tr("Entry template to fill in (ratings, realisations)"),
                           int(Content::Template));
    m_format->addItem(tr("Excel workbook (.xlsx)"), QStringLiteral("xlsx"));
    m_format->addItem(tr("CSV text (.csv)"), QStringLiteral("csv"));
    m_delimiter->addItem(tr("Semicolon, decimal comma (Excel in Indonesian)"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Comma, decimal point (RFC 4180)"), QStringLiteral(","));
    m_detail->setChecked(true);
    m_summary->setChecked(true);
    m_bom->setChecked(true);
    m_result->setWordWrap(true);

    auto *scopeLabel = new QLabel(m_scope.description, this);
    scopeLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout;
    form->addRow(tr("&What:"), m_content);
    form->addRow(QString(), scopeLabel);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Workbook:"), m_detail);
    form->addRow(QString(), m_summary);
    form->addRow(QString(), m_perUnit);
    form->addRow(tr("Employees:"), m_inactive);
    form->addRow(tr("CSV &delimiter:"), m_delimiter);
    form->addRow(QString(), m_bom);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox *c : {m_content, m_format})
        connect(c, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateState();
}

bool ExportDialog::isXlsx() const
{
    return m_format->currentData().toString() == QLatin1String("xlsx");
}

ExportDialog::Content ExportDialog::content() const
{
    return Content(m_content->currentData().toInt());
}

void ExportDialog::updateState()
{
    const bool recap = content() == Content::Recap;
    // A template is a workbook: its dropdowns and locked cells need XLSX.
    const bool onlyXlsx = content() == Content::Template;
    if (onlyXlsx && !isXlsx())
        m_format->setCurrentIndex(m_format->findData(QStringLiteral("xlsx")));
    m_format->setEnabled(!onlyXlsx);
    for (QCheckBox *c : {m_detail, m_summary, m_perUnit})
        c->setEnabled(recap && isXlsx());
    m_inactive->setEnabled(content() == Content::Employees);
    m_delimiter->setEnabled(!isXlsx());
    m_bom->setEnabled(!isXlsx());
}

QString ExportDialog::suggestedFileName() const
{
    const QString base = content() == Content::Recap ? tr("Recap %1").arg(m_scope.periodCode)
                         : content() == Content::Template
                             ? tr("Template %1").arg(m_scope.periodCode)
                             : tr("Employees");
    return base + QLatin1Char('.') + m_format->currentData().toString();
}

Status ExportDialog::exportTo(const QString &path)
{
    exchange::ExportOptions options;
    options.format = isXlsx() ? exchange::ExportFormat::Xlsx : exchange::ExportFormat::Csv;
    options.detailSheet = m_detail->isChecked();
    options.summarySheet = m_summary->isChecked();
    options.sheetPerUnit = m_perUnit->isChecked();
    options.csv.delimiter = m_delimiter->currentData().toString().at(0).toLatin1();
    options.csv.bom = m_bom->isChecked();

    QProgressDialog bar(tr("Exporting…"), tr("Cancel"), 0, 0, this);
    bar.setObjectName(QStringLiteral("exportProgress"));
    bar.setWindowModality(Qt::WindowModal);
    bar.setMinimumDuration(500);
    const auto progress = [&bar](int done, int total) {
        bar.setMaximum(total);
        bar.setValue(done);
        QApplication::processEvents();
        return !bar.wasCanceled();
    };
    exchange::ExportResult result;
    Status s;
    if (content() == Content::Template) {
        exchange::TemplateReport report;
        s = exchange::AppraisalTemplate::write(
            m_db, {m_scope.periodId, m_scope.unitId, m_scope.includeSubunits}, path, &report,
            progress);
        if (s)
            m_result->setText(
                tr("Wrote the template of %n appraisal(s) to %1: fill in the shaded cells, then "
                   "import it with Appraisal ▸ Import appraisal data….",
                   nullptr, report.appraisals)
                    .arg(QDir::toNativeSeparators(path)));
        if (!s && s.field() == exchange::cancelledField())
            return Status::error(tr("Cancelled; no file was written."), exchange::cancelledField());
        return s;
    }
    if (content() == Content::Recap) {
        RecapFilter filter;
        filter.periodId = m_scope.periodId;
        filter.unitId = m_scope.unitId;
        filter.includeSubunits = m_scope.includeSubunits;
        s = exchange::exportRecap(m_db, filter, path, options, progress, &result);
    } else {
        EmployeeFilter filter;
        if (m_scope.unitId != 0)
            filter.unitIds = m_scope.includeSubunits
                                 ? UnitRepository(m_db).subtreeIds(m_scope.unitId)
                                 : QVector<qint64>{m_scope.unitId};
        filter.includeInactive = m_inactive->isChecked();
        s = exchange::exportEmployees(m_db, filter, path, options, progress, &result);
    }
    if (result.cancelled)
        return Status::error(tr("Cancelled; no file was written."), exchange::cancelledField());
    if (s)
        m_result->setText(tr("Exported %Ln row(s) to %1.", nullptr, result.rows)
                              .arg(QDir::toNativeSeparators(path)));
    return s;
}

void ExportDialog::chooseFileAndExport()
{
    const QString filter = isXlsx() ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export to"), FileFolders::suggest(QStringLiteral("export"), suggestedFileName()),
        filter);
    if (path.isEmpty())
        return;
    FileFolders::remember(QStringLiteral("export"), path);
    const QString suffix = QLatin1Char('.') + m_format->currentData().toString();
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if (const Status s = exportTo(path); !s)
        MessageBox::warning(this, windowTitle(), s.message());
}

} // namespace kinerja::ui
