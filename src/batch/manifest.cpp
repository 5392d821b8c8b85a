#include "batch/manifest.h"

#include "transfer/downloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <csv.h>

namespace rh {

namespace {

Q_LOGGING_CATEGORY(lcManifest, "rhdesk.batch.manifest", QtInfoMsg)

bool needsQuotes(const QString &field)
{
    if (field.isEmpty())
        return false;
    if (field.front().isSpace() || field.back().isSpace())
        return true;
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            return true;
    }
    return false;
}

QByteArray quoted(const QByteArray &utf8)
{
    QByteArray out(qsizetype(csv_write(nullptr, 0, utf8.constData(), size_t(utf8.size()))), Qt::Uninitialized);
    csv_write(out.data(), size_t(out.size()), utf8.constData(), size_t(utf8.size()));
    return out;
}

} // namespace

QByteArray manifestRecord(const QStringList &fields)
{
    QByteArray record;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            record.append(',');
        const QByteArray utf8 = fields.at(i).toUtf8();
        record.append(needsQuotes(fields.at(i)) ? quoted(utf8) : utf8);
    }
    record.append("\r\n");
    return record;
}

QString manifestPath(const QString &resultsFolder, const QString &batchName)
{
    QString folder = sanitizeFileNamePart(batchName);
    if (folder.isEmpty())
        folder = QStringLiteral("batch");
    return QDir(resultsFolder).filePath(folder + QStringLiteral("/manifest.csv"));
}

ManifestFile::ManifestFile(const QString &path, const QStringList &inputNames)
    : m_path(path)
    , m_inputNames(inputNames)
{}

QStringList ManifestFile::header() const
{
    QStringList fields{QStringLiteral("row")};
    fields += m_inputNames;
    fields += QStringList{QStringLiteral("label"),  QStringLiteral("taskId"), QStringLiteral("state"),
                          QStringLiteral("error"),  QStringLiteral("files"),  QStringLiteral("coins"),
                          QStringLiteral("runTime")};
    return fields;
}

bool ManifestFile::append(const ManifestLine &line) const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        qCWarning(lcManifest) << "cannot create the folder of" << m_path;
        return false;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcManifest) << "cannot open" << m_path << file.errorString();
        return false;
    }
    QByteArray bytes;
    if (file.size() == 0)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF") + manifestRecord(header());
    QStringList fields{QString::number(line.sourceRow)};
    fields += line.values;
    fields += QStringList{line.label, line.taskId, line.state, line.error, line.files.join(QLatin1String("; ")),
                          line.coins, line.runTime};
    bytes += manifestRecord(fields);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        qCWarning(lcManifest) << "cannot write" << m_path << file.errorString();
        return false;
    }
    return true;
}

} // namespace rh
