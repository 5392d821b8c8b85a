// A sandbox in a process of its own, for the crash test: it outlives the queue runner the test kills, and reports
// what it saw over a small HTTP endpoint of its own. Prints "READY <api port> <control port>" when listening.
//   rhdesk_sandbox_process <queuedMs> <runningMs> <concurrency>
// Control (127.0.0.1:<control port>):
//   GET  /stats                      {"tasks": n, "byPrompt": {prompt: n}, "requests": {path: n}, "held": n}
//   POST /fault?path=/x&fault=hold   the next request to path is read (and carried out) but never answered
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QTcpServer>
#include <QUrlQuery>

#include <cstdio>

using namespace rh;

namespace {

QJsonObject counts(const QHash<QString, int> &hash)
{
    QJsonObject object;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: rhdesk_sandbox_process <queuedMs> <runningMs> <concurrency>\n");
        return 2;
    }
    SandboxServer sandbox;
    if (!sandbox.start())
        return 1;
    sandbox.setTimings(args.at(1).toInt(), args.at(2).toInt());
    sandbox.setConcurrencyLimit(args.at(3).toInt());

    QHttpServer control;
    control.route(QStringLiteral("/stats"), QHttpServerRequest::Method::Get, [&sandbox] {
        return QJsonObject{{QStringLiteral("tasks"), sandbox.taskCount()},
                           {QStringLiteral("byPrompt"), counts(sandbox.taskCountByPrompt())},
                           {QStringLiteral("requests"), counts(sandbox.requestCounts())},
                           {QStringLiteral("held"), sandbox.heldRequestCount()}};
    });
    control.route(QStringLiteral("/fault"), QHttpServerRequest::Method::Post,
                  [&sandbox](const QHttpServerRequest &request) {
                      const QUrlQuery query(request.url());
                      if (query.queryItemValue(QStringLiteral("fault")) != QLatin1String("hold"))
                          return QHttpServerResponse(QHttpServerResponder::StatusCode::BadRequest);
                      sandbox.failNext(query.queryItemValue(QStringLiteral("path")), SandboxServer::Fault::NoAnswer);
                      return QHttpServerResponse(QJsonObject{{QStringLiteral("ok"), true}});
                  });
    auto *tcp = new QTcpServer;
    if (!tcp->listen(QHostAddress::LocalHost, 0))
        return 1;
    control.bind(tcp);
    std::printf("READY %d %d\n", int(sandbox.baseUrl().port()), int(tcp->serverPort()));
    std::fflush(stdout);
    return app.exec();
}
