#include "numericeditor.h"

#include "common/appraisaltext.h"
#include "common/displaytext.h"
#include "common/fieldmessage.h"
#include "scoring/pp30.h"
#include "scoring/pp46.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {
enum KColumn { NameC, ToC, RoC, TkC, RkC, TwC, RwC, SatuanWaktuC, TbC, RbC, KColumnCount };
constexpr int AspectRole = Qt::UserRole + 1;

QString number(std::optional<double> v)
{
    return v ? DisplayText::editable(*v) : QString();
}

// A number typed into this form, which stores numbers (not texts): read in the UI
// language's notation, as number() shows it.
std::optional<double> typed(const QString &text, const QString &field, bool *ok, QString *error,
                            bool mustBePositive = false)
{
    return AppraisalText::amount(text, field, ok, error, mustBePositive, DisplayText::typing());
}
} // namespace

NumericEditor::NumericEditor(QWidget *parent)
    : QWidget(parent), m_kegiatanBox(new QGroupBox(tr("Kegiatan (SKP, PP 46/2011)"), this)),
      m_kegiatan(new QTableWidget(this)), m_add(new QPushButton(tr("Add kegiatan"), this)),
      m_remove(new QPushButton(tr("Remove kegiatan"), this)),
      m_tugasTambahan(new QDoubleSpinBox(this)), m_kreativitas(new QDoubleSpinBox(this)),
      m_pp30Box(new QGroupBox(tr("Capaian SKP (PP 30/2019)"), this)),
      m_capaian(new QLineEdit(this)),
      m_newIdea(
          new QCheckBox(tr("Created a new idea or way of working (needed for Sangat Baik)"), this)),
      m_aspects(new QTableWidget(this)),
      m_message(new FieldMessage(QStringLiteral("numericMessage"), this))
{
    setObjectName(QStringLiteral("numericEditor"));
    m_kegiatan->setObjectName(QStringLiteral("kegiatanTable"));
    m_add->setObjectName(QStringLiteral("addKegiatanButton"));
    m_remove->setObjectName(QStringLiteral("removeKegiatanButton"));
    m_tugasTambahan->setObjectName(QStringLiteral("tugasTambahanSpin"));
    m_kreativitas->setObjectName(QStringLiteral("kreativitasSpin"));
    m_capaian->setObjectName(QStringLiteral("capaianSkpEdit"));
    m_newIdea->setObjectName(QStringLiteral("newIdeaCheck"));
    m_aspects->setObjectName(QStringLiteral("aspectTable"));

    m_kegiatan->setColumnCount(KColumnCount);
    m_kegiatan->setHorizontalHeaderLabels({tr("Kegiatan"), tr("TO"), tr("RO"), tr("TK"), tr("RK"),
                                           tr("TW"), tr("RW"), tr("Satuan waktu"), tr("TB"),
                                           tr("RB")});
    m_kegiatan->horizontalHeader()->setSectionResizeMode(NameC, QHeaderView::Stretch);
    for (int c = ToC; c < KColumnCount; ++c)
        m_kegiatan->setColumnWidth(c, c == SatuanWaktuC ? 100 : 64);
    m_kegiatan->setToolTip(tr("T = target, R = realisasi: O kuantitas (output), K kualitas, "
                              "W waktu, B biaya (leave TB empty when there is no cost target)."));
    for (QDoubleSpinBox *s : {m_tugasTambahan, m_kreativitas}) {
        s->setRange(0, 100);
        s->setDecimals(2);
    }
    m_aspects->setColumnCount(2);
    m_aspects->setHorizontalHeaderLabels({tr("Perilaku aspect"), tr("Score")});
    m_aspects->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_aspects->verticalHeader()->hide();
    m_capaian->setPlaceholderText(tr("0–120"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto *extras = new QFormLayout;
    extras->addRow(tr("Tugas tambahan (points):"), m_tugasTambahan);
    extras->addRow(tr("Kreativitas (points):"), m_kreativitas);
    auto *kLayout = new QVBoxLayout(m_kegiatanBox);
    kLayout->addLayout(buttons);
    kLayout->addWidget(m_kegiatan, 1);
    kLayout->addLayout(extras);
    auto *pp30 = new QFormLayout(m_pp30Box);
    pp30->addRow(tr("Capaian SKP:"), m_capaian);
    pp30->addRow(m_newIdea);
    auto *aspectBox = new QGroupBox(tr("Perilaku kerja"), this);
    auto *aLayout = new QVBoxLayout(aspectBox);
    aLayout->addWidget(m_aspects);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_kegiatanBox, 3);
    layout->addWidget(m_pp30Box);
    layout->addWidget(aspectBox, 2);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, [this] {
        KegiatanEntry k;
        addKegiatanRow(k);
        emit changed();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_kegiatan->currentRow() >= 0) {
            m_kegiatan->removeRow(m_kegiatan->currentRow());
            emit changed();
        }
    });
    connect(m_kegiatan, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        checkCell(item->row(), item->column());
        emit changed();
    });
    connect(m_aspects, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        checkAspect(item->row());
        emit changed();
    });
    connect(m_capaian, &QLineEdit::textEdited, this, [this] {
        bool ok = true;
        QString error;
        typed(m_capaian->text(), tr("Capaian SKP"), &ok, &error);
        markInvalid(m_capaian, !ok);
        ok ? m_message->clearMessage() : m_message->showError(error);
        emit changed();
    });
    connect(m_newIdea, &QCheckBox::toggled, this, &NumericEditor::changed);
    connect(m_tugasTambahan, &QDoubleSpinBox::valueChanged, this, &NumericEditor::changed);
    connect(m_kreativitas, &QDoubleSpinBox::valueChanged, this, &NumericEditor::changed);
}

