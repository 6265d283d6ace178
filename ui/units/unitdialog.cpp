#include "unitdialog.h"

#include "common/fieldmessage.h"
#include "common/icons.h"
#include "storage/database.h"
#include "storage/unitrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kinerja::ui {

UnitKind UnitDialog::childKind(UnitKind parent)
{
    switch (parent) {
    case UnitKind::Pemerintah:
        return UnitKind::PerangkatDaerah;
    case UnitKind::PerangkatDaerah:
        return UnitKind::Bidang;
    case UnitKind::Bidang:
    case UnitKind::Seksi:
        return UnitKind::Seksi;
    case UnitKind::Kecamatan:
    case UnitKind::Kelurahan:
        return UnitKind::Kelurahan;
    }
    return UnitKind::Bidang;
}

UnitDialog::UnitDialog(Database &db, qint64 parentId, QWidget *parent)
    : QDialog(parent), m_db(db), m_parentId(parentId), m_name(new QLineEdit(this)),
      m_kind(new QComboBox(this)),
      m_nameError(new FieldMessage(QStringLiteral("unitNameError"), this)),
      m_formError(new FieldMessage(QStringLiteral("unitFormError"), this))
{
    setObjectName(QStringLiteral("unitDialog"));
    const std::optional<Unit> parentUnit =
        parentId != 0 ? UnitRepository(m_db).find(parentId) : std::nullopt;
    setWindowTitle(parentUnit ? tr("New sub-unit") : tr("New unit"));

    m_name->setObjectName(QStringLiteral("unitNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Bidang Pengadaan dan Pemberhentian"));
    m_kind->setObjectName(QStringLiteral("unitKindCombo"));
    for (const UnitKind k : allUnitKinds())
        m_kind->addItem(Icons::unitIcon(k), unitKindName(k), static_cast<int>(k));
    const UnitKind kind = parentUnit ? childKind(parentUnit->kind) : UnitKind::Pemerintah;
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));

    auto *form = new QFormLayout;
    form->addRow(tr("Part of:"),
                 new QLabel(parentUnit ? parentUnit->name : tr("(top of the unit tree)"), this));
    form->addRow(tr("&Name:"), withMessage(m_name, m_nameError));
    form->addRow(tr("&Kind:"), m_kind);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, &UnitDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_nameError->clearMessage();
        m_formError->clearMessage();
        m_save->setEnabled(!m_name->text().trimmed().isEmpty());
    });
    m_save->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void UnitDialog::save()
{
    Unit u;
    u.parentId = m_parentId;
    u.name = m_name->text().simplified();
    u.kind = static_cast<UnitKind>(m_kind->currentData().toInt());
    const Status s = UnitRepository(m_db).create(u);
    if (!s) {
        if (s.field() == QLatin1String("name")) {
            m_nameError->showError(s.message());
            m_save->setEnabled(false);
        } else {
            m_formError->showError(s.message());
        }
        return;
    }
    m_createdId = u.id;
    accept();
}

} // namespace kinerja::ui
