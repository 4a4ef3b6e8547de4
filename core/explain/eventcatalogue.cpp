// SPDX-License-Identifier: GPL-3.0-or-later
// eventcatalogue.cpp — what the events that are not lines mean, as data: a
// TCP connection opening or closing, a DNS lookup, the queue, a delivery or a
// bounce, a step of the story, a check, a note. Titles and texts are
// translated in the context "Explanations".
#include "catalogue.h"

namespace Explanations::Catalogue {

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

const Entry loopsBackEvent = {
    "", QT_TRANSLATE_NOOP("Explanations", "Postfix: mail for the domain loops back to myself"),
    QT_TRANSLATE_NOOP("Explanations",
                      "To deliver the message, the server asked the DNS for the MX of the recipient's "
                      "domain and got its own name. A domain whose MX is this server should be in "
                      "mydestination (the mail name chosen when installing Postfix goes there); since "
                      "it is not, delivering it would only send the message back to itself. Postfix "
                      "bounces it with \"mail for … loops back to myself\" (5.4.6)."),
    "Postfix postconf(5) mydestination; RFC 3463 §3.5 (5.4.6)"};

const Entry loopbackOnlyEvent = {
    "", QT_TRANSLATE_NOOP("Explanations", "A server that listens on loopback only"),
    QT_TRANSLATE_NOOP("Explanations",
                      "With inet_interfaces = loopback-only (Postfix's \"Local only\") or listen = "
                      "127.0.0.1 (Dovecot), the server listens only on the machine's own loopback "
                      "address. Other machines reach none of its ports: their connection is refused, "
                      "and a sending server keeps the message in its queue and tries again later. "
                      "Only the machine itself (a telnet localhost 25) gets through."),
    "Postfix postconf(5) inet_interfaces; RFC 9293 §3.5"};

const Entry addressQualifiedEvent = {
    "", QT_TRANSLATE_NOOP("Explanations", "Postfix: an address without a domain gets @$myorigin"),
    QT_TRANSLATE_NOOP("Explanations",
                      "The client gave an address without a domain (RCPT TO:<fran>). Postfix completes "
                      "every such address in the envelope with the domain of myorigin (append_at_myorigin; "
                      "on Debian myorigin = /etc/mailname, the system mail name), so fran becomes "
                      "fran@servidor.edu. If that domain is in mydestination, the mail stays on this "
                      "server, in fran's mailbox."),
    "Postfix postconf(5) myorigin, append_at_myorigin; ADDRESS_REWRITING_README"};

const Entry errorTransportEvent = {
    "", QT_TRANSLATE_NOOP("Explanations", "Postfix \"Local only\": mail may not leave the machine"),
    QT_TRANSLATE_NOOP("Explanations",
                      "With the type of configuration \"Local only\", Debian's installation writes "
                      "default_transport = error and relay_transport = error: mail for any domain "
                      "outside mydestination goes to the error transport, which delivers nothing. Over "
                      "SMTP Postfix refuses such a recipient at once (550 5.1.1, the domain as the "
                      "reason); a message already in the queue is returned to its sender with a "
                      "delivery status notification (5.0.0)."),
    "Postfix error(8), postconf(5) default_transport; RFC 3464"};

const Entry relayHostEvent = {
    "", QT_TRANSLATE_NOOP("Explanations", "Postfix: through the relayhost"),
    QT_TRANSLATE_NOOP("Explanations",
                      "With relayhost set (\"Internet with smarthost\" or \"Satellite system\"), the "
                      "server does not look up the recipient domain's MX: it gives every message for "
                      "another domain to that host, the smarthost, which delivers it."),
    "Postfix postconf(5) relayhost"};

const Entry reconfiguredEvent = {
    "", QT_TRANSLATE_NOOP("Explanations", "The server's configuration changes"),
    QT_TRANSLATE_NOOP("Explanations",
                      "The server's main.cf (Postfix) or dovecot.conf (Dovecot) changed, as after "
                      "dpkg-reconfigure postfix or editing the file and restarting: the settings named "
                      "here hold from now on, and the ports it listens on follow (netstat -tl)."),
    "Postfix postconf(5); Dovecot doveconf(1)"};

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

} // namespace Explanations::Catalogue
