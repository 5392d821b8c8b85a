#include "presets/presetlistmodel.h"
#include "store/database.h"
#include "store/presetstore.h"
#include "testenv.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using rh::Preset;
using rh::PresetListModel;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Preset preset(const char *name, const char *webappId, const char *appName)
{
    Preset p;
    p.name = s(name);
    p.webappId = s(webappId);
    p.appName = s(appName);
    rh::NodeField field;
    field.nodeId = QStringLiteral("6");
    field.fieldName = QStringLiteral("text");
    field.fieldValue = s("值");
    p.nodes = {field};
    return p;
}

QStringList rows(const PresetListModel &model)
{
    QStringList out;
    for (int app = 0; app < model.rowCount(); ++app) {
        const QModelIndex parent = model.index(app, 0);
        out << model.data(parent).toString();
        for (int row = 0; row < model.rowCount(parent); ++row)
            out << QStringLiteral("  ") + model.index(row, 0, parent).data().toString();
    }
    return out;
}

} // namespace

class TestPresetListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void groupsByAppInStoreOrder();
    void searchKeepsOnlyMatchingPresetsAndTheirApps();
    void refreshesWhenTheStoreChanges();
    void rolesAndLabels();

private:
    QTemporaryDir m_dir;
    int m_n = 0;
};

void TestPresetListModel::initTestCase()
{
    rh::test::isolateEnvironment();
    QVERIFY(m_dir.isValid());
}

void TestPresetListModel::groupsByAppInStoreOrder()
{
    rh::Database db(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_n)));
    QVERIFY(db.open());
    rh::PresetStore store(&db);
    const qint64 b = store.save(preset("B 夜景", "1877265245566922753", "Flux 文生图"));
    store.save(preset("Swap", "1904138236523339778", ""));
    const qint64 a = store.save(preset("A", "1877265245566922753", "Flux 文生图"));
    QVERIFY(store.setFavourite(b, true));
    QVERIFY(store.markUsed(a));

    PresetListModel model(&store);
    // Apps by name (an app without a name by its id, sorted first as ""), favourites first within an app.
    QCOMPARE(rows(model),
             (QStringList{s("App 1904138236523339778"), s("  Swap"), s("Flux 文生图"), s("  ★ B 夜景"), s("  A")}));
    QCOMPARE(model.presetCount(), 3);
    QCOMPARE(model.presetIds().mid(1), (QList<qint64>{b, a}));
}

void TestPresetListModel::searchKeepsOnlyMatchingPresetsAndTheirApps()
{
    rh::Database db(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_n)));
    QVERIFY(db.open());
    rh::PresetStore store(&db);
    store.save(preset("金发女孩", "1877265245566922753", "Flux 文生图"));
    store.save(preset("Swap", "1904138236523339778", "视频换脸"));
    PresetListModel model(&store);
    QSignalSpy refreshed(&model, &PresetListModel::refreshed);

    model.setSearchText(s(" 换脸 ")); // app name, surrounding blanks ignored
    QCOMPARE(rows(model), (QStringList{s("视频换脸"), s("  Swap")}));
    model.setSearchText(QStringLiteral("66922753")); // webapp id digits
    QCOMPARE(rows(model), (QStringList{s("Flux 文生图"), s("  金发女孩")}));
    model.setSearchText(QStringLiteral("100%_")); // LIKE wildcards are plain text
    QCOMPARE(model.rowCount(), 0);
    model.setSearchText(QString());
    QCOMPARE(model.presetCount(), 2);
    QCOMPARE(refreshed.count(), 4);
}

void TestPresetListModel::refreshesWhenTheStoreChanges()
{
    rh::Database db(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_n)));
    QVERIFY(db.open());
    rh::PresetStore store(&db);
    PresetListModel model(&store);
    QCOMPARE(model.rowCount(), 0);
    const qint64 id = store.save(preset("一", "1877265245566922753", "App"));
    QCOMPARE(model.presetIds(), QList<qint64>{id});
    QVERIFY(store.rename(id, s("二")));
    QCOMPARE(model.indexOfPreset(id).data().toString(), s("二"));
    QVERIFY(store.remove(id));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.indexOfPreset(id).isValid());
}

void TestPresetListModel::rolesAndLabels()
{
    rh::Database db(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_n)));
    QVERIFY(db.open());
    rh::PresetStore store(&db);
    Preset unnamed = preset("", "1877265245566922753", "");
    unnamed.favourite = true;
    const qint64 id = store.save(unnamed);
    PresetListModel model(&store);

    const QModelIndex app = model.index(0, 0);
    QVERIFY(app.data(PresetListModel::IsAppRole).toBool());
    QCOMPARE(PresetListModel::presetId(app), qint64(0));
    QVERIFY(!(model.flags(app) & Qt::ItemIsSelectable));
    QCOMPARE(app.data(PresetListModel::WebappIdRole).toString(), QStringLiteral("1877265245566922753"));

    const QModelIndex row = model.indexOfPreset(id);
    QCOMPARE(row.parent(), app);
    QCOMPARE(row.data().toString(), s("★ Unnamed preset"));
    QCOMPARE(row.data(Qt::AccessibleTextRole).toString(), s("Unnamed preset, favourite"));
    QVERIFY(row.data(PresetListModel::FavouriteRole).toBool());
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("never used")));
    QVERIFY(!row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("batch")));
    Preset batch = preset("weekly", "1877265245566922753", "");
    batch.batch.sheetPath = QStringLiteral("/sheets/weekly.csv");
    const qint64 batchId = store.save(batch);
    model.refresh();
    QCOMPARE(model.indexOfPreset(batchId).data(Qt::ToolTipRole).toString().section(u'\n', 1),
             QStringLiteral("A batch: loading it reads /sheets/weekly.csv again."));
    QVERIFY(model.preset(id));
    QCOMPARE(model.preset(id)->webappId, QStringLiteral("1877265245566922753"));
}

QTEST_MAIN(TestPresetListModel)
#include "tst_presetlistmodel.moc"
