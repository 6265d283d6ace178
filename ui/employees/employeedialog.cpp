#include "employeedialog.h"

#include "common/displaytext.h"
#include "common/fieldmessage.h"
#include "common/icons.h"
#include "domain/nip.h"
#include "employees/atasanchooser.h"
#include "storage/database.h"
#include "storage/employeerepository.h"
#include "units/unitcombobox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {

QDateEdit *newDateEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(DisplayText::dateFormat());
    edit->setMinimumDate(QDate(1940, 1, 1));
    return edit;
}

QFormLayout *newForm(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    return form;
}

} // namespace

void EmployeeDialog::addFieldMessage(const QString &field, FieldMessage *message)
{
    m_messages.insert(field, message);
    m_messageOrder.append(field);
}

EmployeeDialog::EmployeeDialog(Database &db, qint64 employeeId, QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("employeeDialog"));
    if (employeeId != 0) {
        m_original = EmployeeRepository(m_db).find(employeeId);
        if (m_original) {
            const QVector<PositionRecord> history = EmployeeRepository(m_db).history(employeeId);
            if (!history.isEmpty())
                m_lastHistoryDate = history.last().validFrom;
        }
    }
    buildUi();
    if (m_original) {
        setWindowTitle(tr("Edit employee — %1").arg(m_original->fullName()));
        load(*m_original);
    } else {
        setWindowTitle(tr("New employee"));
        fillGrades();
        fillJenjangs();
    }
    revalidate();
}

void EmployeeDialog::buildUi()
{
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(buildIdentityGroup());
    left->addWidget(buildEmploymentGroup());
    left->addStretch(1);
    columns->addLayout(left, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(buildPositionGroup());
    right->addStretch(1);
    columns->addLayout(right, 1);

    m_formMessage = new FieldMessage(QStringLiteral("formError"), this);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_save, &QPushButton::clicked, this, &EmployeeDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_formMessage);
    layout->addWidget(buttons);
    addFieldMessage(QStringLiteral("form"), m_formMessage);
    resize(qMax(960, sizeHint().width()), sizeHint().height());
}

