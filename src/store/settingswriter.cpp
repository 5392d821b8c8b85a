#include "store/settingswriter.h"

#include <QThread>

namespace rh {

SettingsWriter::SettingsWriter(const QString &iniPath)
    : m_thread(new QThread)
    , m_context(std::make_unique<QObject>())
{
    m_thread->setObjectName(QStringLiteral("rhdesk settings"));
    m_context->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, iniPath] {
            m_settings = iniPath.isEmpty() ? std::make_unique<QSettings>()
                                           : std::make_unique<QSettings>(iniPath, QSettings::IniFormat);
        },
        Qt::QueuedConnection);
}

SettingsWriter::~SettingsWriter()
{
    QMetaObject::invokeMethod(
        m_context.get(),
        [this] {
            if (m_settings)
                m_settings->sync();
            m_settings.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_context.reset();
    delete m_thread;
}

void SettingsWriter::post(std::function<void(QSettings &)> change)
{
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, change = std::move(change)] {
            change(*m_settings);
            if (m_saveQueued)
                return;
            m_saveQueued = true;
            // After QSettings' own save on this turn (posted by the change): records how that went.
            QMetaObject::invokeMethod(
                m_context.get(),
                [this] {
                    m_saveQueued = false;
                    if (!m_settings) // the destructor saved and closed it in between
                        return;
                    m_settings->sync();
                    m_status = m_settings->status();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void SettingsWriter::set(const QString &key, const QVariant &value)
{
    post([key, value](QSettings &settings) { settings.setValue(key, value); });
}

void SettingsWriter::remove(const QString &key)
{
    post([key](QSettings &settings) { settings.remove(key); });
}

QSettings::Status SettingsWriter::flush()
{
    QMetaObject::invokeMethod(
        m_context.get(),
        [this] {
            m_settings->sync();
            m_status = m_settings->status();
        },
        Qt::BlockingQueuedConnection);
    return status();
}

QSettings::Status SettingsWriter::status() const
{
    return QSettings::Status(m_status.load());
}

} // namespace rh
