#include "displayformat.h"
#include "errortext.h"
#include "history/historycostlabel.h"
#include "history/historymodel.h"
#include "history/historyview.h"
#include "store/database.h"
#include "store/historystore.h"
#include "testenv.h"

#include <QComboBox>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace rh;

namespace {

constexpr int SeededRuns = 450; // more than two pages of HistoryModel::DefaultPageSize
const QString ChineseAppId = QStringLiteral("1877265245566922753");
const QString ChinesePrompt = QStringLiteral("一只猫在月光下，水墨风格");

const QStringList apps = {QStringLiteral("Upscale 4x"), QStringLiteral("Portrait"), QStringLiteral("水墨风景")};
const QList<TaskState> states = {TaskState::Success, TaskState::Failed, TaskState::Running, TaskState::GaveUp,
                                 TaskState::Queued};

QByteArray previewFor(const QString &webappId, const QString &prompt)
{
    return QStringLiteral(R"({"apiKey": "********", "webappId": %1, "nodeInfoList": [)"
                          R"({"nodeId": "52", "nodeName": "CLIPTextEncode", "fieldName": "text", "fieldValue": "%2"},)"
                          R"({"nodeId": "3", "fieldName": "seed", "fieldValue": "1234567890123"}],)"
                          R"( "instanceType": "plus"})")
        .arg(webappId, prompt)
        .toUtf8();
}

QString taskIdFor(int i)
{
    return QString::number(1900000000000000000LL + i);
}

} // namespace

class TestHistoryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rh::test::isolateEnvironment(); }
    void init();
    void cleanup();
    void opensWithTheFirstPageOnly();
    void scrollingFetchesMore();
    void filtersByText();
    void filtersByChineseTextTyped();
    void filtersByState();
    void sortsByClickingHeaders();
    void runAgainEmitsTheStoredRequest();
    void fillTheFormEmitsTheSameRequest();
    void showResultsAndLookAgain();
    void followsStoreChanges();
    void costText_data();
    void costText();
    void costSumsFollowTheFilter();

private:
    QTableView *table() const { return m_view->findChild<QTableView *>(QStringLiteral("historyTableView")); }
    QPushButton *button(const char *name) const { return m_view->findChild<QPushButton *>(QLatin1String(name)); }
    void clickRow(int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<HistoryView> m_view;
    qint64 m_chineseRun = 0;
    QList<qint64> m_runs; ///< seeded, in order
};

