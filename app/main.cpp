// Composition root: command line, translations, the optional in-process sandbox, the main window.
#include "mainwindow.h"
#include "sandbox/sandboxserver.h"
#include "store/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QTranslator>
#include <QUrl>
#include <cstdio>

namespace {

void installTranslators(QApplication &app, const QString &lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("rhdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("rhdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("rhdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RHDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("rhdesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("rhdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rhdesk.svg")));

    // --lang has to be known before any tr() runs, so it is read ahead of the parser.
    QString lang;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            lang = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            lang = args.at(i).mid(7);
    }
    if (lang.isEmpty())
        lang = rh::AppSettings().language();
    installTranslators(app, lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop client for RunningHub AI apps."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Use the built-in simulated RunningHub (no account, no cost)."));
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        QCoreApplication::translate("main", "Talk to another server, e.g. a company proxy or a test server."),
        QStringLiteral("url"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("main", "Interface language: en or zh_CN."),
                                        QStringLiteral("language"));
    parser.addOptions({sandboxOption, baseUrlOption, langOption});
    parser.process(app);

    std::unique_ptr<rh::SandboxServer> sandbox;
    rh::MainWindow::Options options;
    if (parser.isSet(baseUrlOption)) {
        const QUrl url(parser.value(baseUrlOption), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            std::fprintf(stderr, "rhdesk: --base-url needs an http:// or https:// URL\n");
            return 2;
        }
        options.baseUrlOverride = url;
    }
    if (parser.isSet(sandboxOption)) {
        sandbox = std::make_unique<rh::SandboxServer>();
        if (!sandbox->start()) {
            std::fprintf(stderr, "rhdesk: the sandbox could not start: %s\n", qPrintable(sandbox->errorString()));
            return 1;
        }
        options.sandbox = true;
        options.baseUrlOverride = sandbox->baseUrl();
        options.sandboxApiKey = rh::SandboxServer::demoApiKey();
        options.sandboxAppIds = rh::SandboxServer::demoAppIds();
    }

    // The system's proxy settings (http_proxy/https_proxy/no_proxy on Linux) for the real service; the sandbox
    // on 127.0.0.1 is always reached directly.
    if (!options.sandbox)
        QNetworkProxyFactory::setUseSystemConfiguration(true);

    rh::MainWindow window(options);
    window.show();
    return app.exec();
}
