#include "importdialog.h"

#include "common/fieldmessage.h"
#include "common/filefolders.h"
#include "exchange/importpreviewmodel.h"
#include "exchange/xlsxreader.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {
// A push button with an object name that is not made the default by getting the focus.
QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(false);
    return b;
}

// A modal progress dialog that shows after half a second; `progress()` moves it, keeps
// the window responsive and says whether to go on.
class ProgressBar {
public:
    ProgressBar(const QString &label, const char *name, QWidget *parent)
        : m_bar(label, ImportDialog::tr("Cancel"), 0, 0, parent)
    {
        m_bar.setObjectName(QLatin1String(name));
        m_bar.setWindowModality(Qt::WindowModal);
        m_bar.setMinimumDuration(500);
        m_bar.setAutoReset(false); // a reset at the last step would forget a Cancel
    }
    ~ProgressBar() { m_bar.reset(); }

    exchange::TableImport::Progress progress()
    {
        return [this](int done, int total) {
            m_bar.setMaximum(total);
            m_bar.setValue(done);
            QApplication::processEvents();
            return !m_bar.wasCanceled();
        };
    }
    bool wasCanceled() const { return m_bar.wasCanceled(); }

private:
    QProgressDialog m_bar;
};
} // namespace

ImportDialog::ImportDialog(Database &db, std::unique_ptr<exchange::TableImport> importer,
                           const QString &title, QWidget *options, QWidget *parent)
    : QDialog(parent), m_db(db), m_import(std::move(importer)), m_fileLabel(new QLabel(this)),
      m_fileButton(button(tr("Choose &file…"), "importFileButton", this)),
      m_reread(button(tr("&Read again"), "importReread", this)),
      m_sheetLabel(new QLabel(tr("&Sheet:"), this)), m_sheet(new QComboBox(this)),
      m_message(new FieldMessage(QStringLiteral("importMessage"), this)),
      m_steps(new QStackedWidget(this)), m_mapping(new QTableWidget(this)),
      m_applyColumns(button(tr("&Apply these columns"), "importApplyColumns", this)),
      m_backToPreview(button(tr("&Back to the preview"), "importBackToPreview", this)),
      m_previewModel(new ImportPreviewModel(this)), m_preview(new QTableView(this)),
      m_problemBox(new QWidget(this)), m_problemCount(new QLabel(this)),
      m_problems(new QListWidget(this)), m_summary(new QLabel(this)),
      m_columnsButton(button(tr("&Columns…"), "importColumnsButton", this)),
      m_importButton(button(tr("&Import"), "importButton", this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(title);
    m_fileLabel->setObjectName(QStringLiteral("importFile"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sheetLabel->setBuddy(m_sheet);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    // The message is the dialog's main text, at the normal size.
    m_message->setFont(font());

    auto *fileRow = new QHBoxLayout;
    auto *fileCaption = new QLabel(tr("File:"), this);
    fileRow->addWidget(fileCaption);
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(m_sheetLabel);
    fileRow->addWidget(m_sheet);
    fileRow->addWidget(m_fileButton);
    fileRow->addWidget(m_reread);

    m_steps->addWidget(createPreviewPage());
    m_steps->addWidget(createMappingPage());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_columnsButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (options) {
        options->setParent(this);
        layout->addWidget(options);
    }
    layout->addLayout(fileRow);
    layout->addWidget(m_message);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_fileButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_reread, &QPushButton::clicked, this, &ImportDialog::readAgain);
    connect(m_sheet, &QComboBox::activated, this, [this] {
        m_choices.clear(); // another sheet: its own columns
        read([this] { return m_import->read(m_path, m_sheet->currentText(), m_choices); });
    });
    connect(m_columnsButton, &QPushButton::clicked, this, &ImportDialog::showColumns);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::importAll);

    QStringList required;
    for (const exchange::ColumnSpec &spec : m_import->columnSpecs()) {
        if (spec.required)
            required << spec.names.value(0, spec.key);
    }
    m_message->showInfo(tr("Choose an Excel workbook (.xlsx) or a CSV file whose first row holds "
                           "the column headers. Required columns: %1.")
                            .arg(required.join(QLatin1String(", "))));
    resize(960, 640);
    fillProblems();
    updateState();
}

ImportDialog::~ImportDialog() = default;

QWidget *ImportDialog::createPreviewPage()
{
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setModel(m_previewModel);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setSelectionMode(QAbstractItemView::SingleSelection);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->hide();
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    m_problemCount->setObjectName(QStringLiteral("importProblemCount"));
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setWordWrap(true);
    m_problems->setToolTip(tr("Double-click a problem to show its row in the preview."));
    connect(m_problems, &QListWidget::itemActivated, this, &ImportDialog::problemActivated);
    auto *problemLayout = new QVBoxLayout(m_problemBox);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(m_problemCount);
    problemLayout->addWidget(m_problems);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("importSplitter"));
    splitter->addWidget(m_preview);
    splitter->addWidget(m_problemBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({400, 140});
    return splitter;
}

void ImportDialog::chooseFile()
{
    const QString dir = m_path.isEmpty() ? FileFolders::start(QStringLiteral("import"))
                                         : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import from"), dir,
        tr("Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    FileFolders::remember(QStringLiteral("import"), path);
    openFile(path);
}

Status ImportDialog::openFile(const QString &path)
{
    m_path = path;
    m_choices.clear();
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    m_fileLabel->setToolTip(m_fileLabel->text());
    m_sheet->clear();
    return readAgain();
}

void ImportDialog::fillSheets()
{
    const QString current = m_sheet->currentText();
    m_sheet->clear();
    if (QFileInfo(m_path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0) {
        exchange::XlsxReader reader;
        if (reader.open(m_path))
            m_sheet->addItems(reader.sheetNames());
        m_sheet->setCurrentIndex(std::max(0, m_sheet->findText(current)));
    }
}

Status ImportDialog::readAgain()
{
    if (m_path.isEmpty())
        return Status::error(tr("Choose a file first."));
    fillSheets(); // the sheets may have changed with the file
    return read([this] { return m_import->read(m_path, m_sheet->currentText(), m_choices); });
}

void ImportDialog::optionsChanged()
{
    if (!m_path.isEmpty())
        readAgain();
}

Status ImportDialog::read(const std::function<Status()> &reader)
{
    if (m_beforeRead) {
        if (Status s = m_beforeRead(); !s) {
            clearPreview(); // the preview may be of another file
            m_message->showError(s.message());
            return s;
        }
    }
    Status s;
    {
        ProgressBar bar(tr("Reading %1…").arg(QFileInfo(m_path).fileName()), "importReadProgress",
                        this);
        m_import->setReadProgress(bar.progress());
        s = reader();
        m_import->setReadProgress({});
        if (bar.wasCanceled()) {
            clearPreview();
            m_message->showError(tr("Reading was cancelled; choose Read again to read the file."));
            updateState();
            return s;
        }
    }
    m_read = true;
    m_imported = false;
    afterRead(s);
    return s;
}

void ImportDialog::afterRead(const Status &s)
{
    m_previewModel->setImport(m_import.get());
    m_preview->resizeColumnsToContents();
    // The last column takes the room left (stretchLastSection loses it after a reset).
    if (const int columns = m_previewModel->columnCount(); columns > 0)
        m_preview->horizontalHeader()->setSectionResizeMode(columns - 1, QHeaderView::Stretch);
    fillProblems();
    fillMapping();
    const int count = m_import->previewCount();
    // What would be done; not while rows have problems (they would not be imported).
    m_summary->setText(count > 0 && !m_import->hasProblems()
                           ? tr("To import: %1").arg(m_import->previewSummary())
                           : QString());
    const QStringList missing = missingRequired();
    if (!s && hasHeaderRow() && !missing.isEmpty()) {
        m_message->showError(tr("The file lacks the required column(s) %1, or they have other "
                                "headers. Choose below which column of the file holds each, "
                                "then apply.")
                                 .arg(missing.join(QLatin1String(", "))));
        m_steps->setCurrentIndex(1);
        updateState();
        return;
    }
    if (m_import->hasProblems()) {
        m_message->showError(
            tr("Nothing will be imported until the file is corrected: %n problem(s) are listed "
               "below. Correct the file in your spreadsheet program, save it and choose Read "
               "again.",
               nullptr, int(m_import->problems().size())));
    } else if (count == 0) {
        m_message->showError(tr("The file holds no rows to import."));
    } else {
        m_message->showInfo(tr("Check the preview, then choose Import. Everything is imported "
                               "at once, or nothing."));
    }
    showPreview();
}

void ImportDialog::fillProblems()
{
    m_problems->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QVector<exchange::ImportProblem> &problems = m_import->problems();
    for (const exchange::ImportProblem &p : problems) {
        auto *item = new QListWidgetItem(icon, p.text(), m_problems);
        item->setData(Qt::UserRole, p.sheet.isEmpty() ? p.row : 0); // 0: not in the preview
    }
    m_problemCount->setText(tr("%n problem(s):", nullptr, int(problems.size())));
    m_problemBox->setVisible(!problems.isEmpty());
}

void ImportDialog::clearPreview()
{
    m_read = false;
    m_previewModel->setImport(nullptr);
    m_problems->clear();
    m_problemBox->hide();
    m_summary->clear();
    showPreview();
}

bool ImportDialog::hasHeaderRow() const
{
    return m_read && !m_import->table().isRowEmpty(m_import->headerRow());
}

void ImportDialog::showColumns()
{
    m_steps->setCurrentIndex(1);
    updateState();
}

void ImportDialog::showPreview()
{
    m_steps->setCurrentIndex(0);
    updateState();
}

void ImportDialog::problemActivated(QListWidgetItem *item)
{
    const int row = m_previewModel->rowOfSheetRow(item->data(Qt::UserRole).toInt());
    if (row < 0)
        return;
    const QModelIndex index = m_previewModel->index(row, 0);
    m_preview->selectRow(row);
    m_preview->scrollTo(index);
}

bool ImportDialog::canImport() const
{
    return m_read && !m_imported && m_steps->currentIndex() == 0 && !m_import->hasProblems() &&
           m_import->previewCount() > 0;
}

void ImportDialog::updateState()
{
    const bool mapping = m_steps->currentIndex() == 1;
    m_importButton->setEnabled(canImport());
    m_importButton->setDefault(!mapping && canImport());
    m_applyColumns->setDefault(mapping);
    m_columnsButton->setEnabled(hasHeaderRow() && !mapping);
    m_backToPreview->setEnabled(m_read && missingRequired().isEmpty());
    m_reread->setEnabled(!m_path.isEmpty());
    m_sheet->setVisible(m_sheet->count() > 0);
    m_sheetLabel->setVisible(m_sheet->count() > 0);
    m_summary->setVisible(!mapping && !m_summary->text().isEmpty());
}

Status ImportDialog::importAll()
{
    if (!canImport())
        return Status::error(tr("There is nothing to import."));
    if (m_beforeCommit) {
        if (Status s = m_beforeCommit(); !s) {
            m_message->showError(s.message());
            return s;
        }
    }
    QString summary;
    Status s;
    bool cancelled = false;
    {
        ProgressBar bar(tr("Importing…"), "importProgress", this);
        s = m_import->commitAll(bar.progress(), &summary);
        cancelled = bar.wasCanceled();
    }
    if (!s) {
        m_message->showError(cancelled ? tr("Cancelled; nothing was imported.")
                                       : tr("Nothing was imported. %1").arg(s.message()));
        return s;
    }
    m_imported = true;
    m_summary->setText(tr("Imported: %1").arg(summary));
    m_message->showInfo(tr("The import is done. To import another file, choose it above."));
    updateState();
    emit imported(summary);
    return s;
}

} // namespace kinerja::ui
