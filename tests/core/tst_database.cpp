#include "store/database.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rh;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

bool insertPreset(QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO presets (name, webapp_id, created_at, updated_at) VALUES (?, ?, 1, 1)"));
    query.addBindValue(name);
    query.addBindValue(QStringLiteral("1877265245566922753"));
    return query.exec();
}

int presetCount(const Database &db)
{
    return scalar(db.connection(), QStringLiteral("SELECT count(*) FROM presets")).toInt();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QString path() const { return m_dir->filePath(QStringLiteral("data/rhdesk.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase() { test::isolateEnvironment(); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void migratesFromEmpty()
    {
        Database db(path());
        QVERIFY(!db.isOpen());
        QCOMPARE(db.schemaVersion(), -1);
        QVERIFY2(db.open(), qPrintable(db.errorDetail()));
        QVERIFY(db.isOpen());
        QCOMPARE(db.error(), Database::Error::None);
        QVERIFY(Database::latestVersion() >= 1);
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA user_version")).toInt(), Database::latestVersion());
        const QStringList tables = db.connection().tables();
        for (const char *table : {"runs", "run_events", "run_outputs", "app_cache", "presets", "uploads"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        QVERIFY(QFile::exists(path()));
    }

    void pragmas()
    {
        Database db(path());
        QVERIFY(db.open());
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }

    void reopensAnExistingFile()
    {
        {
            Database db(path());
            QVERIFY(db.open());
            QVERIFY(db.transaction([](QSqlDatabase &c) { return insertPreset(c, QStringLiteral("人像 portrait")); }));
        }
        Database again(path());
        QVERIFY(again.open()); // migrations must not run twice (CREATE TABLE would fail)
        QCOMPARE(again.schemaVersion(), Database::latestVersion());
        QCOMPARE(presetCount(again), 1);
        QCOMPARE(scalar(again.connection(), QStringLiteral("SELECT name FROM presets")).toString(),
                 QStringLiteral("人像 portrait"));
    }

    void manyInstancesAtOnce()
    {
        Database first(path());
        Database second(path());
        Database other(m_dir->filePath(QStringLiteral("other.sqlite")));
        QVERIFY(first.open());
        QVERIFY(second.open());
        QVERIFY(other.open());
        QVERIFY(first.connection().connectionName() != second.connection().connectionName());
        QVERIFY(first.transaction([](QSqlDatabase &c) { return insertPreset(c, QStringLiteral("a")); }));
        QCOMPARE(presetCount(second), 1); // same file, seen through the other connection
        QCOMPARE(presetCount(other), 0);
        first.close();
        QVERIFY(!first.isOpen());
        QVERIFY(second.isOpen());
    }

    void failedWorkRollsBack()
    {
        Database db(path());
        QVERIFY(db.open());
        QVERIFY(!db.transaction([](QSqlDatabase &c) { return insertPreset(c, QStringLiteral("kept?")) && false; }));
        QCOMPARE(presetCount(db), 0);
    }

    void failedStatementRollsBack()
    {
        Database db(path());
        QVERIFY(db.open());
        const bool ok = db.transaction([](QSqlDatabase &c) {
            if (!insertPreset(c, QStringLiteral("first")))
                return false;
            QSqlQuery bad(c);
            // NOT NULL constraint on name: the second write fails, so the first must go too.
            return bad.exec(QStringLiteral("INSERT INTO presets (name, webapp_id, created_at, updated_at)"
                                           " VALUES (NULL, '1', 1, 1)"));
        });
        QVERIFY(!ok);
        QCOMPARE(presetCount(db), 0);
        QVERIFY(db.transaction([](QSqlDatabase &c) { return insertPreset(c, QStringLiteral("after")); }));
        QCOMPARE(presetCount(db), 1);
    }

    void failedNestedWorkRollsBackTheOuter()
    {
        Database db(path());
        QVERIFY(db.open());
        const bool ok = db.transaction([&](QSqlDatabase &c) {
            insertPreset(c, QStringLiteral("outer"));
            db.transaction([](QSqlDatabase &inner) { return insertPreset(inner, QStringLiteral("inner")) && false; });
            return true; // the outer work ignores the inner failure: the whole must still roll back
        });
        QVERIFY(!ok);
        QCOMPARE(presetCount(db), 0);
        QVERIFY(db.transaction([&](QSqlDatabase &c) {
            return insertPreset(c, QStringLiteral("outer")) &&
                   db.transaction([](QSqlDatabase &inner) { return insertPreset(inner, QStringLiteral("inner")); });
        }));
        QCOMPARE(presetCount(db), 2);
    }

    void foreignKeysCascade()
    {
        Database db(path());
        QVERIFY(db.open());
        QVERIFY(db.transaction([](QSqlDatabase &c) {
            QSqlQuery q(c);
            return q.exec(QStringLiteral("INSERT INTO runs (id, created_at, webapp_id, state, state_changed_at)"
                                         " VALUES (7, 1, '1', 'queued', 1)")) &&
                   q.exec(QStringLiteral("INSERT INTO run_events (run_id, at, state) VALUES (7, 1, 'queued')")) &&
                   q.exec(QStringLiteral("INSERT INTO run_outputs (run_id, n) VALUES (7, 0)"));
        }));
        // An event for a run that does not exist is refused.
        QVERIFY(!db.transaction([](QSqlDatabase &c) {
            return QSqlQuery(c).exec(QStringLiteral("INSERT INTO run_events (run_id, at, state) VALUES (8, 1, 'x')"));
        }));
        QVERIFY(db.transaction(
            [](QSqlDatabase &c) { return QSqlQuery(c).exec(QStringLiteral("DELETE FROM runs WHERE id = 7")); }));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM run_events")).toInt(), 0);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM run_outputs")).toInt(), 0);
    }

    void migratesAVersion1FileKeepingEveryRow()
    {
        {
            // The file as rhdesk 0.1.0 left it.
            QDir().mkpath(QFileInfo(path()).absolutePath());
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            raw.setDatabaseName(path());
            QVERIFY(raw.open());
            const QStringList lines = QString::fromUtf8(test::readData(QStringLiteral("databases/schema-v1.sql")))
                                          .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : lines) {
                if (line.startsWith(QLatin1String("--")))
                    continue;
                QSqlQuery query(raw);
                QVERIFY2(query.exec(line), qPrintable(query.lastError().text() + QLatin1Char(' ') + line));
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        const QString real = QStringLiteral("https://www.runninghub.cn");
        Database db(path(), real);
        QVERIFY2(db.open(), qPrintable(db.errorDetail()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        const QSqlDatabase c = db.connection();
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM runs")).toInt(), 3);
        QCOMPARE(
            scalar(c, QStringLiteral("SELECT count(*) FROM runs WHERE server = 'https://www.runninghub.cn'")).toInt(),
            2);
        // What plainly came from a sandbox on this computer is kept, but out of the real server's sight.
        QCOMPARE(scalar(c, QStringLiteral("SELECT server FROM runs WHERE id = 3")).toString(),
                 QStringLiteral("http://127.0.0.1"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT task_id FROM runs WHERE id = 1")).toString(),
                 QStringLiteral("1907035719658053634"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM run_events")).toInt(), 1);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM run_outputs")).toInt(), 2);
        QCOMPARE(scalar(c, QStringLiteral("SELECT server FROM app_cache WHERE webapp_id = '1877265245566922753'"))
                     .toString(),
                 real);
        QCOMPARE(scalar(c, QStringLiteral("SELECT server FROM app_cache WHERE webapp_id = '1894010498277093377'"))
                     .toString(),
                 QStringLiteral("http://127.0.0.1"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT name FROM presets WHERE id = 1")).toString(),
                 QStringLiteral("蓝色杯子"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT server FROM presets WHERE id = 1")).toString(), real);
        QCOMPARE(scalar(c, QStringLiteral("SELECT server || ' ' || file_name FROM uploads")).toString(),
                 real + QStringLiteral(" api/ab12.png"));
        // The text index covers the old rows too.
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM runs_fts WHERE runs_fts MATCH '\"文生图\"'")).toInt(),
                 2);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM run_apps")).toInt(), 2);
        // v5: old cached apps have no cover, were never opened in the form and are no favourites; no draft is kept.
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM app_cache WHERE cover IS NULL AND used_at IS NULL"
                                          " AND favourite = 0"))
                     .toInt(),
                 2);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM drafts")).toInt(), 0);
    }

    void textIndexFollowsEveryChange()
    {
        Database db(path());
        QVERIFY(db.open());
        const QSqlDatabase c = db.connection();
        const auto matches = [&](const char *text) {
            return scalar(c, QStringLiteral("SELECT count(*) FROM runs_fts WHERE runs_fts MATCH '\"%1\"'")
                                 .arg(QLatin1String(text)))
                .toInt();
        };
        QVERIFY(db.transaction([](QSqlDatabase &t) {
            return QSqlQuery(t).exec(QStringLiteral("INSERT INTO runs (id, server, created_at, webapp_id, app_name,"
                                                    " state, state_changed_at) VALUES (7, 's', 1, '42', 'alpha cat',"
                                                    " 'submitting', 1)"));
        }));
        QCOMPARE(matches("cat"), 1);
        QVERIFY(db.transaction([](QSqlDatabase &t) {
            return QSqlQuery(t).exec(QStringLiteral("UPDATE runs SET task_id = '1907035719658053634' WHERE id = 7"));
        }));
        QCOMPARE(matches("0357196"), 1);
        QVERIFY(db.transaction(
            [](QSqlDatabase &t) { return QSqlQuery(t).exec(QStringLiteral("DELETE FROM runs WHERE id = 7")); }));
        QCOMPARE(matches("cat"), 0);
        QCOMPARE(matches("0357196"), 0);
    }

    void v6AndV7KeepOldBatchesAndPresets()
    {
        {
            // A v5 file with a batch: made by dropping what v6 added.
            Database db(path());
            QVERIFY(db.open());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO queue_batches (id, server, created_at) VALUES (3, 's', 1)")));
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE queue_batches DROP COLUMN cap_coins")),
                     qPrintable(q.lastError().text()));
            // … and what v7 added: presets without a batch.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO presets (id, name, webapp_id, created_at, updated_at)"
                                          " VALUES (4, 'old', '42', 1, 1)")));
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE presets DROP COLUMN batch_json")),
                     qPrintable(q.lastError().text()));
            // … and what v8 added, as every step after v5 runs again.
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE runs DROP COLUMN account")), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=5")));
        }
        Database db(path());
        QVERIFY2(db.open(), qPrintable(db.errorDetail()));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT cap_coins FROM queue_batches WHERE id = 3")).toInt(),
                 0);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT batch_json FROM presets WHERE id = 4")).toString(),
                 QStringLiteral(""));
    }

    void v8KeepsEveryRunWithoutAnAccount()
    {
        {
            // A v7 file with runs: made by dropping what v8 added.
            Database db(path());
            QVERIFY(db.open());
            QSqlQuery q(db.connection());
            for (int id = 1; id <= 3; ++id)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO runs (id, server, created_at, webapp_id, task_id, state,"
                                              " state_changed_at) VALUES (%1, 's', 1, '42', '9%1', 'running', 1)")
                                   .arg(id)));
            QVERIFY2(q.exec(QStringLiteral("ALTER TABLE runs DROP COLUMN account")), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=7")));
        }
        Database db(path());
        QVERIFY2(db.open(), qPrintable(db.errorDetail()));
        QCOMPARE(db.schemaVersion(), 8);
        QCOMPARE(Database::latestVersion(), 8);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM runs")).toInt(), 3);
        // '' = sent with the site's own key: polled with the key in use, as before.
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM runs WHERE account = ''")).toInt(), 3);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT task_id FROM runs WHERE id = 2")).toString(),
                 QStringLiteral("92"));
    }

    void refusesANewerSchema()
    {
        {
            Database db(path());
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("PRAGMA user_version=999")));
        }
        Database db(path());
        QVERIFY(!db.open());
        QCOMPARE(db.error(), Database::Error::TooNew);
        QVERIFY(!db.isOpen());
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-check"));
            raw.setDatabaseName(path());
            QVERIFY(raw.open());
            QCOMPARE(scalar(raw, QStringLiteral("PRAGMA user_version")).toInt(), 999);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-check"));
    }

    void refusesAFileThatIsNotSqlite()
    {
        QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
        QFile junk(path());
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        Database db(path());
        QVERIFY(!db.open());
        QCOMPARE(db.error(), Database::Error::CannotOpen);
        QVERIFY(!db.errorDetail().isEmpty());
    }

    void unopenableFile()
    {
        Database db(QStringLiteral("/proc/rhdesk-cannot-be-here/rhdesk.sqlite"));
        QVERIFY(!db.open());
        QCOMPARE(db.error(), Database::Error::CannotOpen);
        QVERIFY(!db.transaction([](QSqlDatabase &) { return true; }));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
