// explanations.cpp — the catalogue: tables of commands, reply codes, header
// fields and events (policy in data, as Postfix keeps its command table), and
// the replay that tells a command from a line of a message.
#include "explanations.h"

#include "transcript/transcript.h"

#include <QCoreApplication>

#include <deque>

namespace Explanations {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Explanations", text);
}

QString rfcText(const char *rfc)
{
    return rfc ? QString::fromUtf8(rfc) : QString();
}

// One row of a table: a key (verb, code, field name…), the texts marked for
// translation, and the RFC section.
struct Entry {
    const char *key;
    const char *title;
    const char *text;
    const char *rfc;
};

Explanation make(const Entry &entry)
{
    return {translated(entry.title), translated(entry.text), rfcText(entry.rfc), {}};
}

ExplanationDetail makeDetail(const Entry &entry)
{
    return {translated(entry.title), translated(entry.text), rfcText(entry.rfc)};
}

template <size_t N>
const Entry *find(const Entry (&table)[N], const QByteArray &key)
{
    for (const Entry &entry : table) {
        if (key == entry.key)
            return &entry;
    }
    return nullptr;
}

// --- SMTP commands (RFC 5321 §4.1.1) -------------------------------------------

const Entry smtpCommands[] = {
    {"HELO", QT_TRANSLATE_NOOP("Explanations", "HELO: the client says hello and gives its name"),
     QT_TRANSLATE_NOOP("Explanations",
         "The client introduces itself with its domain name. This is the opening "
         "(handshake) phase: after the server's 220 greeting, nothing else can happen "
         "until the client has said HELO or EHLO. The server answers 250, and then the "
         "mail transfer phase can begin."),
     "RFC 5321 §4.1.1.1"},
    {"EHLO", QT_TRANSLATE_NOOP("Explanations", "EHLO: extended hello, asking for the server's extensions"),
     QT_TRANSLATE_NOOP("Explanations",
         "Like HELO, the client introduces itself, but EHLO also asks which extensions "
         "the server offers. The server answers with a reply of several 250 lines, one "
         "per extension (PIPELINING, SIZE, AUTH…). This is still the opening (handshake) "
         "phase."),
     "RFC 5321 §4.1.1.1"},
    {"MAIL", QT_TRANSLATE_NOOP("Explanations", "MAIL FROM: the sender of the envelope"),
     QT_TRANSLATE_NOOP("Explanations",
         "The client starts a new message and gives the sender's address, the return "
         "address on the envelope. This begins the mail transfer phase. If the mail "
         "cannot be delivered later, the error report (a bounce) goes to this address. "
         "The server answers 250 if it accepts the sender."),
     "RFC 5321 §4.1.1.2"},
    {"RCPT", QT_TRANSLATE_NOOP("Explanations", "RCPT TO: one recipient of the envelope"),
     QT_TRANSLATE_NOOP("Explanations",
         "The client names one recipient; it sends one RCPT TO for each recipient. The "
         "server answers 250 if it will take mail for that address, or 550 if, for "
         "example, the mailbox does not exist. The servers deliver to these envelope "
         "addresses, not to the To: line inside the message."),
     "RFC 5321 §4.1.1.3"},
    {"DATA", QT_TRANSLATE_NOOP("Explanations", "DATA: the message itself comes next"),
     QT_TRANSLATE_NOOP("Explanations",
         "The client asks to send the message. The server answers 354, and then the "
         "client sends the message line by line: first the header (From, To, "
         "Subject…), a blank line, then the body. A line with only a dot \".\" ends the "
         "message."),
     "RFC 5321 §4.1.1.4"},
    {"RSET", QT_TRANSLATE_NOOP("Explanations", "RSET: start again"),
     QT_TRANSLATE_NOOP("Explanations",
         "The client cancels the message it was sending: the sender, the recipients and "
         "any data are forgotten. The connection stays open and the server answers 250."),
     "RFC 5321 §4.1.1.5"},
    {"VRFY", QT_TRANSLATE_NOOP("Explanations", "VRFY: does this user exist?"),
     QT_TRANSLATE_NOOP("Explanations",
         "The client asks whether an address exists. Spammers could use this to guess "
         "real addresses, so many servers, like this one, answer 252: they neither "
         "confirm nor deny, but they will accept mail for it."),
     "RFC 5321 §4.1.1.6"},
    {"EXPN", QT_TRANSLATE_NOOP("Explanations", "EXPN: expand a mailing list (not offered)"),
     QT_TRANSLATE_NOOP("Explanations",
         "EXPN asks the server for the members of a mailing list. Like most servers "
         "today, this one does not offer it and answers 502, so that nobody can collect "
         "addresses."),
     "RFC 5321 §4.1.1.7"},
    {"HELP", QT_TRANSLATE_NOOP("Explanations", "HELP: ask for help"),
     QT_TRANSLATE_NOOP("Explanations",
         "The client asks the server for help about its commands. The server answers "
         "214 with a short text for a human. It is handy when you talk to a server by "
         "hand with telnet."),
     "RFC 5321 §4.1.1.8"},
    {"NOOP", QT_TRANSLATE_NOOP("Explanations", "NOOP: do nothing"),
     QT_TRANSLATE_NOOP("Explanations",
         "The client asks the server to do nothing and just answer 250. It checks that "
         "the connection is still alive."),
     "RFC 5321 §4.1.1.9"},
    {"QUIT", QT_TRANSLATE_NOOP("Explanations", "QUIT: goodbye"),
     QT_TRANSLATE_NOOP("Explanations",
         "The client ends the session. This is the closing phase: the server answers "
         "221 and closes the TCP connection."),
     "RFC 5321 §4.1.1.10"},
    {"AUTH", QT_TRANSLATE_NOOP("Explanations", "AUTH: the client logs in"),
     QT_TRANSLATE_NOOP("Explanations",
         "Before sending mail through its own server (on the submission port, 587), the "
         "user's mail client proves who it is with a user name and a password. AUTH "
         "belongs to the opening (handshake) phase, after EHLO. The server answers 235 if "
         "the login is right and 535 if it is not."),
     "RFC 4954 §4"},
    {"STARTTLS", QT_TRANSLATE_NOOP("Explanations", "STARTTLS: switch to an encrypted connection (not offered)"),
     QT_TRANSLATE_NOOP("Explanations",
         "STARTTLS asks to encrypt the rest of the conversation with TLS, so that "
         "passwords and messages cannot be read on the way. Real servers offer it; this "
         "teaching server answers 502 so that every line stays readable."),
     "RFC 3207 §4"},
    {"BDAT", QT_TRANSLATE_NOOP("Explanations", "BDAT: send the message in pieces (not offered)"),
     QT_TRANSLATE_NOOP("Explanations",
         "BDAT (the CHUNKING extension) sends the message in pieces of a known size "
         "instead of ending it with a dot. This server does not offer it and answers "
         "502: use DATA."),
     "RFC 3030 §2"},
    {"ETRN", QT_TRANSLATE_NOOP("Explanations", "ETRN: ask for queued mail (not offered)"),
     QT_TRANSLATE_NOOP("Explanations",
         "ETRN asks a server to send the mail it keeps in its queue for a domain. This "
         "server does not offer it and answers 502."),
     "RFC 1985"},
};

// Old RFC 821 commands that RFC 5321 dropped; the server answers 502.
const char *const oldSmtpCommands[] = {"TURN", "SEND", "SOML", "SAML"};

const Entry smtpUnknownCommand = {
    "", QT_TRANSLATE_NOOP("Explanations", "Unknown command"),
    QT_TRANSLATE_NOOP("Explanations",
        "The server does not know this command and answers 500. SMTP commands are "
        "words such as HELO, EHLO, MAIL, RCPT, DATA and QUIT (upper or lower case both "
        "work). Check the spelling."),
    "RFC 5321 §4.2.4"};

const Entry smtpOldCommand = {
    "", QT_TRANSLATE_NOOP("Explanations", "An old command (not offered)"),
    QT_TRANSLATE_NOOP("Explanations",
        "This command comes from the first version of SMTP and is no longer used. "
        "The server knows it but answers 502: command not implemented."),
    "RFC 821 §4.1.1"};

const Entry authMechanisms[] = {
    {"PLAIN", QT_TRANSLATE_NOOP("Explanations", "PLAIN: name and password in one line"),
     QT_TRANSLATE_NOOP("Explanations",
         "With PLAIN, the client sends the user name and the password together, encoded "
         "in base64. Base64 is only a way of writing bytes, not encryption: anyone who "
         "sees this line can decode the password. That is why real servers ask for an "
         "encrypted connection (TLS) first."),
     "RFC 4616 §2"},
    {"LOGIN", QT_TRANSLATE_NOOP("Explanations", "LOGIN: name and password one at a time"),
     QT_TRANSLATE_NOOP("Explanations",
         "With LOGIN, the server asks for the user name and then for the password (two "
         "334 replies), and the client answers each one in base64. LOGIN was never made "
         "a standard, but many mail clients use it."),
     "RFC 4954 §4"},
};

const Entry authResponse = {
    "", QT_TRANSLATE_NOOP("Explanations", "Answer to the login challenge"),
    QT_TRANSLATE_NOOP("Explanations",
        "The client answers the server's 334 challenge with a line of base64: the user "
        "name, the password, or both. Anyone can decode base64: it hides nothing. A "
        "line with only \"*\" cancels the login."),
    "RFC 4954 §4"};

const Entry authCancel = {
    "", QT_TRANSLATE_NOOP("Explanations", "Login cancelled"),
    QT_TRANSLATE_NOOP("Explanations",
        "A line with only \"*\" cancels the AUTH exchange. The server answers 501 and "
        "the client is still not logged in."),
    "RFC 4954 §4"};