void NumericEditor::setAppraisal(const Appraisal &a, const QVector<KegiatanEntry> &kegiatan,
                                 const QMap<int, double> &aspects)
{
    m_filling = true;
    m_kind = a.schemeKind;
    const bool pp46 = m_kind == SchemeKind::Pp46;
    m_kegiatanBox->setVisible(pp46);
    m_pp30Box->setVisible(!pp46);
    m_kegiatan->setRowCount(0);
    for (const KegiatanEntry &k : kegiatan)
        addKegiatanRow(k);
    {
        const QSignalBlocker b1(m_tugasTambahan);
        const QSignalBlocker b2(m_kreativitas);
        const QSignalBlocker b3(m_newIdea);
        m_tugasTambahan->setValue(a.tugasTambahan);
        m_kreativitas->setValue(a.kreativitas);
        m_capaian->setText(number(a.capaianSkp));
        m_newIdea->setChecked(a.newIdea);
    }
    m_aspects->setRowCount(0);
    const bool structural = a.isStructural();
    QVector<QPair<int, QString>> list;
    if (pp46) {
        for (const Pp46Aspect asp : Pp46::aspects(structural))
            list << qMakePair(static_cast<int>(asp), Pp46::aspectName(asp));
    } else {
        for (const Pp30Aspect asp : Pp30::aspects(structural))
            list << qMakePair(static_cast<int>(asp), Pp30::aspectName(asp));
    }
    for (const auto &[key, name] : list) {
        const int row = m_aspects->rowCount();
        m_aspects->insertRow(row);
        auto *nameItem = new QTableWidgetItem(name);
        nameItem->setFlags(Qt::ItemIsEnabled);
        nameItem->setData(AspectRole, key);
        m_aspects->setItem(row, 0, nameItem);
        m_aspects->setItem(row, 1,
                           new QTableWidgetItem(aspects.contains(key)
                                                    ? DisplayText::editable(aspects.value(key))
                                                    : QString()));
    }
    m_filling = false;
    m_message->clearMessage();
}

void NumericEditor::addKegiatanRow(const KegiatanEntry &k)
{
    const bool was = m_filling;
    m_filling = true;
    const int row = m_kegiatan->rowCount();
    m_kegiatan->insertRow(row);
    const Kegiatan &g = k.kegiatan;
    const QStringList cells = {g.name,
                               g.targetKuantitas > 0 ? DisplayText::editable(g.targetKuantitas)
                                                     : QString(),
                               number(g.realKuantitas),
                               DisplayText::editable(g.targetKualitas),
                               number(g.realKualitas),
                               g.targetWaktu > 0 ? DisplayText::editable(g.targetWaktu) : QString(),
                               number(g.realWaktu),
                               k.satuanWaktu,
                               number(g.targetBiaya),
                               number(g.realBiaya)};
    for (int c = 0; c < KColumnCount; ++c)
        m_kegiatan->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    m_kegiatan->item(row, NameC)->setData(Qt::UserRole, k.id);
    m_filling = was;
}

QString NumericEditor::cellError(int row, int column) const
{
    if (column == NameC || column == SatuanWaktuC)
        return {};
    const QTableWidget *t = m_kegiatan;
    const QString header = t->horizontalHeaderItem(column)->text();
    const QString field = tr("Kegiatan %1, %2").arg(row + 1).arg(header);
    const bool target = column == ToC || column == TkC || column == TwC;
    bool ok = true;
    QString error;
    const QTableWidgetItem *item = t->item(row, column);
    const QString text = item ? item->text() : QString();
    if (target && text.trimmed().isEmpty())
        return tr("%1: a target is needed.").arg(field);
    typed(text, field, &ok, &error, target);
    return ok ? QString() : error;
}