QWidget *EmployeeDialog::buildIdentityGroup()
{
    auto *group = new QGroupBox(tr("Identity"), this);
    QFormLayout *form = newForm(group);

    m_nip = new QLineEdit(group);
    m_nip->setObjectName(QStringLiteral("nipEdit"));
    m_nip->setPlaceholderText(tr("18 digits, e.g. 19930121 202012 1 001"));
    m_nip->setMaxLength(40);
    auto *nipError = new FieldMessage(QStringLiteral("nipError"), group);
    m_nipInfo = new FieldMessage(QStringLiteral("nipInfo"), group);
    auto *nipBox = new QVBoxLayout;
    nipBox->addWidget(m_nip);
    nipBox->addWidget(m_nipInfo);
    form->addRow(tr("&NIP:"), withMessage(nipBox, nipError));
    addFieldMessage(QStringLiteral("nip"), nipError);

    m_gelarDepan = new QLineEdit(group);
    m_gelarDepan->setObjectName(QStringLiteral("gelarDepanEdit"));
    m_gelarDepan->setPlaceholderText(tr("e.g. Dr., Ir., drg."));
    form->addRow(tr("Gelar &depan:"), m_gelarDepan);

    m_name = new QLineEdit(group);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Name without academic titles"));
    auto *nameError = new FieldMessage(QStringLiteral("nameError"), group);
    form->addRow(tr("N&ame:"), withMessage(m_name, nameError));
    addFieldMessage(QStringLiteral("name"), nameError);

    m_gelarBelakang = new QLineEdit(group);
    m_gelarBelakang->setObjectName(QStringLiteral("gelarBelakangEdit"));
    m_gelarBelakang->setPlaceholderText(tr("e.g. S.Kom., M.M."));
    m_fullName = new FieldMessage(QStringLiteral("fullNamePreview"), group);
    form->addRow(tr("Gelar &belakang:"), withMessage(m_gelarBelakang, m_fullName));

    connect(m_nip, &QLineEdit::textEdited, this, [this] { fieldEdited(QStringLiteral("nip")); });
    // Once typed, a valid NIP is shown in its usual groups.
    connect(m_nip, &QLineEdit::editingFinished, this, [this] {
        if (Nip::parse(m_nip->text()).isValid())
            m_nip->setText(Nip::format(Nip::normalize(m_nip->text())));
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { fieldEdited(QStringLiteral("name")); });
    connect(m_gelarDepan, &QLineEdit::textEdited, this,
            [this] { fieldEdited(QStringLiteral("gelar")); });
    connect(m_gelarBelakang, &QLineEdit::textEdited, this,
            [this] { fieldEdited(QStringLiteral("gelar")); });
    return group;
}

QWidget *EmployeeDialog::buildPositionGroup()
{
    auto *group = new QGroupBox(tr("Position"), this);
    QFormLayout *form = newForm(group);

    m_status = new QComboBox(group);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (const EmployeeStatus s : {EmployeeStatus::Pns, EmployeeStatus::Cpns, EmployeeStatus::Pppk})
        m_status->addItem(statusName(s), static_cast<int>(s));
    form->addRow(tr("&Status:"), m_status);

    m_grade = new QComboBox(group);
    m_grade->setObjectName(QStringLiteral("gradeCombo"));
    m_grade->setMaxVisibleItems(20);
    auto *gradeError = new FieldMessage(QStringLiteral("gradeError"), group);
    form->addRow(tr("&Pangkat/golongan:"), withMessage(m_grade, gradeError));
    addFieldMessage(QStringLiteral("grade"), gradeError);

    m_kind = new QComboBox(group);
    m_kind->setObjectName(QStringLiteral("jabatanKindCombo"));
    for (const JabatanKind k : allJabatanKinds())
        m_kind->addItem(jabatanKindName(k), static_cast<int>(k));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(JabatanKind::Pelaksana)));
    form->addRow(tr("Jenis &jabatan:"), m_kind);

    m_jenjang = new QComboBox(group);
    m_jenjang->setObjectName(QStringLiteral("jenjangCombo"));
    auto *jenjangError = new FieldMessage(QStringLiteral("jenjangError"), group);
    form->addRow(tr("Je&njang:"), withMessage(m_jenjang, jenjangError));
    addFieldMessage(QStringLiteral("jenjang"), jenjangError);

    m_jabatan = new QLineEdit(group);
    m_jabatan->setObjectName(QStringLiteral("jabatanEdit"));
    m_jabatan->setPlaceholderText(tr("e.g. Analis Kepegawaian Ahli Muda"));
    auto *jabatanError = new FieldMessage(QStringLiteral("jabatanError"), group);
    form->addRow(tr("Ja&batan:"), withMessage(m_jabatan, jabatanError));
    addFieldMessage(QStringLiteral("jabatan"), jabatanError);

    m_unit = new UnitComboBox(group);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_unit->setPlaceholderItem(tr("(choose a unit)"));
    m_unit->setDatabase(&m_db);
    m_unit->setUnitId(0);
    auto *unitError = new FieldMessage(QStringLiteral("unitError"), group);
    form->addRow(tr("&Unit:"), withMessage(m_unit, unitError));
    addFieldMessage(QStringLiteral("unit"), unitError);

    m_atasan = new AtasanChooser(group);
    m_atasan->setObjectName(QStringLiteral("atasanChooser"));
    m_atasan->setDatabase(&m_db);
    auto *atasanError = new FieldMessage(QStringLiteral("atasanError"), group);
    form->addRow(tr("A&tasan langsung:"), withMessage(m_atasan, atasanError));
    addFieldMessage(QStringLiteral("atasan"), atasanError);

    connect(m_status, &QComboBox::activated, this,
            [this] { fieldEdited(QStringLiteral("status")); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        fillGrades();
        revalidate();
    });
    connect(m_grade, &QComboBox::currentIndexChanged, this,
            [this] { fieldEdited(QStringLiteral("grade")); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillJenjangs();
        fieldEdited(QStringLiteral("jenjang"));
    });
    connect(m_jenjang, &QComboBox::currentIndexChanged, this,
            [this] { fieldEdited(QStringLiteral("jenjang")); });
    connect(m_jabatan, &QLineEdit::textEdited, this,
            [this] { fieldEdited(QStringLiteral("jabatan")); });
    connect(m_unit, &UnitComboBox::unitChanged, this, [this](qint64 id) {
        m_atasan->setContext(m_original ? m_original->id : 0, id);
        fieldEdited(QStringLiteral("unit"));
    });
    connect(m_atasan, &AtasanChooser::changed, this,
            [this] { fieldEdited(QStringLiteral("atasan")); });
    return group;
}

