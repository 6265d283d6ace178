#include "idlelock.h"

#include "storage/database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace kinerja::ui {

namespace {
const QString kIdleMinutes = QStringLiteral("security/idleLockMinutes");
constexpr int kDefaultMinutes = 15;

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}
} // namespace

LockDialog::LockDialog(const QString &who, int idleMinutes, QWidget *parent)
    : QDialog(parent), m_password(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("lockDialog"));
    setWindowTitle(tr("Kinerja is locked"));
    setWindowModality(Qt::ApplicationModal);
    auto *message = new QLabel(
        tr("Kinerja was locked after %n minute(s) without use, so that nobody else works under "
           "your name. Your unsaved changes are still there.",
           nullptr, idleMinutes),
        this);
    message->setObjectName(QStringLiteral("lockMessage"));
    message->setWordWrap(true);
    auto *prompt = new QLabel(tr("Password of %1:").arg(who), this);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_password);
    m_password->setObjectName(QStringLiteral("lockPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("lockErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *unlock = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    QPushButton *quit = buttons->addButton(tr("&Quit Kinerja"), QDialogButtonBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("lockQuitButton"));
    connect(unlock, &QPushButton::clicked, this, [this] {
        m_error->hide();
        emit unlockRequested(m_password->text());
    });
    connect(m_password, &QLineEdit::returnPressed, unlock, &QPushButton::click);
    connect(quit, &QPushButton::clicked, this, &LockDialog::quitRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(prompt);
    layout->addWidget(m_password);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void LockDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_password->clear();
    m_password->setFocus();
}

IdleLock::IdleLock(QWidget *window) : QObject(window), m_window(window), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer); // remainingMs() exact, for the tests
    connect(m_timer, &QTimer::timeout, this, &IdleLock::lockNow);
    m_quit = [this] {
        uncover();
        if (m_dialog)
            m_dialog->deleteLater();
        m_window->close();
        QCoreApplication::quit();
    };
    qApp->installEventFilter(this);
    setTimeoutMs(configuredMinutes() * 60 * 1000);
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
    uncover();
    delete m_dialog;
}

int IdleLock::configuredMinutes()
{
    return qMax(0, QSettings().value(kIdleMinutes, kDefaultMinutes).toInt());
}

void IdleLock::setConfiguredMinutes(int minutes)
{
    QSettings().setValue(kIdleMinutes, qMax(0, minutes));
}

void IdleLock::setDatabase(Database *db, const QString &who)
{
    m_db = db;
    m_who = who;
    restart();
}

void IdleLock::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(0, ms);
    restart();
}

bool IdleLock::isActive() const
{
    return m_timer->isActive();
}

int IdleLock::remainingMs() const
{
    return m_timer->remainingTime();
}

void IdleLock::restart()
{
    if (m_db && m_db->isServer() && m_timeoutMs > 0 && !isLocked())
        m_timer->start(m_timeoutMs);
    else
        m_timer->stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (!isLocked()) {
        // Spontaneous only: Qt's own synthetic moves (a widget appearing under a resting
        // cursor) are not the person working.
        if (isInput(event->type()) && event->spontaneous() && m_timer->isActive())
            m_timer->start(m_timeoutMs);
    } else if (event->type() == QEvent::Resize) {
        for (const QPointer<QWidget> &c : std::as_const(m_covers))
            if (c && c->parent() == watched)
                c->setGeometry(static_cast<QWidget *>(watched)->rect());
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::lockNow()
{
    if (isLocked() || !m_db || !m_db->isServer())
        return;
    m_timer->stop();
    cover();
    m_dialog = new LockDialog(m_who, qMax(1, (m_timeoutMs + 59999) / 60000), m_window);
    connect(m_dialog, &LockDialog::unlockRequested, this, &IdleLock::unlock);
    connect(m_dialog, &LockDialog::quitRequested, this, [this] {
        if (m_quit)
            m_quit();
    });
    // open(), not exec(): the editors' own event loops stay where they are.
    m_dialog->open();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void IdleLock::unlock(const QString &password)
{
    if (!m_dialog || !m_db)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_db->verifyPassword(password);
    QApplication::restoreOverrideCursor();
    if (!s) {
        m_dialog->showError(s.message());
        return;
    }
    LockDialog *dialog = m_dialog;
    m_dialog = nullptr;
    dialog->hide();
    dialog->deleteLater();
    uncover();
    restart();
}

void IdleLock::cover()
{
    // Every visible window, the open editors too, behind a plain panel: closing them would
    // lose their unsaved edits, leaving them readable would show them to a passer-by.
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (!w->isVisible() || w->windowType() == Qt::ToolTip || w->windowType() == Qt::Popup)
            continue;
        auto *c = new QWidget(w);
        c->setObjectName(QStringLiteral("lockCover"));
        c->setAutoFillBackground(true);
        c->setGeometry(w->rect());
        c->show();
        c->raise();
        m_covers.append(c);
    }
}

void IdleLock::uncover()
{
    for (const QPointer<QWidget> &c : std::as_const(m_covers))
        delete c.data();
    m_covers.clear();
}

} // namespace kinerja::ui