void TestHistoryView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("history.sqlite")));
    QVERIFY(m_db->open());
    m_store = std::make_unique<HistoryStore>(m_db.get());
    m_runs.clear();
    QVERIFY(m_db->transaction([this](QSqlDatabase &) {
        for (int i = 0; i < SeededRuns; ++i) {
            const QString webappId = QStringLiteral("18772652455669%1").arg(i, 5, 10, QLatin1Char('0'));
            const qint64 id = m_store->recordSubmit(QStringLiteral("https://www.runninghub.cn"), webappId,
                                                    apps.at(i % 3), previewFor(webappId, QString()));
            const TaskState state = states.at(i % 5);
            if (id == 0 || !m_store->setTaskId(id, taskIdFor(i)) || !m_store->recordState(id, state))
                return false;
            if (state == TaskState::Success &&
                !m_store->recordOutputs(id, {{QStringLiteral("https://rh-images.example.com/%1.png").arg(i),
                                              QStringLiteral("png"),
                                              QStringLiteral("9"),
                                              QString::number(i % 40),
                                              QString::number(i % 7),
                                              {},
                                              {},
                                              {}}}))
                return false;
            m_runs.append(id);
        }
        return true;
    }));
    // The newest run: what "Run again" must give back exactly.
    m_chineseRun = m_store->recordSubmit(QStringLiteral("https://www.runninghub.cn"), ChineseAppId, apps.at(2),
                                         previewFor(ChineseAppId, ChinesePrompt));
    QVERIFY(m_chineseRun > 0);
    m_view = std::make_unique<HistoryView>(m_store.get());
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestHistoryView::cleanup()
{
    m_view.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestHistoryView::clickRow(int row)
{
    QTableView *view = table();
    const QModelIndex index = view->model()->index(row, HistoryModel::AppColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(m_view->currentRunId(), view->model()->data(index, HistoryModel::RunIdRole).toLongLong());
}

void TestHistoryView::opensWithTheFirstPageOnly()
{
    QCoreApplication::processEvents();
    HistoryModel *model = m_view->model();
    QCOMPARE(model->totalCount(), SeededRuns + 1);
    QCOMPARE(model->rowCount(), HistoryModel::DefaultPageSize);
    QVERIFY(model->canFetchMore({}));
    QCOMPARE(table()->model(), model);
    // Newest first.
    QCOMPARE(model->runId(0), m_chineseRun);
    QCOMPARE(model->runId(1), m_runs.last());
    QCOMPARE(model->index(0, HistoryModel::StateColumn).data().toString(), ErrorText::stateName(TaskState::Submitting));
    QVERIFY(model->index(1, HistoryModel::StateColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model->index(1, HistoryModel::TaskIdColumn).data().toString(), taskIdFor(SeededRuns - 1));
}

void TestHistoryView::scrollingFetchesMore()
{
    HistoryModel *model = m_view->model();
    table()->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), 2 * HistoryModel::DefaultPageSize);
    table()->scrollToBottom();
    QTRY_COMPARE(model->rowCount(), SeededRuns + 1);
    QVERIFY(!model->canFetchMore({}));
    // Every run once, in the store's order.
    QSet<qint64> seen;
    for (int row = 0; row < model->rowCount(); ++row)
        seen.insert(model->runId(row));
    QCOMPARE(seen.size(), SeededRuns + 1);
    QCOMPARE(model->runId(model->rowCount() - 1), m_runs.first());
}

void TestHistoryView::filtersByText()
{
    auto *filter = m_view->findChild<QLineEdit *>(QStringLiteral("historyFilterLineEdit"));
    QVERIFY(filter);
    QCOMPARE(filter->accessibleName(), QStringLiteral("Filter history"));
    HistoryModel *model = m_view->model();
    QTest::keyClicks(filter, QStringLiteral("upscale"));
    QTRY_COMPARE(model->totalCount(), SeededRuns / 3);
    QCOMPARE(model->rowCount(), SeededRuns / 3);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, HistoryModel::AppColumn).data().toString(), apps.at(0));

    // A task id finds its one run.
    filter->clear();
    QTest::keyClicks(filter, taskIdFor(7));
    QTRY_COMPARE(model->totalCount(), 1);
    QCOMPARE(model->runId(0), m_runs.at(7));

    filter->clear();
    QTRY_COMPARE(model->totalCount(), SeededRuns + 1);
    QCOMPARE(model->rowCount(), HistoryModel::DefaultPageSize);
}

void TestHistoryView::filtersByChineseTextTyped()
{
    auto *filter = m_view->findChild<QLineEdit *>(QStringLiteral("historyFilterLineEdit"));
    filter->setFocus();
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("水墨"));
    QCoreApplication::sendEvent(filter, &commit);
    QCOMPARE(filter->text(), QStringLiteral("水墨"));
    QTRY_COMPARE(m_view->model()->totalCount(), SeededRuns / 3 + 1);
    QCOMPARE(m_view->model()->runId(0), m_chineseRun);
}

void TestHistoryView::filtersByState()
{
    auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("historyStateComboBox"));
    QVERIFY(combo);
    QCOMPARE(combo->accessibleName(), QStringLiteral("State"));
    HistoryModel *model = m_view->model();
    const int failed = combo->findData(int(TaskState::Failed));
    QVERIFY(failed > 0);
    combo->setCurrentIndex(failed);
    QCOMPARE(model->totalCount(), SeededRuns / 5);
    QCOMPARE(model->rowCount(), SeededRuns / 5);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, HistoryModel::StateColumn).data(HistoryModel::StateRole).toInt(),
                 int(TaskState::Failed));

    // State and text together.
    QTest::keyClicks(m_view->findChild<QLineEdit *>(QStringLiteral("historyFilterLineEdit")),
                     QStringLiteral("Portrait"));
    QTRY_COMPARE(model->totalCount(), SeededRuns / 15);

    combo->setCurrentIndex(0);
    QCOMPARE(model->totalCount(), SeededRuns / 3);
}

