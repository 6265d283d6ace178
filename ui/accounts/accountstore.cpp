#include "accountstore.h"

#include "storage/database.h"

namespace kinerja::ui {

namespace {

class RepositoryStore final : public AccountStore {
public:
    explicit RepositoryStore(Database &db) : m_db(db), m_repo(db) {}
    // A refusal or a lost connection in the words of Database::explainFailure.
    Status all(QList<Account> *out) override { return m_db.explainFailure(m_repo.all(out)); }
    Status create(const QString &login, const QString &password, qint64 employeeId,
                  const QList<RoleGrant> &roles, qint64 *id) override
    {
        return m_db.explainFailure(m_repo.create(login, password, employeeId, roles, id));
    }
    Status link(qint64 accountId, qint64 employeeId) override
    {
        return m_db.explainFailure(m_repo.link(accountId, employeeId));
    }
    Status setRoles(qint64 accountId, const QList<RoleGrant> &roles) override
    {
        return m_db.explainFailure(m_repo.setRoles(accountId, roles));
    }
    Status resetPassword(qint64 accountId, const QString &password) override
    {
        return m_db.explainFailure(m_repo.resetPassword(accountId, password));
    }
    Status setDisabled(qint64 accountId, bool disabled) override
    {
        return m_db.explainFailure(m_repo.setDisabled(accountId, disabled));
    }

private:
    Database &m_db;
    AccountRepository m_repo;
};

} // namespace

std::unique_ptr<AccountStore> AccountStore::forDatabase(Database &db)
{
    return std::make_unique<RepositoryStore>(db);
}

} // namespace kinerja::ui