const Entry mailParameters[] = {
    {"SIZE", QT_TRANSLATE_NOOP("Explanations", "SIZE=: the size of the message, announced"),
     QT_TRANSLATE_NOOP("Explanations",
         "The client says in advance how many octets the message has, so that a server "
         "with a size limit can refuse it at once (552) instead of after receiving it."),
     "RFC 1870 §6"},
    {"BODY", QT_TRANSLATE_NOOP("Explanations", "BODY=: 7-bit or 8-bit text"),
     QT_TRANSLATE_NOOP("Explanations",
         "The client says whether the message is plain 7-bit ASCII or contains 8-bit "
         "characters (BODY=8BITMIME), which the server allowed with 8BITMIME."),
     "RFC 6152 §2"},
    {"AUTH", QT_TRANSLATE_NOOP("Explanations", "AUTH=: who submitted the message"),
     QT_TRANSLATE_NOOP("Explanations",
         "The identity of the user who submitted the message, passed from server to "
         "server. This server accepts it but does not trust it."),
     "RFC 4954 §5"},
};

const Entry nullSender = {
    "", QT_TRANSLATE_NOOP("Explanations", "<>: the empty sender"),
    QT_TRANSLATE_NOOP("Explanations",
        "An empty return address marks an error report (a bounce). Nobody answers a "
        "bounce with another bounce, so mail cannot go round in circles."),
    "RFC 5321 §4.5.5"};

// --- SMTP replies (RFC 5321 §4.2) ----------------------------------------------

struct CodeEntry {
    int code;
    const char *title;
    const char *text;
    const char *rfc;
};

