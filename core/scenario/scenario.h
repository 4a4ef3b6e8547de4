// SPDX-License-Identifier: GPL-3.0-or-later
// scenario.h — what a scenario file declares: the world and the story to play.
//
// The file format (one statement per line, '#' comments, "quoted text") is
// documented in docs/scenarios.md; ScenarioParser turns a file into this model
// or into a list of errors naming file, line, column and what was expected.
#pragma once

#include "protocol/imapclientsession.h"
#include "protocol/pop3clientsession.h"
#include "scenario/scriptnotation.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

struct ScenarioLocation {
    QString file;
    int line = 0;
    int column = 0;
};

// Text in several languages: "gl" first; "" for text given without a language.
using LocalizedText = QMap<QString, QString>;

struct ScenarioServer { // "server cliente.fr"
    QString domain; // host name and mail domain
    QString address; // "127.0.0.3"; empty: assigned by the world
    QMap<QString, QString> settings; // "set cliente.fr KEY VALUE" (e.g. greet helo)
    ScenarioLocation location;
    // "server servidor.edu real 127.0.0.1 [smtp 25] [pop3 110] …": the
    // student's own Postfix and Dovecot at that address. The world starts no
    // simulated server for it; connections to its services go to the real
    // one, at the ports given here or the standard ones. Empty: simulated.
    QString realAddress;
    QMap<QString, int> realPorts; // service name -> port, as given
    bool isReal() const { return !realAddress.isEmpty(); }
    // The port of a service (smtp, submission, pop3, imap, pop3s, imaps,
    // submissions) on the real server: as given, else the standard one; 0
    // for a service that has none.
    int realPort(const QString &service) const;
    // The services a real server may be given ports for, in order.
    static QStringList realServices();
};

struct ScenarioUser { // "user fran@servidor.edu password claveejemplo [folders Traballo "Viaxes/2026"]"
    QString address;
    QString password; // a student's: empty until given one (Scenario::giveStudentsPasswords)
    bool student = false; // made by "class" or "students": its password is generated, not written
    QStringList folders; // IMAP folders made for it besides INBOX and the special-use ones
    ScenarioLocation location;
};

// A student of a class ("class alumnos.csv", "students 30 on 2esi.org"):
// an account (ScenarioUser::student) on the server of their domain, whose
// password is generated once and kept with the world's data
// (core/persist/classpasswords.h), and a row of the access sheet.
struct ScenarioStudent {
    QString name; // "Ana López", "alumno1"
    QString address; // "alumno1@2esi.org": the log-in is its local part
    ScenarioLocation location; // the CSV line, or the "students" line
    QString login() const { return address.left(address.lastIndexOf(QLatin1Char('@'))); }
};

struct ScenarioMx { // "dns servidor.edu mx servidor.edu"
    QString domain;
    QString host;
    int preference = 10;
    ScenarioLocation location;
};

// How a mail client reads its mailbox: POP3 (the course's two modes) or IMAP.
enum class MailAccess : quint8 {
    Pop3,
    Imap
};

// How a mail client uses TLS with its server ("client … tls may|encrypt|implicit").
enum class ClientTls : quint8 {
    None, // in clear, as in the course's walkthrough
    May, // STARTTLS/STLS when the server offers it, else in clear
    Encrypt, // STARTTLS/STLS or nothing
    Implicit // the secure ports: TLS from the first octet (RFC 8314)
};

struct ScenarioClient { // "client ana user ana@cliente.fr pop3 keep", "… imap"
    QString name;
    QString user; // address of the account it uses
    Pop3Mode pop3Mode = Pop3Mode::DownloadAndDelete;
    MailAccess access = MailAccess::Pop3;
    ImapDownload imapDownload = ImapDownload::TextOnly; // "imap whole": every part
    ClientTls tls = ClientTls::None;
    ScenarioLocation location;
};

// Someone on the network who reads what crosses one link, both ways
// ("eavesdropper eva between fran servidor.edu"). The same name may be
// declared on several links: one eavesdropper who taps them all.
struct ScenarioEavesdropper {
    QString name; // "eva"
    QString a; // a host or client name, as declared
    QString b;
    ScenarioLocation location;
};

// A webmail host in front of a server's mailboxes ("webmail
// webmail.servidor.edu for servidor.edu"): pages over HTTP (and HTTPS),
// IMAP and SMTP submission to its server behind them.
struct ScenarioWebmail {
    QString host; // "webmail.servidor.edu"
    QString server; // "servidor.edu"
    QString address; // "127.0.0.9"; empty: assigned by the world
    ScenarioLocation location;
};

