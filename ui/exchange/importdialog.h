#pragma once

#include "domain/status.h"
#include "exchange/tableimport.h"

#include <QDialog>
#include <QVector>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace kinerja {
class Database;
}

namespace kinerja::ui {

class FieldMessage;
class ImportPreviewModel;

// Imports a spreadsheet (XLSX or CSV) with any exchange::TableImport: choose the
// file (and sheet), check or change which column holds what (the mapping step,
// shown by itself when a required column is missing), look at the preview with
// every problem listed by row and column, then import all or nothing behind a
// progress dialog with Cancel. Emits imported() after a successful commit.
//
// Plugging in another importer: pass it with an optional `options` widget (shown
// at the top, e.g. the unit and period of IKM responses) and install hooks that
// copy the options into the importer:
//   auto import = std::make_unique<exchange::IkmImport>(db);
//   exchange::IkmImport *raw = import.get();
//   ImportDialog dialog(db, std::move(import), tr("Import IKM responses"), optionsWidget);
//   dialog.setBeforeRead([=] {
//       if (unitCombo->currentUnitId() == 0)
//           return Status::error(tr("Choose the unit first."));
//       raw->setTarget(periodCombo->currentData().toLongLong(), unitCombo->currentUnitId());
//       return Status::ok();
//   });
//   dialog.setBeforeCommit(...same check...);
// A hook's error is shown in the dialog and stops the read or the commit (a failed
// read also clears the preview). When an option changes how the rows are checked,
// connect its change to optionsChanged(); the importer stays reachable as importer().
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    using Hook = std::function<Status()>;

    ImportDialog(Database &db, std::unique_ptr<exchange::TableImport> importer,
                 const QString &title, QWidget *options = nullptr, QWidget *parent = nullptr);
    ~ImportDialog() override;

    Database &database() const { return m_db; }
    exchange::TableImport &importer() const { return *m_import; }
    // Called before every read of the file or of the kept table (file chosen, sheet
    // changed, Read again, columns applied).
    void setBeforeRead(Hook hook) { m_beforeRead = std::move(hook); }
    // Called right before the commit (Import).
    void setBeforeCommit(Hook hook) { m_beforeCommit = std::move(hook); }

    // Step 1: asks for a file, then openFile().
    void chooseFile();
    // Reads `path` (an XLSX file at its first sheet) and shows the preview, or the
    // mapping step when required columns were not found. Public for tests.
    Status openFile(const QString &path);
    // Reads the same file and sheet again (after the user corrected it), keeping
    // the column choices.
    Status readAgain();
    // An option the hooks read has changed: reads the file again when one is chosen.
    void optionsChanged();
    // Step 2: shows the mapping; applyColumns() re-checks the kept table with it.
    void showColumns();
    Status applyColumns();
    // Step 4: commits everything (the Import button). Public for tests.
    Status importAll();

    QString path() const { return m_path; }
    bool canImport() const;

signals:
    // After a successful import; `summary` says what was done ("3 new, 1 changed, …").
    void imported(const QString &summary);

private:
    QWidget *createMappingPage(); // importdialogmapping.cpp
    QWidget *createPreviewPage();
    void fillSheets();
    Status read(const std::function<Status()> &reader);
    void afterRead(const Status &s);
    void fillMapping();
    void fillProblems();
    QStringList missingRequired() const;
    bool hasHeaderRow() const;
    void showPreview();
    void problemActivated(QListWidgetItem *item);
    void clearPreview();
    void updateState();

    Database &m_db;
    std::unique_ptr<exchange::TableImport> m_import;
    Hook m_beforeRead;
    Hook m_beforeCommit;
    QString m_path;
    exchange::ColumnChoices m_choices;
    bool m_read = false;
    bool m_imported = false;

    QLabel *m_fileLabel;
    QPushButton *m_fileButton;
    QPushButton *m_reread;
    QLabel *m_sheetLabel;
    QComboBox *m_sheet;
    FieldMessage *m_message;
    QStackedWidget *m_steps;
    QTableWidget *m_mapping;
    QVector<QComboBox *> m_columnCombos; // one per columnSpecs() entry
    QPushButton *m_applyColumns;
    QPushButton *m_backToPreview;
    ImportPreviewModel *m_previewModel;
    QTableView *m_preview;
    QWidget *m_problemBox;
    QLabel *m_problemCount;
    QListWidget *m_problems;
    QLabel *m_summary;
    QPushButton *m_columnsButton;
    QPushButton *m_importButton;
};

} // namespace kinerja::ui
