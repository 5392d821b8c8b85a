// Makes the README's screenshots from the real window on the sandbox: make_screenshots <en|zh_CN> <folder>.
// Not a test; built with the benchmarks (-DRHDESK_BUILD_BENCH=ON). Runs offscreen (QT_QPA_PLATFORM=offscreen) on a
// large screen it configures itself, with the window at 1280x800 (QT_SCALE_FACTOR=2 gives 2560x1600 pictures).
#include "accountsdialog.h"
#include "batch/batchcontroller.h"
#include "batch/batchdialog.h"
#include "form/inputrow.h"
#include "form/inputsheet.h"
#include "form/mediafield.h"
#include "form/nodetableeditor.h"
#include "form/nodetablemodel.h"
#include "form/requestform.h"
#include "presets/presetcontroller.h"
#include "presets/presetpanel.h"
#include "queue/queueview.h"
#include "testenv.h"
#include "windowfixture.h"

#include "session/services.h"
#include "store/accountbook.h"
#include "store/appsettings.h"
#include "task/runqueue.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <cstdio>
#include <functional>

namespace {

bool waitFor(const std::function<bool()> &condition, int ms = 15000)
{
    return QTest::qWaitFor(condition, ms);
}

void save(QMainWindow *window, const QString &path)
{
    QTest::qWait(400);                   // let thumbnails and layouts settle before the picture
    window->statusBar()->clearMessage(); // it may name this machine's temp folders
    QWidget *widget = window;
    if (!widget->grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::printf("wrote %s\n", qPrintable(path));
}

void installTranslations(const QString &lang, QTranslator *qt, QTranslator *own)
{
    QLocale::setDefault(QLocale(lang));
    if (lang == QLatin1String("en"))
        return;
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    if (own->load(QLocale(lang), QStringLiteral("rhdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

/// A photo-like input picture for the image-to-image demo.
QString makeInputPicture(const QString &folder)
{
    QImage image(640, 480, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 0, 480);
    sky.setColorAt(0, QColor(0x7d, 0xd3, 0xfc));
    sky.setColorAt(1, QColor(0xfd, 0xe6, 0x8a));
    painter.fillRect(image.rect(), sky);
    painter.setBrush(QColor(0x16, 0xa3, 0x4a));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QPoint(200, 520), 360, 200);
    painter.setBrush(QColor(0xfa, 0xcc, 0x15));
    painter.drawEllipse(QPoint(500, 110), 55, 55);
    painter.end();
    const QString path = folder + QStringLiteral("/meadow.png");
    image.save(path);
    return path;
}

} // namespace

/// A 3840x2160 offscreen screen, so a 1280x800 window is not maximized (at QT_SCALE_FACTOR=2 too).
void configureScreen(const QTemporaryDir &dir)
{
    if (qgetenv("QT_QPA_PLATFORM") != "offscreen")
        return;
    QFile config(dir.filePath(QStringLiteral("screen.json")));
    if (!config.open(QIODevice::WriteOnly))
        return;
    config.write(R"({"screens": [{"name": "shot", "x": 0, "y": 0, "width": 3840, "height": 2160, "dpr": 1.0}]})");
    config.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config.fileName()));
}

/// File → Accounts…: two named accounts on two sites, the first the default; keys stay in the keychain.
int saveAccounts(rh::test::WindowFixture &f, const QString &folder, const QString &lang)
{
    rh::AccountBook *book = f.services->accountBook();
    const bool zh = lang.startsWith(QLatin1String("zh"));
    const QString studio =
        book->add(zh ? QStringLiteral("工作室（企业版）") : QStringLiteral("Studio (enterprise)"),
                  QUrl(QStringLiteral("https://www.runninghub.cn")), QStringLiteral("studio-key-0123456789abcdef0123"));
    book->add(zh ? QStringLiteral("海外站") : QStringLiteral("Overseas"),
              QUrl(QStringLiteral("https://www.runninghub.ai")), QStringLiteral("overseas-key-0123456789abcdef01"));
    book->setDefault(studio);
    rh::AccountsDialog dialog(book, f.window.get());
    dialog.show();
    dialog.resize(760, 420);
    QTest::qWait(400);
    const QString path = QStringLiteral("%1/screenshot-accounts-%2.png").arg(folder, lang);
    if (!dialog.grab().save(path))
        return 10;
    std::printf("wrote %s\n", qPrintable(path));
    return 0;
}

int main(int argc, char *argv[])
{
    QTemporaryDir screenDir;
    configureScreen(screenDir);
    QApplication app(argc, argv);
    const QString lang = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("en");
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("docs");
    QDir().mkpath(folder);
    QTranslator qt, own;
    installTranslations(lang, &qt, &own);

    rh::test::WindowFixture f;
    f.sandboxMode = true;
    if (!f.open(300, 300))
        return 1;
    f.window->showNormal();
    f.window->resize(1280, 800);
    auto *table = f.find<QTableView>("nodeTableView");
    if (!waitFor([&] { return table->model()->rowCount() > 0; }))
        return 2;
    QTest::mouseClick(f.find<QPushButton>("submitButton"), Qt::LeftButton);
    if (!waitFor([&] { return f.find<QListView>("resultsListView")->model()->rowCount() > 0; }))
        return 3;
    save(f.window.get(), QStringLiteral("%1/screenshot-run-%2.png").arg(folder, lang));

    // A preset of this form, then the image-to-image app with a picture chosen for its IMAGE input.
    auto *presets = f.window->findChild<rh::PresetPanel *>();
    rh::PresetPrompts prompts;
    prompts.askName = [&](QWidget *, const QString &, const QString &, const QString &) -> std::optional<QString> {
        return lang == QLatin1String("en") ? QStringLiteral("Watercolour cat") : QStringLiteral("水彩猫");
    };
    presets->setPrompts(prompts);
    presets->saveAs(f.window->findChild<rh::PresetController *>()->presetFromForm());

    const QString picture = makeInputPicture(f.dir.path());
    rh::NodeTableEditor::setFileChooser([&](QWidget *, const QString &) { return picture; });
    auto *id = f.find<QLineEdit>("webappIdLineEdit");
    id->setText(rh::SandboxServer::demoAppIds().value(1));
    QTest::mouseClick(f.find<QPushButton>("loadAppButton"), Qt::LeftButton);
    if (!waitFor(
            [&] { return table->model()->rowCount() > 0 && id->text() == rh::SandboxServer::demoAppIds().value(1); }))
        return 4;
    auto *model = f.window->findChild<rh::RequestForm *>()->model();
    if (!waitFor([&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (rh::NodeTableEditor::isMediaRow(model->field(row)))
                    return true;
            }
            return false;
        }))
        return 5;
    auto *sheet = f.window->findChild<rh::RequestForm *>()->inputSheet();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (rh::NodeTableEditor::isMediaRow(model->field(row))) {
            auto *media = qobject_cast<rh::MediaField *>(sheet->row(row)->editor()->parentWidget());
            QTest::mouseClick(media->chooseButton(), Qt::LeftButton);
            break;
        }
    }
    if (!waitFor([&] { return model->countUploads(rh::NodeTableModel::Upload::Done) > 0; }))
        return 6;
    prompts.askName = [&](QWidget *, const QString &, const QString &, const QString &) -> std::optional<QString> {
        return lang == QLatin1String("en") ? QStringLiteral("Meadow as oil painting") : QStringLiteral("草地油画");
    };
    presets->setPrompts(prompts);
    presets->saveAs(f.window->findChild<rh::PresetController *>()->presetFromForm());
    save(f.window.get(), QStringLiteral("%1/screenshot-media-%2.png").arg(folder, lang));