struct ScenarioScriptLine { // a line of a raw session: C: or S:
    ScriptStep step; // in the script notation (scriptnotation.h): a Line
        // of the client (Exact) or of the server (Wildcard: *)
    ScenarioLocation location;
};

struct ScenarioAttachment { // "attach foto-praia.png" on a send step
    QString fileName; // as written, relative to the scenario's folder
    QString path; // where it was read ("/…/foto-praia.png", ":/scenarios/…")
    QByteArray data; // read when the scenario is parsed
    ScenarioLocation location;
};

struct ScenarioStep {
    enum class Kind {
        Say, // narration: say gl "…"
        Send, // send ana to fran@x cc eva@x subject "…" body "…" attach FILE
        Fetch, // fetch fran [delete|keep]
        Session, // session servidor.edu smtp … end (raw C:/S: lines)
        Wait, // wait (until queues are empty and connections closed)
        ExpectMailbox, // expect mailbox fran@servidor.edu count 1 | subject "…" | attachment "…"
        ExpectClient, // expect client fran count 1 | subject "…" | attachment "…"
        ExpectQueue, // expect queue cliente.fr count 0
        ExpectReply, // expect reply 250 (some reply with that code was seen in the last step)
        Fault, // fault servidor.edu reply "452 4.2.2 Mailbox full" at RCPT [for fran@…]
        Down, // down servidor.edu [for 3] (stops listening; back after 3 s)
        Up, // up servidor.edu (listens again)
        Slow, // slow servidor.edu 800 (every line it writes travels 800 ms late)
        Predict, // predict servidor.edu at RCPT [for fran@…] [choices 250,452,550]
        Imap, // imap fran create|rename|delete|open|move|copy|flag|unflag|search|expunge … (an IMAP client's job)
        ExpectSearch, // expect search fran count 2 [subject "…"] (the hits of its last IMAP search)
        ExpectWire, // expect wire fran servidor.edu [not] contains "…" (host, target, withoutFlag, body)
        ExpectTls, // expect tls fran servidor.edu [refused ["…"]] (host, target, withoutFlag, body)
        Browse, // browse fran login|read|send|reply|delete|open|logout … (the client's browser on its webmail)
        ExpectBrowser, // expect browser fran page [not] contains "…" (body, withoutFlag) | status 200 (count)
        Exercise, // exercise … end: a goal typed by hand, hints, checks, a solution
        Configure, // postfix|dovecot HOST KEY VALUE … among the steps: the server reconfigured then
        ExpectListening // expect listening servidor.edu [not] port 110 (host, withoutFlag, count)
    };
    Kind kind = Kind::Say;
    ScenarioLocation location;
    LocalizedText text; // Say; Exercise: the goal
    QList<LocalizedText> hints; // Exercise, in the order they are given
    bool exerciseCheck = false; // Expect*: a "check" of the Exercise step before it
    QString client; // Send, Fetch, ExpectClient
    QStringList recipients; // Send: the "to" addresses
    QStringList cc; // Send
    QList<ScenarioAttachment> attachments; // Send
    QString subject; // Send, and Expect* subject checks
    QString attachment; // ExpectMailbox/ExpectClient: an attachment's file name
    QString folder; // ExpectMailbox, Imap: an IMAP folder ("Traballo"); empty: INBOX
    QString imapVerb; // Imap: "create", "rename", "delete", "open", "move", "copy", "flag", "unflag",
        // "search", "expunge", "download"
    QString newName; // Imap rename: the new name; move, copy: the folder it goes to
    QString browseVerb; // Browse: "login", "read", "send", "reply", "delete", "open", "logout"
    int uid = 0; // Browse read, reply, delete: the message's UID in its folder
    QString path; // Browse open: the page's path and query ("/folder?name=Sent")
    QString criteria; // Imap search: the IMAP search keys, as sent (TEXT "praia" UNSEEN)
    QString flag; // ExpectMailbox: only the messages with this flag ("\\Seen")…
    bool withoutFlag = false; // …or, with "not flag", without it
    bool attachmentOnServer = false; // ExpectClient "attachment … on server": IMAP left it there
    QString header; // ExpectMailbox/ExpectClient: a header field's name ("From")…
    QString headerText; // …and text its decoded value contains
    QString body; // Send ("\n" in the file's text means a new line); Expect*: text a body contains
    bool hasPop3Mode = false; // Fetch with an explicit mode
    Pop3Mode pop3Mode = Pop3Mode::DownloadAndDelete;
    QString host; // Session, ExpectQueue, Fault, Down, Up, Slow, Predict;
        // Exercise: the solution's server (empty: no solution)
    QString service; // Session, Exercise's solution: "smtp", "submission", "pop3" or "imap"
    QList<ScenarioScriptLine> script; // Session, Exercise's solution
    QString target; // ExpectMailbox: address
    int count = -1; // Expect*: -1 when not given
    QString code; // ExpectReply: "250", "+OK", "-ERR"
    QString reply; // Fault: the whole reply, "452 4.2.2 Mailbox full"
    bool cut = false; // Fault: close the connection instead (mid-DATA at DATA)
    QString command; // Fault, Predict: "RCPT", "PASS" … (upper case)
    QString faultFor; // Fault, Predict: only for this address or user; empty: any
    QStringList choices; // Predict: the codes offered; empty: the usual ones
    int seconds = 0; // Down: back up after this many seconds; 0: stays down;
        // Fault: lifted after this many seconds; 0: stays
    int milliseconds = 0; // Slow: the delay of every line; 0: normal again
    QMap<QString, QString> settings; // Configure: "postfix.type" → "Internet Site" (serversettings.h)

