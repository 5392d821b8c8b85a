#include "form/requestexport.h"

#include "api/endpoint.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rh {

QString RequestExport::curlCommand(const RunRequest &request, const QUrl &baseUrl)
{
    const QString variable = QLatin1Char('$') + keyVariable();
    QString body = QString::fromUtf8(request.toJson(variable));
    // The body goes in single quotes: each ' inside becomes '\'' , and the key's JSON string leaves the quotes
    // so that the shell expands the variable there: "'"$RUNNINGHUB_API_KEY"'".
    body.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    body.replace(QLatin1Char('"') + variable + QLatin1Char('"'),
                 QStringLiteral("\"'\"") + variable + QStringLiteral("\"'\""));
    const QUrl url = Endpoint{baseUrl, {}}.url(paths::runAiApp); // a base path (https://proxy/rh/) is kept
    return QStringLiteral("curl -X POST '%1' \\\n  -H 'Content-Type: application/json' \\\n"
                          "  -H \"Authorization: Bearer %2\" \\\n  -d '%3'")
        .arg(url.toString(QUrl::FullyEncoded), variable, body);
}

void RequestExport::showPreview(QWidget *parent, const RunRequest &request)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("requestPreviewDialog"));
    dialog.setWindowTitle(tr("Request preview"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("This is the JSON that Run sends (the API key is masked):"), &dialog));
    auto *text = new QPlainTextEdit(QString::fromUtf8(request.toPreviewJson()), &dialog);
    text->setObjectName(QStringLiteral("previewTextEdit"));
    text->setAccessibleName(tr("Request JSON"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(640, 480);
    dialog.exec();
}

} // namespace rh
