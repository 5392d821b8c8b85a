// The longest stall of the GUI event loop while the real window does something heavy. A 1 ms timer on the GUI
// thread records the longest gap between its ticks, the same gap less the time the thread only waited for a core
// (Linux schedstat: on a loaded machine that part is other programs'), and the GUI thread's CPU between two ticks;
// the budget is 16 ms (one frame at 60 Hz). The sandbox runs on its own thread, so only the client's work counts.
// Built only with -DRHDESK_BUILD_BENCH=ON (preset "bench"); run by hand:
//   QT_QPA_PLATFORM=offscreen build/bench/tests/bench/bench_gui_stall [scenario id…]
// Prints figures, asserts nothing. To add a scenario, add one entry to scenarios(): setUp builds the window (and
// whatever it needs first) unmeasured, act starts the work, done says when it is over.
#include "batch/batchcontroller.h"
#include "batch/batchdialog.h"
#include "form/nodetableeditor.h"
#include "form/nodetablemodel.h"
#include "form/requestform.h"
#include "formdriver.h"
#include "stallmeter.h"
#include "testenv.h"
#include "windowfixture.h"

#include "api/apiclient.h"
#include "historyfill.h"
#include "session/connection.h"
#include "session/services.h"
#include "store/database.h"
#include "task/runmanager.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QWaitCondition>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <functional>
#include <unistd.h>

using namespace rh;
using namespace rh::bench;

namespace {

/// The sandbox on its own thread: receiving and storing a 30 MB upload is the server's work, not the window's.
class SandboxThread final : public QThread
{
public:
    ~SandboxThread() override
    {
        quit();
        wait();
    }

    QUrl startServer()
    {
        QMutexLocker lock(&m_mutex);
        start();
        while (!m_ready)
            m_started.wait(&m_mutex);
        return m_url;
    }

protected:
    void run() override
    {
        SandboxServer server;
        const bool ok = server.start();
        server.setTimings(0, 0);
        {
            QMutexLocker lock(&m_mutex);
            m_url = ok ? server.baseUrl() : QUrl();
            m_ready = true;
            m_started.wakeAll();
        }
        if (ok)
            exec();
    }

private:
    QMutex m_mutex;
    QWaitCondition m_started;
    QUrl m_url;
    bool m_ready = false;
};

/// Spins the event loop (without sleeping, unlike QTest::qWaitFor) until condition holds or ms pass.
bool waitFor(const std::function<bool()> &condition, int ms = 60000)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(2);
    QDeadlineTimer deadline(ms);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition() || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    loop.exec();
    return condition();
}

/// What a scenario works with: a window on the threaded sandbox, its files in a temp dir.
struct Bench
{
    QUrl server;
    test::WindowFixture fixture; ///< its own sandbox stays unstarted; the window talks to `server`
    QString note;                ///< printed beside the figures (e.g. the file size)
    QString mark;                ///< what a scenario's act saw before it started, for its done to compare
};

bool openWindow(Bench &bench)
{
    test::WindowFixture &f = bench.fixture;
    f.server = bench.server;
    f.restart(false);
    f.services->connection()->setApiKey(SandboxServer::demoApiKey());
    f.window->resize(1280, 800);
    f.window->show();
    return waitFor([&] { return f.window->isVisible(); });
}

bool loadApp(Bench &bench, const QString &webappId)
{
    test::WindowFixture &f = bench.fixture;
    f.find<QLineEdit>("webappIdLineEdit")->setText(webappId);
    f.find<QPushButton>("loadAppButton")->click();
    const RequestForm *form = f.window->findChild<RequestForm *>();
    return waitFor([&] { return form->appInfo().webappId == webappId && !form->appInfo().nodes.isEmpty(); });
}

/// A PNG of noise (incompressible), stored without compression: close to the 30 MB upload limit.
QString writeBigPng(const QString &path, qint64 targetBytes)
{
    const int side = int(std::sqrt(double(targetBytes) / 3.0)) - 8;
    QImage image(side, side, QImage::Format_RGB888);
    quint32 state = 2463534242u;
    for (int y = 0; y < side; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < side * 3; ++x) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            line[x] = uchar(state);
        }
    }
    QImageWriter writer(path, "png");
    writer.setQuality(100); // no deflate effort: noise does not compress anyway
    return writer.write(image) ? path : QString();
}

