#include "history/historymodel.h"
#include "store/database.h"
#include "store/historystore.h"
#include "testenv.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace rh;

namespace {

constexpr int Runs = 35;
const QStringList apps = {QStringLiteral("beta"), QStringLiteral("Alpha"), QStringLiteral("水彩"),
                          QStringLiteral("alpha"), QString()};

QList<qint64> idsOf(const HistoryModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.runId(row));
    return ids;
}

void loadAll(HistoryModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

class TestHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void init();
    void cleanup();
    void totalIsCountedWithoutBlocking();
    void pagesUntilTheEnd();
    void orderMatchesTheStore_data();
    void orderMatchesTheStore();
    void newRunGoesWhereTheSortPutsIt();
    void newRunOutsideTheFilterIsIgnored();
    void changedRunsAreNotListedTwice();

private:
    std::unique_ptr<HistoryModel> makeModel(int pageSize);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HistoryStore> m_store;
};

void TestHistoryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("h.sqlite")));
    QVERIFY(m_db->open());
    m_store = std::make_unique<HistoryStore>(m_db.get());
    QVERIFY(m_db->transaction([this](QSqlDatabase &) {
        for (int i = 0; i < Runs; ++i) {
            // Ids of different lengths, costs that sort differently as text and as numbers, ties everywhere.
            const QString webappId = QString::number(qint64(1) << (i % 60));
            const qint64 id =
                m_store->recordSubmit(QStringLiteral("https://www.runninghub.cn"), webappId, apps.at(i % 5), "{}");
            if (id == 0 || !m_store->recordState(id, i % 3 ? TaskState::Success : TaskState::Failed))
                return false;
            if (i % 4 != 0 && !m_store->setTaskId(id, QString::number(19 + i * 997)))
                return false;
            TaskOutput cost;
            cost.taskCostTime = QString::number((i * 7) % 12) + (i % 2 ? QStringLiteral(".5") : QString());
            cost.consumeCoins = QString::number((i * 5) % 9);
            if (i % 6 != 0 && !m_store->recordOutputs(id, {cost}))
                return false;
        }
        return true;
    }));
}

void TestHistoryModel::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<HistoryModel> TestHistoryModel::makeModel(int pageSize)
{
    auto model = std::make_unique<HistoryModel>(m_store.get());
    model->setPageSize(pageSize);
    model->reload();
    // The total is counted on a worker; the tests below start from a known one.
    if (!QTest::qWaitFor([&] { return model->totalKnown(); }))
        qWarning("the history count did not come");
    return model;
}

void TestHistoryModel::totalIsCountedWithoutBlocking()
{
    auto model = std::make_unique<HistoryModel>(m_store.get());
    model->setPageSize(10);
    QSignalSpy total(model.get(), &HistoryModel::totalCountChanged);
    model->reload();
    // The first page is there at once; the total follows from a worker's count.
    QCOMPARE(model->rowCount(), 10);
    QVERIFY(!model->totalKnown());
    QVERIFY(model->canFetchMore({}));
    QTRY_VERIFY(model->totalKnown());
    QCOMPARE(model->totalCount(), Runs);
    QCOMPARE(total.last().first().toInt(), Runs);
    // A filter whose rows fit in one page needs no count.
    model->setFilter({{}, QStringLiteral("beta"), {}, {}});
    QVERIFY(model->totalKnown());
}

void TestHistoryModel::pagesUntilTheEnd()
{
    auto model = makeModel(10);
    QCOMPARE(model->rowCount(), 10);
    QCOMPARE(model->totalCount(), Runs);
    for (const int expected : {20, 30, 35}) {
        QVERIFY(model->canFetchMore({}));
        model->fetchMore({});
        QCOMPARE(model->rowCount(), expected);
    }
    QVERIFY(!model->canFetchMore({}));
    const QList<qint64> ids = idsOf(*model);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), Runs);
}

