#pragma once

#include "appraisal/appraisal.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kinerja::ui {

class FieldMessage;

// The "Hasil Kerja" tab of a PermenPANRB 6/2022 appraisal: the RHK (Utama /
// Tambahan, with the pimpinan's RHK it supports) and, for the selected RHK, its
// indicator rows (aspek, indikator, target, satuan, realisasi, bukti dukung,
// umpan balik). Numbers are checked as they are typed: a non-numeric or negative
// realisasi or a target of 0 gets a message at the field.
class HasilKerjaEditor : public QWidget {
    Q_OBJECT
public:
    explicit HasilKerjaEditor(QWidget *parent = nullptr);

    void setPlan(const QVector<Rhk> &plan);
    QVector<Rhk> plan();
    void setReadOnly(bool on);
    // The first invalid number of the whole plan, selecting its RHK; empty when valid.
    QString validate();

    QTableWidget *rhkTable() const { return m_rhk; }
    QTableWidget *indicatorTable() const { return m_indicators; }
    void selectRhk(int row);

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sync();
    void showIndicators(int rhkRow);
    void addRhkRow(const Rhk &rhk);
    void addIndicatorRow(const RhkIndicator &indicator);
    void addRhk();
    void removeRhk();
    void addIndicator();
    void removeIndicator();
    void checkRow(int row);
    void updateButtons();

    QVector<Rhk> m_plan;
    int m_current = -1;
    bool m_readOnly = false;
    bool m_filling = false;
    QTableWidget *m_rhk;
    QTableWidget *m_indicators;
    QLabel *m_indicatorTitle;
    FieldMessage *m_message;
    QPushButton *m_addRhk;
    QPushButton *m_removeRhk;
    QPushButton *m_addIndicator;
    QPushButton *m_removeIndicator;
};

} // namespace kinerja::ui
