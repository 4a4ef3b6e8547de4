// SPDX-License-Identifier: GPL-3.0-or-later
// smtpcatalogue.cpp — what SMTP says, as data: every command (and the old
// ones RFC 5321 dropped), the AUTH mechanisms and MAIL parameters, every
// reply code and what a 250 means after each command, the RFC 3463 enhanced
// status codes and the EHLO keywords. Titles and texts are translated in
// the context "Explanations".
#include "catalogue.h"

namespace Explanations::Catalogue {

// --- SMTP commands (RFC 5321 §4.1.1) -------------------------------------------

const Entry smtpCommandsRows[] = {
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
    {"STARTTLS",
     QT_TRANSLATE_NOOP("Explanations",
                       "STARTTLS: switch to an encrypted connection (not offered without a certificate)"),
     QT_TRANSLATE_NOOP("Explanations",
                       "STARTTLS asks to encrypt the rest of the conversation with TLS, so that "
                       "passwords and messages cannot be read on the way. A server with a certificate "
                       "lists STARTTLS in its EHLO reply and answers 220; then the TLS handshake "
                       "starts, and the client says EHLO again, because everything said before is "
                       "forgotten. A server without a certificate answers 502."),
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
const Table<Entry> smtpCommands(smtpCommandsRows);

// Old RFC 821 commands that RFC 5321 dropped; the server answers 502.
const char *const oldSmtpCommandsRows[] = {"TURN", "SEND", "SOML", "SAML"};
const Table<const char *> oldSmtpCommands(oldSmtpCommandsRows);

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

const Entry authMechanismsRows[] = {
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
const Table<Entry> authMechanisms(authMechanismsRows);

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

const Entry mailParametersRows[] = {
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
const Table<Entry> mailParameters(mailParametersRows);

const Entry nullSender = {
    "", QT_TRANSLATE_NOOP("Explanations", "<>: the empty sender"),
    QT_TRANSLATE_NOOP("Explanations",
                      "An empty return address marks an error report (a bounce). Nobody answers a "
                      "bounce with another bounce, so mail cannot go round in circles."),
    "RFC 5321 §4.5.5"};

const Entry pipelinedCommand = {
    "", QT_TRANSLATE_NOOP("Explanations", "Sent before the reply to %1 came back (pipelining)"),
    QT_TRANSLATE_NOOP("Explanations",
                      "The server offered PIPELINING in its EHLO reply, so this client sends MAIL, RCPT "
                      "and DATA in one go and then reads the replies, which come in the same order as "
                      "the commands. The course's dialogue, with HELO, waits for each reply before the "
                      "next command: look at the connection between the two servers."),
    "RFC 2920 §3.1"};

// --- SMTP replies (RFC 5321 §4.2) ----------------------------------------------

const CodeEntry smtpCodesRows[] = {
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
    {454, QT_TRANSLATE_NOOP("Explanations", "454 Temporary failure: TLS or login not available (try later)"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server cannot start TLS (or check a login) right now. It is temporary: "
                       "the client may try again later, or go on without encryption if its policy "
                       "allows it."),
     "RFC 3207 §4"},
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
     QT_TRANSLATE_NOOP("Explanations", "The server knows this command but does not offer it."),
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
const Table<CodeEntry> smtpCodes(smtpCodesRows);

// A 250 reply says more once the command it answers is known.
const Entry smtpOkAnswersRows[] = {
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
     QT_TRANSLATE_NOOP("Explanations", "The answer to NOOP: nothing was done, and the connection is alive."),
     "RFC 5321 §4.1.1.9"},
};
const Table<Entry> smtpOkAnswers(smtpOkAnswersRows);

// Replies that say something else when they answer STARTTLS, or AUTH
// refused until STARTTLS; the key is the verb answered and the code.
const Entry smtpTlsAnswersRows[] = {
    {"STARTTLS 220", QT_TRANSLATE_NOOP("Explanations", "220: ready to start TLS"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server agrees to encrypt. The next bytes on the wire are the TLS "
                       "handshake, not SMTP lines. Anything the client sent after STARTTLS without "
                       "waiting for this reply is thrown away, so that nobody can slip a command in "
                       "before encryption starts. After the handshake everything starts again: the "
                       "client says EHLO, and the server forgets the earlier EHLO and any login."),
     "RFC 3207 §4.2"},
    {"STARTTLS 454", QT_TRANSLATE_NOOP("Explanations", "454: TLS not available right now"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server cannot start TLS at the moment. A client that requires encryption "
                       "gives up and keeps the mail for later; an opportunistic one goes on in clear."),
     "RFC 3207 §4"},
    {"STARTTLS 501", QT_TRANSLATE_NOOP("Explanations", "501: STARTTLS takes no parameters"),
     QT_TRANSLATE_NOOP("Explanations", "The command is just STARTTLS, alone on its line."), "RFC 3207 §4"},
    {"STARTTLS 554", QT_TRANSLATE_NOOP("Explanations", "554: TLS is already active"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The connection is already encrypted: STARTTLS can be used only once, and the "
                       "server no longer lists it in its EHLO reply."),
     "RFC 3207 §4.2"},
    {"AUTH 530", QT_TRANSLATE_NOOP("Explanations", "530: STARTTLS first"),
     QT_TRANSLATE_NOOP("Explanations",
                       "This server does not accept a password over an unencrypted connection "
                       "(Postfix calls it smtpd_tls_auth_only), so it did not list AUTH in its EHLO "
                       "reply. The client must say STARTTLS first; inside TLS, the new EHLO reply "
                       "offers AUTH."),
     "RFC 3207 §4"},
};
const Table<Entry> smtpTlsAnswers(smtpTlsAnswersRows);

// --- Postfix's and Dovecot's texts ------------------------------------------------

const Entry serverTextsRows[] = {
    {"Relay access denied", QT_TRANSLATE_NOOP("Explanations", "Postfix: relay access denied"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The recipient's domain is not one this server takes mail for (it is not in "
                       "mydestination), and the client is neither in mynetworks nor authenticated. Passing "
                       "the message on to another server would make this an open relay, which spammers "
                       "use, so Postfix refuses (reject_unauth_destination). If the domain should be "
                       "local, add it to mydestination; if the client is one of yours, it should log in "
                       "(AUTH) or its network go in mynetworks."),
     "Postfix SMTPD_ACCESS_README; postconf(5) smtpd_relay_restrictions; RFC 5321 §3.6.1"},
    {"Sender address rejected: not owned by user",
     QT_TRANSLATE_NOOP("Explanations", "Postfix: the sender address belongs to another user"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The client logged in (AUTH) as one user and gave in MAIL FROM the address of "
                       "another account of this server. A server that let it through would let any "
                       "student send mail as a classmate, so Postfix refuses the sender "
                       "(reject_sender_login_mismatch, with smtpd_sender_login_maps saying which login "
                       "owns which address). Give your own address in MAIL FROM, or log in as its owner."),
     "Postfix postconf(5) reject_sender_login_mismatch, smtpd_sender_login_maps; RFC 5321 §3.3"},
    {"loops back to myself", QT_TRANSLATE_NOOP("Explanations", "Postfix: mail loops back to myself"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The DNS says the mail exchanger (MX) of the recipient's domain is this very "
                       "server, yet the domain is not in its mydestination, so the server took the "
                       "message for relaying. Sending it on would send it to itself without end, so "
                       "Postfix bounces it. The usual cause: the domain (the system mail name) is "
                       "missing from mydestination."),
     "Postfix postconf(5) mydestination; RFC 5321 §5.1"},
    {"User unknown in local recipient table",
     QT_TRANSLATE_NOOP("Explanations", "Postfix: no such local user"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The domain is one this server takes mail for (mydestination), but no account "
                       "has that name (local_recipient_maps: the system's users and aliases). The "
                       "client hears it at RCPT, before any message is sent."),
     "Postfix LOCAL_RECIPIENT_README; RFC 5321 §4.2.2"},
    // After "User unknown …", which also says "Recipient address rejected".
    {"Recipient address rejected", QT_TRANSLATE_NOOP("Explanations", "Postfix: recipient address rejected"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Postfix refuses this recipient before any message is sent, and says why after the "
                       "colon. When the reason is only a domain name, the server is configured as \"Local "
                       "only\" (default_transport = error): mail for other domains may not leave the "
                       "machine, and Postfix says so at once, naming the domain. Choose \"Internet Site\" "
                       "(dpkg-reconfigure postfix) to send mail to other domains."),
     "Postfix error(8), postconf(5) default_transport; RFC 5321 §4.2.2"},
    {"ESMTP Postfix", QT_TRANSLATE_NOOP("Explanations", "Postfix's greeting"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Postfix greets with smtpd_banner, on Debian \"$myhostname ESMTP $mail_name "
                       "(Debian/GNU)\": the host name from main.cf (myhostname), the word ESMTP (it "
                       "understands EHLO) and the program. It is what a telnet to port 25 shows just "
                       "after installing Postfix."),
     "Postfix postconf(5) smtpd_banner; RFC 5321 §4.3.1"},
    {"queued as", QT_TRANSLATE_NOOP("Explanations", "Postfix: queued as… (the queue id)"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Postfix has taken the message into its queue under this identifier, and from "
                       "now on it is Postfix's job to deliver it. The same identifier is on every line "
                       "of the mail log (/var/log/mail.log) about this message: the place to look when "
                       "it does not arrive."),
     "Postfix postqueue(1), mailq(1); RFC 5321 §4.1.1.4"},
    {"Dovecot", QT_TRANSLATE_NOOP("Explanations", "Dovecot's greeting"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Dovecot greets POP3 clients with \"+OK Dovecot (Debian) ready.\" once it serves "
                       "pop3 (protocols in dovecot.conf). It is what a telnet to port 110 shows just "
                       "after installing dovecot-pop3d."),
     "Dovecot login_greeting; RFC 1939 §4"},
    {"Dovecot IMAP", QT_TRANSLATE_NOOP("Explanations", "Dovecot's IMAP greeting"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Dovecot greets IMAP clients with \"* OK [CAPABILITY …] Dovecot (Debian) ready.\" "
                       "once it serves imap (protocols in dovecot.conf): the list of what it can do comes "
                       "with the greeting, so the client need not ask CAPABILITY. It is what a telnet to "
                       "port 143 shows just after installing dovecot-imapd."),
     "Dovecot login_greeting; RFC 3501 §7.1.1"},
};
const Table<Entry> serverTexts(serverTextsRows);

// --- enhanced status codes (RFC 3463 §3; RFC 4954 §6 for authentication) ------

const Entry enhancedCodesRows[] = {
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
     QT_TRANSLATE_NOOP("Explanations", "The recipient's address is badly written."), "RFC 3463 §3.2"},
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
     QT_TRANSLATE_NOOP("Explanations", "The mailbox exists but takes no messages now."), "RFC 3463 §3.3"},
    {"2.2", QT_TRANSLATE_NOOP("Explanations", "mailbox full"),
     QT_TRANSLATE_NOOP("Explanations", "The recipient has no room left."), "RFC 3463 §3.3"},
    {"2.3", QT_TRANSLATE_NOOP("Explanations", "message too long for the mailbox"),
     QT_TRANSLATE_NOOP("Explanations", "The message is bigger than this mailbox allows."), "RFC 3463 §3.3"},
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
     QT_TRANSLATE_NOOP("Explanations", "The message waited in the queue for too long."), "RFC 3463 §3.5"},
    {"5.0", QT_TRANSLATE_NOOP("Explanations", "protocol status"),
     QT_TRANSLATE_NOOP("Explanations", "Something about the SMTP conversation itself."), "RFC 3463 §3.6"},
    {"5.1", QT_TRANSLATE_NOOP("Explanations", "invalid command"),
     QT_TRANSLATE_NOOP("Explanations", "The command is unknown, not offered, or not allowed at this point."),
     "RFC 3463 §3.6"},
    {"5.2", QT_TRANSLATE_NOOP("Explanations", "syntax error"),
     QT_TRANSLATE_NOOP("Explanations", "The line could not be read as a command."), "RFC 3463 §3.6"},
    {"5.3", QT_TRANSLATE_NOOP("Explanations", "too many recipients"),
     QT_TRANSLATE_NOOP("Explanations", "The message has more recipients than the server takes at once."),
     "RFC 3463 §3.6"},
    {"5.4", QT_TRANSLATE_NOOP("Explanations", "invalid command arguments"),
     QT_TRANSLATE_NOOP("Explanations", "The command is right but its arguments are not."), "RFC 3463 §3.6"},
    {"6.0", QT_TRANSLATE_NOOP("Explanations", "message content status"),
     QT_TRANSLATE_NOOP("Explanations", "A problem with the content of the message."), "RFC 3463 §3.7"},
    {"7.0", QT_TRANSLATE_NOOP("Explanations", "security or policy status"),
     QT_TRANSLATE_NOOP("Explanations", "About security or the server's rules, for example logging in."),
     "RFC 3463 §3.8"},
    {"7.1", QT_TRANSLATE_NOOP("Explanations", "delivery not authorised"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server's rules forbid this, for example relaying mail for someone who did "
                       "not log in."),
     "RFC 3463 §3.8"},
    {"7.8", QT_TRANSLATE_NOOP("Explanations", "authentication credentials invalid"),
     QT_TRANSLATE_NOOP("Explanations", "The user name or the password is wrong."), "RFC 4954 §6"},
    {"7.9", QT_TRANSLATE_NOOP("Explanations", "authentication mechanism too weak"),
     QT_TRANSLATE_NOOP("Explanations", "The server wants a safer way of logging in."), "RFC 4954 §6"},
};
const Table<Entry> enhancedCodes(enhancedCodesRows);

const Entry enhancedClassesRows[] = {
    {"2", QT_TRANSLATE_NOOP("Explanations", "success"), nullptr, nullptr},
    {"4", QT_TRANSLATE_NOOP("Explanations", "temporary failure"), nullptr, nullptr},
    {"5", QT_TRANSLATE_NOOP("Explanations", "permanent failure"), nullptr, nullptr},
};
const Table<Entry> enhancedClasses(enhancedClassesRows);

const Entry enhancedSubjectsRows[] = {
    {"0", QT_TRANSLATE_NOOP("Explanations", "other or undefined status"), nullptr, "RFC 3463 §3.1"},
    {"1", QT_TRANSLATE_NOOP("Explanations", "address status"), nullptr, "RFC 3463 §3.2"},
    {"2", QT_TRANSLATE_NOOP("Explanations", "mailbox status"), nullptr, "RFC 3463 §3.3"},
    {"3", QT_TRANSLATE_NOOP("Explanations", "mail system status"), nullptr, "RFC 3463 §3.4"},
    {"4", QT_TRANSLATE_NOOP("Explanations", "network or routing status"), nullptr, "RFC 3463 §3.5"},
    {"5", QT_TRANSLATE_NOOP("Explanations", "protocol status"), nullptr, "RFC 3463 §3.6"},
    {"6", QT_TRANSLATE_NOOP("Explanations", "message content status"), nullptr, "RFC 3463 §3.7"},
    {"7", QT_TRANSLATE_NOOP("Explanations", "security or policy status"), nullptr, "RFC 3463 §3.8"},
};
const Table<Entry> enhancedSubjects(enhancedSubjectsRows);

// --- EHLO keywords --------------------------------------------------------------

const Entry ehloKeywordsRows[] = {
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
    {"ENHANCEDSTATUSCODES",
     QT_TRANSLATE_NOOP("Explanations", "ENHANCEDSTATUSCODES: more precise reply codes"),
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
    // Postfix offers these two as well (a real server's EHLO answer).
    {"VRFY", QT_TRANSLATE_NOOP("Explanations", "VRFY: addresses can be checked"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The client may ask whether an address exists with VRFY, without sending mail. "
                       "Postfix offers it unless disable_vrfy_command = yes, which many servers set so "
                       "that spammers cannot guess their users."),
     "RFC 5321 §3.5; Postfix postconf(5) disable_vrfy_command"},
    {"ETRN", QT_TRANSLATE_NOOP("Explanations", "ETRN: send me my queued mail"),
     QT_TRANSLATE_NOOP("Explanations",
                       "A server that keeps mail for a domain while that domain's server is away can be "
                       "asked with ETRN to try delivering it now. Postfix offers it by default."),
     "RFC 1985 §3"},
    {"SMTPUTF8", QT_TRANSLATE_NOOP("Explanations", "SMTPUTF8: international addresses"),
     QT_TRANSLATE_NOOP("Explanations", "Addresses may contain letters beyond ASCII."), "RFC 6531 §3.1"},
};
const Table<Entry> ehloKeywords(ehloKeywordsRows);

} // namespace Explanations::Catalogue