void TestHistoryModel::orderMatchesTheStore_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = HistoryModel::TimeColumn; column < HistoryModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder})
            QTest::addRow("column %d %s", column, order == Qt::AscendingOrder ? "asc" : "desc") << column << order;
    }
}

void TestHistoryModel::orderMatchesTheStore()
{
    // HistoryModel::lessThan places runs that arrive later: it must agree with the store's SQL order exactly.
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    auto model = makeModel(7);
    model->sort(column, order);
    loadAll(*model);
    QList<RunRecord> rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(model->record(row));
    QList<RunRecord> sorted = rows;
    const HistoryStore::Column storeColumn = HistoryModel::storeColumn(column);
    std::sort(sorted.begin(), sorted.end(), [&](const RunRecord &a, const RunRecord &b) {
        return order == Qt::AscendingOrder ? HistoryModel::lessThan(a, b, storeColumn)
                                           : HistoryModel::lessThan(b, a, storeColumn);
    });
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(sorted.at(i).id, rows.at(i).id);
}

void TestHistoryModel::newRunGoesWhereTheSortPutsIt()
{
    auto model = makeModel(10);
    model->sort(HistoryModel::AppColumn, Qt::AscendingOrder);
    QTRY_VERIFY(model->totalKnown());
    // "" < "AAA" < "Alpha" < "alpha" < "beta" < "zzz" < "水彩" (UTF-8 bytes, as SQLite compares them); the first
    // page holds the 7 unnamed runs and 3 of the "Alpha" ones.
    const qint64 early = m_store->recordSubmit(QStringLiteral("https://www.runninghub.cn"), QStringLiteral("5"),
                                               QStringLiteral("AAA"), "{}");
    QCOMPARE(model->rowOfRun(early), 7);
    QCOMPARE(model->rowCount(), 11);
    const qint64 late = m_store->recordSubmit(QStringLiteral("https://www.runninghub.cn"), QStringLiteral("6"),
                                              QStringLiteral("zzz"), "{}");
    QCOMPARE(model->rowOfRun(late), -1); // beyond the loaded rows: a later page brings it
    QCOMPARE(model->totalCount(), Runs + 2);
    loadAll(*model);
    QCOMPARE(model->rowCount(), Runs + 2);
    QCOMPARE(model->rowOfRun(early), 7);
    QCOMPARE(model->rowOfRun(late), model->rowCount() - 8);
    const QList<qint64> ids = idsOf(*model);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), Runs + 2);
}

void TestHistoryModel::newRunOutsideTheFilterIsIgnored()
{
    auto model = makeModel(100);
    model->setFilter({{}, QStringLiteral("beta"), {}, {}});
    QTRY_VERIFY(model->totalKnown());
    QCOMPARE(model->totalCount(), 7);
    m_store->recordSubmit(QStringLiteral("https://www.runninghub.cn"), QStringLiteral("7"), QStringLiteral("gamma"),
                          "{}");
    QCOMPARE(model->rowCount(), 7);
    const qint64 beta = m_store->recordSubmit(QStringLiteral("https://www.runninghub.cn"), QStringLiteral("7"),
                                              QStringLiteral("BETA two"), "{}");
    QCOMPARE(model->rowCount(), 8);
    QCOMPARE(model->runId(0), beta);
    QCOMPARE(model->totalCount(), 8);
}

void TestHistoryModel::changedRunsAreNotListedTwice()
{
    auto model = makeModel(5);
    model->sort(HistoryModel::StateColumn, Qt::AscendingOrder);
    // Move loaded runs later in the order ("failed" → "success") and unloaded ones earlier; then page to the end.
    const QList<qint64> loaded = idsOf(*model);
    for (const qint64 id : loaded)
        QVERIFY(m_store->recordState(id, TaskState::Success));
    QCOMPARE(model->index(0, HistoryModel::StateColumn).data(HistoryModel::StateRole).toInt(), int(TaskState::Success));
    loadAll(*model);
    const QList<qint64> ids = idsOf(*model);
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());
    QVERIFY(ids.size() <= Runs);
}

QTEST_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
