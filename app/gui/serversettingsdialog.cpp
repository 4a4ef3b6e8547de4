// SPDX-License-Identifier: GPL-3.0-or-later
// serversettingsdialog.cpp — Postfix's questions, main.cf and dovecot.conf
// for one simulated server, and the lines they make.
#include "serversettingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace ServerSettings;

namespace {

// Postfix's types as its Debian installation names them in each language.
const char *const typeNames[] = {
    QT_TRANSLATE_NOOP("ServerSettingsDialog", "No configuration"),
    QT_TRANSLATE_NOOP("ServerSettingsDialog", "Internet Site"),
    QT_TRANSLATE_NOOP("ServerSettingsDialog", "Internet with smarthost"),
    QT_TRANSLATE_NOOP("ServerSettingsDialog", "Satellite system"),
    QT_TRANSLATE_NOOP("ServerSettingsDialog", "Local only"),
};

QString postfixKey(const char *key)
{
    return storageKey(Program::Postfix, QLatin1String(key));
}

QString dovecotKey(const char *key)
{
    return storageKey(Program::Dovecot, QLatin1String(key));
}

} // namespace

ServerSettingsDialog::ServerSettingsDialog(const QString &host, const QMap<QString, QString> &settings,
                                           QWidget *parent)
    : QDialog(parent)
    , m_host(host)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("serverSettingsDialog"));
    setWindowTitle(tr("Settings of %1").arg(host));
    build();
    refresh();
}

void ServerSettingsDialog::build()
{
    auto *outer = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    outer->addLayout(columns, 1);

    // The fields scroll if the screen is small (1366x768 with a task bar).
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *fieldsWidget = new QWidget;
    auto *fields = new QVBoxLayout(fieldsWidget);
    fields->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(fieldsWidget);
    columns->addWidget(scroll, 5);

    const auto lineEdit = [this](const QString &key, QFormLayout *form, const QString &label,
                                 const QString &tip) {
        auto *edit = new QLineEdit;
        edit->setObjectName(key);
        edit->setToolTip(tip);
        form->addRow(label, edit);
        m_fields.insert(key, edit);
        connect(edit, &QLineEdit::textEdited, this, [this, key](const QString &text) { edited(key, text); });
        return edit;
    };
    const auto comboBox = [this](const QString &key, QFormLayout *form, const QString &label,
                                 const QStringList &choices, const QString &tip) {
        auto *combo = new QComboBox;
        combo->setObjectName(key);
        combo->setEditable(true);
        combo->addItems(choices);
        combo->setToolTip(tip);
        form->addRow(label, combo);
        m_fields.insert(key, combo);
        connect(combo, &QComboBox::textActivated, this,
                [this, key](const QString &text) { edited(key, text); });
        connect(combo->lineEdit(), &QLineEdit::textEdited, this,
                [this, key](const QString &text) { edited(key, text); });
        return combo;
    };

    // Postfix's installation questions.
    auto *questions = new QGroupBox(tr("Postfix: the installation's questions"));
    auto *questionsForm = new QFormLayout(questions);
    auto *type = new QComboBox;
    type->setObjectName(postfixKey("type"));
    const QStringList canonicalTypes = types();
    for (qsizetype i = 0; i < canonicalTypes.size(); ++i)
        type->addItem(tr(typeNames[i]), canonicalTypes.at(i));
    type->setToolTip(tr("The general type of mail configuration (dpkg-reconfigure postfix)"));
    questionsForm->addRow(tr("General type of configuration:"), type);
    m_fields.insert(type->objectName(), type);
    connect(type, &QComboBox::activated, this,
            [this, type](int index) { edited(type->objectName(), type->itemData(index).toString()); });
    lineEdit(postfixKey("mailname"), questionsForm, tr("System mail name:"),
             tr("The fully qualified domain name (FQDN) of the mail addresses: 2esi.org for "
                "alumno1@2esi.org (/etc/mailname)"));
    fields->addWidget(questions);

    auto *mainCf = new QGroupBox(tr("Postfix: /etc/postfix/main.cf"));
    auto *mainForm = new QFormLayout(mainCf);
    lineEdit(postfixKey("myhostname"), mainForm, QStringLiteral("myhostname"), tr("This host's name"));
    lineEdit(postfixKey("mydomain"), mainForm, QStringLiteral("mydomain"),
             tr("The domain: myhostname without its first part"));
    lineEdit(postfixKey("myorigin"), mainForm, QStringLiteral("myorigin"),
             tr("The domain added to addresses without one: RCPT TO:<fran> is fran@$myorigin"));
    lineEdit(postfixKey("mydestination"), mainForm, QStringLiteral("mydestination"),
             tr("The domains this server takes mail for and delivers to its own mailboxes; mail for "
                "any other domain is relayed"));
    lineEdit(postfixKey("mynetworks"), mainForm, QStringLiteral("mynetworks"),
             tr("The clients that may relay without logging in"));
    lineEdit(postfixKey("relayhost"), mainForm, QStringLiteral("relayhost"),
             tr("Where mail for other domains goes instead of to their MX (the smarthost); empty: the MX"));
    comboBox(postfixKey("inet_interfaces"), mainForm, QStringLiteral("inet_interfaces"),
             choices(Program::Postfix, QStringLiteral("inet_interfaces")),
             tr("all: any machine may connect; loopback-only: only this host itself"));
    lineEdit(postfixKey("message_size_limit"), mainForm, QStringLiteral("message_size_limit"),
             tr("The largest message accepted, in bytes (0: no limit)"));
    comboBox(postfixKey("home_mailbox"), mainForm, QStringLiteral("home_mailbox"),
             choices(Program::Postfix, QStringLiteral("home_mailbox")),
             tr("Maildir/: one file per message in ~/Maildir, the only kind of mailbox the simulated "
                "servers keep (Debian's default, one mbox file in /var/mail, is not simulated)"));
    fields->addWidget(mainCf);

    auto *dovecot = new QGroupBox(tr("Dovecot: /etc/dovecot/dovecot.conf"));
    auto *dovecotForm = new QFormLayout(dovecot);
    auto *protocols = new QWidget;
    auto *protocolsLayout = new QHBoxLayout(protocols);
    protocolsLayout->setContentsMargins(0, 0, 0, 0);
    m_imap = new QCheckBox(QStringLiteral("imap"));
    m_imap->setObjectName(QStringLiteral("dovecot.protocols.imap"));
    m_pop3 = new QCheckBox(QStringLiteral("pop3"));
    m_pop3->setObjectName(QStringLiteral("dovecot.protocols.pop3"));
    protocolsLayout->addWidget(m_imap);
    protocolsLayout->addWidget(m_pop3);
    protocolsLayout->addStretch();
    protocols->setToolTip(tr("The protocols Dovecot serves: imap (143, 993) and pop3 (110, 995)"));
    dovecotForm->addRow(QStringLiteral("protocols"), protocols);
    const auto protocolsEdited = [this] {
        QStringList list;
        if (m_imap->isChecked())
            list.append(QStringLiteral("imap"));
        if (m_pop3->isChecked())
            list.append(QStringLiteral("pop3"));
        edited(dovecotKey("protocols"), list.join(QLatin1Char(' ')));
    };
    connect(m_imap, &QCheckBox::clicked, this, protocolsEdited);
    connect(m_pop3, &QCheckBox::clicked, this, protocolsEdited);
    comboBox(dovecotKey("listen"), dovecotForm, QStringLiteral("listen"),
             choices(Program::Dovecot, QStringLiteral("listen")),
             tr("*, ::: every address; 127.0.0.1, ::1: only this host itself"));
    comboBox(dovecotKey("ssl"), dovecotForm, QStringLiteral("ssl"),
             choices(Program::Dovecot, QStringLiteral("ssl")),
             tr("yes: STARTTLS/STLS and the secure ports; no: neither; required: no log-in in clear"));
    comboBox(dovecotKey("mail_location"), dovecotForm, QStringLiteral("mail_location"),
             choices(Program::Dovecot, QStringLiteral("mail_location")),
             tr("Where the mailboxes are: the same Maildir where Postfix delivers (home_mailbox)"));
    comboBox(dovecotKey("auth_username_format"), dovecotForm, QStringLiteral("auth_username_format"),
             choices(Program::Dovecot, QStringLiteral("auth_username_format")),
             tr("%Lu: the name as given, in lower case (fran and fran@servidor.edu both log in); %n: the "
                "part before @ only"));
    fields->addWidget(dovecot);
    fields->addStretch();

    // The configuration files as they would be written.
    auto *filesBox = new QGroupBox(tr("As the configuration files would say it (postconf -n, doveconf -n)"));
    auto *filesLayout = new QVBoxLayout(filesBox);
    m_lines = new QPlainTextEdit;
    m_lines->setObjectName(QStringLiteral("configurationLines"));
    m_lines->setReadOnly(true);
    m_lines->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_lines->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    filesLayout->addWidget(m_lines);
    columns->addWidget(filesBox, 4);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_error->setPalette(palette);
    outer->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(m_buttons);
    resize(1100, 640); // fits 1366x768
}