    f.find<QTabWidget>("rightTabWidget")->setCurrentIndex(1);
    auto *history = f.find<QTableView>("historyTableView");
    if (waitFor([&] { return history->model()->rowCount() > 0; }))
        history->selectRow(0); // a run's events and the ways back into work
    save(f.window.get(), QStringLiteral("%1/screenshot-history-%2.png").arg(folder, lang));

    // The queue mid-batch: 20 runs of the text app with 5 slots on a key that allows 3, so 421s are waited out.
    f.services->settings().setQueueSlots(5);
    id->setText(rh::SandboxServer::demoAppIds().value(0));
    QTest::mouseClick(f.find<QPushButton>("loadAppButton"), Qt::LeftButton);
    if (!waitFor(
            [&] { return table->model()->rowCount() > 0 && model->field(0).fieldType == QLatin1String("STRING"); }))
        return 7;
    f.window->resize(1280, 800);
    f.find<QTabWidget>("rightTabWidget")->setCurrentIndex(rh::RightPanel::QueueTab);
    f.find<QSpinBox>("runTimesSpinBox")->setValue(20);
    QTest::mouseClick(f.find<QPushButton>("addToQueueButton"), Qt::LeftButton);
    rh::RunQueue *queue = f.services->queue();
    if (!waitFor(
            [&] {
                return queue->counts().done() >= 6 &&
                       queue->gate(f.services->connection()->server()).status() == rh::QueueGate::Status::Busy;
            },
            60000))
        return 8;
    // The first job selected: its batch's progress and what the batch has spent so far show above the table.
    auto *jobs = f.find<QTableView>("queueTableView");
    jobs->selectRow(0);
    auto *spent = f.find<QLabel>("batchCostLabel");
    if (!waitFor([&] { return spent->isVisible() && !spent->text().isEmpty(); }))
        return 11;
    save(f.window.get(), QStringLiteral("%1/screenshot-queue-%2.png").arg(folder, lang));

    // A sheet of 12 rows, 2 of them bad, checked before anything is sent; the app has finished runs by now, so the
    // dialog estimates the cost.
    rh::BatchController *batches = f.window->batchController();
    const QString sheetPath = rh::test::dataPath(QStringLiteral("sheets/batch-text-to-image.xlsx"));
    batches->setFileChooser([sheetPath](QWidget *) { return sheetPath; });
    f.find<QAction>("importBatchAction")->trigger();
    rh::BatchDialog *dialog = batches->dialog();
    if (!dialog || !waitFor([&] { return !dialog->isBusy() && dialog->plan().runs.size() == 12; }))
        return 9;
    dialog->resize(1120, 700);
    QTest::qWait(400);
    const QString path = QStringLiteral("%1/screenshot-batch-%2.png").arg(folder, lang);
    if (dialog->grab().save(path))
        std::printf("wrote %s\n", qPrintable(path));
    dialog->reject();
    return saveAccounts(f, folder, lang);
}
