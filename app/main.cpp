// Composition root: reads the command line before any GUI object exists (so --help and --version work without a
// display), builds the core (Services), the sandbox when asked, then the window.
#include "api/endpoint.h"
#include "mainwindow.h"
#include "sandbox/sandboxserver.h"
#include "session/services.h"
#include "store/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QTranslator>
#include <QUrl>
#include <QWindow>
#include <cstdio>
#include <memory>
#include <optional>
#include <variant>

namespace {

struct CommandLine
{
    bool sandbox = false;
    QUrl baseUrl;
    QString lang;
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("rhdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("rhdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RHDESK_VERSION));
}

/// --lang has to be known before any tr() runs, so it is looked for ahead of the parser.
QString languageArgument(const QStringList &args)
{
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return {};
}

void installTranslators(QCoreApplication &app, const QString &lang)
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

QString chosenLanguage(const QStringList &args, bool sandbox)
{
    const QString lang = languageArgument(args);
    if (!lang.isEmpty())
        return lang;
    const rh::DataPaths paths = sandbox ? rh::DataPaths::sandbox() : rh::DataPaths::user();
    return rh::AppSettings(paths.settingsFile).language();
}

/// Parses the arguments with a QCoreApplication only (no display needed). Prints help, version or an error and
/// returns the exit code when the program should end here.
std::variant<CommandLine, int> parseCommandLine(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    const QStringList args = QCoreApplication::arguments();
    installTranslators(app, chosenLanguage(args, args.contains(QStringLiteral("--sandbox"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop client for RunningHub AI apps.\n\n"
                                            "Your settings: %1\nYour history, presets and caches: %2\n"
                                            "With --sandbox: %3 and %4 (nothing the sandbox does is seen "
                                            "outside them).")
            .arg(rh::DataPaths::user().settingsFile, rh::DataPaths::user().databaseFile,
                 rh::DataPaths::sandbox().settingsFile, rh::DataPaths::sandbox().databaseFile));
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
    parser.process(app); // --help and --version print and exit here; an unknown option too, with status 1

    CommandLine line;
    line.sandbox = parser.isSet(sandboxOption);
    line.lang = languageArgument(args);
    if (parser.isSet(baseUrlOption)) {
        const QUrl url(parser.value(baseUrlOption), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            std::fprintf(stderr, "rhdesk: --base-url needs an http:// or https:// URL\n");
            return 2;
        }
        line.baseUrl = url;
        if (rh::Endpoint{url, {}}.sendsKeyInClear())
            std::fprintf(stderr,
                         "rhdesk: warning: %s is plain http: the API key would cross the network "
                         "unencrypted. Use https:// unless the server is on this computer.\n",
                         qPrintable(url.toString()));
    }
    return line;
}

/// RHDESK_QUIT_AFTER_SHOWN=1 (for tests/bench/bench_startup): quit with status 0 once the window's first expose
/// has been handled, i.e. right after its first frame, so start-up can be measured from outside.
class QuitAfterFirstExpose final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            // Queued: the window paints its first frame while handling this very event, then the loop quits.
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return false;
    }
};

void quitAfterShownIfAsked(QWidget &window)
{
    if (qEnvironmentVariableIntValue("RHDESK_QUIT_AFTER_SHOWN") != 1)
        return;
    window.winId(); // creates the QWindow so that its first expose can be watched
    window.windowHandle()->installEventFilter(new QuitAfterFirstExpose(&window));
}

} // namespace

int main(int argc, char *argv[])
{
    const std::variant<CommandLine, int> parsed = parseCommandLine(argc, argv);
    if (const int *exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const CommandLine line = std::get<CommandLine>(parsed);

    QApplication app(argc, argv);
    setIdentity();
    // No application display name: the platform would append it to the window's own title ("rhdesk — Sandbox").
    QGuiApplication::setDesktopFileName(QStringLiteral("rhdesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rhdesk.svg")));
    installTranslators(app, chosenLanguage(QCoreApplication::arguments(), line.sandbox));

    rh::ServicesConfig config;
    rh::MainWindow::Options options;
    std::unique_ptr<rh::SandboxServer> sandbox;
    if (line.sandbox) {
        sandbox = std::make_unique<rh::SandboxServer>();
        if (!sandbox->start()) {
            std::fprintf(stderr, "rhdesk: the sandbox could not start: %s\n", qPrintable(sandbox->errorString()));
            return 1;
        }
        config.paths = rh::DataPaths::sandbox();
        config.fixed = {sandbox->baseUrl(), QStringLiteral("sandbox"), rh::SandboxServer::demoApiKey(),
                        QCoreApplication::translate("main", "Sandbox (this computer)")};
        options.sandbox = true;
        options.sandboxAppIds = rh::SandboxServer::demoAppIds();
        options.sandboxAppNames = rh::SandboxServer::demoAppNames();
    } else {
        config.paths = rh::DataPaths::user();
        config.paths.adoptLegacyFiles();
        if (!line.baseUrl.isEmpty())
            config.fixed = {line.baseUrl, {}, {}, line.baseUrl.toString()};
        // The system's proxy settings (http_proxy/https_proxy/no_proxy on Linux) for the real service; the sandbox
        // on 127.0.0.1 is always reached directly.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    }

    rh::Services services(config);
    rh::MainWindow window(&services, options);
    quitAfterShownIfAsked(window);
    window.show();
    return app.exec();
}