/// A batch for the sandbox's text-to-image app, as CSV text (commas) or as pasted cells (tabs); with @p bad, every
/// row has a problem (steps "many").
QByteArray batchText(int rows, char separator, bool bad = false)
{
    QByteArray text = QByteArray("prompt") + separator + "steps" + separator + "model\r\n";
    const char *models[] = {"flux-pro", "flux-dev", "flux-schnell"};
    for (int n = 1; n <= rows; ++n)
        text += "a lighthouse at dawn take " + QByteArray::number(n) + separator +
                (bad ? QByteArray("many") : QByteArray::number(1 + n % 50)) + separator + models[n % 3] + "\r\n";
    return text;
}

/// The batch dialog is open, its sheet read and every row checked.
bool batchChecked(Bench &bench, int rows)
{
    const BatchDialog *dialog = bench.fixture.window->batchController()->dialog();
    return dialog && dialog->plan().runs.size() == rows && !dialog->isBusy();
}

struct Scenario
{
    QString id; ///< for the command line
    QString name;
    std::function<bool(Bench &)> setUp; ///< unmeasured
    std::function<bool(Bench &)> act;   ///< starts the work; measured from here
    std::function<bool(Bench &)> done;  ///< the work is over
};

QList<Scenario> scenarios()
{
    QList<Scenario> list;
    // A 30 MB picture chosen for an image input: checked, hashed, previewed, uploaded, previewed again.
    list.append({QStringLiteral("upload"), QStringLiteral("choose and upload a 30 MB PNG"),
                 [](Bench &bench) {
                     const QString path = writeBigPng(bench.fixture.dir.filePath(QStringLiteral("big.png")),
                                                      FieldSpec::maxUploadBytes - 512 * 1024);
                     if (path.isEmpty() || !openWindow(bench) || !loadApp(bench, SandboxServer::demoAppIds().at(1)))
                         return false;
                     bench.note = QStringLiteral("%1 MB").arg(double(QFile(path).size()) / 1e6, 0, 'f', 1);
                     NodeTableEditor::setFileChooser([path](QWidget *, const QString &) { return path; });
                     NodeTableModel *model = test::nodeModel(bench.fixture);
                     const int row = test::rowOf(model, QStringLiteral("image"));
                     bench.fixture.find<QTableView>("nodeTableView")
                         ->setCurrentIndex(model->index(row, NodeTableModel::ValueColumn));
                     waitFor([] { return false; }, 300); // let the window settle
                     return row >= 0;
                 },
                 [](Bench &bench) {
                     bench.fixture.find<QToolButton>("chooseMediaButton")->click();
                     return true;
                 },
                 [](Bench &bench) {
                     NodeTableModel *model = test::nodeModel(bench.fixture);
                     const int row = test::rowOf(model, QStringLiteral("image"));
                     return model->uploadState(row) == NodeTableModel::Upload::Done &&
                            !model->index(row, NodeTableModel::ValueColumn).data(Qt::DecorationRole).isNull();
                 }});
    // The history view filtered by text over 100,000 runs: a name (FTS5 from three characters), two characters
    // (the short-search path), and a task id.
    const QList<QPair<QString, QString>> filters{{QStringLiteral("Portrait"), QStringLiteral("a name")},
                                                 {QStringLiteral("人像"), QStringLiteral("two characters")},
                                                 {QStringLiteral("1907035719658099999"), QStringLiteral("a task id")}};
    for (const auto &[text, what] : filters) {
        list.append(
            {QStringLiteral("history-") + what.section(QLatin1Char(' '), -1),
             QStringLiteral("filter 100k history rows: %1").arg(what),
             [](Bench &bench) {
                 {
                     Database db(bench.fixture.config().paths.databaseFile);
                     if (!db.open() || !test::fillHistory(db, Endpoint::serverOf(bench.server), 100000))
                         return false;
                 }
                 if (!openWindow(bench))
                     return false;
                 bench.fixture.find<QTabWidget>("rightTabWidget")->setCurrentIndex(1);
                 waitFor([] { return false; }, 300); // let the window settle
                 return true;
             },
             [text](Bench &bench) {
                 bench.mark = bench.fixture.find<QLabel>("historyCountLabel")->text();
                 auto *filter = bench.fixture.find<QLineEdit>("historyFilterLineEdit");
                 filter->setText(text);
                 QTest::keyClick(filter, Qt::Key_Return);
                 return true;
             },
             [](Bench &bench) { return bench.fixture.find<QLabel>("historyCountLabel")->text() != bench.mark; }});
    }
    // The batch dialog on 10,000 rows: read (CSV file or clipboard), mapped, every cell checked, preview shown.
    constexpr int batchRows = 10000;
    const auto batchSetUp = [](Bench &bench, bool bad) {
        if (!openWindow(bench) || !loadApp(bench, SandboxServer::demoAppIds().at(0)))
            return false;
        QFile csv(bench.fixture.dir.filePath(QStringLiteral("batch.csv")));
        const QByteArray text = batchText(batchRows, ',', bad);
        bench.note = QStringLiteral("%1 rows, %2 KiB").arg(batchRows).arg(text.size() / 1024);
        QGuiApplication::clipboard()->setText(QString::fromUtf8(batchText(batchRows, '\t')));
        waitFor([] { return false; }, 300); // let the window settle
        return csv.open(QIODevice::WriteOnly) && csv.write(text) == text.size();
    };
    const auto openCsv = [](Bench &bench) {
        return bench.fixture.window->batchController()->openSheet(
            bench.fixture.dir.filePath(QStringLiteral("batch.csv")));
    };
    list.append({QStringLiteral("batch-sheet"), QStringLiteral("batch dialog: open and check a CSV"),
                 [batchSetUp](Bench &bench) { return batchSetUp(bench, false); }, openCsv,
                 [](Bench &bench) { return batchChecked(bench, batchRows); }});
    // The same with a problem in every row (a wrong column, say): 10,000 lines in the problem list.
    list.append({QStringLiteral("batch-problems"), QStringLiteral("batch dialog: a CSV, every row bad"),
                 [batchSetUp](Bench &bench) { return batchSetUp(bench, true); }, openCsv,
                 [](Bench &bench) { return batchChecked(bench, batchRows); }});
    list.append({QStringLiteral("batch-paste"), QStringLiteral("batch dialog: paste and check cells"),
                 [batchSetUp](Bench &bench) { return batchSetUp(bench, false); },
                 [](Bench &bench) {
                     bench.fixture.find<QAction>("pasteBatchAction")->trigger();
                     return true;
                 },
                 [](Bench &bench) { return batchChecked(bench, batchRows); }});
    return list;
}

