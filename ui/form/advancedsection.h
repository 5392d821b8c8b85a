#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace rh {

class Draft;
class NodeTableEditor;

/// What developers use and operators rarely need, folded away under one "Advanced" toggle (open or closed as
/// the user left it): the webhook URL, the node table with its row editing and Paste JSON, node details, the
/// request preview, Copy as curl and the client ID. Rows the app defines can only be removed here.
class AdvancedSection final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdvancedSection)
public:
    explicit AdvancedSection(Draft *draft, QWidget *parent = nullptr);

    bool isOpen() const;
    void setOpen(bool open);
    QToolButton *toggleButton() const { return m_toggle; }
    NodeTableEditor *nodeEditor() const { return m_nodes; }
    QLineEdit *webhookEdit() const { return m_webhookEdit; }
    void setClientId(const QString &clientId);

Q_SIGNALS:
    void openChanged(bool open);
    void previewRequested();
    void curlRequested();

private:
    QWidget *createContent(Draft *draft);

    QToolButton *m_toggle;
    QWidget *m_content = nullptr;
    NodeTableEditor *m_nodes = nullptr;
    QLineEdit *m_webhookEdit = nullptr;
    QLabel *m_clientIdLabel = nullptr;
};

} // namespace rh
