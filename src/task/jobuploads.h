#pragma once

#include "api/apierror.h"
#include "api/endpoint.h"
#include "model/fieldspec.h"
#include "model/job.h"

#include <QHash>
#include <QObject>

namespace rh {

class Uploader;

/// The upload step of one queued job: each media input's file goes through the Uploader (a file uploaded before is
/// answered from the cache, nothing sent) and its fileName into the request's row. Ends exactly once: done(),
/// failed() or refused(). Uploads are safe to redo, so a crash here only means uploading again.
class JobUploads final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobUploads)
public:
    JobUploads(Uploader *uploader, const Job &job, const Endpoint &to, QObject *parent = nullptr);

    void start();
    qint64 jobId() const { return m_jobId; }

Q_SIGNALS:
    /// Every file is uploaded: the job's request with their fileNames in its rows.
    void done(const rh::RunRequest &request);
    void failed(const rh::ApiError &error);
    /// A file may not be sent as it is (missing, too large, wrong format): nothing was sent for it.
    void refused(const QString &path, rh::FieldSpec::FileCheck why);

private:
    void onUploaded(int ticket, const QString &fileName);
    void finish();

    Uploader *m_uploader;
    qint64 m_jobId;
    QString m_server;
    Endpoint m_to;
    RunRequest m_request;
    QList<MediaInput> m_media;
    QHash<int, int> m_tickets; ///< ticket → index into m_media
    bool m_ended = false;
};

} // namespace rh
