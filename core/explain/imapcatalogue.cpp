// SPDX-License-Identifier: GPL-3.0-or-later
// imapcatalogue.cpp — what IMAP says, as data: every command, the greeting,
// the tagged completions (OK, NO, BAD), the untagged data (* EXISTS, * FETCH
// …), the "+" go-ahead, a literal's octets and the response codes in
// brackets. Titles and texts are translated in the context "Explanations".
#include "catalogue.h"

namespace Explanations::Catalogue {

// --- IMAP (RFC 3501; RFC 9051 names the same things in IMAP4rev2) ---------------------

const Entry imapCommandsRows[] = {
    {"CAPABILITY", QT_TRANSLATE_NOOP("Explanations", "CAPABILITY: what can this server do?"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The client asks for the server's capabilities: IMAP4rev1 and the extensions it "
                       "offers (IDLE, MOVE, UIDPLUS…). The answer comes untagged (* CAPABILITY), then the "
                       "tagged OK."),
     "RFC 3501 §6.1.1"},
    {"NOOP", QT_TRANSLATE_NOOP("Explanations", "NOOP: anything new?"),
     QT_TRANSLATE_NOOP("Explanations",
                       "It does nothing, but before its OK the server tells what changed in the selected "
                       "mailbox: new messages (EXISTS), deleted ones (EXPUNGE), changed flags."),
     "RFC 3501 §6.1.2"},
    {"LOGOUT", QT_TRANSLATE_NOOP("Explanations", "LOGOUT: end the session"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server says BYE, answers OK and closes the connection. Unlike POP3's QUIT, "
                       "nothing is deleted: the mail stays on the server."),
     "RFC 3501 §6.1.3"},
    {"LOGIN", QT_TRANSLATE_NOOP("Explanations", "LOGIN: user name and password"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The client logs in with a user name and a password, in clear text on this "
                       "connection. If they are right the session goes from the not authenticated state "
                       "to the authenticated state."),
     "RFC 3501 §6.2.3"},
    {"AUTHENTICATE", QT_TRANSLATE_NOOP("Explanations", "AUTHENTICATE: log in with a SASL mechanism"),
     QT_TRANSLATE_NOOP("Explanations",
                       "With PLAIN, the user name and the password go in base64 after the server's \"+\". "
                       "Base64 is not encryption: anyone watching the network can decode it."),
     "RFC 3501 §6.2.2"},
    {"SELECT", QT_TRANSLATE_NOOP("Explanations", "SELECT: open a mailbox"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The client opens a mailbox (a folder) to work in it. The server tells how many "
                       "messages it holds (EXISTS), which flags exist, and its UIDVALIDITY and UIDNEXT; "
                       "the session enters the selected state."),
     "RFC 3501 §6.3.1"},
    {"EXAMINE", QT_TRANSLATE_NOOP("Explanations", "EXAMINE: open a mailbox read-only"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Like SELECT, but nothing in the mailbox can change: no flag is set, not even "
                       "\\Seen when a message is read."),
     "RFC 3501 §6.3.2"},
    {"CREATE", QT_TRANSLATE_NOOP("Explanations", "CREATE: a new folder"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The mail stays on the server, organised in folders the user creates. \"/\" "
                       "separates the levels (Escola/Redes)."),
     "RFC 3501 §6.3.3"},
    {"DELETE", QT_TRANSLATE_NOOP("Explanations", "DELETE: remove a folder"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The folder and the messages in it are deleted. INBOX cannot be deleted."),
     "RFC 3501 §6.3.4"},
    {"RENAME", QT_TRANSLATE_NOOP("Explanations", "RENAME: rename a folder"),
     QT_TRANSLATE_NOOP("Explanations", "The folder (and the folders inside it) takes the new name."),
     "RFC 3501 §6.3.5"},
    {"SUBSCRIBE", QT_TRANSLATE_NOOP("Explanations", "SUBSCRIBE: show this folder"),
     QT_TRANSLATE_NOOP("Explanations", "The folder joins the list the client shows (LSUB)."),
     "RFC 3501 §6.3.6"},
    {"UNSUBSCRIBE", QT_TRANSLATE_NOOP("Explanations", "UNSUBSCRIBE: hide this folder"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The folder leaves the list the client shows (LSUB); it is not deleted."),
     "RFC 3501 §6.3.7"},
    {"LIST", QT_TRANSLATE_NOOP("Explanations", "LIST: which folders are there?"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server answers one * LIST line per folder that matches the pattern (\"*\" "
                       "matches anything, \"%\" does not go down a level), with its attributes (\\Sent, "
                       "\\Trash…) and the level separator."),
     "RFC 3501 §6.3.8"},
    {"LSUB", QT_TRANSLATE_NOOP("Explanations", "LSUB: the subscribed folders"),
     QT_TRANSLATE_NOOP("Explanations", "Like LIST, but only the folders the user subscribed to."),
     "RFC 3501 §6.3.9"},
    {"STATUS", QT_TRANSLATE_NOOP("Explanations", "STATUS: a folder's counts, without opening it"),
     QT_TRANSLATE_NOOP("Explanations",
                       "How many messages, how many unseen, the next UID… of a folder that is not the "
                       "selected one."),
     "RFC 3501 §6.3.10"},
    {"APPEND", QT_TRANSLATE_NOOP("Explanations", "APPEND: put a message in a folder"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The client uploads a whole message as a literal, for example to keep a copy of "
                       "what it sent in Sent, as webmail does."),
     "RFC 3501 §6.3.11"},
    {"CHECK", QT_TRANSLATE_NOOP("Explanations", "CHECK: a checkpoint"),
     QT_TRANSLATE_NOOP("Explanations", "The server may tidy the mailbox up; here it just answers OK."),
     "RFC 3501 §6.4.1"},
    {"CLOSE", QT_TRANSLATE_NOOP("Explanations", "CLOSE: close the mailbox, deleting what was marked"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The messages with the \\Deleted flag are removed silently and the session goes "
                       "back to the authenticated state."),
     "RFC 3501 §6.4.2"},
    {"UNSELECT", QT_TRANSLATE_NOOP("Explanations", "UNSELECT: close the mailbox, deleting nothing"),
     QT_TRANSLATE_NOOP("Explanations", "Like CLOSE, but the messages marked \\Deleted stay."), "RFC 3691 §2"},
    {"EXPUNGE", QT_TRANSLATE_NOOP("Explanations", "EXPUNGE: delete the marked messages"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Deleting in IMAP takes two steps: STORE +FLAGS (\\Deleted) marks, EXPUNGE "
                       "deletes. The server says * n EXPUNGE for each, from the highest number down."),
     "RFC 3501 §6.4.3"},
    {"SEARCH", QT_TRANSLATE_NOOP("Explanations", "SEARCH: search on the server"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server searches the mailbox (FROM, SUBJECT, BODY, UNSEEN, SINCE…) and answers "
                       "with the numbers of the messages that match: nothing is downloaded to search."),
     "RFC 3501 §6.4.4"},
    {"FETCH", QT_TRANSLATE_NOOP("Explanations", "FETCH: download what is asked for"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Not necessarily the whole message: its flags, its size, its envelope, its "
                       "structure (BODYSTRUCTURE) or only one part (BODY[1]) or the first octets "
                       "(<0.100>). Reading the text with BODY[…] sets \\Seen; BODY.PEEK[…] does not."),
     "RFC 3501 §6.4.5"},
    {"STORE", QT_TRANSLATE_NOOP("Explanations", "STORE: change flags"),
     QT_TRANSLATE_NOOP("Explanations",
                       "+FLAGS adds flags, -FLAGS removes them, FLAGS replaces them: \\Seen (read), "
                       "\\Flagged (important), \\Deleted (to delete at EXPUNGE)."),
     "RFC 3501 §6.4.6"},
    {"COPY", QT_TRANSLATE_NOOP("Explanations", "COPY: copy messages to a folder"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The messages are copied on the server, without crossing the network again. With "
                       "UIDPLUS the OK says their new UIDs (COPYUID)."),
     "RFC 3501 §6.4.7"},
    {"MOVE", QT_TRANSLATE_NOOP("Explanations", "MOVE: move messages to a folder"),
     QT_TRANSLATE_NOOP("Explanations",
                       "A copy and an expunge in one step: the messages leave this folder (* n EXPUNGE) "
                       "and appear in the other."),
     "RFC 6851 §3"},
    {"UID", QT_TRANSLATE_NOOP("Explanations", "UID: the same command, by unique identifier"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Message numbers change when messages are deleted; UIDs never do. UID FETCH, UID "
                       "SEARCH, UID STORE… name messages by UID, as clients that keep a copy do."),
     "RFC 3501 §6.4.8"},
    {"IDLE", QT_TRANSLATE_NOOP("Explanations", "IDLE: tell me when mail arrives"),
     QT_TRANSLATE_NOOP("Explanations",
                       "After the server's \"+\", the client just waits: the server sends * n EXISTS as "
                       "soon as a message is stored. DONE ends the wait."),
     "RFC 2177 §3"},
    {"DONE", QT_TRANSLATE_NOOP("Explanations", "DONE: stop waiting"),
     QT_TRANSLATE_NOOP("Explanations", "Ends IDLE; the server answers the IDLE command's tag with OK."),
     "RFC 2177 §3"},
    {"NAMESPACE", QT_TRANSLATE_NOOP("Explanations", "NAMESPACE: where the folders live"),
     QT_TRANSLATE_NOOP("Explanations", "The prefix and separator of the user's own folders."), "RFC 2342 §5"},
    {"ID", QT_TRANSLATE_NOOP("Explanations", "ID: who are you?"),
     QT_TRANSLATE_NOOP("Explanations", "Client and server tell each other their names and versions."),
     "RFC 2971 §3.1"},
    {"ENABLE", QT_TRANSLATE_NOOP("Explanations", "ENABLE: switch an extension on"),
     QT_TRANSLATE_NOOP("Explanations", "The server answers * ENABLED with the extensions it switched on."),
     "RFC 5161 §3.1"},
    {"STARTTLS", QT_TRANSLATE_NOOP("Explanations", "STARTTLS: switch to an encrypted connection"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Before logging in, the client asks to encrypt the rest of the session with TLS. "
                       "The server answers OK with the same tag and the TLS handshake starts; anything "
                       "the client sent after STARTTLS without waiting is thrown away. Then the client "
                       "asks CAPABILITY again, since what was said before may have been changed on the "
                       "way."),
     "RFC 3501 §6.2.1"},
};
const Table<Entry> imapCommands(imapCommandsRows);

const Entry imapUnknownCommand = {
    "", QT_TRANSLATE_NOOP("Explanations", "An IMAP command"),
    QT_TRANSLATE_NOOP("Explanations",
                      "Every IMAP command starts with a tag the client chooses (A1, a002…); the server's "
                      "final answer to it carries the same tag, so answers can be told apart."),
    "RFC 3501 §2.2.1"};

const Entry imapGreeting = {
    "", QT_TRANSLATE_NOOP("Explanations", "* OK: the server greets"),
    QT_TRANSLATE_NOOP("Explanations",
                      "The IMAP server is ready; the session is in the not authenticated state. The "
                      "client must log in (LOGIN or AUTHENTICATE) before anything else."),
    "RFC 3501 §7.1.1"};

const Entry imapContinuation = {
    "", QT_TRANSLATE_NOOP("Explanations", "+: go on"),
    QT_TRANSLATE_NOOP("Explanations",
                      "The server is ready for the rest of the command: the octets of a literal, an "
                      "AUTHENTICATE response, or (in IDLE) it is waiting."),
    "RFC 3501 §7.5"};

const Entry imapLiteral = {
    "", QT_TRANSLATE_NOOP("Explanations", "A literal: octets counted in advance"),
    QT_TRANSLATE_NOOP("Explanations",
                      "After {n} come exactly n octets, whatever they hold (line ends too): a message, "
                      "a part of one, a password. The number in braces says where they end."),
    "RFC 3501 §4.3"};

const Entry imapAuthResponse = {
    "", QT_TRANSLATE_NOOP("Explanations", "The AUTHENTICATE response"),
    QT_TRANSLATE_NOOP("Explanations",
                      "For PLAIN: authorisation identity, user name and password separated by NUL "
                      "octets, in base64. Base64 is not encryption."),
    "RFC 4616 §2"};

const Entry imapTaggedRows[] = {
    {"OK", QT_TRANSLATE_NOOP("Explanations", "OK: the command with this tag worked"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The final answer to the command with the same tag. What the server had to say "
                       "came before it, untagged (* …)."),
     "RFC 3501 §7.1.1"},
    {"NO", QT_TRANSLATE_NOOP("Explanations", "NO: the command with this tag failed"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The command was understood but could not be done: a wrong password, a folder "
                       "that does not exist…"),
     "RFC 3501 §7.1.2"},
    {"BAD", QT_TRANSLATE_NOOP("Explanations", "BAD: the server did not understand"),
     QT_TRANSLATE_NOOP("Explanations",
                       "A command unknown, badly written, or not valid in this state (FETCH before "
                       "SELECT). Too many of them and the server says BYE."),
     "RFC 3501 §7.1.3"},
};
const Table<Entry> imapTagged(imapTaggedRows);

const Entry imapUntaggedRows[] = {
    {"CAPABILITY", QT_TRANSLATE_NOOP("Explanations", "* CAPABILITY: the server's abilities"),
     QT_TRANSLATE_NOOP("Explanations", "IMAP4rev1 and the extensions this server offers."),
     "RFC 3501 §7.2.1"},
    {"LIST", QT_TRANSLATE_NOOP("Explanations", "* LIST: a folder"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Its attributes (\\HasChildren, \\Sent, \\Trash…), the separator between levels "
                       "and its name."),
     "RFC 3501 §7.2.2"},
    {"LSUB", QT_TRANSLATE_NOOP("Explanations", "* LSUB: a subscribed folder"),
     QT_TRANSLATE_NOOP("Explanations", "A folder the user subscribed to."), "RFC 3501 §7.2.3"},
    {"STATUS", QT_TRANSLATE_NOOP("Explanations", "* STATUS: a folder's counts"),
     QT_TRANSLATE_NOOP("Explanations", "The numbers STATUS asked for."), "RFC 3501 §7.2.4"},
    {"SEARCH", QT_TRANSLATE_NOOP("Explanations", "* SEARCH: the messages that match"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Their numbers (or UIDs, for UID SEARCH). The search ran on the server; only "
                       "these numbers crossed the network."),
     "RFC 3501 §7.2.5"},
    {"FLAGS", QT_TRANSLATE_NOOP("Explanations", "* FLAGS: the flags in this mailbox"),
     QT_TRANSLATE_NOOP("Explanations",
                       "\\Seen (read), \\Answered, \\Flagged (important), \\Deleted (to delete) and "
                       "\\Draft."),
     "RFC 3501 §7.2.6"},
    {"EXISTS", QT_TRANSLATE_NOOP("Explanations", "* n EXISTS: messages in the mailbox"),
     QT_TRANSLATE_NOOP("Explanations",
                       "How many messages the mailbox holds now. When it grows while the client is "
                       "connected (in IDLE, or at a NOOP), new mail has arrived."),
     "RFC 3501 §7.3.1"},
    {"RECENT", QT_TRANSLATE_NOOP("Explanations", "* n RECENT: new since the last session"),
     QT_TRANSLATE_NOOP("Explanations", "Messages no session has seen yet (IMAP4rev2 dropped it)."),
     "RFC 3501 §7.3.2"},
    {"EXPUNGE", QT_TRANSLATE_NOOP("Explanations", "* n EXPUNGE: a message was deleted"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Message number n is gone and every message after it moves down one number. A "
                       "POP3 deletion shows up like this too, once its session QUITs."),
     "RFC 3501 §7.4.1"},
    {"FETCH", QT_TRANSLATE_NOOP("Explanations", "* n FETCH: data about a message"),
     QT_TRANSLATE_NOOP("Explanations",
                       "What FETCH asked for (or flags that changed): FLAGS, UID, RFC822.SIZE, ENVELOPE, "
                       "BODYSTRUCTURE, or a section's octets in a literal {n}."),
     "RFC 3501 §7.4.2"},
    {"BYE", QT_TRANSLATE_NOOP("Explanations", "* BYE: the server closes"),
     QT_TRANSLATE_NOOP("Explanations",
                       "After LOGOUT, after too long without commands, or after too many errors."),
     "RFC 3501 §7.1.5"},
    {"OK", QT_TRANSLATE_NOOP("Explanations", "* OK: information"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Untagged: not the end of a command but a note, often with a code in brackets "
                       "([UIDVALIDITY], [UNSEEN]…)."),
     "RFC 3501 §7.1.1"},
    {"NO", QT_TRANSLATE_NOOP("Explanations", "* NO: a warning"),
     QT_TRANSLATE_NOOP("Explanations", "Untagged: a warning, not the end of a command."), "RFC 3501 §7.1.2"},
    {"BAD", QT_TRANSLATE_NOOP("Explanations", "* BAD: a line the server could not read"),
     QT_TRANSLATE_NOOP("Explanations", "Untagged: the server could not even find the tag."),
     "RFC 3501 §7.1.3"},
    {"NAMESPACE", QT_TRANSLATE_NOOP("Explanations", "* NAMESPACE: where the folders live"),
     QT_TRANSLATE_NOOP("Explanations", "Personal folders, with no prefix and \"/\" between levels."),
     "RFC 2342 §5"},
    {"ID", QT_TRANSLATE_NOOP("Explanations", "* ID: the server's name"),
     QT_TRANSLATE_NOOP("Explanations", "Field and value pairs about the server program."), "RFC 2971 §3.2"},
    {"ENABLED", QT_TRANSLATE_NOOP("Explanations", "* ENABLED: extensions switched on"),
     QT_TRANSLATE_NOOP("Explanations", "The ones ENABLE asked for that the server switched on."),
     "RFC 5161 §3.2"},
};
const Table<Entry> imapUntagged(imapUntaggedRows);

const Entry imapResponseCodesRows[] = {
    {"UIDVALIDITY", QT_TRANSLATE_NOOP("Explanations", "[UIDVALIDITY]: the UIDs' generation"),
     QT_TRANSLATE_NOOP("Explanations",
                       "While it stays the same, a UID always names the same message; a client that "
                       "keeps a copy checks it."),
     "RFC 3501 §2.3.1.1"},
    {"UIDNEXT", QT_TRANSLATE_NOOP("Explanations", "[UIDNEXT]: the next UID"),
     QT_TRANSLATE_NOOP("Explanations", "The UID the next message will get."), "RFC 3501 §7.1"},
    {"UNSEEN", QT_TRANSLATE_NOOP("Explanations", "[UNSEEN]: the first unread message"),
     QT_TRANSLATE_NOOP("Explanations", "The number of the first message without \\Seen."), "RFC 3501 §7.1"},
    {"PERMANENTFLAGS", QT_TRANSLATE_NOOP("Explanations", "[PERMANENTFLAGS]: flags that are kept"),
     QT_TRANSLATE_NOOP("Explanations", "The flags the client may change for good; \\* allows new keywords."),
     "RFC 3501 §7.1"},
    {"READ-WRITE", QT_TRANSLATE_NOOP("Explanations", "[READ-WRITE]: the mailbox can change"),
     QT_TRANSLATE_NOOP("Explanations", "Opened with SELECT: flags and deletions are allowed."),
     "RFC 3501 §7.1"},
    {"READ-ONLY", QT_TRANSLATE_NOOP("Explanations", "[READ-ONLY]: the mailbox cannot change"),
     QT_TRANSLATE_NOOP("Explanations", "Opened with EXAMINE: nothing can be changed."), "RFC 3501 §7.1"},
    {"TRYCREATE", QT_TRANSLATE_NOOP("Explanations", "[TRYCREATE]: the folder does not exist"),
     QT_TRANSLATE_NOOP("Explanations", "A CREATE first would let this command work."), "RFC 3501 §7.1"},
    {"APPENDUID", QT_TRANSLATE_NOOP("Explanations", "[APPENDUID]: the new message's UID"),
     QT_TRANSLATE_NOOP("Explanations", "The folder's UIDVALIDITY and the UID the appended message got."),
     "RFC 4315 §3"},
    {"COPYUID", QT_TRANSLATE_NOOP("Explanations", "[COPYUID]: the copies' UIDs"),
     QT_TRANSLATE_NOOP("Explanations", "The target folder's UIDVALIDITY, the UIDs copied and the new ones."),
     "RFC 4315 §3"},
    {"AUTHENTICATIONFAILED", QT_TRANSLATE_NOOP("Explanations", "[AUTHENTICATIONFAILED]: wrong credentials"),
     QT_TRANSLATE_NOOP("Explanations", "The user name or the password is wrong."), "RFC 5530 §3"},
    {"NONEXISTENT", QT_TRANSLATE_NOOP("Explanations", "[NONEXISTENT]: no such folder"),
     QT_TRANSLATE_NOOP("Explanations", "The folder named does not exist."), "RFC 5530 §3"},
    {"ALREADYEXISTS", QT_TRANSLATE_NOOP("Explanations", "[ALREADYEXISTS]: the folder exists"),
     QT_TRANSLATE_NOOP("Explanations", "A folder with that name is already there."), "RFC 5530 §3"},
    {"CAPABILITY", QT_TRANSLATE_NOOP("Explanations", "[CAPABILITY]: the abilities, said in passing"),
     QT_TRANSLATE_NOOP("Explanations", "Saves the client a CAPABILITY command."), "RFC 3501 §7.1"},
    {"PRIVACYREQUIRED", QT_TRANSLATE_NOOP("Explanations", "[PRIVACYREQUIRED]: encrypt first"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server does not take a password over an unencrypted connection. The client "
                       "must say STARTTLS (or connect to port 993, IMAPS) before logging in."),
     "RFC 9051 §7.1"},
};
const Table<Entry> imapResponseCodes(imapResponseCodesRows);

const Entry imapCapabilitiesRows[] = {
    // Dovecot's greeting and log-in list these (a real server's).
    {"IMAP4REV1", QT_TRANSLATE_NOOP("Explanations", "IMAP4rev1: the protocol's version"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server speaks IMAP version 4, revision 1 (RFC 3501): every IMAP server says "
                       "it first."),
     "RFC 3501 §6.1.1"},
    {"IDLE", QT_TRANSLATE_NOOP("Explanations", "IDLE: news without asking"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The client may say IDLE and wait: the server tells it at once when new mail "
                       "arrives, instead of the client asking every few minutes."),
     "RFC 2177 §3"},
    {"SASL-IR", QT_TRANSLATE_NOOP("Explanations", "SASL-IR: log in in one line"),
     QT_TRANSLATE_NOOP("Explanations",
                       "With AUTHENTICATE the client may send its credentials on the same line, without "
                       "waiting for the server's empty challenge."),
     "RFC 4959 §3"},
    {"LITERAL+", QT_TRANSLATE_NOOP("Explanations", "LITERAL+: no waiting before long texts"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The client may send a literal {n+} without waiting for the server's \"+\" "
                       "continuation."),
     "RFC 7888 §3"},
    {"ID", QT_TRANSLATE_NOOP("Explanations", "ID: client and server may name themselves"),
     QT_TRANSLATE_NOOP("Explanations",
                       "With the ID command each side may say which program it is (Thunderbird, "
                       "Dovecot…), for logs and statistics."),
     "RFC 2971 §3"},
    {"ENABLE", QT_TRANSLATE_NOOP("Explanations", "ENABLE: switch extensions on"),
     QT_TRANSLATE_NOOP("Explanations",
                       "Some extensions change the server's answers, so the client turns them on first "
                       "with ENABLE (for example ENABLE CONDSTORE)."),
     "RFC 5161 §3.1"},
    {"LOGIN-REFERRALS", QT_TRANSLATE_NOOP("Explanations", "LOGIN-REFERRALS: \"log in elsewhere\""),
     QT_TRANSLATE_NOOP("Explanations",
                       "At log-in the server may tell the client that its mailbox lives on another "
                       "server, and where."),
     "RFC 2221 §3"},
    {"AUTH=", QT_TRANSLATE_NOOP("Explanations", "AUTH=…: a way of logging in"),
     QT_TRANSLATE_NOOP("Explanations",
                       "A SASL mechanism the AUTHENTICATE command accepts: PLAIN sends the user and "
                       "password (in base64, so readable unless the connection is encrypted). Dovecot's "
                       "auth_mechanisms in dovecot.conf lists them."),
     "RFC 3501 §6.2.2; RFC 4616"},
    {"MOVE", QT_TRANSLATE_NOOP("Explanations", "MOVE: move messages between folders"),
     QT_TRANSLATE_NOOP("Explanations", "The client may move messages to another folder in one command."),
     "RFC 6851 §3"},
    {"UIDPLUS", QT_TRANSLATE_NOOP("Explanations", "UIDPLUS: the new messages' UIDs"),
     QT_TRANSLATE_NOOP("Explanations",
                       "After APPEND, COPY or MOVE the server says which UIDs the messages got, so the "
                       "client need not search for them."),
     "RFC 4315 §3"},
    {"SPECIAL-USE", QT_TRANSLATE_NOOP("Explanations", "SPECIAL-USE: Sent, Drafts, Trash…"),
     QT_TRANSLATE_NOOP("Explanations",
                       "LIST marks the folders kept for sent mail, drafts, rubbish and so on, whatever "
                       "their names in each language."),
     "RFC 6154 §2"},
    {"STARTTLS", QT_TRANSLATE_NOOP("Explanations", "STARTTLS: encryption available"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The client may encrypt the session with the STARTTLS command before logging in."),
     "RFC 3501 §6.2.1"},
    {"LOGINDISABLED", QT_TRANSLATE_NOOP("Explanations", "LOGINDISABLED: no password in clear"),
     QT_TRANSLATE_NOOP("Explanations",
                       "The server refuses LOGIN on this unencrypted connection, and the client must "
                       "not even try: first STARTTLS, then LOGIN inside TLS."),
     "RFC 3501 §6.2.3"},
};
const Table<Entry> imapCapabilities(imapCapabilitiesRows);

const Entry imapPeekDetail = {
    "", QT_TRANSLATE_NOOP("Explanations", "Only a part: the course's partial download"),
    QT_TRANSLATE_NOOP("Explanations",
                      "IMAP can download part of a message: BODYSTRUCTURE first, then only the text "
                      "(BODY.PEEK[1]) and not the attachments, or only the first octets. POP3's RETR "
                      "always downloads the whole message."),
    "RFC 3501 §6.4.5"};

} // namespace Explanations::Catalogue
