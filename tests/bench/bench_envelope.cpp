// How long decoding an error page takes on the GUI thread: a normal proxy page and pages built to make a
// backtracking regex crawl, side by side with the regex the linear scan replaced. Target: ≤ 20 ms for 64 KiB.
// Built only with -DRHDESK_BUILD_BENCH=ON (preset "bench"); run by hand: ./bench_envelope [--no-reference]
#include "api/apicall.h"
#include "testenv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace rh;

namespace {

QTextStream out(stdout);
/// The slowest of a few runs, in ms: a freeze is the worst case, not the average.
double worstMs(const std::function<void()> &work, int repeats)
{
    double worst = 0;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        worst = std::max(worst, timer.nsecsElapsed() / 1e6);
    }
    return worst;
}

/// The excerpt as it was made before: three regular expressions, the first of which backtracks.
QString regexExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(64 * 1024));
    static const QRegularExpression scripts(QStringLiteral("<(script|style)\\b.*?</\\1\\s*>"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.remove(scripts);
    text.remove(tags);
    text.replace(spaces, QStringLiteral(" "));
    return text.trimmed().left(200);
}

QString cell(double ms)
{
    return QString::number(ms, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool reference = !app.arguments().contains(QStringLiteral("--no-reference"));
    const QStringList pages = {QStringLiteral("http-502.html"), QStringLiteral("hostile/style-flood-64k.html"),
                               QStringLiteral("hostile/script-unclosed-64k.html"),
                               QStringLiteral("hostile/lt-flood-64k.html")};
    out << qSetFieldWidth(36) << Qt::left << "page (HTTP 502; worst of 5, regex 1)" << qSetFieldWidth(10) << Qt::right
        << "bytes" << qSetFieldWidth(14) << "decode ms"
        << "regex ms" << qSetFieldWidth(0) << Qt::endl;
    bool withinTarget = true;
    for (const QString &name : pages) {
        const QByteArray page = test::readData(name);
        const double decode = worstMs([&] { (void)decodeEnvelope(502, page); }, 5);
        withinTarget = withinTarget && decode <= 20.0;
        const QString regex = reference ? cell(worstMs([&] { (void)regexExcerpt(page); }, 1)) : QStringLiteral("-");
        out << qSetFieldWidth(36) << Qt::left << name << qSetFieldWidth(10) << Qt::right << page.size()
            << qSetFieldWidth(14) << cell(decode) << regex << qSetFieldWidth(0) << Qt::endl;
    }
    out << (withinTarget ? "every page decoded within 20 ms" : "SLOWER THAN 20 ms: see above") << Qt::endl;
    return 0;
}
