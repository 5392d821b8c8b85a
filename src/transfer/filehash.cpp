#include "transfer/filehash.h"

#include <QFile>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/evp.h>

#include <memory>

namespace rh {

namespace {

constexpr qint64 BlockBytes = 1024 * 1024;

struct DigestContextFree
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};

} // namespace

QString sha256OfFile(const QString &path, const std::function<bool()> &cancelled)
{
    QFile file(path);
    // Unbuffered: the blocks go straight from the file into the digest, without QFile's own copy.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return QString();
    const std::unique_ptr<EVP_MD_CTX, DigestContextFree> context(EVP_MD_CTX_new());
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return QString();
    const std::unique_ptr<char[]> block(new char[BlockBytes]);
    for (;;) {
        if (cancelled && cancelled())
            return QString();
        const qint64 read = file.read(block.get(), BlockBytes);
        if (read < 0)
            return QString();
        if (read == 0)
            break;
        if (EVP_DigestUpdate(context.get(), block.get(), size_t(read)) != 1)
            return QString();
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), digest, &length) != 1)
        return QString();
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QFuture<QString> sha256OfFileAsync(const QString &path)
{
    return QtConcurrent::run([path](QPromise<QString> &promise) {
        promise.addResult(sha256OfFile(path, [&promise] { return promise.isCanceled(); }));
    });
}

} // namespace rh