void TestHistoryView::sortsByClickingHeaders()
{
    QHeaderView *header = table()->horizontalHeader();
    HistoryModel *model = m_view->model();
    const auto clickHeader = [header](int section) {
        const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    clickHeader(HistoryModel::AppColumn);
    QCOMPARE(model->sortColumn(), int(HistoryModel::AppColumn));
    QCOMPARE(model->sortOrder(), header->sortIndicatorOrder());
    QCOMPARE(model->rowCount(), HistoryModel::DefaultPageSize); // re-paged, not loaded whole
    const auto firstApp = [model] { return model->index(0, HistoryModel::AppColumn).data().toString(); };
    const QString first = header->sortIndicatorOrder() == Qt::AscendingOrder ? apps.at(1) : apps.at(2);
    QCOMPARE(firstApp(), first);
    clickHeader(HistoryModel::AppColumn);
    QCOMPARE(firstApp(), first == apps.at(1) ? apps.at(2) : apps.at(1));

    clickHeader(HistoryModel::CoinsColumn);
    QCOMPARE(model->sortColumn(), int(HistoryModel::CoinsColumn));
    if (model->sortOrder() == Qt::AscendingOrder)
        clickHeader(HistoryModel::CoinsColumn);
    QCOMPARE(model->index(0, HistoryModel::CoinsColumn).data().toString(), DisplayFormat::coins(QStringLiteral("6")));
}

void TestHistoryView::runAgainEmitsTheStoredRequest()
{
    QPushButton *runAgain = button("runAgainButton");
    QVERIFY(runAgain);
    QCOMPARE(runAgain->accessibleName(), QStringLiteral("Run again"));
    table()->selectionModel()->clear();
    QVERIFY(!runAgain->isEnabled());
    clickRow(0);
    QCOMPARE(m_view->currentRunId(), m_chineseRun);
    QVERIFY(runAgain->isEnabled());
    auto *request = m_view->findChild<QPlainTextEdit *>(QStringLiteral("historyRequestTextEdit"));
    QVERIFY(request->toPlainText().contains(ChineseAppId));

    QSignalSpy spy(m_view.get(), &HistoryView::runAgainRequested);
    QTest::mouseClick(runAgain, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    const auto sent = spy.at(0).at(0).value<RunRequest>();
    QCOMPARE(sent.webappId, ChineseAppId);
    QCOMPARE(sent.instanceType, QStringLiteral("plus"));
    QCOMPARE(sent.nodes.size(), 2);
    QCOMPARE(sent.nodes.at(0).nodeId, QStringLiteral("52"));
    QCOMPARE(sent.nodes.at(0).nodeName, QStringLiteral("CLIPTextEncode"));
    QCOMPARE(sent.nodes.at(0).fieldValue, ChinesePrompt);
    QCOMPARE(sent.nodes.at(1).fieldValue, QStringLiteral("1234567890123"));
}

void TestHistoryView::fillTheFormEmitsTheSameRequest()
{
    QPushButton *fill = button("fillFormButton");
    QVERIFY(fill);
    QCOMPARE(fill->accessibleName(), QStringLiteral("Fill the form"));
    table()->selectionModel()->clear();
    QVERIFY(!fill->isEnabled());
    clickRow(0);
    QVERIFY(fill->isEnabled());
    QSignalSpy filled(m_view.get(), &HistoryView::fillFormRequested);
    QSignalSpy ran(m_view.get(), &HistoryView::runAgainRequested);
    QTest::mouseClick(fill, Qt::LeftButton);
    QCOMPARE(filled.count(), 1);
    QCOMPARE(ran.count(), 0); // filling the form sends nothing
    const auto sent = filled.at(0).at(0).value<RunRequest>();
    QCOMPARE(sent.webappId, ChineseAppId);
    QCOMPARE(sent.nodes.at(0).fieldValue, ChinesePrompt);
}

void TestHistoryView::showResultsAndLookAgain()
{
    QPushButton *showResults = button("showResultsButton");
    QPushButton *lookAgain = button("watchAgainButton");
    QCOMPARE(showResults->accessibleName(), QStringLiteral("Show results"));
    QCOMPARE(lookAgain->accessibleName(), QStringLiteral("Look again"));
    HistoryModel *model = m_view->model();

    // Run 445 succeeded (445 % 5 == 0) and has an output; run 448 gave up.
    clickRow(model->rowOfRun(m_runs.at(445)));
    QVERIFY(showResults->isEnabled());
    QVERIFY(!lookAgain->isEnabled());
    auto *outputs = m_view->findChild<QTreeWidget *>(QStringLiteral("historyOutputsTreeWidget"));
    QCOMPARE(outputs->topLevelItemCount(), 1);
    auto *events = m_view->findChild<QTreeWidget *>(QStringLiteral("historyEventsTreeWidget"));
    QCOMPARE(events->topLevelItemCount(), 2); // sent, succeeded
    QCOMPARE(events->topLevelItem(1)->text(1), ErrorText::stateName(TaskState::Success));
    // Events are dated the way the table is: the locale's short format.
    const QString eventTime = events->topLevelItem(1)->text(0);
    QVERIFY2(QLocale().toDateTime(eventTime, QLocale().dateTimeFormat(QLocale::ShortFormat)).isValid(),
             qPrintable(eventTime));
    QSignalSpy results(m_view.get(), &HistoryView::resultsRequested);
    QTest::mouseClick(showResults, Qt::LeftButton);
    QCOMPARE(results.count(), 1);
    QCOMPARE(results.at(0).at(0).toLongLong(), m_runs.at(445));

    clickRow(model->rowOfRun(m_runs.at(448)));
    QVERIFY(!showResults->isEnabled());
    QVERIFY(lookAgain->isEnabled());
    QSignalSpy watch(m_view.get(), &HistoryView::watchAgainRequested);
    QTest::mouseClick(lookAgain, Qt::LeftButton);
    QCOMPARE(watch.count(), 1);
    QCOMPARE(watch.at(0).at(0).toLongLong(), m_runs.at(448));
}

void TestHistoryView::followsStoreChanges()
{
    HistoryModel *model = m_view->model();
    clickRow(0);
    // A new run appears on top without a reload; the selection stays on its run.
    const qint64 added = m_store->recordSubmit(QStringLiteral("https://www.runninghub.cn"), ChineseAppId, apps.at(0),
                                               previewFor(ChineseAppId, QString()));
    QCOMPARE(model->runId(0), added);
    QCOMPARE(model->totalCount(), SeededRuns + 2);
    QCOMPARE(model->rowCount(), HistoryModel::DefaultPageSize + 1);
    QCOMPARE(m_view->currentRunId(), m_chineseRun);

    // A change refreshes its row and the details.
    QVERIFY(m_store->setTaskId(m_chineseRun, taskIdFor(999)));
    QVERIFY(m_store->recordState(m_chineseRun, TaskState::GaveUp));
    const int row = model->rowOfRun(m_chineseRun);
    QCOMPARE(model->index(row, HistoryModel::StateColumn).data().toString(), ErrorText::stateName(TaskState::GaveUp));
    QCOMPARE(model->index(row, HistoryModel::TaskIdColumn).data().toString(), taskIdFor(999));
    QVERIFY(button("watchAgainButton")->isEnabled());

    QVERIFY(m_store->removeRun(m_chineseRun));
    QCOMPARE(model->rowOfRun(m_chineseRun), -1);
    QCOMPARE(model->totalCount(), SeededRuns + 1);
    QVERIFY(m_view->currentRunId() != m_chineseRun);
}

void TestHistoryView::costText_data()
{
    // Without the English plural file (the app loads it): "run(s)".
    QTest::addColumn<int>("runs");
    QTest::addColumn<int>("withCoins");
    QTest::addColumn<double>("coins");
    QTest::addColumn<int>("withMoney");
    QTest::addColumn<double>("money");
    QTest::addColumn<int>("moneyServers");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("sandbox");
    QTest::addColumn<QString>("text");
    QTest::newRow("coins and yuan") << 42 << 40 << 1234.0 << 40 << 12.3 << 1 << "CNY" << false
                                    << "42 run(s) · 1,234 RH coins · CNY 12.30";
    QTest::newRow("no cost said") << 3 << 0 << 0.0 << 0 << 0.0 << 0 << "" << false << "3 run(s)";
    QTest::newRow("one run, half a coin") << 1 << 1 << 0.5 << 0 << 0.0 << 0 << "" << false << "1 run(s) · 0.5 RH coins";
    QTest::newRow("money without a currency")
        << 2 << 2 << 4.0 << 2 << 0.072 << 1 << "" << false << "2 run(s) · 4 RH coins · 0.07";
    // Yuan and dollars of two servers add up to nothing true: coins only.
    QTest::newRow("money of two servers")
        << 5 << 5 << 60.0 << 5 << 7.5 << 2 << "CNY" << false << "5 run(s) · 60 RH coins";
    QTest::newRow("sandbox") << 2 << 2 << 4.0 << 0 << 0.0 << 0 << "" << true << "2 run(s) · 4 RH coins (simulated)";
    QTest::newRow("unreadable") << -1 << 0 << 0.0 << 0 << 0.0 << 0 << "" << false << "";
}

void TestHistoryView::costText()
{
    QFETCH(int, runs);
    QFETCH(int, withCoins);
    QFETCH(double, coins);
    QFETCH(int, withMoney);
    QFETCH(double, money);
    QFETCH(int, moneyServers);
    QFETCH(QString, currency);
    QFETCH(bool, sandbox);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    DisplayFormat::setSandbox(sandbox);
    const HistoryCost cost{runs, withCoins, coins, withMoney, money, moneyServers};
    const QString text = HistoryCostLabel::textFor(cost, currency);
    DisplayFormat::setSandbox(false);
    QTEST(text, "text");
}

void TestHistoryView::costSumsFollowTheFilter()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    auto *label = m_view->findChild<QLabel *>(QStringLiteral("historyCostLabel"));
    QVERIFY(label);
    // Every run; the 90 successes said 271 coins in all (i % 7 each).
    QTRY_COMPARE(label->text(), QStringLiteral("451 run(s) · 271 RH coins"));
    QCOMPARE(label->accessibleName(), label->text()); // a value label keeps its value as its name
    auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("historyStateComboBox"));
    combo->setCurrentIndex(combo->findData(int(TaskState::Failed)));
    QTRY_COMPARE(label->text(), QStringLiteral("90 run(s)"));
    combo->setCurrentIndex(combo->findData(int(TaskState::Success)));
    QTRY_COMPARE(label->text(), QStringLiteral("90 run(s) · 271 RH coins"));
    // A run that ends with its cost joins the sum.
    const qint64 id = m_store->recordSubmit(QStringLiteral("https://www.runninghub.cn"), QStringLiteral("5"),
                                            apps.at(0), QByteArrayLiteral("{}"));
    m_store->recordState(id, TaskState::Success);
    m_store->recordOutputs(id, {{QStringLiteral("https://rh-images.example.com/x.png"),
                                 QStringLiteral("png"),
                                 QStringLiteral("9"),
                                 QStringLiteral("3"),
                                 QStringLiteral("9"),
                                 QStringLiteral("0.5"),
                                 {},
                                 {}}});
    QTRY_COMPARE(label->text(), QStringLiteral("91 run(s) · 280 RH coins · 0.50"));
    m_view->setMoneyCurrency(QStringLiteral("CNY"));
    QCOMPARE(label->text(), QStringLiteral("91 run(s) · 280 RH coins · CNY 0.50"));
    // Every server's runs (this view has no server set): dollars of runninghub.ai do not add to yuan. Coins only,
    // and the tooltip says why.
    const qint64 ai = m_store->recordSubmit(QStringLiteral("https://www.runninghub.ai"), QStringLiteral("5"),
                                            apps.at(0), QByteArrayLiteral("{}"));
    m_store->recordState(ai, TaskState::Success);
    m_store->recordOutputs(ai, {{QStringLiteral("https://rh-images.example.com/y.png"),
                                 QStringLiteral("png"),
                                 QStringLiteral("9"),
                                 QStringLiteral("3"),
                                 QStringLiteral("1"),
                                 QStringLiteral("0.25"),
                                 {},
                                 {}}});
    QTRY_COMPARE(label->text(), QStringLiteral("92 run(s) · 281 RH coins"));
    QVERIFY2(label->toolTip().contains(QLatin1String("paid in 2 currencies")), qPrintable(label->toolTip()));
    QCOMPARE(label->accessibleName(), label->text());
}

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