void ServerSettingsDialog::edited(const QString &storedKey, const QString &value)
{
    if (m_refreshing)
        return;
    QString canonical;
    QString why;
    if (!checkStored(storedKey, value, &canonical, &why)) {
        m_wrong.insert(storedKey, why);
    } else {
        m_wrong.remove(storedKey);
        m_settings.insert(storedKey, canonical);
    }
    refresh();
}

void ServerSettingsDialog::refresh()
{
    m_refreshing = true;
    const Configuration configuration(m_host, m_settings);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QString storedKey = it.key();
        const Program program = storedKey.startsWith(QLatin1String("postfix.")) ? Program::Postfix
                                                                                : Program::Dovecot;
        const QString key = storedKey.section(QLatin1Char('.'), 1);
        if (m_wrong.contains(storedKey) || it.value()->hasFocus())
            continue; // the user's text stays while it is typed or wrong
        const QString value = configuration.value(program, key);
        if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            if (!combo->isEditable()) {
                combo->setCurrentIndex(qMax(0, combo->findData(value)));
            } else if (combo->currentText() != value) {
                combo->setEditText(value);
            }
        } else if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            if (edit->text() != value)
                edit->setText(value);
        }
    }
    m_imap->setChecked(configuration.serves(QStringLiteral("imap")));
    m_pop3->setChecked(configuration.serves(QStringLiteral("pop3")));
    QStringList text;
    text.append(QStringLiteral("# /etc/postfix/main.cf"));
    if (!configuration.postfixConfigured())
        text.append(tr("# (not configured yet: Carteiro's own server; as an Internet Site it would be)"));
    text += configuration.mainCfLines();
    text.append(QString());
    text.append(QStringLiteral("# /etc/dovecot/dovecot.conf"));
    if (!configuration.dovecotConfigured())
        text.append(tr("# (not configured yet: Carteiro's own POP3 and IMAP; Debian's defaults would be)"));
    text += configuration.dovecotLines();
    m_lines->setPlainText(text.join(QLatin1Char('\n')));
    m_error->setText(QStringList(m_wrong.values()).join(QLatin1Char('\n')));
    m_error->setVisible(!m_wrong.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_wrong.isEmpty());
    m_refreshing = false;
}

QString ServerSettingsDialog::configurationText() const
{
    return m_lines->toPlainText();
}