    // "check mailbox {student}": in a class, each student's own mailbox (the
    // grader's); played at a window or headless, the first student's.
    static QString studentPlaceholder() { return QStringLiteral("{student}"); }
};

struct Scenario {
    QString name; // file base name ("ana-fran")
    QString source; // path or ":/scenarios/ana-fran.scenario"
    LocalizedText title;
    LocalizedText description;
    QList<ScenarioServer> servers;
    QList<ScenarioUser> users;
    QList<ScenarioStudent> students; // in the order declared; each is also in `users`
    // "class … private", "students … private": --serve gives each student a
    // world of their own (their own servers on their own addresses or ports).
    bool privateWorlds = false;
    QList<ScenarioMx> mx;
    QList<ScenarioClient> clients;
    QList<ScenarioEavesdropper> eavesdroppers;
    QList<ScenarioWebmail> webmails;
    QList<ScenarioStep> steps;

    const ScenarioServer *server(const QString &domain) const;
    // The server that takes mail for a domain: the one of that name, else
    // one whose Postfix settings list it in mydestination (serversettings.h).
    const ScenarioServer *serverFor(const QString &domain) const;
    const ScenarioClient *client(const QString &name) const;
    const ScenarioUser *user(const QString &address) const;
    // The eavesdroppers' names, each once, in the order first declared.
    QStringList eavesdropperNames() const;
    // Whether `name` taps the link between these two hosts (either order).
    bool eavesdropperTaps(const QString &name, const QString &a, const QString &b) const;
    // A new student password: three groups of two lowercase syllables
    // ("bako-tefi-lunu"), random (about 38 bits), without letters that read alike.
    static QString generatePassword();
    // Every student account still without a password gets a new one
    // (a run that keeps nothing: each run gives new ones).
    void giveStudentsPasswords();
    // What student `student` (an index into `students`) has in a world of
    // their own (privateWorlds): the same servers, clients and other users,
    // of the class only them (with their password), and no steps.
    Scenario privateWorldOf(int student) const;
    // The text in this language, else Galician, else any.
    static QString pick(const LocalizedText &text, const QString &language);
};

// "{port servidor.edu smtp}" in a caption, a goal or a hint: the port that
// host's service really listens on, known only once the world runs (25 plus
// the window's offset, or one the OS picked). Any other text between braces
// is kept as it is.
namespace PortPlaceholder {
struct Found {
    qsizetype position = 0; // of the '{'
    qsizetype length = 0; // up to and including the '}' (or the rest of the text)
    QString host;
    QString service; // "smtp", "submission", "pop3" or "imap" when well formed
    bool wellFormed = false; // "{port HOST SERVICE}" with a known service
};
// Every "{port" in the text, in order.
QList<Found> find(const QString &text);
// Each well-formed placeholder replaced by port(host, service); one whose
// port is 0 (no such host or service in the world) is kept literally.
using PortOf = std::function<quint16(const QString &host, const QString &service)>;
QString expand(const QString &text, const PortOf &port);
LocalizedText expand(const LocalizedText &texts, const PortOf &port);
} // namespace PortPlaceholder

struct ScenarioError {
    ScenarioLocation location;
    QString message; // what was wrong and what was expected (translated)
    QString toString() const; // "file:line:column: message"
};