void NumericEditor::checkCell(int row, int column)
{
    const QString error = cellError(row, column);
    if (QTableWidgetItem *item = m_kegiatan->item(row, column))
        item->setBackground(error.isEmpty() ? QBrush() : QBrush(QColor(0xfd, 0xec, 0xea)));
    error.isEmpty() ? m_message->clearMessage() : m_message->showError(error);
}

QString NumericEditor::aspectError(int row) const
{
    const QTableWidgetItem *item = m_aspects->item(row, 1);
    const QString name = m_aspects->item(row, 0)->text();
    bool ok = true;
    QString error;
    const double max = m_kind == SchemeKind::Pp46 ? 100 : 120;
    const auto v = typed(item ? item->text() : QString(), name, &ok, &error);
    if (ok && v && *v > max)
        return tr("%1: at most %2.").arg(name).arg(max);
    return error;
}

void NumericEditor::checkAspect(int row)
{
    const QString error = aspectError(row);
    if (QTableWidgetItem *item = m_aspects->item(row, 1))
        item->setBackground(error.isEmpty() ? QBrush() : QBrush(QColor(0xfd, 0xec, 0xea)));
    error.isEmpty() ? m_message->clearMessage() : m_message->showError(error);
}

QString NumericEditor::validate() const
{
    if (m_kind == SchemeKind::Pp46) {
        for (int r = 0; r < m_kegiatan->rowCount(); ++r) {
            for (int c = ToC; c < KColumnCount; ++c) {
                const QString e = cellError(r, c);
                if (!e.isEmpty())
                    return e;
            }
        }
    } else {
        bool ok = true;
        QString error;
        typed(m_capaian->text(), tr("Capaian SKP"), &ok, &error);
        if (!ok)
            return error;
    }
    for (int r = 0; r < m_aspects->rowCount(); ++r) {
        const QString e = aspectError(r);
        if (!e.isEmpty())
            return e;
    }
    return {};
}

QVector<KegiatanEntry> NumericEditor::kegiatan() const
{
    QVector<KegiatanEntry> list;
    const auto value = [this](int r, int c) {
        bool ok = true;
        QString error;
        return typed(m_kegiatan->item(r, c)->text(), QString(), &ok, &error);
    };
    for (int r = 0; r < m_kegiatan->rowCount(); ++r) {
        KegiatanEntry k;
        k.id = m_kegiatan->item(r, NameC)->data(Qt::UserRole).toLongLong();
        Kegiatan &g = k.kegiatan;
        g.name = m_kegiatan->item(r, NameC)->text().trimmed();
        g.targetKuantitas = value(r, ToC).value_or(0);
        g.realKuantitas = value(r, RoC);
        g.targetKualitas = value(r, TkC).value_or(0);
        g.realKualitas = value(r, RkC);
        g.targetWaktu = value(r, TwC).value_or(0);
        g.realWaktu = value(r, RwC);
        k.satuanWaktu = m_kegiatan->item(r, SatuanWaktuC)->text().trimmed();
        g.targetBiaya = value(r, TbC);
        g.realBiaya = value(r, RbC);
        list << k;
    }
    return list;
}

QMap<int, double> NumericEditor::aspects() const
{
    QMap<int, double> map;
    for (int r = 0; r < m_aspects->rowCount(); ++r) {
        bool ok = true;
        QString error;
        const auto v = typed(m_aspects->item(r, 1)->text(), QString(), &ok, &error);
        if (v)
            map.insert(m_aspects->item(r, 0)->data(AspectRole).toInt(), *v);
    }
    return map;
}

double NumericEditor::tugasTambahan() const
{
    return m_tugasTambahan->value();
}

double NumericEditor::kreativitas() const
{
    return m_kreativitas->value();
}

std::optional<double> NumericEditor::capaianSkp() const
{
    bool ok = true;
    QString error;
    return typed(m_capaian->text(), QString(), &ok, &error);
}

bool NumericEditor::newIdea() const
{
    return m_newIdea->isChecked();
}

void NumericEditor::setReadOnly(bool on)
{
    const auto triggers = on ? QAbstractItemView::NoEditTriggers
                             : QAbstractItemView::DoubleClicked |
                                   QAbstractItemView::EditKeyPressed |
                                   QAbstractItemView::AnyKeyPressed;
    m_kegiatan->setEditTriggers(triggers);
    m_aspects->setEditTriggers(triggers);
    for (QWidget *w : std::initializer_list<QWidget *>{m_add, m_remove, m_tugasTambahan,
                                                       m_kreativitas, m_newIdea})
        w->setEnabled(!on);
    m_capaian->setReadOnly(on);
}

} // namespace kinerja::ui
