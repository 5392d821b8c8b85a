// Placeholder until the real sandbox lands.
#include "sandboxserver.h"

namespace rh {
struct SandboxServer::Private
{};
SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{}
SandboxServer::~SandboxServer() = default;
QString SandboxServer::demoApiKey()
{
    return QStringLiteral("sandbox0000000000000000000000000");
}
bool SandboxServer::start(quint16)
{
    return true;
}
QString SandboxServer::errorString() const
{
    return {};
}
QUrl SandboxServer::baseUrl() const
{
    return {};
}
} // namespace rh
