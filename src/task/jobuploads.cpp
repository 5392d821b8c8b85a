#include "task/jobuploads.h"

#include "transfer/uploader.h"

namespace rh {

JobUploads::JobUploads(Uploader *uploader, const Job &job, const Endpoint &to, QObject *parent)
    : QObject(parent)
    , m_uploader(uploader)
    , m_jobId(job.id)
    , m_server(job.server)
    , m_to(to)
    , m_request(job.request)
    , m_media(job.media)
{
    connect(uploader, &Uploader::uploaded, this,
            [this](int ticket, const QString &fileName, bool) { onUploaded(ticket, fileName); });
    connect(uploader, &Uploader::failed, this, [this](int ticket, const ApiError &error) {
        if (!m_tickets.contains(ticket) || m_ended)
            return;
        m_ended = true;
        Q_EMIT failed(error);
    });
    connect(uploader, &Uploader::refused, this, [this](int ticket, FieldSpec::FileCheck why) {
        if (!m_tickets.contains(ticket) || m_ended)
            return;
        m_ended = true;
        Q_EMIT refused(m_media.at(m_tickets.value(ticket)).localPath, why);
    });
}

void JobUploads::start()
{
    if (m_media.isEmpty()) {
        QMetaObject::invokeMethod(this, &JobUploads::finish, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < m_media.size(); ++i)
        m_tickets.insert(m_uploader->upload(m_media.at(i).localPath, m_media.at(i).fileType, m_to, m_server), i);
}

void JobUploads::onUploaded(int ticket, const QString &fileName)
{
    if (!m_tickets.contains(ticket) || m_ended)
        return;
    const MediaInput &input = m_media.at(m_tickets.take(ticket));
    for (NodeField &node : m_request.nodes) {
        if (node.nodeId == input.nodeId && node.fieldName == input.fieldName)
            node.fieldValue = fileName;
    }
    if (m_tickets.isEmpty())
        finish();
}

void JobUploads::finish()
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT done(m_request);
}

} // namespace rh
