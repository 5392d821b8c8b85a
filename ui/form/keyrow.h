#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace rh {

class Connection;

/// The API key box with "show", Remember and the keychain notice. It shows the Connection's key and hands the
/// typed key to it (on Return, on leaving the box, and whenever the form is about to use the key).
class KeyRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyRow)
public:
    explicit KeyRow(Connection *connection, QWidget *parent = nullptr);

    QLineEdit *keyEdit() const { return m_keyEdit; }
    void commit();
    /// Marks the box as the one to fill (no key when a run was asked for).
    void markMissing(bool missing);

private:
    void showConnection();

    Connection *m_connection;
    QLineEdit *m_keyEdit;
    QCheckBox *m_rememberCheck;
    QLabel *m_keyNotice;
};

} // namespace rh