QWidget *EmployeeDialog::buildEmploymentGroup()
{
    auto *group = new QGroupBox(tr("Employment"), this);
    QFormLayout *form = newForm(group);

    m_state = new QComboBox(group);
    m_state->setObjectName(QStringLiteral("stateCombo"));
    for (const EmploymentState s : allEmploymentStates())
        m_state->addItem(employmentStateName(s), static_cast<int>(s));
    m_stateDate = newDateEdit(QStringLiteral("stateDateEdit"), group);
    m_stateDate->setToolTip(tr("The day the state began"));
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(new QLabel(tr("since"), group));
    stateRow->addWidget(m_stateDate);
    auto *stateError = new FieldMessage(QStringLiteral("stateDateError"), group);
    form->addRow(tr("S&tate:"), withMessage(stateRow, stateError));
    addFieldMessage(QStringLiteral("stateDate"), stateError);

    m_validFrom = newDateEdit(QStringLiteral("validFromEdit"), group);
    m_validFrom->setToolTip(tr("TMT of the new unit, jabatan or pangkat: the riwayat records "
                               "the change from this day."));
    auto *validFromError = new FieldMessage(QStringLiteral("validFromError"), group);
    auto *validFromHint = new FieldMessage(QStringLiteral("validFromHint"), group);
    validFromHint->showInfo(tr("For a change of unit, jabatan or pangkat; goes into the riwayat."));
    auto *validFromBox = new QVBoxLayout;
    validFromBox->addWidget(m_validFrom);
    validFromBox->addWidget(validFromHint);
    m_validFromRow = withMessage(validFromBox, validFromError);
    form->addRow(tr("&Valid from (TMT):"), m_validFromRow);
    addFieldMessage(QStringLiteral("effective"), validFromError);

    m_note = new QLineEdit(group);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setPlaceholderText(tr("e.g. SK number (optional)"));
    form->addRow(tr("N&ote:"), m_note);

    if (!m_original) {
        form->setRowVisible(m_validFromRow, false);
        form->setRowVisible(m_note, false);
    }

    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_stateDate->setEnabled(m_state->currentData().toInt() !=
                                static_cast<int>(EmploymentState::Aktif));
        fieldEdited(QStringLiteral("stateDate"));
    });
    connect(m_stateDate, &QDateEdit::dateChanged, this,
            [this] { fieldEdited(QStringLiteral("stateDate")); });
    connect(m_validFrom, &QDateEdit::dateChanged, this,
            [this] { fieldEdited(QStringLiteral("effective")); });
    m_stateDate->setEnabled(false);
    return group;
}

void EmployeeDialog::setDefaultUnit(qint64 unitId)
{
    if (!m_original && unitId != 0)
        m_unit->setUnitId(unitId);
}

void EmployeeDialog::fillGrades()
{
    const int previous = m_grade->currentData().toInt();
    const auto status = static_cast<EmployeeStatus>(m_status->currentData().toInt());
    const QSignalBlocker block(m_grade);
    m_grade->clear();
    m_grade->addItem(tr("(choose)"), 0);
    const bool pppk = status == EmployeeStatus::Pppk;
    for (const int code : pppk ? Grade::pppkCodes() : Grade::pnsCodes()) {
        const QString label = Grade::golonganLabel(status, code);
        m_grade->addItem(pppk ? tr("Golongan %1").arg(label)
                              : tr("%1 — %2").arg(label, Grade::pangkatName(code)),
                         code);
    }
    const int i = m_grade->findData(previous);
    m_grade->setCurrentIndex(i > 0 ? i : 0);
}

void EmployeeDialog::fillJenjangs()
{
    const Jenjang previous = static_cast<Jenjang>(m_jenjang->currentData().toInt());
    const auto kind = static_cast<JabatanKind>(m_kind->currentData().toInt());
    const QVector<Jenjang> jenjangs = EmployeeRules::jenjangsFor(kind);
    const QSignalBlocker block(m_jenjang);
    m_jenjang->clear();
    const bool none = jenjangs.size() == 1 && jenjangs.first() == Jenjang::None;
    if (none) {
        m_jenjang->addItem(tr("— (none for %1)").arg(jabatanKindName(kind)),
                           static_cast<int>(Jenjang::None));
    } else {
        m_jenjang->addItem(tr("(choose)"), static_cast<int>(Jenjang::None));
        for (const Jenjang j : jenjangs)
            m_jenjang->addItem(jenjangName(j), static_cast<int>(j));
    }
    m_jenjang->setEnabled(!none);
    const int i = m_jenjang->findData(static_cast<int>(previous));
    m_jenjang->setCurrentIndex(i >= 0 ? i : 0);
}

void EmployeeDialog::load(const Employee &e)
{
    m_loading = true;
    m_nip->setText(Nip::format(e.nip));
    m_gelarDepan->setText(e.gelarDepan);
    m_name->setText(e.name);
    m_gelarBelakang->setText(e.gelarBelakang);
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(e.status)));
    fillGrades();
    m_grade->setCurrentIndex(qMax(0, m_grade->findData(e.grade)));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(e.jabatanKind)));
    fillJenjangs();
    m_jenjang->setCurrentIndex(qMax(0, m_jenjang->findData(static_cast<int>(e.jenjang))));
    m_jabatan->setText(e.jabatan);
    m_unit->setUnitId(e.unitId);
    m_atasan->setContext(e.id, e.unitId);
    m_atasan->setAtasanId(e.atasanId);
    m_state->setCurrentIndex(m_state->findData(static_cast<int>(e.state)));
    m_stateDate->setDate(e.stateDate.isValid() ? e.stateDate : QDate::currentDate());
    m_stateDate->setEnabled(!e.isActive());
    if (m_lastHistoryDate.isValid())
        m_validFrom->setMinimumDate(m_lastHistoryDate);
    m_validFrom->setDate(qMax(QDate::currentDate(), m_lastHistoryDate));
    for (const char *field : {"nip", "name", "gelar", "status", "grade", "jenjang", "jabatan",
                              "unit", "atasan", "stateDate", "effective"})
        m_touched.insert(QLatin1String(field));
    m_loading = false;
}

} // namespace kinerja::ui
