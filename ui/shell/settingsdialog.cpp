#include "settingsdialog.h"

#include "shell/idlelock.h"
#include "shell/language.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kinerja::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_restartNote(new QLabel(this)),
      m_idleLock(new QSpinBox(this)), m_initialLanguage(Language::configured())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QStringLiteral("system"));
    // Language names in their own language, so that everyone finds theirs.
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initialLanguage)));

    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("A new language is used from the next start of Kinerja."));
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);

    auto *general = new QGroupBox(tr("User interface"), this);
    auto *form = new QFormLayout(general);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);

    m_idleLock->setObjectName(QStringLiteral("idleLockSpin"));
    m_idleLock->setRange(0, 480);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setSpecialValueText(tr("Never"));
    m_idleLock->setValue(IdleLock::configuredMinutes());
    m_idleLock->setToolTip(tr("On an office server, Kinerja covers its windows after this time "
                              "without keyboard or mouse use and asks for your password again. "
                              "A database file on this PC is never locked: it has no password, "
                              "the operating-system account is the person."));
    form->addRow(tr("&Lock when idle after:"), m_idleLock);

    auto *files = new QGroupBox(tr("Files"), this);
    auto *filesForm = new QFormLayout(files);
    auto *defaultPath = new QLabel(QDir::toNativeSeparators(Database::defaultPath()), files);
    defaultPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    defaultPath->setWordWrap(true);
    filesForm->addRow(tr("Default database:"), defaultPath);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        QFont f = m_restartNote->font();
        f.setBold(m_language->currentData().toString() != m_initialLanguage);
        m_restartNote->setFont(f);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(files);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(520, 280);
}

void SettingsDialog::apply()
{
    Language::setConfigured(m_language->currentData().toString());
    IdleLock::setConfiguredMinutes(m_idleLock->value());
}

void SettingsDialog::accept()
{
    apply();
    QDialog::accept();
}

} // namespace kinerja::ui
