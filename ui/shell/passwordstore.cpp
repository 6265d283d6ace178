#include "passwordstore.h"

#include <QEventLoop>
#include <QHash>
#include <qt6keychain/keychain.h>

namespace kinerja::ui {

namespace {

struct MemoryStore {
    bool enabled = false;
    bool available = true;
    QHash<QString, QString> passwords;
};

MemoryStore &memory()
{
    static MemoryStore store;
    return store;
}

// Runs a keychain job to its end. The jobs are asynchronous, and the secret service may
// ask the user to unlock the store, so the event loop keeps the window painted meanwhile.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

void PasswordStore::useMemoryStore(bool available)
{
    memory() = MemoryStore{true, available, {}};
}

QString PasswordStore::read(const QString &key, bool *unavailable)
{
    if (unavailable)
        *unavailable = false;
    if (memory().enabled) {
        if (unavailable)
            *unavailable = !memory().available;
        return memory().passwords.value(key);
    }
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::NoError)
        return job.textData();
    if (unavailable && job.error() != QKeychain::EntryNotFound)
        *unavailable = true;
    return {};
}

Status PasswordStore::write(const QString &key, const QString &password)
{
    if (memory().enabled) {
        if (!memory().available)
            return Status::error(tr("No secret store is available in this session."));
        memory().passwords.insert(key, password);
        return Status::ok();
    }
    QKeychain::WritePasswordJob job(kService);
    job.setKey(key);
    job.setTextData(password);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return Status::error(job.errorString());
    return Status::ok();
}

void PasswordStore::remove(const QString &key)
{
    if (memory().enabled) {
        memory().passwords.remove(key);
        return;
    }
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(key);
    runJob(job);
}

} // namespace kinerja::ui
