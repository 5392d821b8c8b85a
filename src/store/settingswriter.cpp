#include "store/settingswriter.h"

#include <QThread>

namespace rh {

SettingsWriter::SettingsWriter(const QString &iniPath)
    : m_iniPath(iniPath)
{}

SettingsWriter::~SettingsWriter()
{
    if (!m_thread)
        return; // nothing was ever changed
    QMetaObject::invokeMethod(
        m_context.get(),
        [this] {
            m_settings->sync();
            m_settings.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_context.reset();
    delete m_thread;
}

void SettingsWriter::start()
{
    // On the first change only: reading the language at start-up, for one, never needs a thread.
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("rhdesk settings"));
    m_context = std::make_unique<QObject>();
    m_context->moveToThread(m_thread);
    m_thread->start(QThread::LowPriority);
    QMetaObject::invokeMethod(
        m_context.get(),
        [this] {
            m_settings = m_iniPath.isEmpty() ? std::make_unique<QSettings>()
                                             : std::make_unique<QSettings>(m_iniPath, QSettings::IniFormat);
        },
        Qt::QueuedConnection);
}

void SettingsWriter::post(std::function<void(QSettings &)> change)
{
    start();
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
    if (!m_thread)
        return status(); // nothing to write
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
