#include "serverdialog.h"

#include "shell/passwordstore.h"
#include "shell/serverconnect.h"
#include "storage/database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kinerja::ui {

ServerDialog::ServerDialog(QWidget *parent)
    : QDialog(parent), m_recent(new QComboBox(this)), m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_database(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("&Remember the password"), this)), m_testResult(new QLabel(this)),
      m_test(new QPushButton(tr("&Test connection"), this))
{
    setObjectName(QStringLiteral("serverDialog"));
    setWindowTitle(tr("Connect to Office Server"));
    m_recent->setObjectName(QStringLiteral("recentServers"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_test->setObjectName(QStringLiteral("testButton"));

    m_recent->addItem(tr("(a new server)"));
    for (const QString &location : ServerConnect::recentServers())
        m_recent->addItem(location, location);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_host->setPlaceholderText(tr("server name or IP address"));
    m_database->setText(QStringLiteral("kinerja"));
    m_user->setText(qEnvironmentVariable("USER"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Kept in the desktop's password store, never in a file."));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Re&cent:"), m_recent);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ServerDialog::testConnection);
    connect(m_recent, qOverload<int>(&QComboBox::activated), this, &ServerDialog::recentChosen);
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_testResult);
    layout->addWidget(buttons);
    if (m_recent->count() > 1)
        recentChosen(1);
    updateButtons();
}

ServerAddress ServerDialog::address() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.password = m_password->text();
    return a;
}

void ServerDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_password->setText(address.password);
}

bool ServerDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ServerDialog::recentChosen(int index)
{
    const QString location = m_recent->itemData(index).toString();
    ServerAddress a;
    if (location.isEmpty() || !ServerAddress::parse(location, &a))
        return;
    m_recent->setCurrentIndex(index);
    a.password = PasswordStore::read(a.toString());
    setAddress(a);
}

void ServerDialog::updateButtons()
{
    const ServerAddress a = address();
    const bool complete = !a.host.isEmpty() && !a.database.isEmpty() && !a.user.isEmpty();
    m_connect->setEnabled(complete);
    m_test->setEnabled(complete);
    m_testResult->clear();
}

void ServerDialog::testConnection()
{
    m_testResult->setText(tr("Connecting to %1…").arg(address().display()));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    Database db;
    const Status s = db.openServer(address());
    QApplication::restoreOverrideCursor();
    m_testResult->setText(s ? tr("Connected: a Kinerja database (version %1) that this Kinerja "
                                 "can use.")
                                  .arg(db.schemaVersion())
                            : s.message());
}

} // namespace kinerja::ui
