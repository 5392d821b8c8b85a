// Makes the README's screenshots from the real window on the sandbox: make_screenshots <en|zh_CN> <folder>.
// Not a test; built with the benchmarks (-DRHDESK_BUILD_BENCH=ON). Run offscreen or under xvfb-run.
#include "requestform.h"
#include "windowfixture.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <cstdio>
#include <functional>

namespace {

bool waitFor(const std::function<bool()> &condition, int ms = 15000)
{
    return QTest::qWaitFor(condition, ms);
}

void save(QWidget *widget, const QString &path)
{
    QTest::qWait(300); // let thumbnails and layouts settle before the picture
    if (!widget->grab().save(path))
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
    else
        std::printf("wrote %s\n", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString lang = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("en");
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("docs");
    QDir().mkpath(folder);
    QLocale::setDefault(QLocale(lang));
    QTranslator qt, own;
    if (lang != QLatin1String("en")) {
        if (qt.load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        if (own.load(QLocale(lang), QStringLiteral("rhdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(&own);
    }
    rh::test::WindowFixture f;
    if (!f.open(400, 400))
        return 1;
    f.window->resize(1440, 860);
    auto *id = f.find<QLineEdit>("webappIdLineEdit");
    id->setText(QStringLiteral("1877265245566922753"));
    QTest::mouseClick(f.find<QPushButton>("loadAppButton"), Qt::LeftButton);
    if (!waitFor([&] { return f.find<QTableView>("nodeTableView")->model()->rowCount() > 0; }))
        return 2;
    QTest::mouseClick(f.find<QPushButton>("submitButton"), Qt::LeftButton);
    if (!waitFor([&] { return f.find<QListView>("resultsListView")->model()->rowCount() > 0; }))
        return 3;
    save(f.window.get(), QStringLiteral("%1/screenshot-run-%2.png").arg(folder, lang));
    f.find<QTabWidget>("rightTabWidget")->setCurrentIndex(1);
    save(f.window.get(), QStringLiteral("%1/screenshot-history-%2.png").arg(folder, lang));
    return 0;
}
