#pragma once

#include "appraisal/appraisal.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace kinerja::ui {

class FieldMessage;

// The content editor of the numeric schemes. PP 46/2011: the kegiatan table with
// TO/RO, TK/RK, TW/RW and the optional TB/RB, tugas tambahan and kreativitas
// points, and the perilaku aspect scores (0–100). PP 30/2019: capaian SKP (0–120),
// the new idea, and its perilaku aspects (0–120). Every number is checked as typed.
class NumericEditor : public QWidget {
    Q_OBJECT
public:
    explicit NumericEditor(QWidget *parent = nullptr);

    void setAppraisal(const Appraisal &a, const QVector<KegiatanEntry> &kegiatan,
                      const QMap<int, double> &aspects);
    void setReadOnly(bool on);
    // The first invalid entry; empty when everything can be saved.
    QString validate() const;

    QVector<KegiatanEntry> kegiatan() const;
    QMap<int, double> aspects() const;
    double tugasTambahan() const;
    double kreativitas() const;
    std::optional<double> capaianSkp() const;
    bool newIdea() const;

signals:
    void changed();

private:
    void addKegiatanRow(const KegiatanEntry &k);
    void checkCell(int row, int column);
    void checkAspect(int row);
    QString aspectError(int row) const;
    QString cellError(int row, int column) const;

    SchemeKind m_kind = SchemeKind::Pp46;
    QGroupBox *m_kegiatanBox;
    QTableWidget *m_kegiatan;
    QPushButton *m_add;
    QPushButton *m_remove;
    QDoubleSpinBox *m_tugasTambahan;
    QDoubleSpinBox *m_kreativitas;
    QGroupBox *m_pp30Box;
    QLineEdit *m_capaian;
    QCheckBox *m_newIdea;
    QTableWidget *m_aspects;
    FieldMessage *m_message;
    bool m_filling = false;
};

} // namespace kinerja::ui
