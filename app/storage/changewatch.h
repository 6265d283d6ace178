#pragma once

#include <QObject>
#include <QString>

namespace kinerja {

class Database;

// Tells when another session or program changed the database, so that a window can
// show the current data. On a server it listens on the channel "kinerja_changed" that
// migration 9's triggers notify, and emits changed() for other sessions' commits only.
// SQLite files send nothing: changedElsewhere() compares PRAGMA data_version, which
// moves when another connection commits. Must be destroyed before the database closes.
class ChangeWatch : public QObject {
    Q_OBJECT
public:
    static inline const QString kChannel = QStringLiteral("kinerja_changed");

    explicit ChangeWatch(Database &db, QObject *parent = nullptr);
    ~ChangeWatch() override;

    // SQLite: whether another connection committed since the last call (or since the
    // watch was made). Always false on a server, whose changes arrive as changed().
    bool changedElsewhere();

signals:
    // Another session committed a change to `table`.
    void changed(const QString &table);

private:
    qint64 dataVersion() const;

    Database &m_db;
    qint64 m_version = 0;
    bool m_subscribed = false;
};

} // namespace kinerja
