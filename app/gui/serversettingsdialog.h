// SPDX-License-Identifier: GPL-3.0-or-later
// serversettingsdialog.h — a server's settings as Postfix and Dovecot ask
// for them (Servers ▸ servidor.edu…).
//
// Left: Postfix's installation questions (the general type of configuration,
// the system mail name), the main.cf parameters they set and Dovecot's
// dovecot.conf ones; each field shows the value in force (given, or as the
// type sets it), and one the user changes is kept as given. Right, read-only:
// the lines `postconf -n` and `doveconf -n` would print, updated as the
// fields change. A wrong value is named under the fields and OK waits until
// it is mended. settings() is what World::reconfigureServer() takes.
#pragma once

#include "scenario/serversettings.h"

#include <QDialog>
#include <QHash>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

class ServerSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `settings`: all the server's settings now (the others than Postfix's
    // and Dovecot's are kept as they are).
    ServerSettingsDialog(const QString &host, const QMap<QString, QString> &settings,
                         QWidget *parent = nullptr);

    QMap<QString, QString> settings() const { return m_settings; }
    // The lines shown (tests).
    QString configurationText() const;

    // For tests: a field by its stored key ("postfix.mydestination").
    QWidget *field(const QString &storedKey) const { return m_fields.value(storedKey); }

private:
    void build();
    void edited(const QString &storedKey, const QString &value);
    void refresh(); // every field not being edited, the lines, the error

    QString m_host;
    QMap<QString, QString> m_settings;
    QHash<QString, QWidget *> m_fields; // QLineEdit or QComboBox, by stored key
    QCheckBox *m_imap = nullptr;
    QCheckBox *m_pop3 = nullptr;
    QPlainTextEdit *m_lines = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QMap<QString, QString> m_wrong; // stored key -> why its text is refused
    bool m_refreshing = false;
};