void printHeader()
{
    std::printf("%-32s %8s %12s %12s %13s %10s %6s %7s  %s\n", "scenario", "wall ms", "longest gap", "without wait",
                "busiest tick", "GUI CPU ms", "ticks", ">16 ms", "verdict");
}

/// "ok" when no gap reached the budget; "ok (waits)" when the long gaps were the scheduler's (the thread was ready
/// but had no core: other programs, a loaded machine), not work of the window.
const char *verdict(const Stalls &s)
{
    if (s.longestGapMs < BudgetMs)
        return "ok";
    return s.longestOwnMs < BudgetMs ? "ok (waits)" : "over budget";
}

void printRow(const Scenario &scenario, const Stalls &s, const QString &note)
{
    std::printf("%-32s %8.1f %9.1f ms %9.1f ms %10.1f ms %10.1f %6d %7d  %s%s\n", qPrintable(scenario.name), s.wallMs,
                s.longestGapMs, s.longestOwnMs, s.busiestTickMs, s.guiCpuMs, s.ticks, s.gapsOverBudget, verdict(s),
                note.isEmpty() ? "" : qPrintable(QStringLiteral(" (%1)").arg(note)));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("rhdesk.*.debug=false"));
    test::isolateEnvironment();
    const QStringList wanted = app.arguments().mid(1);
    SandboxThread sandbox;
    const QUrl server = sandbox.startServer();
    if (server.isEmpty()) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    printHeader();
    int failures = 0;
    for (const Scenario &scenario : scenarios()) {
        if (!wanted.isEmpty() && !wanted.contains(scenario.id))
            continue;
        Bench bench;
        bench.server = server;
        if (!scenario.setUp(bench)) {
            std::fprintf(stderr, "%s: set-up failed\n", qPrintable(scenario.name));
            ++failures;
            continue;
        }
        StallMeter meter;
        meter.start();
        const bool finished = scenario.act(bench) && waitFor([&] { return scenario.done(bench); });
        const Stalls stalls = meter.stop();
        if (!finished) {
            std::fprintf(stderr, "%s: did not finish\n", qPrintable(scenario.name));
            ++failures;
            continue;
        }
        printRow(scenario, stalls, bench.note);
    }
    return failures == 0 ? 0 : 1;
}
