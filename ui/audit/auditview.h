#pragma once

#include "storage/audittrail.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace kinerja::ui {

class AuditTableModel;
class UnitComboBox;

// Tools → Audit trail…: the entries of the audit trail filtered by person (login), unit
// (employees in it and its sub-units), date range and table, newest first and fetched as
// the table scrolls; the selected entry's changes in full below; "Check integrity" walks
// the whole hash chain (AuditTrail::verify) behind a progress dialog that can be cancelled.
// Only offered to a session that may read the audit trail (Session::mayReadAuditTrail).
class AuditView : public QDialog {
    Q_OBJECT
public:
    explicit AuditView(Database &db, QWidget *parent = nullptr);

    AuditTableModel *model() const { return m_model; }
    // The filter the controls describe.
    AuditFilter filter() const;
    // Reads the entries again with the current filter.
    void refresh();
    // Runs the integrity check (auditverify.cpp); the outcome is shown in the dialog.
    void verifyIntegrity();
    // Selects the entry with this id when it is among the rows fetched so far.
    bool selectEntry(qint64 id);

private:
    void showDetail();

    Database &m_db;
    QLineEdit *m_login;
    UnitComboBox *m_unit;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_table;
    QTableView *m_view;
    AuditTableModel *m_model;
    QPlainTextEdit *m_detail;
    QLabel *m_status;
    QLabel *m_verifyResult;
    QPushButton *m_verify;
};

} // namespace kinerja::ui