const CodeEntry smtpCodes[] = {
    {211, QT_TRANSLATE_NOOP("Explanations", "211 System status"),
     QT_TRANSLATE_NOOP("Explanations",
         "A reply with the status of the server, or system help. It is rarely seen and "
         "changes nothing in the session."),
     "RFC 5321 §4.2.3"},
    {214, QT_TRANSLATE_NOOP("Explanations", "214 Help message"),
     QT_TRANSLATE_NOOP("Explanations",
         "The answer to HELP: some text for a human about the commands. It changes "
         "nothing in the session."),
     "RFC 5321 §4.1.1.8"},
    {220, QT_TRANSLATE_NOOP("Explanations", "220 Service ready: the server's greeting"),
     QT_TRANSLATE_NOOP("Explanations",
         "As soon as the TCP connection is open, the server speaks first: 220 and its "
         "name. This starts the opening (handshake) phase; the client answers with HELO "
         "or EHLO."),
     "RFC 5321 §3.1"},
    {221, QT_TRANSLATE_NOOP("Explanations", "221 Closing the connection"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server's answer to QUIT: it says goodbye and closes the TCP connection. "
         "This is the end of the closing phase."),
     "RFC 5321 §4.1.1.10"},
    {235, QT_TRANSLATE_NOOP("Explanations", "235 Authentication successful"),
     QT_TRANSLATE_NOOP("Explanations",
         "The user name and the password are right: the user is logged in and may now "
         "send mail through this server. Next comes MAIL FROM."),
     "RFC 4954 §6"},
    {250, QT_TRANSLATE_NOOP("Explanations", "250 OK"),
     QT_TRANSLATE_NOOP("Explanations",
         "The requested action went well. 2xx codes mean success; the client can go on "
         "with the next command."),
     "RFC 5321 §4.2.3"},
    {251, QT_TRANSLATE_NOOP("Explanations", "251 User not local; will forward"),
     QT_TRANSLATE_NOOP("Explanations",
         "The recipient is not here, but the server knows where the user has moved and "
         "will pass the mail on."),
     "RFC 5321 §3.4"},
    {252, QT_TRANSLATE_NOOP("Explanations", "252 Cannot verify the user, but will try"),
     QT_TRANSLATE_NOOP("Explanations",
         "The answer to VRFY: the server neither confirms nor denies that the address "
         "exists (to protect its users from spammers), but it will accept mail for it."),
     "RFC 5321 §3.5.3"},
    {334, QT_TRANSLATE_NOOP("Explanations", "334 Login challenge: go on"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server waits for the next step of the login (AUTH). The text after 334 "
         "is base64; with LOGIN it says \"Username:\" or \"Password:\". The client "
         "answers with one line of base64. 3xx codes mean: go on."),
     "RFC 4954 §4"},
    {354, QT_TRANSLATE_NOOP("Explanations", "354 Start the message; end it with a dot"),
     QT_TRANSLATE_NOOP("Explanations",
         "The answer to DATA: the server is ready for the message. The client now sends "
         "the header, a blank line and the body, and ends with a line with only \".\". "
         "3xx codes mean: go on."),
     "RFC 5321 §4.1.1.4"},
    {421, QT_TRANSLATE_NOOP("Explanations", "421 Service not available, closing"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server is shutting down, has waited too long, or saw too many errors, and "
         "closes the connection. 4xx codes are temporary: a sending server keeps the "
         "message in its queue and tries again later."),
     "RFC 5321 §3.8"},
    {450, QT_TRANSLATE_NOOP("Explanations", "450 Mailbox unavailable (try later)"),
     QT_TRANSLATE_NOOP("Explanations",
         "A temporary refusal: the mailbox is busy or cannot be used right now. 4xx "
         "codes mean \"try again later\": the sending server keeps the mail in its "
         "queue."),
     "RFC 5321 §4.2.3"},
    {451, QT_TRANSLATE_NOOP("Explanations", "451 Local error: action aborted (try later)"),
     QT_TRANSLATE_NOOP("Explanations",
         "Something went wrong inside the server. It is temporary: the client should "
         "try again later."),
     "RFC 5321 §4.2.3"},
    {452, QT_TRANSLATE_NOOP("Explanations", "452 Not enough room or too many recipients (try later)"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server cannot take more right now: it has no space, or this message has "
         "too many recipients. It is temporary: the client sends the rest later."),
     "RFC 5321 §4.2.3"},
    {500, QT_TRANSLATE_NOOP("Explanations", "500 Syntax error: command not recognised"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server did not understand the line: an unknown command, a line too long, "
         "or a line not ended with CR LF. 5xx codes are permanent: sending the same "
         "again fails again."),
     "RFC 5321 §4.2.3"},
    {501, QT_TRANSLATE_NOOP("Explanations", "501 Syntax error in the arguments"),
     QT_TRANSLATE_NOOP("Explanations",
         "The command is known but what follows it is wrong, for example an address "
         "without < >. The reply shows the right syntax."),
     "RFC 5321 §4.2.3"},
    {502, QT_TRANSLATE_NOOP("Explanations", "502 Command not implemented"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server knows this command but does not offer it."),
     "RFC 5321 §4.2.4"},
    {503, QT_TRANSLATE_NOOP("Explanations", "503 Bad sequence of commands"),
     QT_TRANSLATE_NOOP("Explanations",
         "The command came in the wrong order, for example RCPT before MAIL, or MAIL "
         "before HELO. SMTP commands follow a fixed order: HELO or EHLO, MAIL, RCPT, "
         "DATA, and QUIT at the end."),
     "RFC 5321 §4.2.3"},
    {504, QT_TRANSLATE_NOOP("Explanations", "504 Parameter not implemented"),
     QT_TRANSLATE_NOOP("Explanations",
         "The command is fine but this option is not supported, for example an unknown "
         "AUTH mechanism."),
     "RFC 5321 §4.2.3"},
    {530, QT_TRANSLATE_NOOP("Explanations", "530 Authentication required"),
     QT_TRANSLATE_NOOP("Explanations",
         "This server only takes mail from users who have logged in with AUTH. On the "
         "submission port (587) a mail client must log in first."),
     "RFC 4954 §6"},
    {535, QT_TRANSLATE_NOOP("Explanations", "535 Authentication failed"),
     QT_TRANSLATE_NOOP("Explanations",
         "The user name or the password is wrong. The client is not logged in."),
     "RFC 4954 §6"},
    {550, QT_TRANSLATE_NOOP("Explanations", "550 Mailbox unavailable"),
     QT_TRANSLATE_NOOP("Explanations",
         "A permanent refusal: usually the mailbox does not exist (user unknown). A "
         "sending server does not try again: it sends an error report (a bounce) to the "
         "sender."),
     "RFC 5321 §4.2.3"},
    {551, QT_TRANSLATE_NOOP("Explanations", "551 User not local"),
     QT_TRANSLATE_NOOP("Explanations",
         "The recipient is not here; the reply may say where to send the mail instead. "
         "The server will not pass it on itself."),
     "RFC 5321 §3.4"},
    {552, QT_TRANSLATE_NOOP("Explanations", "552 Too big: storage allocation exceeded"),
     QT_TRANSLATE_NOOP("Explanations",
         "The message is larger than the server accepts, or the mailbox is full. It is "
         "permanent: trying again will not help."),
     "RFC 5321 §4.2.3"},
    {553, QT_TRANSLATE_NOOP("Explanations", "553 Mailbox name not allowed"),
     QT_TRANSLATE_NOOP("Explanations",
         "The address is not valid, for example it is badly written. Check the address."),
     "RFC 5321 §4.2.3"},
    {554, QT_TRANSLATE_NOOP("Explanations", "554 Transaction failed"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server refuses the message, for example because it does not relay mail "
         "for strangers, or because no recipient was accepted. It is permanent."),
     "RFC 5321 §4.2.3"},
    {555, QT_TRANSLATE_NOOP("Explanations", "555 Parameter not recognised"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server does not understand a parameter added after the address in MAIL "
         "FROM or RCPT TO (such as SIZE= or BODY=)."),
     "RFC 5321 §4.1.1.11"},
};

// A 250 reply says more once the command it answers is known.
const Entry smtpOkAnswers[] = {
    {"HELO", QT_TRANSLATE_NOOP("Explanations", "250: hello accepted"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server accepts the greeting and gives its own name. The opening "
         "(handshake) is done: the client can start the mail transfer with MAIL FROM."),
     "RFC 5321 §4.1.1.1"},
    {"EHLO", QT_TRANSLATE_NOOP("Explanations", "250: hello, and the list of extensions"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server accepts the greeting. The lines after this one list the extensions "
         "it offers, one per line; a dash after 250 means \"more lines follow\", and the "
         "last line has a space instead."),
     "RFC 5321 §4.1.1.1"},
    {"MAIL", QT_TRANSLATE_NOOP("Explanations", "250: sender accepted"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server accepts the sender of the envelope. The mail transfer goes on: "
         "next, the client names the recipients with RCPT TO."),
     "RFC 5321 §4.1.1.2"},
    {"RCPT", QT_TRANSLATE_NOOP("Explanations", "250: recipient accepted"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server will take mail for this recipient: the mailbox is here, or (for a "
         "user who logged in) it will relay the mail towards the recipient's server. "
         "After the last recipient comes DATA."),
     "RFC 5321 §4.1.1.3"},
    {".", QT_TRANSLATE_NOOP("Explanations", "250: message accepted"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server has taken the message and is now responsible for it: it is stored "
         "in the mailbox, or placed in the queue for the next server. The client can "
         "send another message or say QUIT."),
     "RFC 5321 §4.1.1.4"},
    {"RSET", QT_TRANSLATE_NOOP("Explanations", "250: transaction reset"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server has forgotten the message in progress. The client can start again "
         "with MAIL FROM."),
     "RFC 5321 §4.1.1.5"},
    {"NOOP", QT_TRANSLATE_NOOP("Explanations", "250: still here"),
     QT_TRANSLATE_NOOP("Explanations",
         "The answer to NOOP: nothing was done, and the connection is alive."),
     "RFC 5321 §4.1.1.9"},
};

// --- enhanced status codes (RFC 3463 §3; RFC 4954 §6 for authentication) ------

const Entry enhancedCodes[] = {
    {"0.0", QT_TRANSLATE_NOOP("Explanations", "other or undefined status"),
     QT_TRANSLATE_NOOP("Explanations", "No more precise detail is given."), "RFC 3463 §3.1"},
    {"1.0", QT_TRANSLATE_NOOP("Explanations", "address status"),
     QT_TRANSLATE_NOOP("Explanations", "This is about an address (here, usually the sender's)."),
     "RFC 3463 §3.2"},
    {"1.1", QT_TRANSLATE_NOOP("Explanations", "bad destination mailbox address"),
     QT_TRANSLATE_NOOP("Explanations",
         "The mailbox does not exist at the destination: the part before the @ is wrong "
         "or the user is unknown."),
     "RFC 3463 §3.2"},
    {"1.2", QT_TRANSLATE_NOOP("Explanations", "bad destination system address"),
     QT_TRANSLATE_NOOP("Explanations", "The domain after the @ does not exist or takes no mail."),
     "RFC 3463 §3.2"},
    {"1.3", QT_TRANSLATE_NOOP("Explanations", "bad destination mailbox address syntax"),
     QT_TRANSLATE_NOOP("Explanations", "The recipient's address is badly written."),
     "RFC 3463 §3.2"},
    {"1.5", QT_TRANSLATE_NOOP("Explanations", "destination address valid"),
     QT_TRANSLATE_NOOP("Explanations", "The recipient's address is good."), "RFC 3463 §3.2"},
    {"1.6", QT_TRANSLATE_NOOP("Explanations", "mailbox has moved"),
     QT_TRANSLATE_NOOP("Explanations", "The user is no longer here and no new address is known."),
     "RFC 3463 §3.2"},
    {"1.7", QT_TRANSLATE_NOOP("Explanations", "bad sender's mailbox address syntax"),
     QT_TRANSLATE_NOOP("Explanations", "The sender's address is badly written."), "RFC 3463 §3.2"},
    {"1.8", QT_TRANSLATE_NOOP("Explanations", "bad sender's system address"),
     QT_TRANSLATE_NOOP("Explanations", "The sender's domain does not exist or takes no mail."),
     "RFC 3463 §3.2"},
    {"2.0", QT_TRANSLATE_NOOP("Explanations", "mailbox status"),
     QT_TRANSLATE_NOOP("Explanations", "Something about the mailbox itself."), "RFC 3463 §3.3"},
    {"2.1", QT_TRANSLATE_NOOP("Explanations", "mailbox disabled"),
     QT_TRANSLATE_NOOP("Explanations", "The mailbox exists but takes no messages now."),
     "RFC 3463 §3.3"},
    {"2.2", QT_TRANSLATE_NOOP("Explanations", "mailbox full"),
     QT_TRANSLATE_NOOP("Explanations", "The recipient has no room left."), "RFC 3463 §3.3"},
    {"2.3", QT_TRANSLATE_NOOP("Explanations", "message too long for the mailbox"),
     QT_TRANSLATE_NOOP("Explanations", "The message is bigger than this mailbox allows."),
     "RFC 3463 §3.3"},
    {"3.0", QT_TRANSLATE_NOOP("Explanations", "mail system status"),
     QT_TRANSLATE_NOOP("Explanations", "A problem in the receiving mail system."), "RFC 3463 §3.4"},
    {"3.1", QT_TRANSLATE_NOOP("Explanations", "mail system full"),
     QT_TRANSLATE_NOOP("Explanations", "The server has run out of space."), "RFC 3463 §3.4"},
    {"3.4", QT_TRANSLATE_NOOP("Explanations", "message too big for the system"),
     QT_TRANSLATE_NOOP("Explanations", "The message is bigger than the server's limit (see SIZE)."),
     "RFC 3463 §3.4"},
    {"4.0", QT_TRANSLATE_NOOP("Explanations", "network or routing status"),
     QT_TRANSLATE_NOOP("Explanations", "A problem on the way between servers."), "RFC 3463 §3.5"},
    {"4.1", QT_TRANSLATE_NOOP("Explanations", "no answer from host"),
     QT_TRANSLATE_NOOP("Explanations", "The next server did not answer."), "RFC 3463 §3.5"},
    {"4.2", QT_TRANSLATE_NOOP("Explanations", "bad connection"),
     QT_TRANSLATE_NOOP("Explanations", "The connection broke or was too slow."), "RFC 3463 §3.5"},
    {"4.4", QT_TRANSLATE_NOOP("Explanations", "unable to route"),
     QT_TRANSLATE_NOOP("Explanations", "No way was found to the recipient's server (see DNS MX)."),
     "RFC 3463 §3.5"},
    {"4.7", QT_TRANSLATE_NOOP("Explanations", "delivery time expired"),
     QT_TRANSLATE_NOOP("Explanations", "The message waited in the queue for too long."),
     "RFC 3463 §3.5"},
    {"5.0", QT_TRANSLATE_NOOP("Explanations", "protocol status"),
     QT_TRANSLATE_NOOP("Explanations", "Something about the SMTP conversation itself."),
     "RFC 3463 §3.6"},
    {"5.1", QT_TRANSLATE_NOOP("Explanations", "invalid command"),
     QT_TRANSLATE_NOOP("Explanations",
         "The command is unknown, not offered, or not allowed at this point."),
     "RFC 3463 §3.6"},
    {"5.2", QT_TRANSLATE_NOOP("Explanations", "syntax error"),
     QT_TRANSLATE_NOOP("Explanations", "The line could not be read as a command."), "RFC 3463 §3.6"},
    {"5.3", QT_TRANSLATE_NOOP("Explanations", "too many recipients"),
     QT_TRANSLATE_NOOP("Explanations", "The message has more recipients than the server takes at once."),
     "RFC 3463 §3.6"},
    {"5.4", QT_TRANSLATE_NOOP("Explanations", "invalid command arguments"),
     QT_TRANSLATE_NOOP("Explanations", "The command is right but its arguments are not."),
     "RFC 3463 §3.6"},
    {"6.0", QT_TRANSLATE_NOOP("Explanations", "message content status"),
     QT_TRANSLATE_NOOP("Explanations", "A problem with the content of the message."),
     "RFC 3463 §3.7"},
    {"7.0", QT_TRANSLATE_NOOP("Explanations", "security or policy status"),
     QT_TRANSLATE_NOOP("Explanations",
         "About security or the server's rules, for example logging in."),
     "RFC 3463 §3.8"},
    {"7.1", QT_TRANSLATE_NOOP("Explanations", "delivery not authorised"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server's rules forbid this, for example relaying mail for someone who did "
         "not log in."),
     "RFC 3463 §3.8"},
    {"7.8", QT_TRANSLATE_NOOP("Explanations", "authentication credentials invalid"),
     QT_TRANSLATE_NOOP("Explanations", "The user name or the password is wrong."), "RFC 4954 §6"},
    {"7.9", QT_TRANSLATE_NOOP("Explanations", "authentication mechanism too weak"),
     QT_TRANSLATE_NOOP("Explanations", "The server wants a safer way of logging in."),
     "RFC 4954 §6"},
};

const Entry enhancedClasses[] = {
    {"2", QT_TRANSLATE_NOOP("Explanations", "success"), nullptr, nullptr},
    {"4", QT_TRANSLATE_NOOP("Explanations", "temporary failure"), nullptr, nullptr},
    {"5", QT_TRANSLATE_NOOP("Explanations", "permanent failure"), nullptr, nullptr},
};

const Entry enhancedSubjects[] = {
    {"0", QT_TRANSLATE_NOOP("Explanations", "other or undefined status"), nullptr, "RFC 3463 §3.1"},
    {"1", QT_TRANSLATE_NOOP("Explanations", "address status"), nullptr, "RFC 3463 §3.2"},
    {"2", QT_TRANSLATE_NOOP("Explanations", "mailbox status"), nullptr, "RFC 3463 §3.3"},
    {"3", QT_TRANSLATE_NOOP("Explanations", "mail system status"), nullptr, "RFC 3463 §3.4"},
    {"4", QT_TRANSLATE_NOOP("Explanations", "network or routing status"), nullptr, "RFC 3463 §3.5"},
    {"5", QT_TRANSLATE_NOOP("Explanations", "protocol status"), nullptr, "RFC 3463 §3.6"},
    {"6", QT_TRANSLATE_NOOP("Explanations", "message content status"), nullptr, "RFC 3463 §3.7"},
    {"7", QT_TRANSLATE_NOOP("Explanations", "security or policy status"), nullptr, "RFC 3463 §3.8"},
};

// --- EHLO keywords --------------------------------------------------------------

const Entry ehloKeywords[] = {
    {"PIPELINING", QT_TRANSLATE_NOOP("Explanations", "PIPELINING: several commands at once"),
     QT_TRANSLATE_NOOP("Explanations",
         "The client may send MAIL, RCPT and DATA together without waiting for each "
         "answer; the replies then come back in the same order. This saves time on slow "
         "networks."),
     "RFC 2920 §3"},
    {"SIZE", QT_TRANSLATE_NOOP("Explanations", "SIZE: the largest message accepted"),
     QT_TRANSLATE_NOOP("Explanations",
         "The number is the biggest message, in octets, that this server takes. The "
         "client can announce the size of its message with MAIL FROM:<…> SIZE=n."),
     "RFC 1870 §3"},
    {"8BITMIME", QT_TRANSLATE_NOOP("Explanations", "8BITMIME: 8-bit text allowed"),
     QT_TRANSLATE_NOOP("Explanations",
         "SMTP was made for 7-bit ASCII. With 8BITMIME the server also accepts text with "
         "8-bit characters (accents, ñ…) without encoding it first."),
     "RFC 6152 §2"},
    {"ENHANCEDSTATUSCODES", QT_TRANSLATE_NOOP("Explanations", "ENHANCEDSTATUSCODES: more precise reply codes"),
     QT_TRANSLATE_NOOP("Explanations",
         "After the three-digit code, replies carry a second code such as 2.1.5 or "
         "5.1.1: class, subject and detail, which say more exactly what happened."),
     "RFC 2034 §3"},
    {"AUTH", QT_TRANSLATE_NOOP("Explanations", "AUTH: users can log in"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server accepts AUTH, and lists the ways of logging in it knows (PLAIN, "
         "LOGIN). A mail client logs in before sending mail through its server."),
     "RFC 4954 §3"},
    {"HELP", QT_TRANSLATE_NOOP("Explanations", "HELP: help is available"),
     QT_TRANSLATE_NOOP("Explanations", "The server answers the HELP command with a short text."),
     "RFC 5321 §4.1.1.8"},
    {"STARTTLS", QT_TRANSLATE_NOOP("Explanations", "STARTTLS: encryption available"),
     QT_TRANSLATE_NOOP("Explanations",
         "The client may switch the connection to TLS so that nobody can read it."),
     "RFC 3207 §4"},
    {"CHUNKING", QT_TRANSLATE_NOOP("Explanations", "CHUNKING: BDAT available"),
     QT_TRANSLATE_NOOP("Explanations", "The client may send the message in pieces with BDAT."),
     "RFC 3030 §2"},
    {"DSN", QT_TRANSLATE_NOOP("Explanations", "DSN: delivery status notifications"),
     QT_TRANSLATE_NOOP("Explanations",
         "The client may ask to be told when the message is delivered or fails."),
     "RFC 3461 §4"},
    {"SMTPUTF8", QT_TRANSLATE_NOOP("Explanations", "SMTPUTF8: international addresses"),
     QT_TRANSLATE_NOOP("Explanations", "Addresses may contain letters beyond ASCII."),
     "RFC 6531 §3.1"},
};

// --- POP3 (RFC 1939; CAPA and response codes RFC 2449; RFC 3206) --------------

const Entry pop3Commands[] = {
    {"USER", QT_TRANSLATE_NOOP("Explanations", "USER: who is logging in"),
     QT_TRANSLATE_NOOP("Explanations",
         "In the AUTHORIZATION state the client gives the user name of the mailbox it "
         "wants to open. The server answers +OK and waits for PASS."),
     "RFC 1939 §7"},
    {"PASS", QT_TRANSLATE_NOOP("Explanations", "PASS: the password"),
     QT_TRANSLATE_NOOP("Explanations",
         "Right after USER, the client sends the password, in clear text. If it is "
         "right, the server answers +OK, locks the mailbox, and the session enters the "
         "TRANSACTION state. Anyone watching the network can read this line."),
     "RFC 1939 §7"},
    {"APOP", QT_TRANSLATE_NOOP("Explanations", "APOP: log in without sending the password"),
     QT_TRANSLATE_NOOP("Explanations",
         "Instead of USER and PASS, the client sends the user name and an MD5 digest of "
         "the greeting's timestamp and the password. The password itself never crosses "
         "the network. If the digest is right, the session enters the TRANSACTION "
         "state."),
     "RFC 1939 §7"},
    {"STAT", QT_TRANSLATE_NOOP("Explanations", "STAT: how many messages?"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server answers +OK with the number of messages and their total size in "
         "octets. Messages marked for deletion are not counted."),
     "RFC 1939 §5"},
    {"LIST", QT_TRANSLATE_NOOP("Explanations", "LIST: the list of messages"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server answers +OK and then one line per message: its number and its size "
         "in octets, ending with a line with only a dot. With a number (LIST 2) it "
         "answers about that message only."),
     "RFC 1939 §5"},
    {"RETR", QT_TRANSLATE_NOOP("Explanations", "RETR: download a message"),
     QT_TRANSLATE_NOOP("Explanations",
         "The client asks for the whole message with this number. The server answers "
         "+OK and sends the message line by line, header and body, ending with a line "
         "with only a dot."),
     "RFC 1939 §5"},
    {"DELE", QT_TRANSLATE_NOOP("Explanations", "DELE: mark a message for deletion"),
     QT_TRANSLATE_NOOP("Explanations",
         "The message is only marked: it is really deleted in the UPDATE state, after "
         "QUIT. Until then RSET can undo it. This is the course's \"download and "
         "delete\" mode."),
     "RFC 1939 §5"},
    {"NOOP", QT_TRANSLATE_NOOP("Explanations", "NOOP: do nothing"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server just answers +OK. It keeps the connection alive."),
     "RFC 1939 §5"},
    {"RSET", QT_TRANSLATE_NOOP("Explanations", "RSET: undo the deletions"),
     QT_TRANSLATE_NOOP("Explanations",
         "Every message marked with DELE is unmarked. Nothing was deleted yet: that only "
         "happens in the UPDATE state."),
     "RFC 1939 §5"},
    {"QUIT", QT_TRANSLATE_NOOP("Explanations", "QUIT: finish, and delete what was marked"),
     QT_TRANSLATE_NOOP("Explanations",
         "The session enters the UPDATE state: the server deletes the messages marked "
         "with DELE, answers +OK and closes the connection."),
     "RFC 1939 §6"},
    {"TOP", QT_TRANSLATE_NOOP("Explanations", "TOP: the header and the first lines"),
     QT_TRANSLATE_NOOP("Explanations",
         "TOP n k asks for the header of message n and the first k lines of its body. "
         "The client can see who sent a message and its subject without downloading all "
         "of it."),
     "RFC 1939 §7"},
    {"UIDL", QT_TRANSLATE_NOOP("Explanations", "UIDL: unique identifiers"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server gives each message an identifier that never changes between "
         "sessions. A client that keeps the mail on the server (\"download and keep\") "
         "uses it to know which messages it already has."),
     "RFC 1939 §7"},
    {"CAPA", QT_TRANSLATE_NOOP("Explanations", "CAPA: what can this server do?"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server lists its capabilities, one per line (TOP, UIDL, USER…), ending "
         "with a dot. It is the POP3 counterpart of SMTP's EHLO."),
     "RFC 2449 §5"},
};

const Entry pop3QuitUnauthorized = {
    "QUIT", QT_TRANSLATE_NOOP("Explanations", "QUIT: leave before logging in"),
    QT_TRANSLATE_NOOP("Explanations",
        "The client leaves while still in the AUTHORIZATION state. The server answers "
        "+OK and closes the connection; there is no UPDATE state, so nothing is "
        "deleted."),
    "RFC 1939 §4"};

const Entry pop3UnknownCommand = {
    "", QT_TRANSLATE_NOOP("Explanations", "Unknown command"),
    QT_TRANSLATE_NOOP("Explanations",
        "The server does not know this command and answers -ERR. POP3 commands are "
        "short keywords: USER, PASS, STAT, LIST, RETR, DELE, QUIT… (upper or lower "
        "case both work)."),
    "RFC 1939 §3"};

const Entry pop3Greeting = {
    "", QT_TRANSLATE_NOOP("Explanations", "+OK: the POP3 server is ready"),
    QT_TRANSLATE_NOOP("Explanations",
        "The server greets the client as soon as the TCP connection is open. The "
        "session is in the AUTHORIZATION state: the client must log in with USER and "
        "PASS (or APOP). The text between < > is a timestamp that APOP uses."),
    "RFC 1939 §4"};

const Entry pop3Ok = {
    "", QT_TRANSLATE_NOOP("Explanations", "+OK: the command worked"),
    QT_TRANSLATE_NOOP("Explanations",
        "POP3 has only two answers: +OK when the command worked and -ERR when it did "
        "not, followed by some text for humans."),
    "RFC 1939 §3"};

const Entry pop3OkAnswers[] = {
    {"USER", QT_TRANSLATE_NOOP("Explanations", "+OK: now the password"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server has noted the user name and waits for PASS. It says +OK even for a "
         "name that does not exist, so that nobody can find out which names exist."),
     "RFC 1939 §7"},
    {"PASS", QT_TRANSLATE_NOOP("Explanations", "+OK: logged in"),
     QT_TRANSLATE_NOOP("Explanations",
         "The password is right. The mailbox is locked for this session, and the "
         "session enters the TRANSACTION state: now the client can use STAT, LIST, RETR "
         "and DELE."),
     "RFC 1939 §7"},
    {"APOP", QT_TRANSLATE_NOOP("Explanations", "+OK: logged in"),
     QT_TRANSLATE_NOOP("Explanations",
         "The digest is right. The mailbox is locked for this session, and the session "
         "enters the TRANSACTION state."),
     "RFC 1939 §7"},
    {"LIST", QT_TRANSLATE_NOOP("Explanations", "+OK: the list follows"),
     QT_TRANSLATE_NOOP("Explanations",
         "How many messages there are and their total size. Next come the lines of the "
         "list, one per message, and a line with only a dot."),
     "RFC 1939 §5"},
    {"RETR", QT_TRANSLATE_NOOP("Explanations", "+OK: the message follows"),
     QT_TRANSLATE_NOOP("Explanations",
         "The size of the message in octets. Next comes the message, line by line, and "
         "a line with only a dot at the end."),
     "RFC 1939 §5"},
    {"DELE", QT_TRANSLATE_NOOP("Explanations", "+OK: marked for deletion"),
     QT_TRANSLATE_NOOP("Explanations",
         "The message is marked. It will be deleted after QUIT, in the UPDATE state."),
     "RFC 1939 §5"},
    {"QUIT", QT_TRANSLATE_NOOP("Explanations", "+OK: goodbye"),
     QT_TRANSLATE_NOOP("Explanations",
         "The server has removed the messages marked with DELE (UPDATE state) and closes "
         "the connection."),
     "RFC 1939 §6"},
};

const Entry pop3Error = {
    "", QT_TRANSLATE_NOOP("Explanations", "-ERR: the command failed"),
    QT_TRANSLATE_NOOP("Explanations",
        "Something was wrong: an unknown command, a wrong password, a message that does "
        "not exist… The text after -ERR says what. The session stays in the same state."),
    "RFC 1939 §3"};

const Entry pop3ResponseCodes[] = {
    {"IN-USE", QT_TRANSLATE_NOOP("Explanations", "[IN-USE]: the mailbox is already open"),
     QT_TRANSLATE_NOOP("Explanations",
         "Another session is using this mailbox; POP3 gives one session at a time the "
         "mailbox to itself. Try again when the other client has finished."),
     "RFC 2449 §8.1.1"},
    {"LOGIN-DELAY", QT_TRANSLATE_NOOP("Explanations", "[LOGIN-DELAY]: too soon"),
     QT_TRANSLATE_NOOP("Explanations", "The user logged in too recently; wait before trying again."),
     "RFC 2449 §8.1.2"},
    {"AUTH", QT_TRANSLATE_NOOP("Explanations", "[AUTH]: wrong user name or password"),
     QT_TRANSLATE_NOOP("Explanations",
         "The login failed because of the name or the password, not because of a "
         "problem in the server."),
     "RFC 3206 §5"},
    {"SYS/TEMP", QT_TRANSLATE_NOOP("Explanations", "[SYS/TEMP]: temporary server problem"),
     QT_TRANSLATE_NOOP("Explanations", "The server has a problem; try again later."), "RFC 3206 §4"},
    {"SYS/PERM", QT_TRANSLATE_NOOP("Explanations", "[SYS/PERM]: server problem"),
     QT_TRANSLATE_NOOP("Explanations", "The server has a problem that will not go away by itself."),
     "RFC 3206 §4"},
};

const Entry pop3Capabilities[] = {
    {"TOP", QT_TRANSLATE_NOOP("Explanations", "Capability: TOP"),
     QT_TRANSLATE_NOOP("Explanations", "The server offers TOP: the header and first lines of a message."),
     "RFC 2449 §6.1"},
    {"USER", QT_TRANSLATE_NOOP("Explanations", "Capability: USER"),
     QT_TRANSLATE_NOOP("Explanations", "The client may log in with USER and PASS."), "RFC 2449 §6.2"},
    {"SASL", QT_TRANSLATE_NOOP("Explanations", "Capability: SASL"),
     QT_TRANSLATE_NOOP("Explanations", "The client may log in with AUTH and these mechanisms."),
     "RFC 2449 §6.3"},
    {"RESP-CODES", QT_TRANSLATE_NOOP("Explanations", "Capability: RESP-CODES"),
     QT_TRANSLATE_NOOP("Explanations",
         "Error answers may carry a code in brackets, such as [IN-USE], that a program "
         "can understand."),
     "RFC 2449 §6.4"},
    {"LOGIN-DELAY", QT_TRANSLATE_NOOP("Explanations", "Capability: LOGIN-DELAY"),
     QT_TRANSLATE_NOOP("Explanations", "The shortest time allowed between two logins."), "RFC 2449 §6.5"},
    {"PIPELINING", QT_TRANSLATE_NOOP("Explanations", "Capability: PIPELINING"),
     QT_TRANSLATE_NOOP("Explanations",
         "The client may send several commands without waiting for each answer."),
     "RFC 2449 §6.6"},
    {"EXPIRE", QT_TRANSLATE_NOOP("Explanations", "Capability: EXPIRE"),
     QT_TRANSLATE_NOOP("Explanations", "How many days the server keeps messages that were read."),
     "RFC 2449 §6.7"},
    {"UIDL", QT_TRANSLATE_NOOP("Explanations", "Capability: UIDL"),
     QT_TRANSLATE_NOOP("Explanations", "The server offers unique, lasting message identifiers."),
     "RFC 2449 §6.8"},
    {"IMPLEMENTATION", QT_TRANSLATE_NOOP("Explanations", "Capability: IMPLEMENTATION"),
     QT_TRANSLATE_NOOP("Explanations", "The name of the server software."), "RFC 2449 §6.9"},
};

const Entry pop3ListLine = {
    "", QT_TRANSLATE_NOOP("Explanations", "A line of the list: number and size"),
    QT_TRANSLATE_NOOP("Explanations",
        "Each line gives a message number and its size in octets. The client uses the "
        "number with RETR and DELE."),
    "RFC 1939 §5"};

const Entry pop3UidlLine = {
    "", QT_TRANSLATE_NOOP("Explanations", "A line of the list: number and unique identifier"),
    QT_TRANSLATE_NOOP("Explanations",
        "Each line gives a message number and its unique identifier, which stays the "
        "same in every session."),
    "RFC 1939 §7"};

const Entry pop3Capability = {
    "", QT_TRANSLATE_NOOP("Explanations", "Capability"),
    QT_TRANSLATE_NOOP("Explanations", "One thing this server can do, announced in answer to CAPA."),
    "RFC 2449 §6"};

const Entry pop3EndOfResponse = {
    "", QT_TRANSLATE_NOOP("Explanations", "End of the multi-line answer"),
    QT_TRANSLATE_NOOP("Explanations",
        "A line with only a dot ends the list or the message. If a line of the message "
        "itself starts with a dot, the server doubles that dot (byte-stuffing) so that "
        "it cannot be taken for the end."),
    "RFC 1939 §3"};

// --- message content (RFC 5322, RFC 5321 §4.4, RFC 2045) ----------------------

const Entry smtpEndOfData = {
    "", QT_TRANSLATE_NOOP("Explanations", "End of the message: a line with only a dot"),
    QT_TRANSLATE_NOOP("Explanations",
        "CR LF . CR LF ends the message. The server now answers: 250 if it accepts the "
        "message. Then the client can send another message or QUIT to start the closing "
        "phase."),
    "RFC 5321 §4.1.1.4"};

const Entry dotStuffingSmtp = {
    "", QT_TRANSLATE_NOOP("Explanations", "A doubled dot (dot-stuffing)"),
    QT_TRANSLATE_NOOP("Explanations",
        "This line of the message starts with a dot, so the sender added a second one; "
        "the receiver removes it. That way a line of text can never be taken for the "
        "lone dot that ends the message."),
    "RFC 5321 §4.5.2"};

const Entry dotStuffingPop3 = {
    "", QT_TRANSLATE_NOOP("Explanations", "A doubled dot (byte-stuffing)"),
    QT_TRANSLATE_NOOP("Explanations",
        "This line of the message starts with a dot, so the server added a second one; "
        "the client removes it. That way a line of text can never be taken for the lone "
        "dot that ends the answer."),
    "RFC 1939 §3"};

const Entry headerBodySeparator = {
    "", QT_TRANSLATE_NOOP("Explanations", "Blank line: end of the header"),
    QT_TRANSLATE_NOOP("Explanations",
        "The empty line separates the header (From, To, Subject…) from the body, the "
        "text of the message."),
    "RFC 5322 §2.1"};

const Entry bodyLine = {
    "", QT_TRANSLATE_NOOP("Explanations", "A line of the message body"),
    QT_TRANSLATE_NOOP("Explanations",
        "Part of the text the sender wrote. It travels unchanged, line by line; each "
        "line ends with CR LF and may be at most 1000 octets long."),
    "RFC 5322 §2.3"};

const Entry foldedHeader = {
    "", QT_TRANSLATE_NOOP("Explanations", "Continuation of a header field"),
    QT_TRANSLATE_NOOP("Explanations",
        "A header line that starts with a space or a tab continues the field above "
        "(folding), so that long fields fit in short lines."),
    "RFC 5322 §2.2.3"};

const Entry headerFields[] = {
    {"FROM", QT_TRANSLATE_NOOP("Explanations", "From: who wrote the message"),
     QT_TRANSLATE_NOOP("Explanations",
         "The author's address, as the reader's mail client shows it. It belongs to the "
         "message, not to the envelope: the servers used MAIL FROM, which can be "
         "different."),
     "RFC 5322 §3.6.2"},
    {"SENDER", QT_TRANSLATE_NOOP("Explanations", "Sender: who actually sent it"),
     QT_TRANSLATE_NOOP("Explanations",
         "Used when the person who sends the message is not its author, such as a "
         "secretary."),
     "RFC 5322 §3.6.2"},
    {"REPLY-TO", QT_TRANSLATE_NOOP("Explanations", "Reply-To: where answers should go"),
     QT_TRANSLATE_NOOP("Explanations", "Replies go to this address instead of the From: address."),
     "RFC 5322 §3.6.2"},
    {"TO", QT_TRANSLATE_NOOP("Explanations", "To: the main recipients"),
     QT_TRANSLATE_NOOP("Explanations",
         "The addresses the message is written to, as the reader sees them. The servers "
         "do not deliver by this line: they use RCPT TO from the envelope."),
     "RFC 5322 §3.6.3"},
    {"CC", QT_TRANSLATE_NOOP("Explanations", "Cc: copies"),
     QT_TRANSLATE_NOOP("Explanations", "Other recipients who get a copy; everyone can see them."),
     "RFC 5322 §3.6.3"},
    {"BCC", QT_TRANSLATE_NOOP("Explanations", "Bcc: hidden copies"),
     QT_TRANSLATE_NOOP("Explanations", "Recipients the others do not see."), "RFC 5322 §3.6.3"},
    {"SUBJECT", QT_TRANSLATE_NOOP("Explanations", "Subject: what the message is about"),
     QT_TRANSLATE_NOOP("Explanations",
         "A short line the reader sees in the list of messages. It is optional."),
     "RFC 5322 §3.6.5"},
    {"DATE", QT_TRANSLATE_NOOP("Explanations", "Date: when the message was written"),
     QT_TRANSLATE_NOOP("Explanations",
         "The date and time the author's mail client sent the message, with its time "
         "zone."),
     "RFC 5322 §3.6.1"},
    {"MESSAGE-ID", QT_TRANSLATE_NOOP("Explanations", "Message-ID: a unique name for this message"),
     QT_TRANSLATE_NOOP("Explanations",
         "An identifier that no other message in the world has, made by the sender's "
         "mail client. Replies use it to refer to this message."),
     "RFC 5322 §3.6.4"},
    {"IN-REPLY-TO", QT_TRANSLATE_NOOP("Explanations", "In-Reply-To: the message this one answers"),
     QT_TRANSLATE_NOOP("Explanations", "The Message-ID of the message being answered."),
     "RFC 5322 §3.6.4"},
    {"REFERENCES", QT_TRANSLATE_NOOP("Explanations", "References: the conversation so far"),
     QT_TRANSLATE_NOOP("Explanations",
         "The Message-IDs of the earlier messages in the conversation."),
     "RFC 5322 §3.6.4"},
    {"RECEIVED", QT_TRANSLATE_NOOP("Explanations", "Received: a stamp from each server on the way"),
     QT_TRANSLATE_NOOP("Explanations",
         "Every server that passes the message on adds a Received: field at the top, "
         "saying where the message came from, who received it and when. Read from the "
         "bottom up, they show the path of the message."),
     "RFC 5321 §4.4"},
    {"RETURN-PATH", QT_TRANSLATE_NOOP("Explanations", "Return-Path: where errors go"),
     QT_TRANSLATE_NOOP("Explanations",
         "The last server, which stores the message in the mailbox, writes here the "
         "sender of the envelope (MAIL FROM). Error reports about this message go to "
         "this address."),
     "RFC 5321 §4.4"},
    {"MIME-VERSION", QT_TRANSLATE_NOOP("Explanations", "MIME-Version: the message uses MIME"),
     QT_TRANSLATE_NOOP("Explanations",
         "The message follows MIME, the extensions that allow accents, other languages, "
         "attachments and pictures in e-mail."),
     "RFC 2045 §4"},
    {"CONTENT-TYPE", QT_TRANSLATE_NOOP("Explanations", "Content-Type: what kind of content"),
     QT_TRANSLATE_NOOP("Explanations",
         "What the body is, for example text/plain (plain text) or text/html, and its "
         "character set, such as UTF-8. MIME also uses it for attachments (multipart)."),
     "RFC 2045 §5"},
    {"CONTENT-TRANSFER-ENCODING",
     QT_TRANSLATE_NOOP("Explanations", "Content-Transfer-Encoding: how the body is written"),
     QT_TRANSLATE_NOOP("Explanations",
         "How the body was turned into lines that SMTP can carry: 7bit (plain ASCII), "
         "8bit, quoted-printable or base64."),
     "RFC 2045 §6"},
    {"CONTENT-DISPOSITION",
     QT_TRANSLATE_NOOP("Explanations", "Content-Disposition: show it, or keep it as a file"),
     QT_TRANSLATE_NOOP("Explanations",
         "Says whether a part is shown in the message (inline) or is an attachment, and "
         "its file name; a name with accents is written with RFC 2231's filename*=."),
     "RFC 2183 §2"},
};

const Entry otherHeaderField = {
    "", QT_TRANSLATE_NOOP("Explanations", "A header field"),
    QT_TRANSLATE_NOOP("Explanations",
        "A field of the message header: a name, a colon and a value. Fields that a mail "
        "client does not know are simply kept."),
    "RFC 5322 §3.6.8"};

// --- events ---------------------------------------------------------------------

const Entry connectionOpened = {
    "", QT_TRANSLATE_NOOP("Explanations", "A TCP connection opens"),
    QT_TRANSLATE_NOOP("Explanations",
        "Before any SMTP or POP3 line, the client opens a TCP connection to the server's "
        "port (25 for SMTP between servers, 587 for submission, 110 for POP3) with the "
        "three-way handshake: SYN, SYN-ACK, ACK. TCP then carries the lines reliably and "
        "in order. The server speaks first, with its greeting."),
    "RFC 9293 §3.5"};

const Entry connectionClosed = {
    "", QT_TRANSLATE_NOOP("Explanations", "The TCP connection closes"),
    QT_TRANSLATE_NOOP("Explanations",
        "The connection ends, normally after QUIT and its answer (221 in SMTP, +OK in "
        "POP3). Each side sends a FIN segment to say it has finished."),
    "RFC 9293 §3.6"};

const Entry dnsLookup = {
    "", QT_TRANSLATE_NOOP("Explanations", "DNS: which server takes mail for this domain?"),
    QT_TRANSLATE_NOOP("Explanations",
        "To send mail to user@domain, a server asks DNS for the domain's MX records: the "
        "names of its mail servers, each with a preference number (the lowest is tried "
        "first). If there is no MX record, the domain itself is tried. Then the server "
        "opens a TCP connection to port 25."),
    "RFC 5321 §5.1"};

const Entry queueEvent = {
    "", QT_TRANSLATE_NOOP("Explanations", "The message queue"),
    QT_TRANSLATE_NOOP("Explanations",
        "A server that must pass a message on keeps it in a queue until the next server "
        "accepts it. If that server cannot be reached or answers with a 4xx code, the "
        "message waits and is tried again later, waiting longer each time (back-off). "
        "After too many attempts, or after a 5xx code, the sender gets an error report."),
    "RFC 5321 §4.5.4.1"};

const Entry deliveryEvent = {
    "", QT_TRANSLATE_NOOP("Explanations", "Delivery: into the mailbox, or back to the sender"),
    QT_TRANSLATE_NOOP("Explanations",
        "The last server stores the message in the recipient's mailbox, adding "
        "Return-Path:; there it waits until the recipient downloads it with POP3. If the "
        "message cannot be delivered, the server sends an error report (a bounce) to the "
        "sender of the envelope."),
    "RFC 5321 §4.4"};

const Entry bounceDetail = {
    "", QT_TRANSLATE_NOOP("Explanations", "Bounces"),
    QT_TRANSLATE_NOOP("Explanations",
        "An error report is sent from the empty sender <>, so that it never causes "
        "another one."),
    "RFC 5321 §6.1"};

const Entry captionEvent = {
    "", QT_TRANSLATE_NOOP("Explanations", "A step of the story"),
    QT_TRANSLATE_NOOP("Explanations",
        "The scenario's narration: what happens next, in the words of the course."),
    nullptr};

const Entry expectationEvent = {
    "", QT_TRANSLATE_NOOP("Explanations", "A check of the scenario"),
    QT_TRANSLATE_NOOP("Explanations",
        "The scenario checks that the world is as expected, for example that a mailbox "
        "holds a message. OK means it is; FAILED means something went differently."),
    nullptr};

const Entry noteEvent = {
    "", QT_TRANSLATE_NOOP("Explanations", "A note"),
    QT_TRANSLATE_NOOP("Explanations",
        "Something worth knowing that is not a line of a protocol, such as a connection "
        "that could not be made or a server that stopped listening."),
    nullptr};

// --- helpers -----------------------------------------------------------------------

QByteArray verbOf(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    return (space < 0 ? trimmed : trimmed.left(space)).toUpper();
}

QByteArray argumentOf(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    return space < 0 ? QByteArray() : trimmed.mid(space + 1).trimmed();
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "250-…", "250 …" or "250": the code, or -1.
int smtpReplyCode(const QByteArray &line)
{
    if (line.size() < 3 || !isDigit(line.at(0)) || !isDigit(line.at(1)) || !isDigit(line.at(2)))
        return -1;
    if (line.size() > 3 && line.at(3) != ' ' && line.at(3) != '-')
        return -1;
    return line.left(3).toInt();
}

// The field name of a header line ("Subject" in "Subject: hi"), or empty.
QByteArray headerName(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return QByteArray();
    for (qsizetype i = 0; i < colon; ++i) {
        const char c = line.at(i);
        // RFC 5322 §3.6.8: printable US-ASCII except colon; no space.
        if (c < 33 || c > 126)
            return QByteArray();
    }
    return line.left(colon);
}

bool isKnownSmtpVerb(const QByteArray &verb)
{
    if (find(smtpCommands, verb))
        return true;
    for (const char *old : oldSmtpCommands) {
        if (verb == old)
            return true;
    }
    return false;
}

bool isMultiLinePop3Command(const QByteArray &line)
{
    const QByteArray verb = verbOf(line);
    if (verb == "RETR" || verb == "TOP" || verb == "CAPA")
        return true;
    return (verb == "LIST" || verb == "UIDL") && argumentOf(line).isEmpty();
}

QString withVerb(const QString &format, const QByteArray &verb)
{
    return format.arg(QString::fromLatin1(verb));
}

// --- content lines, shared by SMTP DATA and POP3 RETR/TOP ---------------------------

Explanation contentLine(Protocol protocol, const QByteArray &line, const LineContext &context)
{
    Explanation e;
    if (line.isEmpty()) {
        e = make(context.inBody ? bodyLine : headerBodySeparator);
    } else if (!context.inBody && (line.startsWith(' ') || line.startsWith('\t'))) {
        e = make(foldedHeader);
        if (!context.foldedField.isEmpty()) {
            const Explanation field = forHeaderField(context.foldedField);
            e.details.append({field.title, field.text, field.rfc});
        }
    } else if (!context.inBody && !headerName(line).isEmpty()) {
        e = forHeaderField(headerName(line));
    } else {
        e = make(bodyLine);
    }
    if (line.startsWith('.'))
        e.details.append(makeDetail(protocol == Protocol::Pop3 ? dotStuffingPop3 : dotStuffingSmtp));
    return e;
}

// --- SMTP ---------------------------------------------------------------------------

Explanation smtpCommand(const QByteArray &line)
{
    const QByteArray verb = verbOf(line);
    const Entry *entry = find(smtpCommands, verb);
    if (!entry) {
        for (const char *old : oldSmtpCommands) {
            if (verb == old)
                return make(smtpOldCommand);
        }
        return make(smtpUnknownCommand);
    }
    Explanation e = make(*entry);
    const QByteArray argument = argumentOf(line);
    if (verb == "AUTH") {
        const QByteArray mechanism = verbOf(argument);
        if (const Entry *m = find(authMechanisms, mechanism))
            e.details.append(makeDetail(*m));
    } else if (verb == "MAIL") {
        if (argument.toUpper().startsWith("FROM:") && argument.mid(5).trimmed().startsWith("<>"))
            e.details.append(makeDetail(nullSender));
    }
    if (verb == "MAIL" || verb == "RCPT") {
        // Parameters after the path: "SIZE=290 BODY=8BITMIME" (RFC 5321 §4.1.2).
        const qsizetype close = argument.indexOf('>');
        const QList<QByteArray> words = (close < 0 ? QByteArray() : argument.mid(close + 1)).split(' ');
        for (const QByteArray &word : words) {
            if (word.isEmpty())
                continue;
            const QByteArray name = word.left(word.indexOf('=')).toUpper();
            if (const Entry *p = find(mailParameters, name))
                e.details.append(makeDetail(*p));
        }
    }
    return e;
}

Explanation smtpReply(const QByteArray &line, const LineContext &context)
{
    const int code = smtpReplyCode(line);
    if (code < 0) {
        return {QCoreApplication::translate("Explanations", "A reply without a valid code"),
                QCoreApplication::translate("Explanations", "Every SMTP reply starts with a three-digit code. This line does not, so "
                   "a client cannot understand it."),
                QStringLiteral("RFC 5321 §4.2"), {}};
    }
    const QByteArray text = line.mid(4);
    const bool continued = line.size() > 3 && line.at(3) == '-';

    // A line after the first of a reply to EHLO names one extension.
    const bool ehloLine = context.role != LineRole::Auto
        ? (code == 250 && context.answeredVerb == "EHLO" && !context.firstLineOfReply)
        : (code == 250 && find(ehloKeywords, verbOf(text)) && text.toUpper() == text);
    if (ehloLine) {
        Explanation e = forEhloKeyword(verbOf(text));
        if (e.isEmpty()) {
            e = {QCoreApplication::translate("Explanations", "An extension the server offers"),
                 QCoreApplication::translate("Explanations", "A line of the answer to EHLO: one extension keyword, with its "
                    "parameters."),
                 QStringLiteral("RFC 5321 §4.1.1.1"), {}};
        }
        return e;
    }

    Explanation e = forSmtpReplyCode(code);
    if (code == 250 && !context.answeredVerb.isEmpty()) {
        if (const Entry *answer = find(smtpOkAnswers, context.answeredVerb))
            e = make(*answer);
    }
    if (continued && context.role == LineRole::Auto && code != 250) {
        e.text += QLatin1Char(' ')
            + QCoreApplication::translate("Explanations", "The dash after the code means that more lines of this reply follow.");
    }
    // RFC 2034 §4: "class.subject.detail" after the code (not on 3xx replies).
    qsizetype end = 0;
    while (end < text.size() && text.at(end) != ' ')
        ++end;
    const QByteArray enhanced = text.left(end);
    if (!enhanced.isEmpty() && isDigit(enhanced.at(0)) && enhanced.count('.') == 2) {
        const ExplanationDetail detail = forEnhancedStatusCode(enhanced);
        if (!detail.title.isEmpty())
            e.details.append(detail);
    }
    if (code == 334) {
        // RFC 4954 §4: the challenge is base64; LOGIN's say "Username:" / "Password:".
        const auto decoded = QByteArray::fromBase64Encoding(text.trimmed(),
                                                           QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && !decoded.decoded.isEmpty()) {
            e.details.append({QCoreApplication::translate("Explanations", "The challenge decoded"),
                              QCoreApplication::translate("Explanations", "In base64, \"%1\" means \"%2\".")
                                  .arg(QString::fromLatin1(text.trimmed()),
                                       QString::fromUtf8(decoded.decoded)),
                              QStringLiteral("RFC 4954 §4")});
        }
    }
    return e;
}

Explanation smtpLine(TranscriptEvent::Direction direction, const QByteArray &line, Phase phase,
                     const LineContext &context)
{
    LineRole role = context.role;
    if (role == LineRole::Auto) {
        if (direction == TranscriptEvent::Direction::ServerToClient) {
            role = LineRole::Reply;
        } else if (phase == Phase::Transfer && line == ".") {
            role = LineRole::EndOfContent;
        } else if (isKnownSmtpVerb(verbOf(line))) {
            role = LineRole::Command;
        } else if (phase == Phase::Transfer
                   && (line.isEmpty() || line.startsWith(' ') || line.startsWith('\t')
                       || line.startsWith('.') || !headerName(line).isEmpty())) {
            role = LineRole::MessageContent;
        } else {
            role = LineRole::Command;
        }
    }
    switch (role) {
    case LineRole::Reply:
        return smtpReply(line, context);
    case LineRole::AuthResponse:
        return make(line.trimmed() == "*" ? authCancel : authResponse);
    case LineRole::MessageContent:
        return contentLine(Protocol::Smtp, line, context);
    case LineRole::EndOfContent: {
        Explanation e = make(smtpEndOfData);
        e.details.append(makeDetail(dotStuffingSmtp));
        return e;
    }
    case LineRole::Auto:
    case LineRole::Command:
    case LineRole::ListingLine:
        break;
    }
    return smtpCommand(line);
}

// --- POP3 ---------------------------------------------------------------------------

Explanation pop3Command(const QByteArray &line, Phase phase)
{
    const QByteArray verb = verbOf(line);
    if (verb == "QUIT" && phase == Phase::Authorization)
        return make(pop3QuitUnauthorized);
    if (const Entry *entry = find(pop3Commands, verb))
        return make(*entry);
    return make(pop3UnknownCommand);
}

Explanation pop3Status(const QByteArray &line, Phase phase, const LineContext &context)
{
    const QByteArray upper = line.toUpper();
    if (upper.startsWith("-ERR")) {
        Explanation e = make(pop3Error);
        // RFC 2449 §8: "-ERR [CODE] text".
        const QByteArray rest = line.mid(4).trimmed();
        if (rest.startsWith('[')) {
            const qsizetype close = rest.indexOf(']');
            if (close > 1) {
                const QByteArray code = rest.mid(1, close - 1).toUpper();
                if (const Entry *entry = find(pop3ResponseCodes, code))
                    e.details.append(makeDetail(*entry));
                else
                    e.details.append({QCoreApplication::translate("Explanations", "[%1]: a response code").arg(QString::fromLatin1(code)),
                                      QCoreApplication::translate("Explanations", "A code in brackets that a program can understand."),
                                      QStringLiteral("RFC 2449 §8")});
            }
        }
        return e;
    }
    const bool greeting = context.role != LineRole::Auto
        ? context.answeredVerb.isEmpty()
        : (phase == Phase::Authorization && line.contains('<') && line.contains('@'));
    if (greeting)
        return make(pop3Greeting);
    QByteArray verb = context.answeredVerb;
    if ((verb == "LIST" || verb == "UIDL") && line.count(' ') == 2 && !line.contains('('))
        verb.clear(); // "+OK 1 616": a single-message answer, nothing follows
    if (verb == "QUIT" && phase == Phase::Authorization)
        return make(pop3Ok);
    if (const Entry *answer = find(pop3OkAnswers, verb))
        return make(*answer);
    Explanation e = make(pop3Ok);
    if (!verb.isEmpty())
        e.title = withVerb(QCoreApplication::translate("Explanations", "+OK: %1 worked"), verb);
    return e;
}

Explanation pop3ServerLine(const QByteArray &line, Phase phase, const LineContext &context)
{
    LineRole role = context.role;
    if (role == LineRole::Auto) {
        const QByteArray upper = line.toUpper();
        if (upper.startsWith("+OK") || upper.startsWith("-ERR"))
            role = LineRole::Reply;
        else if (line == ".")
            role = LineRole::EndOfContent;
        else if (!line.isEmpty() && isDigit(line.at(0)) && line.count(' ') == 1)
            role = LineRole::ListingLine;
        else
            role = LineRole::MessageContent;
    }
    switch (role) {
    case LineRole::EndOfContent:
        return make(pop3EndOfResponse);
    case LineRole::MessageContent:
        return contentLine(Protocol::Pop3, line, context);
    case LineRole::ListingLine: {
        if (context.answeredVerb == "CAPA") {
            if (const Entry *entry = find(pop3Capabilities, verbOf(line)))
                return make(*entry);
            return make(pop3Capability);
        }
        if (context.answeredVerb == "UIDL")
            return make(pop3UidlLine);
        if (context.answeredVerb.isEmpty()) {
            // Auto: the second word tells a size (LIST) from an identifier (UIDL).
            const QByteArray second = argumentOf(line);
            bool number = !second.isEmpty();
            for (const char c : second)
                number = number && isDigit(c);
            return make(number ? pop3ListLine : pop3UidlLine);
        }
        return make(pop3ListLine);
    }
    case LineRole::Auto:
    case LineRole::Command:
    case LineRole::Reply:
    case LineRole::AuthResponse:
        break;
    }
    return pop3Status(line, phase, context);
}

} // namespace

// --- public -------------------------------------------------------------------------

Explanation forSmtpReplyCode(int code)
{
    for (const CodeEntry &entry : smtpCodes) {
        if (entry.code == code)
            return {translated(entry.title), translated(entry.text), rfcText(entry.rfc), {}};
    }
    // RFC 5321 §4.2.1: the first digit says how it went.
    const QString number = QString::number(code);
    switch (code / 100) {
    case 2:
        return {QCoreApplication::translate("Explanations", "%1: success").arg(number),
                QCoreApplication::translate("Explanations", "A 2xx code: the requested action was completed."),
                QStringLiteral("RFC 5321 §4.2.1"), {}};
    case 3:
        return {QCoreApplication::translate("Explanations", "%1: go on").arg(number),
                QCoreApplication::translate("Explanations", "A 3xx code: the server waits for more from the client."),
                QStringLiteral("RFC 5321 §4.2.1"), {}};
    case 4:
        return {QCoreApplication::translate("Explanations", "%1: temporary failure").arg(number),
                QCoreApplication::translate("Explanations", "A 4xx code: it did not work this time, but it may work later. A "
                   "sending server keeps the message in its queue and tries again."),
                QStringLiteral("RFC 5321 §4.2.1"), {}};
    case 5:
        return {QCoreApplication::translate("Explanations", "%1: permanent failure").arg(number),
                QCoreApplication::translate("Explanations", "A 5xx code: it did not work and will not work if tried again the "
                   "same way."),
                QStringLiteral("RFC 5321 §4.2.1"), {}};
    default:
        break;
    }
    return {QCoreApplication::translate("Explanations", "%1: not a valid reply code").arg(number),
            QCoreApplication::translate("Explanations", "SMTP reply codes start with 2, 3, 4 or 5."), QStringLiteral("RFC 5321 §4.2.1"),
            {}};
}

ExplanationDetail forEnhancedStatusCode(const QByteArray &code)
{
    const QList<QByteArray> parts = code.split('.');
    if (parts.size() != 3)
        return {};
    for (const QByteArray &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return {};
        for (const char c : part) {
            if (!isDigit(c))
                return {};
        }
    }
    const Entry *cls = find(enhancedClasses, parts.at(0));
    if (!cls)
        return {};
    const QString name = QString::fromLatin1(code);
    const QString classText = translated(cls->title);
    if (const Entry *entry = find(enhancedCodes, parts.at(1) + '.' + parts.at(2))) {
        return {QCoreApplication::translate("Explanations", "%1: %2").arg(name, translated(entry->title)),
                QCoreApplication::translate("Explanations", "Enhanced status code (%1): %2 %3")
                    .arg(classText, translated(entry->text),
                         QCoreApplication::translate("Explanations", "The three numbers are class, subject and detail.")),
                rfcText(entry->rfc)};
    }
    const Entry *subject = find(enhancedSubjects, parts.at(1));
    if (!subject)
        return {QCoreApplication::translate("Explanations", "%1: enhanced status code").arg(name),
                QCoreApplication::translate("Explanations", "Enhanced status code (%1). The three numbers are class, subject and "
                   "detail.").arg(classText),
                QStringLiteral("RFC 3463 §2")};
    return {QCoreApplication::translate("Explanations", "%1: %2").arg(name, translated(subject->title)),
            QCoreApplication::translate("Explanations", "Enhanced status code (%1). The three numbers are class, subject and "
               "detail.").arg(classText),
            rfcText(subject->rfc)};
}

Explanation forEhloKeyword(const QByteArray &keyword)
{
    if (const Entry *entry = find(ehloKeywords, keyword.toUpper()))
        return make(*entry);
    return {};
}

Explanation forHeaderField(const QByteArray &name)
{
    if (const Entry *entry = find(headerFields, name.trimmed().toUpper()))
        return make(*entry);
    Explanation e = make(otherHeaderField);
    e.title = QCoreApplication::translate("Explanations", "%1: a header field").arg(QString::fromLatin1(name));
    return e;
}

Explanation forLine(Protocol protocol, TranscriptEvent::Direction direction, const QByteArray &line,
                    Phase phase)
{
    return forLine(protocol, direction, line, phase, LineContext());
}

Explanation forLine(Protocol protocol, TranscriptEvent::Direction direction, const QByteArray &line,
                    Phase phase, const LineContext &context)
{
    switch (protocol) {
    case Protocol::Smtp:
        return smtpLine(direction, line, phase, context);
    case Protocol::Pop3:
        if (direction == TranscriptEvent::Direction::ServerToClient)
            return pop3ServerLine(line, phase, context);
        return pop3Command(line, phase);
    case Protocol::Dns:
        return make(dnsLookup);
    case Protocol::None:
        break;
    }
    return {};
}

Explanation forEvent(const TranscriptEvent &event)
{
    switch (event.kind) {
    case TranscriptEvent::Kind::Line:
        return forLine(event.protocol, event.direction, event.raw, event.phase);
    case TranscriptEvent::Kind::ConnectionOpened:
        return make(connectionOpened);
    case TranscriptEvent::Kind::ConnectionClosed:
        return make(connectionClosed);
    case TranscriptEvent::Kind::DnsLookup:
        return make(dnsLookup);
    case TranscriptEvent::Kind::Queue:
        return make(queueEvent);
    case TranscriptEvent::Kind::Delivery: {
        Explanation e = make(deliveryEvent);
        e.details.append(makeDetail(bounceDetail));
        return e;
    }
    case TranscriptEvent::Kind::Caption:
        return make(captionEvent);
    case TranscriptEvent::Kind::Expectation:
        return make(expectationEvent);
    case TranscriptEvent::Kind::Note:
        return make(noteEvent);
    }
    return {};
}

Explanation forEvent(const Transcript &transcript, qsizetype index)
{
    if (index < 0 || index >= transcript.size())
        return {};
    const TranscriptEvent &event = transcript.at(index);
    if (event.kind != TranscriptEvent::Kind::Line)
        return forEvent(event);
    return forLine(event.protocol, event.direction, event.raw, event.phase,
                   contextOf(transcript, index));
}

LineContext contextOf(const Transcript &transcript, qsizetype index)
{
    LineContext result;
    if (index < 0 || index >= transcript.size())
        return result;
    const TranscriptEvent &target = transcript.at(index);
    if (target.kind != TranscriptEvent::Kind::Line || target.connectionId == 0)
        return result;
    const int id = target.connectionId;
    const Protocol protocol = target.protocol;

    // Start where the connection opened (or at its first line).
    qsizetype start = index;
    for (qsizetype i = index - 1; i >= 0; --i) {
        const TranscriptEvent &e = transcript.at(i);
        if (e.connectionId != id)
            continue;
        if (e.kind == TranscriptEvent::Kind::ConnectionOpened)
            break;
        if (e.kind == TranscriptEvent::Kind::Line)
            start = i;
    }

    // Replay: commands wait in order for their replies (RFC 2920 §3 keeps the
    // order with pipelining too).
    struct Pending {
        QByteArray verb;
        QByteArray line;
        qsizetype index;
    };
    std::deque<Pending> pending;
    bool inContent = false;       // SMTP after 354, POP3 inside a multi-line answer
    bool inBody = false;
    QByteArray lastField;
    bool authChallenge = false;   // the last server line was a 334
    bool replyOpen = false;       // an SMTP reply has had a "250-" line
    Pending multiLineOf{QByteArray(), QByteArray(), -1};

    for (qsizetype i = start; i <= index; ++i) {
        const TranscriptEvent &e = transcript.at(i);
        if (e.connectionId != id || e.kind != TranscriptEvent::Kind::Line || e.protocol != protocol)
            continue;
        const bool fromClient = e.direction == TranscriptEvent::Direction::ClientToServer;
        LineContext c;
        if (protocol == Protocol::Smtp && fromClient) {
            if (inContent) {
                if (e.raw == ".") {
                    c.role = LineRole::EndOfContent;
                    inContent = false;
                    pending.push_back({QByteArray("."), e.raw, i});
                } else {
                    c.role = LineRole::MessageContent;
                    c.inBody = inBody;
                    if (!inBody) {
                        if (e.raw.isEmpty()) {
                            inBody = true;
                        } else if (e.raw.startsWith(' ') || e.raw.startsWith('\t')) {
                            c.foldedField = lastField;
                        } else {
                            lastField = headerName(e.raw);
                        }
                    }
                }
            } else if (authChallenge) {
                c.role = LineRole::AuthResponse;
                authChallenge = false;
                pending.push_back({QByteArray("AUTH"), e.raw, i});
            } else {
                c.role = LineRole::Command;
                pending.push_back({verbOf(e.raw), e.raw, i});
            }
        } else if (protocol == Protocol::Smtp) {
            c.role = LineRole::Reply;
            c.firstLineOfReply = !replyOpen;
            if (!pending.empty()) {
                c.answeredVerb = pending.front().verb;
                c.answeredIndex = pending.front().index;
            }
            const bool last = !(e.raw.size() > 3 && e.raw.at(3) == '-');
            replyOpen = !last;
            authChallenge = false;
            if (last) {
                if (!pending.empty())
                    pending.pop_front();
                const int code = smtpReplyCode(e.raw);
                if (code == 354) {
                    inContent = true;
                    inBody = false;
                    lastField.clear();
                } else if (code == 334) {
                    authChallenge = true;
                }
            }
        } else if (fromClient) {
            c.role = LineRole::Command;
            pending.push_back({verbOf(e.raw), e.raw, i});
        } else if (inContent) {
            c.answeredVerb = multiLineOf.verb;
            c.answeredIndex = multiLineOf.index;
            if (e.raw == ".") {
                c.role = LineRole::EndOfContent;
                inContent = false;
            } else if (multiLineOf.verb == "RETR" || multiLineOf.verb == "TOP") {
                c.role = LineRole::MessageContent;
                c.inBody = inBody;
                if (!inBody) {
                    if (e.raw.isEmpty())
                        inBody = true;
                    else if (e.raw.startsWith(' ') || e.raw.startsWith('\t'))
                        c.foldedField = lastField;
                    else
                        lastField = headerName(e.raw);
                }
            } else {
                c.role = LineRole::ListingLine;
            }
        } else {
            c.role = LineRole::Reply;
            if (!pending.empty()) {
                multiLineOf = pending.front();
                pending.pop_front();
                c.answeredVerb = multiLineOf.verb;
                c.answeredIndex = multiLineOf.index;
                if (e.raw.startsWith("+OK") && isMultiLinePop3Command(multiLineOf.line)) {
                    inContent = true;
                    inBody = false;
                    lastField.clear();
                }
            }
        }
        if (i == index)
            result = c;
    }
    return result;
}

QString phaseTitle(Phase phase)
{
    switch (phase) {
    case Phase::Opening:
        return QCoreApplication::translate("Explanations", "Opening (handshake)");
    case Phase::Transfer:
        return QCoreApplication::translate("Explanations", "Mail transfer");
    case Phase::Closing:
        return QCoreApplication::translate("Explanations", "Closing");
    case Phase::Authorization:
        return QCoreApplication::translate("Explanations", "AUTHORIZATION state");
    case Phase::Transaction:
        return QCoreApplication::translate("Explanations", "TRANSACTION state");
    case Phase::Update:
        return QCoreApplication::translate("Explanations", "UPDATE state");
    case Phase::None:
        break;
    }
    return QString();
}

} // namespace Explanations
