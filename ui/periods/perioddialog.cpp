#include "perioddialog.h"

#include "common/appraisaltext.h"
#include "common/fieldmessage.h"
#include "common/messagebox.h"
#include "storage/periodrepository.h"
#include "storage/schemerepository.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kinerja::ui {

PeriodDialog::PeriodDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_kind(new QComboBox(this)), m_year(new QSpinBox(this)),
      m_number(new QSpinBox(this)), m_numberLabel(new QLabel(this)), m_code(new QLabel(this)),
      m_codeMessage(new FieldMessage(QStringLiteral("periodCodeMessage"), this)),
      m_scheme(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("periodDialog"));
    setWindowTitle(tr("New appraisal period"));
    m_kind->setObjectName(QStringLiteral("periodKindCombo"));
    m_year->setObjectName(QStringLiteral("periodYearSpin"));
    m_number->setObjectName(QStringLiteral("periodNumberSpin"));
    m_code->setObjectName(QStringLiteral("periodCodeLabel"));
    m_scheme->setObjectName(QStringLiteral("periodSchemeCombo"));
    m_buttons->setObjectName(QStringLiteral("periodButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create period"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createPeriodButton"));

    for (const Period::Kind k : {Period::Kind::Quarterly, Period::Kind::Monthly,
                                 Period::Kind::Semester, Period::Kind::Annual})
        m_kind->addItem(Period::kindName(k), static_cast<int>(k));
    m_year->setRange(1900, 9999);
    const QDate today = QDate::currentDate();
    m_year->setValue(today.year());
    m_number->setValue((today.month() + 2) / 3);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_code->setFont(big);

    SchemeRepository schemes(m_db);
    const qint64 defaultVersion = schemes.defaultVersionId();
    for (const SchemeInfo &s : schemes.all()) {
        for (const SchemeVersionInfo &v : schemes.versions(s.id)) {
            m_scheme->addItem(tr("%1 — version %2").arg(s.name).arg(v.version), v.id);
            if (v.id == defaultVersion)
                m_scheme->setCurrentIndex(m_scheme->count() - 1);
        }
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(m_numberLabel, m_number);
    form->addRow(tr("Period:"), withMessage(m_code, m_codeMessage));
    form->addRow(tr("&Scheme:"), m_scheme);
    auto *hint = new QLabel(tr("Appraisals created in this period use the chosen scheme version. "
                               "A closed period cannot change."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PeriodDialog::kindChanged);
    connect(m_year, &QSpinBox::valueChanged, this, &PeriodDialog::updatePreview);
    connect(m_number, &QSpinBox::valueChanged, this, &PeriodDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PeriodDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    kindChanged();
    resize(460, sizeHint().height());
}

void PeriodDialog::kindChanged()
{
    const auto kind = static_cast<Period::Kind>(m_kind->currentData().toInt());
    switch (kind) {
    case Period::Kind::Monthly:
        m_numberLabel->setText(tr("&Month:"));
        m_number->setRange(1, 12);
        break;
    case Period::Kind::Quarterly:
        m_numberLabel->setText(tr("&Quarter (triwulan):"));
        m_number->setRange(1, 4);
        break;
    case Period::Kind::Semester:
        m_numberLabel->setText(tr("&Semester:"));
        m_number->setRange(1, 2);
        break;
    case Period::Kind::Annual:
        m_numberLabel->setText(tr("Number:"));
        m_number->setRange(1, 1);
        break;
    }
    m_numberLabel->setBuddy(m_number);
    m_number->setEnabled(kind != Period::Kind::Annual);
    updatePreview();
}

Period PeriodDialog::period() const
{
    const int year = m_year->value();
    const int n = m_number->value();
    switch (static_cast<Period::Kind>(m_kind->currentData().toInt())) {
    case Period::Kind::Monthly:
        return Period::month(year, n);
    case Period::Kind::Quarterly:
        return Period::quarter(year, n);
    case Period::Kind::Semester:
        return Period::semester(year, n);
    case Period::Kind::Annual:
        break;
    }
    return Period::annual(year);
}

void PeriodDialog::updatePreview()
{
    const Period p = period();
    m_code->setText(AppraisalText::periodTitle(p));
    const bool exists = PeriodRepository(m_db).findByCode(p.toString()).has_value();
    if (exists)
        m_codeMessage->showError(tr("Period %1 exists already.").arg(p.toString()));
    else
        m_codeMessage->showInfo(AppraisalText::periodRange(p));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!exists);
}

void PeriodDialog::accept()
{
    qint64 id = 0;
    const Status s =
        PeriodRepository(m_db).create(period(), m_scheme->currentData().toLongLong(), &id);
    if (!s) {
        m_codeMessage->showError(s.message());
        MessageBox::warning(this, tr("Cannot create the period"), s.message());
        return;
    }
    m_createdId = id;
    QDialog::accept();
}

} // namespace kinerja::ui
