// SPDX-License-Identifier: GPL-3.0-or-later
// pop3catalogue.cpp — what POP3 says, as data: every command, the greeting,
// +OK after each command and -ERR, the RFC 2449 response codes, the CAPA
// capabilities and the lines of a LIST or UIDL listing. Titles and texts are
// translated in the context "Explanations".
#include "catalogue.h"

namespace Explanations::Catalogue {

// --- POP3 (RFC 1939; CAPA and response codes RFC 2449; RFC 3206) --------------

const Entry pop3CommandsRows[] = {
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
     QT_TRANSLATE_NOOP("Explanations", "The server just answers +OK. It keeps the connection alive."),
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
    {"STLS", QT_TRANSLATE_NOOP("Explanations", "STLS: switch to an encrypted connection"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Before logging in, the client asks to encrypt the rest of the session with "
                       "TLS, so that USER and PASS cannot be read on the way. It is only valid in the "
                       "AUTHORIZATION state. Anything the client sent after STLS without waiting for "
                       "the answer is thrown away."),
     "RFC 2595 §4"},
};
const Table<Entry> pop3Commands(pop3CommandsRows);

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

const Entry pop3OkAnswersRows[] = {
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
    {"STLS", QT_TRANSLATE_NOOP("Explanations", "+OK: begin TLS"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The next bytes on the wire are the TLS handshake. After it the session is "
                       "still in the AUTHORIZATION state and the client logs in as usual, now "
                       "encrypted; it should ask CAPA again, since what the server said before may "
                       "have been changed on the way."),
     "RFC 2595 §4"},
};
const Table<Entry> pop3OkAnswers(pop3OkAnswersRows);

const Entry pop3Error = {
    "", QT_TRANSLATE_NOOP("Explanations", "-ERR: the command failed"),
    QT_TRANSLATE_NOOP("Explanations",
                      "Something was wrong: an unknown command, a wrong password, a message that does "
                      "not exist… The text after -ERR says what. The session stays in the same state."),
    "RFC 1939 §3"};

const Entry pop3ResponseCodesRows[] = {
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
const Table<Entry> pop3ResponseCodes(pop3ResponseCodesRows);

const Entry pop3CapabilitiesRows[] = {
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
    {"STLS", QT_TRANSLATE_NOOP("Explanations", "Capability: STLS"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server can encrypt the session with STLS before the login. Once TLS is on, "
                       "it is no longer listed."),
     "RFC 2595 §4"},
    {"IMPLEMENTATION", QT_TRANSLATE_NOOP("Explanations", "Capability: IMPLEMENTATION"),
     QT_TRANSLATE_NOOP("Explanations", "The name of the server software."), "RFC 2449 §6.9"},
};
const Table<Entry> pop3Capabilities(pop3CapabilitiesRows);

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

} // namespace Explanations::Catalogue
